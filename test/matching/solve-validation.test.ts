import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, solve } from '../../src/index';

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    const issue = (error as InvalidOptionsError).issues?.[0];
    return { path: issue?.path, code: issue?.code, params: (error as InvalidOptionsError).params };
  }
  throw new Error('did not throw');
}

describe('solve: capacities and sizes are validated at the door', () => {
  const scores = [
    [0.9, 0.2],
    [0.8, 0.7],
    [0.1, 0.6],
  ];

  it.each([
    ['negative', -1, 'too_small'],
    ['fractional', 1.5, 'invalid_type'],
    ['NaN', Number.NaN, 'invalid_type'],
    ['infinite', Number.POSITIVE_INFINITY, 'invalid_type'],
    ['beyond MAX_SAFE_INTEGER', 2 ** 53, 'too_big'],
    ['a string', '2', 'invalid_type'],
  ])('rejects a %s capacity with a path', (_, value, code) => {
    for (const [field, length] of [
      ['capacities', 2],
      ['menteeCapacities', 3],
    ] as const) {
      const list: unknown[] = new Array(length).fill(1);
      list[1] = value;
      const found = issueOf(() => solve({ scores, [field]: list as number[] }));
      expect(found.path).toEqual([field, 1]);
      expect(found.code).toBe(code);
      expect(found.params).toMatchObject({ function: 'solve' });
    }
  });

  it('clamps a capacity above the other side to it, without wrapping (2**31, 2**32, MAX_SAFE_INTEGER)', () => {
    const unlimited = solve({ scores, capacities: [3, 3] });
    for (const big of [2 ** 31, 2 ** 31 - 1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER]) {
      for (const strategy of ['optimal', 'greedy', 'stable'] as const) {
        const result = solve({ scores, capacities: [big, big] }, { strategy });
        expect(result.matched).toBe(3);
        if (strategy === 'optimal') expect(result).toEqual(unlimited);
      }
      const several = solve(
        { scores, menteeCapacities: [big, 1, 1], capacities: [3, 3] },
        { objective: 'participation' },
      );
      expect(several.matched).toBe(4);
    }
    // 2**32 used to wrap to 0 places in an Int32Array.
    expect(solve({ scores: [[1]], capacities: [2 ** 32] }).matched).toBe(1);
  });

  it('rejects a fractional, negative or huge mentorCount and mismatched sizes', () => {
    const flat = new Float64Array(6).fill(0.5);
    expect(issueOf(() => solve({ scores: flat, mentorCount: 1.5 }))).toMatchObject({
      path: ['mentorCount'],
      code: 'invalid_type',
    });
    expect(issueOf(() => solve({ scores: flat, mentorCount: -2 }))).toMatchObject({
      path: ['mentorCount'],
      code: 'too_small',
    });
    expect(issueOf(() => solve({ scores: flat, mentorCount: 2 ** 31 }))).toMatchObject({
      path: ['mentorCount'],
      code: 'too_big',
    });
    expect(issueOf(() => solve({ scores: flat, mentorCount: 4 }))).toMatchObject({
      path: ['scores'],
    });
    expect(issueOf(() => solve({ scores, capacities: [1, 1, 1] }))).toMatchObject({
      path: ['capacities'],
      code: 'too_big',
    });
    expect(issueOf(() => solve({ scores, eligible: [[true, true]] }))).toMatchObject({
      path: ['eligible'],
    });
    expect(issueOf(() => solve({ scores: [[1, 2], [3]] }))).toMatchObject({
      path: ['scores', 1],
    });
  });

  it('never throws anything but InvalidOptionsError for any capacity value', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.constantFrom('optimal', 'stable', 'greedy'),
        (value, strategy) => {
          try {
            const result = solve(
              { scores, capacities: [value as number, 1] },
              { strategy: strategy as 'optimal' },
            );
            expect(result.matched).toBeGreaterThanOrEqual(0);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
