import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { de } from '../../src/i18n/locales/de/index';
import { formatError, formatPath } from '../../src/model';
import { createParser } from '../../src/model/parse';
import { fromZodIssue } from '../../src/model/validation-error';

function issueOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a zod issue');
  const [issue] = result.error.issues;
  if (issue === undefined) throw new Error('expected a zod issue');
  return fromZodIssue(issue);
}

describe('fromZodIssue', () => {
  it('maps each zod issue code to a message key and params without the raw input', () => {
    expect(issueOf(z.number().multipleOf(5), 7)).toEqual({
      path: [],
      code: 'not_multiple_of',
      messageKey: 'validation.not_multiple_of',
      params: { divisor: 5 },
    });
    expect(issueOf(z.string().email(), 'nope')).toMatchObject({
      code: 'invalid_format',
      params: { format: 'email' },
    });
    expect(issueOf(z.record(z.string().max(1), z.number()), { bb: 1 })).toMatchObject({
      code: 'invalid_key',
    });
    expect(
      fromZodIssue({
        code: 'invalid_element',
        origin: 'map',
        key: 'a',
        issues: [],
        path: [],
        message: '',
        input: 1,
      }),
    ).toMatchObject({ code: 'invalid_element', messageKey: 'validation.invalid_element' });
    expect(issueOf(z.bigint().max(3n), 10n)).toMatchObject({
      code: 'too_big',
      messageKey: 'validation.too_big.number',
      params: { maximum: '3', origin: 'bigint', inclusive: true },
    });
    expect(issueOf(z.string(), null)).toMatchObject({
      code: 'invalid_type',
      messageKey: 'validation.invalid_type',
      params: {
        expected: { key: 'validation.type.string' },
        received: { key: 'validation.type.null' },
      },
    });
    expect(issueOf(z.string(), [])).toMatchObject({
      params: { received: { key: 'validation.type.array' } },
    });
    expect(issueOf(z.string(), Number.NaN)).toMatchObject({
      params: { received: { key: 'validation.type.nan' } },
    });
    expect(issueOf(z.string(), new Date())).toMatchObject({
      params: { received: { key: 'validation.type.date' } },
    });
    expect(issueOf(z.number(), Number.POSITIVE_INFINITY)).toMatchObject({
      params: { received: 'Infinity' },
    });
    expect(issueOf(z.int(), 1.5)).toMatchObject({
      params: {
        expected: { key: 'validation.type.int' },
        received: { key: 'validation.type.fraction' },
      },
    });
    expect(issueOf(z.map(z.string(), z.string()), 1)).toMatchObject({
      params: { expected: 'map' },
    });
    expect(issueOf(z.literal(true), false)).toMatchObject({
      code: 'invalid_value',
      params: { values: ['true'] },
    });
  });

  it('keeps a custom issue without a library code as plain custom', () => {
    const schema = z.string().refine(() => false);
    expect(issueOf(schema, 'x')).toEqual({
      path: [],
      code: 'custom',
      messageKey: 'validation.custom',
      params: {},
    });
  });

  it('renders symbol path segments as text', () => {
    const key = Symbol('secret');
    const issue = fromZodIssue({ code: 'custom', path: [key], message: 'x', input: 1 });
    expect(issue.path).toEqual(['Symbol(secret)']);
  });
});

describe('formatPath', () => {
  it('writes paths the way a developer reads them', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['goals', 0, 'plan', 2, 'title'])).toBe('goals[0].plan[2].title');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['labels', 'en-GB'])).toBe('labels["en-GB"]');
  });
});

describe('formatError', () => {
  it('renders an error that has its own path, and root-level issues', () => {
    const error = {
      code: 'example',
      messageKey: 'validation.same_person',
      params: {},
      path: ['menteeId'],
      issues: [{ path: [], messageKey: 'validation.custom', params: {} }],
    } as const;
    expect(formatError(error)).toBe(
      'at menteeId: mentor and mentee must be two different people\n- at (document): is not valid',
    );
    expect(formatError(error, de)).toBe(
      'bei menteeId: Mentor:in und Mentee müssen zwei verschiedene Personen sein\n- bei (Dokument): ist ungültig',
    );
    // A German tag without the pack renders English (the pack is imported from its own subpath).
    expect(formatError(error, 'de')).toBe(formatError(error));
  });
});

describe('createParser', () => {
  it('reports a non-Error exception as unparseable with an unknown reason', () => {
    const parse = createParser(z.string());
    const input = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw 'not an Error object';
        },
      },
    );
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues[0]).toMatchObject({
        code: 'unparseable',
        params: { reason: 'unknown' },
      });
  });
});
