import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseOptions } from '../../src/_internal/options';
import { InvalidOptionsError, LocaleSchema, TimestampSchema } from '../../src/index';

const schema = z.strictObject({
  role: z.enum(['mentor', 'mentee']),
  now: TimestampSchema,
  limit: z.int().min(1).optional(),
  locale: LocaleSchema.optional(),
});

function issuesOf(input: unknown) {
  try {
    parseOptions('demo', schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return (error as InvalidOptionsError).issues.map(({ path, code, messageKey }) => ({
      path,
      code,
      messageKey,
    }));
  }
  throw new Error('expected a throw');
}

describe('parseOptions', () => {
  it('returns the parsed options', () => {
    expect(parseOptions('demo', schema, { role: 'mentor', now: '2026-03-01T10:00:00Z' })).toEqual({
      role: 'mentor',
      now: '2026-03-01T10:00:00Z',
    });
  });

  it('tells a value of the wrong type from a missing one (regression: both were "is required")', () => {
    expect(issuesOf({ role: 'mentor', now: 5 })).toEqual([
      { path: ['now'], code: 'invalid_type', messageKey: 'validation.invalid_type' },
    ]);
    expect(issuesOf({ role: 'mentor' })).toEqual([
      { path: ['now'], code: 'invalid_type', messageKey: 'validation.required' },
    ]);
  });

  it('reports typos, unknown keys and bad values with their paths', () => {
    expect(issuesOf({ role: 'mentor ', now: '2026-03-01T10:00:00Z', limt: 3, limit: 0 })).toEqual([
      { path: ['role'], code: 'invalid_value', messageKey: 'validation.invalid_value' },
      { path: ['limit'], code: 'too_small', messageKey: 'validation.too_small.number' },
      { path: [], code: 'unrecognized_keys', messageKey: 'validation.unrecognized_keys' },
    ]);
  });

  it('names what a locale option must be', () => {
    expect(issuesOf({ role: 'mentor', now: '2026-03-01T10:00:00Z', locale: 42 })).toEqual([
      { path: ['locale'], code: 'invalid_locale', messageKey: 'validation.invalid_locale' },
    ]);
  });

  it('reports hostile objects as unparseable, never as a TypeError', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = {
      role: 'mentor',
      get now() {
        throw new RangeError('boom');
      },
    };
    expect(issuesOf(revoked.proxy)).toEqual([
      { path: [], code: 'unparseable', messageKey: 'validation.unparseable' },
    ]);
    try {
      parseOptions('demo', schema, throwing);
    } catch (error) {
      expect((error as InvalidOptionsError).issues[0]?.params).toEqual({ reason: 'RangeError' });
      expect((error as InvalidOptionsError).cause).toBeInstanceOf(RangeError);
    }
  });

  it('accepts any object or throws InvalidOptionsError, nothing else (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }),
          fc.record(
            {
              role: fc.anything(),
              now: fc.anything(),
              limit: fc.anything(),
              locale: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          try {
            parseOptions('demo', schema, input);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
            expect((error as InvalidOptionsError).code).toBe('invalid_options');
          }
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
