import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, solve } from '../../src/index';

/** The first issue of the error `run` throws. */
function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    const issue = (error as InvalidOptionsError).issues?.[0];
    return { path: issue?.path, code: issue?.code, messageKey: issue?.messageKey };
  }
  throw new Error('did not throw');
}

// Large flat matrices take the sparsifying solver, which checks the scores in
// its own pass over the matrix; the error must be the one of the plain check.
describe('solve: non-finite scores in a large flat matrix', () => {
  const bad = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

  it('names the first non-finite entry, eligible or not, for every objective and strategy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 49, max: 80 }),
        fc.array(fc.tuple(fc.nat(), bad), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('score', 'participation', 'fairness') as fc.Arbitrary<
          'score' | 'participation' | 'fairness'
        >,
        fc.constantFrom('optimal', 'greedy') as fc.Arbitrary<'optimal' | 'greedy'>,
        fc.integer({ min: 1, max: 1000 }),
        (n, m, entries, masked, objective, strategy, seed) => {
          const scores = new Float64Array(n * m);
          for (let k = 0; k < scores.length; k++) scores[k] = ((k * 7919 + seed) % 101) / 100;
          for (const [at, value] of entries) scores[at % (n * m)] = value;
          const first = scores.findIndex((value) => !Number.isFinite(value));
          const eligible = masked
            ? new Uint8Array(n * m).map((_, k) => (k % 3 === 0 ? 0 : 1))
            : undefined;
          const issue = issueOf(() =>
            solve(
              { scores, mentorCount: m, ...(eligible === undefined ? {} : { eligible }) },
              { objective, strategy },
            ),
          );
          expect(issue).toEqual({
            path: ['scores', first],
            code: 'invalid_type',
            messageKey: 'matching.error.not_finite',
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('solves a matrix of extreme finite scores', () => {
    const n = 5;
    const m = 60;
    const scores = new Float64Array(n * m).fill(-Number.MAX_VALUE);
    for (let i = 0; i < n; i++) scores[i * m + i] = Number.MAX_VALUE / 1e3;
    const result = solve({ scores, mentorCount: m });
    expect(result.matched).toBe(n);
    expect(result.pairs).toEqual([0, 1, 2, 3, 4].map((i) => [i, i]));
  });
});
