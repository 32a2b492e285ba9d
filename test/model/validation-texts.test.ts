// The texts of validation errors are the library's own: no zod wording, a
// phrase that fits the kind of value, plurals instead of "(s)", and a hint
// for the common mistake of passing a Date where a timestamp string belongs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseOptions } from '../../src/_internal/options';
import { de } from '../../src/i18n/locales/de/index';
import {
  formatError,
  type Locale,
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  parseRelationship,
  parseRelationshipEvent,
  TimestampSchema,
  type ValidationError,
} from '../../src/index';
import { InvalidOptionsError } from '../../src/model/errors';
import { copy, mentee, mentor, program, proposeEvent, relationship } from './fixtures';

function errorOf(result: { ok: boolean; error?: ValidationError }): ValidationError {
  if (result.ok || result.error === undefined) throw new Error('expected an error');
  return result.error;
}

const lines = (error: ValidationError, locale?: Locale) =>
  formatError(error, locale).split('\n').slice(1);

describe('size limits', () => {
  it('are phrased for numbers, texts and lists (regression: "must be at least 0 (number)")', () => {
    const error = errorOf(
      parseMentorProfile({
        ...copy(mentor),
        yearsExperience: -1,
        name: '',
        languages: [],
        capacity: 1001,
      }),
    );
    expect(lines(error)).toEqual([
      '- at name: must not be empty',
      '- at languages: must have at least one item',
      '- at yearsExperience: must be 0 or more',
      '- at capacity: must be 1,000 or less',
    ]);
    expect(lines(error, de)).toEqual([
      '- bei name: darf nicht leer sein',
      '- bei languages: braucht mindestens einen Eintrag',
      '- bei yearsExperience: muss 0 oder mehr sein',
      '- bei capacity: muss 1.000 oder weniger sein',
    ]);
  });

  it('count characters and items with plurals', () => {
    const long = errorOf(parseMentorProfile({ ...copy(mentor), name: 'n'.repeat(201) }));
    expect(lines(long)).toEqual(['- at name: must have at most 200 characters']);
    const many = errorOf(
      parseMentorProfile({
        ...copy(mentor),
        languages: 'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br'.split(' '),
      }),
    );
    expect(lines(many)[0]).toBe('- at languages: must have at most 20 items');
    const agenda = errorOf(
      parseRelationshipEvent({
        ...copy(proposeEvent),
        type: 'send-agenda',
        meetingId: 'm',
        agenda: { items: [] },
        schemaVersion: undefined,
        relationshipId: undefined,
        programId: undefined,
        mentorId: undefined,
        menteeId: undefined,
        expiresAt: undefined,
      }),
    );
    expect(lines(agenda)).toEqual(['- at agenda.items: must have at least one item']);
    const min = errorOf(
      parseRelationshipEvent({
        id: 'e',
        type: 'schedule-meeting',
        at: '2026-03-10T19:00:00+01:00',
        actor: { role: 'mentee', id: 'sam' },
        meetingId: 'm',
        startsAt: '2026-03-17T18:00:00+01:00',
        durationMinutes: 0,
      }),
    );
    expect(lines(min)).toEqual(['- at durationMinutes: must be 1 or more']);
  });

  it('say "more than" for exclusive limits', () => {
    const result = z.number().positive().safeParse(0, { reportInput: true });
    if (result.success) throw new Error('expected an issue');
    try {
      parseOptions('demo', z.strictObject({ n: z.number().positive(), m: z.number().lt(5) }), {
        n: 0,
        m: 5,
      });
      throw new Error('expected a throw');
    } catch (error) {
      expect(
        formatError(error as InvalidOptionsError)
          .split('\n')
          .slice(1),
      ).toEqual(['- at n: must be more than 0', '- at m: must be less than 5']);
    }
  });
});

