import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseOptions } from '../../src/_internal/options';
import { de } from '../../src/i18n/locales/de/index';
import { formatError, InvalidOptionsError, parseRelationship } from '../../src/index';
import { maxReportedIssues, validationError } from '../../src/model/validation-error';
import { copy, relationship } from './fixtures';

/** A relationship whose history holds `count` broken events (three problems each). */
function withBrokenEvents(count: number) {
  const input = copy(relationship) as Record<string, unknown>;
  input.history = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    type: 'decline',
    at: 'yesterday',
    actor: { role: 'coach', id: 'x' },
    reason: '',
  }));
  return input;
}

describe('the issue list of a ValidationError', () => {
  it('keeps the first 100 issues and counts the rest (regression: 300,000 issues for 100,000 events)', () => {
    const result = parseRelationship(withBrokenEvents(1_000));
    if (result.ok) throw new Error('expected an error');
    expect(maxReportedIssues).toBe(100);
    expect(result.error.issues).toHaveLength(100);
    expect(result.error.params.count).toBe(3_000);
    expect(result.error.omitted).toBe(2_900);
    expect(result.error.issues[0]?.path).toEqual(['history', 0, 'at']);
  });

  it('says in its text how many more problems there were, in the headline and at the end', () => {
    const result = parseRelationship(withBrokenEvents(40));
    if (result.ok) throw new Error('expected an error');
    const lines = formatError(result.error).split('\n');
    expect(lines[0]).toBe('The input is not valid (120 problems):');
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines.at(-1)).toBe('- … and 20 more problems');
    expect(formatError(result.error, de).split('\n').at(-1)).toBe('- … und 20 weitere Probleme');
    const tiny = validationError(
      Array.from({ length: 101 }, () => ({
        path: [],
        code: 'custom' as const,
        messageKey: 'validation.custom' as const,
        params: {},
      })),
    );
    expect(formatError(tiny).split('\n').at(-1)).toBe('- … and 1 more problem');
  });

  it('omits nothing when there are 100 or fewer', () => {
    const result = parseRelationship(withBrokenEvents(2));
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues).toHaveLength(6);
    expect(result.error.omitted).toBe(0);
    expect(formatError(result.error)).not.toContain('more problem');
  });
});

describe('the issue list of an InvalidOptionsError', () => {
  it('is capped the same way', () => {
    const schema = z.strictObject({ list: z.array(z.string()) });
    try {
      parseOptions('demo', schema, { list: Array.from({ length: 250 }, (_, index) => index) });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      const options = error as InvalidOptionsError;
      expect(options.issues).toHaveLength(100);
      expect(options.omitted).toBe(150);
      expect(options.params.count).toBe(250);
      expect(options.message).toBe(
        'demo: invalid options (250 problems; first at list[0]: invalid_type)',
      );
      expect(formatError(options).split('\n').at(-1)).toBe('- … and 150 more problems');
    }
  });
});
