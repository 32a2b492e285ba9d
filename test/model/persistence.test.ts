// What a real database keeps: every string the parsers accept fits a Postgres
// `jsonb` column, `null` (as rows carry it) reads as an absent optional field,
// and every document the parsers produce round-trips byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_internal/deep-freeze';
import {
  CalendarDateSchema,
  IdSchema,
  LabelSchema,
  LanguageTagSchema,
  type MentorProfile,
  type Parser,
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  parseRelationship,
  parseRelationshipEvent,
  TextSchema,
  TimeOfDaySchema,
  TimestampSchema,
  TimeZoneSchema,
} from '../../src/index';
import { absentNulls } from '../../src/model/parse';
import { displayValue, isStorableText } from '../../src/model/text';
import {
  codeUnitStringArb,
  eventArb,
  jsonbAccepts,
  menteeArb,
  mentorArb,
  objectKeyPaths,
  programArb,
  relationshipArb,
  richProgramArb,
  richRelationshipArb,
  shuffleKeys,
  withKeyAt,
} from '../support/arbitraries';
import { copy, mentee, mentor, program, relationship } from './fixtures';

const runs = process.env.CI ? 1_000 : 300;

function documentOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const codesOf = (result: {
  ok: boolean;
  error?: { issues: readonly { path: unknown; code: string }[] };
}) => (result.ok ? [] : (result.error?.issues ?? []).map(({ path, code }) => ({ path, code })));