describe('type mismatches', () => {
  it('name the types in words, in the reader language', () => {
    const error = errorOf(
      parseMentorProfile({
        ...copy(mentor),
        capacity: '2',
        name: 5,
        channels: 'video',
        yearsExperience: Number.NaN,
      }),
    );
    expect(lines(error)).toEqual([
      '- at name: expected text, got a number',
      '- at channels: expected a list, got text',
      '- at yearsExperience: expected a number, got NaN (not a number)',
      '- at capacity: expected a number, got text',
    ]);
    expect(lines(error, de)[0]).toBe('- bei name: erwartet: Text, erhalten: eine Zahl');
  });

  it('report an absent field or a null required field as required', () => {
    const { capacity: _capacity, ...withoutCapacity } = copy(mentor);
    expect(lines(errorOf(parseMentorProfile(withoutCapacity)))).toEqual([
      '- at capacity: is required',
    ]);
    expect(lines(errorOf(parseMentorProfile({ ...copy(mentor), capacity: null })))).toEqual([
      '- at capacity: is required',
    ]);
  });

  it('hint at toISOString for a Date object where a timestamp belongs', () => {
    const input = copy(relationship) as Record<string, unknown>;
    input.startedAt = new Date('2026-03-02T08:00:00Z');
    const error = errorOf(parseRelationship(input));
    expect(error.issues).toEqual([
      {
        path: ['startedAt'],
        code: 'invalid_type',
        messageKey: 'validation.timestamp_got_date',
        params: {
          expected: { key: 'validation.type.string' },
          received: { key: 'validation.type.date' },
        },
      },
    ]);
    expect(lines(error)).toEqual([
      '- at startedAt: expected a timestamp string such as 2026-03-01T09:30:00+01:00, got a Date object — pass date.toISOString()',
    ]);
    expect(TimestampSchema.safeParse(new Date()).success).toBe(false);
  });

  it('hint at toISOString for a Date option too (options are parsed with their input)', () => {
    try {
      parseOptions('demo', z.strictObject({ now: TimestampSchema, name: z.string() }), {
        now: new Date(),
        name: 5,
      });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues.map((issue) => issue.messageKey)).toEqual([
        'validation.timestamp_got_date',
        'validation.invalid_type',
      ]);
    }
  });

  it('name a Date elsewhere without the timestamp hint', () => {
    const error = errorOf(parseMentorProfile({ ...copy(mentor), name: new Date() }));
    expect(lines(error)).toEqual(['- at name: expected text, got a Date object']);
  });
});

describe('counts', () => {
  it('use plural forms, never "(s)"', () => {
    const one = errorOf(parseMentorProfile({ ...copy(mentor), nickname: 'Ada' }));
    expect(formatError(one)).toBe(
      'The input is not valid (1 problem):\n- at (document): unknown field: nickname',
    );
    const two = errorOf(parseMentorProfile({ ...copy(mentor), nickname: 'Ada', age: 3 }));
    expect(formatError(two)).toBe(
      'The input is not valid (1 problem):\n- at (document): unknown fields: nickname and age',
    );
    expect(formatError(two, de)).toBe(
      'Die Eingabe ist ungültig (1 Problem):\n- bei (Dokument): unbekannte Felder: nickname und age',
    );
  });
});

// Phrases of zod's own messages and of the old catalogue that must not reach a reader.
const leaks = [
  /\(number\)|\(string\)|\(array\)/,
  /Invalid input/i,
  /received /,
  /expected (string|number|object|array|int)\b/,
  /\w\((s|e)\)/,
  /Too (small|big)/,
  />=|<=/,
];

describe('no validator wording leaks (property)', () => {
  const documents: [
    string,
    (input: unknown) => { ok: boolean; error?: ValidationError },
    object,
  ][] = [
    ['mentor', parseMentorProfile, mentor],
    ['mentee', parseMenteeProfile, mentee],
    ['program', parseProgram, program],
    ['relationship', parseRelationship, relationship],
    ['event', parseRelationshipEvent, proposeEvent],
  ];
  const badValue = fc.oneof(
    fc.constantFrom(
      -1,
      0,
      1.5,
      1e9,
      '',
      ' ',
      'x'.repeat(300),
      [],
      {},
      null,
      true,
      new Date(),
      Number.NaN,
      'a\u0000b',
      'a\nb',
      ['x', 'x'],
    ),
    // Texts may quote the input; input that itself spells a leak phrase would be a false alarm.
    fc.jsonValue().filter((value) => !leaks.some((leak) => leak.test(JSON.stringify(value) ?? ''))),
  );

  it.each(documents)(
    '%s: every rendered issue is the library’s own text',
    (_name, parse, example) => {
      const keys = Object.keys(example);
      fc.assert(
        fc.property(fc.constantFrom(...keys), badValue, (key, value) => {
          const result = parse({ ...copy(example), [key]: value });
          if (result.ok) return;
          for (const locale of ['en', de] as const) {
            const text = formatError(result.error as ValidationError, locale);
            for (const leak of leaks) expect(text, text).not.toMatch(leak);
            // No placeholder of the catalogue left unfilled (input keys may hold braces of their own).
            expect(text).not.toMatch(
              /\{(count|value|values|keys|minimum|maximum|path|message|expected|received|format|divisor|reason|function)\}/,
            );
          }
        }),
        { numRuns: 400 },
      );
    },
  );
});
