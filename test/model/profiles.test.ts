import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de/index';
import {
  formatError,
  parseMenteeProfile,
  parseMentorProfile,
  type Result,
  type ValidationError,
} from '../../src/model';
import { copy, mentee, mentor } from './fixtures';

function issuesOf(result: Result<unknown, ValidationError>) {
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.error.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseMentorProfile', () => {
  it('accepts a valid mentor and returns an equal, deep-frozen copy', () => {
    const input = copy(mentor);
    const result = parseMentorProfile(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.availability?.[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it.each([
    ['an empty id', { id: '' }, ['id'], 'invalid_id'],
    ['an id with a space', { id: 'mentor ada' }, ['id'], 'invalid_id'],
    ['an id of 129 characters', { id: 'x'.repeat(129) }, ['id'], 'invalid_id'],
    ['a blank name', { name: '   ' }, ['name'], 'blank_text'],
    ['a name of 201 characters', { name: 'n'.repeat(201) }, ['name'], 'too_big'],
    ['no languages', { languages: [] }, ['languages'], 'too_small'],
    [
      'a broken language tag',
      { languages: ['de', 'deutsch!'] },
      ['languages', 1],
      'invalid_language_tag',
    ],
    ['a repeated language', { languages: ['de', 'de'] }, ['languages', 1], 'duplicate_value'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, ['timeZone'], 'invalid_time_zone'],
    ['an offset as time zone', { timeZone: '+01:00' }, ['timeZone'], 'invalid_time_zone'],
    ['an unknown channel', { channels: ['pigeon'] }, ['channels', 0], 'invalid_value'],
    ['negative experience', { yearsExperience: -1 }, ['yearsExperience'], 'too_small'],
    ['NaN experience', { yearsExperience: Number.NaN }, ['yearsExperience'], 'invalid_type'],
    ['a fractional capacity', { capacity: 1.5 }, ['capacity'], 'invalid_type'],
    ['a negative capacity', { capacity: -2 }, ['capacity'], 'too_small'],
    ['a string capacity', { capacity: '2' }, ['capacity'], 'invalid_type'],
    [
      'a slot ending before it starts',
      { availability: [{ day: 'mon', start: '10:00', end: '09:00' }] },
      ['availability', 0, 'end'],
      'slot_not_ordered',
    ],
    [
      'a slot on a bad day',
      { availability: [{ day: 'monday', start: '09:00', end: '10:00' }] },
      ['availability', 0, 'day'],
      'invalid_value',
    ],
    [
      'a slot at 25:00',
      { availability: [{ day: 'mon', start: '09:00', end: '25:00' }] },
      ['availability', 0, 'end'],
      'invalid_time_of_day',
    ],
    ['a wrong schema version', { schemaVersion: 2 }, ['schemaVersion'], 'invalid_value'],
    ['an unknown key', { nickname: 'Ada' }, [], 'unrecognized_keys'],
    [
      'a mentee both preferred and excluded',
      { preferredMenteeIds: ['e1'], excludedMenteeIds: ['e1'] },
      ['preferredMenteeIds', 0],
      'conflicting_preference',
    ],
  ])('rejects %s', (_name, change, path, code) => {
    const result = parseMentorProfile({ ...copy(mentor), ...change });
    expect(issuesOf(result)).toEqual([{ path, code }]);
  });

  it('rejects a capacity beyond the safe integers without crashing', () => {
    const issues = issuesOf(parseMentorProfile({ ...copy(mentor), capacity: 1e20 }));
    expect(issues[0]).toEqual({ path: ['capacity'], code: 'too_big' });
    expect(issues.every((issue) => issue.path[0] === 'capacity')).toBe(true);
  });

  it('reports a missing field as required, with its path', () => {
    const { capacity: _capacity, ...input } = copy(mentor);
    const result = parseMentorProfile(input);
    expect(issuesOf(result)).toEqual([{ path: ['capacity'], code: 'invalid_type' }]);
    if (!result.ok) expect(result.error.issues[0]?.messageKey).toBe('validation.required');
  });

  it('lists every problem at once', () => {
    const result = parseMentorProfile({
      ...copy(mentor),
      id: '',
      timeZone: 'Nowhere/City',
      capacity: -1,
    });
    expect(issuesOf(result).map((issue) => issue.code)).toEqual([
      'invalid_id',
      'invalid_time_zone',
      'too_small',
    ]);
  });

  it('renders its issues in English and German', () => {
    const result = parseMentorProfile({ ...copy(mentor), timeZone: 'Mars/Olympus_Mons' });
    if (result.ok) throw new Error('expected an error');
    expect(formatError(result.error, 'en')).toBe(
      'The input is not valid (1 problem):\n- at timeZone: "Mars/Olympus_Mons" is not an IANA time zone such as Europe/Berlin',
    );
    expect(formatError(result.error, de)).toBe(
      'Die Eingabe ist ungültig (1 Problem):\n- bei timeZone: „Mars/Olympus_Mons“ ist keine IANA-Zeitzone wie Europe/Berlin',
    );
  });
});

describe('parseMenteeProfile', () => {
  it('accepts a valid mentee', () => {
    const result = parseMenteeProfile(copy(mentee));
    expect(result).toEqual({ ok: true, value: mentee });
  });

  it.each([
    [
      'a mentor both preferred and excluded',
      { excludedMentorIds: ['mentor-ada'] },
      ['preferredMentorIds', 0],
      'conflicting_preference',
    ],
    [
      'a repeated interest',
      { interests: ['first-job', 'first-job'] },
      ['interests', 1],
      'duplicate_value',
    ],
    ['zero maximum mentors', { maxMentors: 0 }, ['maxMentors'], 'too_small'],
    ['a blank target role', { targetRole: '' }, ['targetRole'], 'too_small'],
    ['mentor fields', { capacity: 1 }, [], 'unrecognized_keys'],
  ])('rejects %s', (_name, change, path, code) => {
    const result = parseMenteeProfile({ ...copy(mentee), ...change });
    expect(issuesOf(result)).toEqual([{ path, code }]);
  });

  it('accepts regional language tags and time-zone aliases', () => {
    const result = parseMenteeProfile({
      ...copy(mentee),
      languages: ['de-AT', 'zh-Hant-TW', 'pt-BR'],
      timeZone: 'UTC',
    });
    expect(result.ok).toBe(true);
  });
});