describe('strings a jsonb column keeps', () => {
  const stringSchemas = {
    IdSchema,
    LabelSchema,
    TextSchema,
    TimestampSchema,
    CalendarDateSchema,
    TimeZoneSchema,
    LanguageTagSchema,
    TimeOfDaySchema,
  };

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'smile \ud83d'],
    ['a lone low surrogate', '\ude00 smile'],
    ['surrogates in the wrong order', '\ude00\ud83d'],
  ])('are refused with code invalid_character: %s (regression)', (_name, text) => {
    for (const [name, schema] of Object.entries(stringSchemas)) {
      const result = schema.safeParse(text, { reportInput: true });
      expect(result.success, name).toBe(false);
      if (!result.success)
        expect(
          result.error.issues.map(
            (issue) => (issue as { params?: { code?: string } }).params?.code,
          ),
          name,
        ).toEqual(['invalid_character']);
    }
    const fields: Record<string, unknown> = {
      name: text,
      organization: text,
      bio: text,
      id: text,
      role: text,
    };
    for (const [field, value] of Object.entries(fields)) {
      expect(codesOf(parseMentorProfile({ ...copy(mentor), [field]: value })), field).toEqual([
        { path: [field], code: 'invalid_character' },
      ]);
    }
  });

  it('are refused deep inside a relationship, where history would keep them forever', () => {
    const input = copy(relationship);
    (input.goals[0] as { title: string }).title = 'Job \u0000';
    (input.history[0] as { note?: string }).note = 'half an emoji \ud83d';
    expect(codesOf(parseRelationship(input))).toEqual([
      { path: ['goals', 0, 'title'], code: 'invalid_character' },
      { path: ['history', 0, 'note'], code: 'invalid_character' },
    ]);
  });

  it('keep emoji, accents and every script', () => {
    for (const text of ['Grüße 👋', 'Zoë ❤️ 日本語', '👩🏽‍💻 مرحبا', 'e\u0301']) {
      expect(LabelSchema.safeParse(text).success, text).toBe(true);
      expect(TextSchema.safeParse(text).success, text).toBe(true);
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('accepted by any string schema are always storable (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(codeUnitStringArb, fc.string(), fc.string({ unit: 'binary' })),
        (text) => {
          for (const schema of Object.values(stringSchemas)) {
            const result = schema.safeParse(text);
            if (result.success) {
              expect(isStorableText(result.data)).toBe(true);
              expect(jsonbAccepts(JSON.stringify(result.data))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('in whole documents the parsers accept are storable (property)', () => {
    fc.assert(
      fc.property(
        mentorArb,
        codeUnitStringArb,
        fc.constantFrom('name', 'organization', 'bio', 'role'),
        (document, text, field) => {
          const result = parseMentorProfile({ ...document, [field]: text });
          if (result.ok) expect(jsonbAccepts(JSON.stringify(result.value))).toBe(true);
        },
      ),
      { numRuns: runs * 5 },
    );
  });
});

describe('values echoed in error messages', () => {
  it('are cut without splitting a surrogate pair, and cannot forge lines', () => {
    expect(displayValue('ab😀cd', 3)).toBe('ab');
    expect(displayValue('ab😀cd', 4)).toBe('ab😀');
    expect(displayValue('Mars/Base\n- at id: forged', 64)).toBe('Mars/Base\uFFFD- at id: forged');
    expect(displayValue('\ud83d', 5)).toBe('\uFFFD');
  });
});

describe('single-line labels and multi-line texts', () => {
  it.each([
    ['a line feed', 'Line one\nLine two'],
    ['a carriage return', 'a\rb'],
    ['a tab', 'a\tb'],
    ['an escape sequence', 'red \u001b[31m'],
    ['DEL', 'a\u007f'],
    ['a C1 control', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
  ])('a label refuses %s with code control_character (regression)', (_name, text) => {
    expect(codesOf(parseMentorProfile({ ...copy(mentor), name: text }))).toEqual([
      { path: ['name'], code: 'control_character' },
    ]);
    const result = LabelSchema.safeParse(text, { reportInput: true });
    expect(result.success).toBe(false);
  });

  it('ids refuse white space and control characters too', () => {
    for (const text of ['a b', 'a\nb', 'a\u0085b', 'a\u2028b'])
      expect(IdSchema.safeParse(text).success, text).toBe(false);
  });

  it('a text takes line breaks and tabs, and refuses other control characters', () => {
    for (const text of ['one\ntwo', 'one\r\ntwo', 'col\tcol', 'a\u2028b']) {
      expect(TextSchema.safeParse(text).success, JSON.stringify(text)).toBe(true);
    }
    for (const text of [
      'bell\u0007',
      'lone\rreturn',
      'esc\u001b[0m',
      'a\u0085b',
      'form\u000cfeed',
    ]) {
      const result = parseMentorProfile({ ...copy(mentor), bio: text });
      expect(codesOf(result), JSON.stringify(text)).toEqual([
        { path: ['bio'], code: 'control_character' },
      ]);
    }
  });
});

describe('null for an absent field', () => {
  it('reads null for an optional field as absent, omitting the key (regression)', () => {
    const result = parseMentorProfile({
      ...copy(mentor),
      organization: null,
      bio: null,
      availability: null,
    });
    const value = documentOf(result);
    expect('organization' in value).toBe(false);
    expect('bio' in value).toBe(false);
    expect('availability' in value).toBe(false);
    const { organization: _o, availability: _a, ...expected } = copy(mentor);
    expect(value).toEqual(expected);
  });

  it('reads nulls deep inside a relationship the same way', () => {
    const input = copy(relationship) as Record<string, unknown>;
    input.pause = null;
    input.closedAt = null;
    const goals = input.goals as Record<string, unknown>[];
    (goals[0] as Record<string, unknown>).description = null;
    ((goals[0] as { plan: Record<string, unknown>[] }).plan[0] as Record<string, unknown>).dueAt =
      null;
    (input.proposal as Record<string, unknown>).note = null;
    (input.history as Record<string, unknown>[]).forEach((event) => {
      event.note = null;
    });
    expect(documentOf(parseRelationship(input))).toEqual(relationship);
  });

  it('treats undefined like null: the key is left out', () => {
    const value = documentOf(parseMentorProfile({ ...copy(mentor), bio: undefined }));
    expect(Object.keys(value)).not.toContain('bio');
  });

  it('reports null for a required field as required', () => {
    const result = parseMentorProfile({ ...copy(mentor), name: null, capacity: null });
    expect(codesOf(result)).toEqual([
      { path: ['name'], code: 'invalid_type' },
      { path: ['capacity'], code: 'invalid_type' },
    ]);
    if (!result.ok)
      expect(result.error.issues.map((issue) => issue.messageKey)).toEqual([
        'validation.required',
        'validation.required',
      ]);
  });

  it('keeps null inside a list an error at its place', () => {
    expect(codesOf(parseMentorProfile({ ...copy(mentor), languages: ['de', null] }))).toEqual([
      { path: ['languages', 1], code: 'invalid_type' },
    ]);
  });

  it('changes neither the caller’s input nor the inferred types', () => {
    const input = deepFreeze({ ...copy(mentor), bio: null });
    const snapshot = JSON.stringify(input);
    const value: MentorProfile = documentOf(parseMentorProfile(input));
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(value.bio).toBeUndefined();
    const unfrozen = { ...copy(mentor), bio: null };
    parseMentorProfile(unfrozen);
    expect(Object.isFrozen(unfrozen)).toBe(false);
    expect(unfrozen.bio).toBeNull();
  });

  it('copies only what changes, and keeps a __proto__ key an own, unknown key', () => {
    const clean = copy(mentor);
    expect(absentNulls(clean)).toBe(clean);
    const hostile = JSON.parse('{"__proto__": {"admin": true}, "bio": null}');
    const copied = absentNulls(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(Object.keys(copied)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('null and absence give the same result for every key of every document (property)', () => {
    const documents: [Parser<unknown>, fc.Arbitrary<unknown>][] = [
      [parseMentorProfile, mentorArb],
      [parseMenteeProfile, menteeArb],
      [parseProgram, richProgramArb],
      [parseRelationship, richRelationshipArb],
      [parseRelationshipEvent, eventArb],
    ];
    for (const [parse, arbitrary] of documents) {
      fc.assert(
        fc.property(arbitrary, fc.nat(), (document, pick) => {
          const paths = objectKeyPaths(document);
          const path = paths[pick % paths.length];
          if (path === undefined) return;
          const withNull = parse(withKeyAt(document, path, null));
          const without = parse(withKeyAt(document, path, undefined));
          expect(JSON.stringify(withNull)).toBe(JSON.stringify(without));
        }),
        { numRuns: runs },
      );
    }
  });
});

describe('the byte-for-byte round trip', () => {
  const documents: [string, Parser<unknown>, fc.Arbitrary<unknown>][] = [
    ['mentor profiles', parseMentorProfile, mentorArb],
    ['mentee profiles', parseMenteeProfile, menteeArb],
    ['programmes', parseProgram, programArb],
    ['programmes with every field', parseProgram, richProgramArb],
    ['relationships', parseRelationship, relationshipArb],
    ['relationships with every part', parseRelationship, richRelationshipArb],
    ['events', parseRelationshipEvent, eventArb],
  ];

  it.each(documents)(
    'holds for every document of %s the parser produces (property)',
    (_name, parse, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, fc.integer(), (input, seed) => {
          const doc = documentOf(parse(input));
          const json = JSON.stringify(doc);
          // Stored and read back: the same bytes.
          expect(JSON.stringify(documentOf(parse(JSON.parse(json))))).toBe(json);
          // One canonical key order (the schema's), whatever order the input had.
          expect(JSON.stringify(documentOf(parse(shuffleKeys(input, seed))))).toBe(json);
          expect(JSON.stringify(documentOf(parse(shuffleKeys(JSON.parse(json), seed))))).toBe(json);
          expect(jsonbAccepts(json)).toBe(true);
        }),
        { numRuns: runs },
      );
    },
  );

  it('writes keys in schema order', () => {
    const reordered = Object.fromEntries(Object.entries(copy(mentee)).reverse());
    const value = documentOf(parseMenteeProfile(reordered));
    expect(Object.keys(value)).toEqual(Object.keys(mentee));
    const programValue = documentOf(
      parseProgram({
        settings: { meetingCadenceDays: 7 },
        name: 'P',
        id: 'p',
        schemaVersion: 1,
        topics: [],
      }),
    );
    expect(Object.keys(programValue)).toEqual([
      'schemaVersion',
      'id',
      'name',
      'topics',
      'settings',
    ]);
    expect(JSON.stringify(documentOf(parseProgram(copy(program))))).toBe(
      JSON.stringify(
        documentOf(
          parseProgram(JSON.parse(JSON.stringify(documentOf(parseProgram(copy(program)))))),
        ),
      ),
    );
  });
});
