import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_internal/deep-freeze';
import {
  type Parser,
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  parseRelationship,
  parseRelationshipEvent,
} from '../../src/model';
import {
  eventArb,
  menteeArb,
  mentorArb,
  programArb,
  relationshipArb,
} from '../support/arbitraries';
import { copy, mentee, mentor, program, proposeEvent, relationship } from './fixtures';

// The issue asks for at least 10,000 runs of the hostile-input properties in CI.
const hostileRuns = 10_000;
const validRuns = process.env.CI ? 2_000 : 500;

const parsers: [string, Parser<unknown>, fc.Arbitrary<unknown>, unknown][] = [
  ['parseMentorProfile', parseMentorProfile, mentorArb, mentor],
  ['parseMenteeProfile', parseMenteeProfile, menteeArb, mentee],
  ['parseProgram', parseProgram, programArb, program],
  ['parseRelationship', parseRelationship, relationshipArb, relationship],
  ['parseRelationshipEvent', parseRelationshipEvent, eventArb, proposeEvent],
];

// Values that break naive parsers: prototype keys, non-finite and huge
// numbers, long strings, and nesting deeper than a recursive walk survives.
const prototypeKeys = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { toString: 'x', valueOf: 1, hasOwnProperty: false },
);
const oddNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  5e-324,
);
const longString = fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'x'.repeat(length));
const deepNesting = fc.integer({ min: 100, max: 20_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
});
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }),
  prototypeKeys,
  oddNumbers,
  longString,
  deepNesting,
);

/** A valid document with one field replaced by something hostile. */
function corrupted(document: unknown): fc.Arbitrary<unknown> {
  const keys = Object.keys(document as object);
  return fc
    .tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), hostileValue)
    .map(([key, value]) => {
      const copyOfDocument = copy(document) as Record<string, unknown>;
      Object.defineProperty(copyOfDocument, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return copyOfDocument;
    });
}

describe.each(parsers)('%s', (_name, parse, validArb, example) => {
  it('round-trips every valid document through JSON without loss, never mutating input', () => {
    fc.assert(
      fc.property(validArb, (input) => {
        const frozen = deepFreeze(input);
        const snapshot = JSON.stringify(frozen);
        const first = parse(frozen);
        if (!first.ok) throw new Error(JSON.stringify(first.error.issues));
        expect(JSON.stringify(frozen)).toBe(snapshot);
        const second = parse(JSON.parse(JSON.stringify(first.value)));
        expect(second).toEqual(first);
      }),
      { numRuns: validRuns },
    );
  });

  it('returns a Result and never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, corrupted(example)), (input) => {
        const result = parse(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.code).toBe('string');
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: hostileRuns },
    );
  });
});

describe('prototype keys', () => {
  it('never reach the output object and are reported as unknown keys', () => {
    const input = JSON.parse(
      `{"__proto__": {"admin": true}, ${JSON.stringify(copy(mentor)).slice(1)}`,
    );
    const result = parseMentorProfile(input);
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues).toEqual([
      expect.objectContaining({
        path: [],
        code: 'unrecognized_keys',
        params: { keys: ['__proto__'] },
      }),
    ]);
  });

  it('are not copied from nested objects either', () => {
    const input = copy(relationship) as Record<string, unknown>;
    input.proposal = JSON.parse(
      `{"constructor": {"prototype": {"x": 1}}, ${JSON.stringify(relationship.proposal).slice(1)}`,
    );
    const result = parseRelationship(input);
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues.map((issue) => issue.path)).toEqual([['proposal']]);
  });

  it('turns a throwing getter into an unparseable issue instead of an exception', () => {
    const input = copy(mentor) as Record<string, unknown>;
    Object.defineProperty(input, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseMentorProfile(input);
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues).toEqual([
      {
        path: [],
        code: 'unparseable',
        messageKey: 'validation.unparseable',
        params: { reason: 'Error' },
      },
    ]);
  });
});
