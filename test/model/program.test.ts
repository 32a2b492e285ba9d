import { describe, expect, it } from 'vitest';
import { defaultProgramSettings, parseProgram } from '../../src/model';
import { copy, program } from './fixtures';

describe('parseProgram', () => {
  it('fills every setting that is not given with its default', () => {
    const result = parseProgram(copy(program));
    if (!result.ok) throw new Error('expected a valid programme');
    expect(result.value.settings).toEqual({ ...defaultProgramSettings, meetingCadenceDays: 21 });
  });

  it('accepts a programme without topics or settings', () => {
    const result = parseProgram({ schemaVersion: 1, id: 'p', name: 'Pilot' });
    if (!result.ok) throw new Error('expected a valid programme');
    expect(result.value.topics).toEqual([]);
    expect(result.value.settings).toEqual(defaultProgramSettings);
  });

  it('takes topic labels in any language, English required (French and Spanish packs need them)', () => {
    const result = parseProgram({
      ...copy(program),
      topics: [
        {
          id: 'first-job',
          label: { en: 'First job', fr: 'Premier emploi', 'es-MX': 'Primer empleo' },
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.topics[0]?.label).toEqual({
      en: 'First job',
      fr: 'Premier emploi',
      'es-MX': 'Primer empleo',
    });
  });

  it('accepts a time zone and writes it in canonical spelling', () => {
    const result = parseProgram({ ...copy(program), timeZone: 'europe/vienna' });
    expect(result.ok && result.value.timeZone).toBe('Europe/Vienna');
  });

  it('keeps documented defaults', () => {
    expect(defaultProgramSettings).toMatchObject({
      defaultMentorCapacity: 2,
      maxMentorsPerMentee: 1,
      proposalTtlDays: 14,
      meetingCadenceDays: 14,
      agendaLeadTimeHours: 24,
      cancellationNoticeHours: 24,
      punctualityGraceMinutes: 5,
      minMentorExperienceYears: 1,
    });
    expect(Object.isFrozen(defaultProgramSettings)).toBe(true);
  });

  it.each([
    [
      'a zero cadence',
      { settings: { meetingCadenceDays: 0 } },
      ['settings', 'meetingCadenceDays'],
      'too_small',
    ],
    [
      'a fractional TTL',
      { settings: { proposalTtlDays: 1.5 } },
      ['settings', 'proposalTtlDays'],
      'invalid_type',
    ],
    ['an unknown setting', { settings: { cadence: 7 } }, ['settings'], 'unrecognized_keys'],
    [
      'a bad reference week',
      { settings: { referenceWeek: '2026-02-30' } },
      ['settings', 'referenceWeek'],
      'invalid_date',
    ],
    [
      'a repeated topic',
      { topics: [program.topics[0], program.topics[0]] },
      ['topics', 1, 'id'],
      'duplicate_id',
    ],
    [
      'a topic without an English label',
      { topics: [{ id: 't', label: { de: 'T' } }] },
      ['topics', 0, 'label', 'en'],
      'invalid_type',
    ],
    [
      'a topic label under something that is not a language tag',
      { topics: [{ id: 't', label: { en: 'T', 'not a tag': 'x' } }] },
      ['topics', 0, 'label', 'not a tag'],
      'invalid_language_tag',
    ],
    [
      'a topic label on two lines',
      { topics: [{ id: 't', label: { en: 'T', fr: 'a\nb' } }] },
      ['topics', 0, 'label', 'fr'],
      'control_character',
    ],
  ])('rejects %s', (_name, change, path, code) => {
    const result = parseProgram({ ...copy(program), ...change });
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues.map((issue) => ({ path: issue.path, code: issue.code }))).toEqual([
      { path, code },
    ]);
  });
});
