import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/index';

// More mentees than mentors (above the dense size limit) are solved with
// mentors as rows on each mentor's best few mentees; the same problem
// transposed goes through the mentee-row path. Both are exact, so the
// totals (and, for participation, the pair counts) agree.
function transpose(values: Float64Array | Uint8Array, n: number, m: number) {
  const out = new (values.constructor as Float64ArrayConstructor)(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) out[j * n + i] = values[i * m + j] as number;
  return out;
}

const instance = fc.record({
  m: fc.integer({ min: 49, max: 70 }),
  extra: fc.integer({ min: 1, max: 250 }),
  levels: fc.constantFrom(2, 4, 1000),
  identicalRows: fc.boolean(),
  // A few mentees every mentor ranks first: the lists miss the rest and the
  // check adds pairs over several rounds.
  popular: fc.integer({ min: 0, max: 15 }),
  masked: fc.boolean(),
  negative: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('solve: tall dense problems', () => {
  it('agrees with the transposed problem for every objective, with ties, masks and negative scores', () => {
    fc.assert(
      fc.property(
        instance,
        fc.constantFrom('score', 'participation', 'fairness') as fc.Arbitrary<
          'score' | 'participation' | 'fairness'
        >,
        ({ m, extra, levels, identicalRows, popular, masked, negative, seed }, objective) => {
          const n = m + extra;
          let state = seed;
          const next = () => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return state / 2 ** 32;
          };
          const scores = new Float64Array(n * m);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < m; j++) {
              scores[i * m + j] =
                identicalRows && i > 0
                  ? (scores[j] as number)
                  : Math.floor(next() * levels) +
                    (i < popular ? levels / 2 : 0) -
                    (negative ? levels / 2 : 0);
            }
          }
          const eligible = new Uint8Array(n * m).map(() => (masked && next() < 0.3 ? 0 : 1));
          const tall = solve(
            { scores, mentorCount: m, ...(masked ? { eligible } : {}) },
            { objective },
          );
          const wide = solve(
            {
              scores: transpose(scores, n, m),
              mentorCount: n,
              ...(masked ? { eligible: transpose(eligible, n, m) } : {}),
            },
            { objective },
          );
          expect(tall.matched).toBe(wide.matched);
          expect(tall.total).toBeCloseTo(wide.total, 9);
          // A valid assignment: sorted, one mentor per mentee, one mentee per mentor, eligible.
          const mentors = new Set<number>();
          let total = 0;
          tall.pairs.forEach(([i, j], k) => {
            if (k > 0)
              expect(i).toBeGreaterThan((tall.pairs[k - 1] as readonly number[])[0] as number);
            expect(mentors.has(j)).toBe(false);
            mentors.add(j);
            expect(eligible[i * m + j] === 1 || !masked).toBe(true);
            total += scores[i * m + j] as number;
          });
          expect(tall.total).toBeCloseTo(total, 9);
        },
      ),
      { numRuns: 80 },
    );
  });
});
