import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../src/matching';
import { solveOptimal } from '../../src/matching/solvers/optimal';
import type { Problem } from '../../src/matching/solvers/problem';
import { type RowScorer, solveAtScale } from '../../src/matching/solvers/scale';
import { bruteForce, smallProblems } from './brute-force';
import { makeCohort, mulberry32 } from './support/cohort';

/** A flat problem and the scorer that hands out its rows. */
function flat(problem: {
  scores: number[][];
  eligible: boolean[][];
  capacities: number[];
  menteeCapacities: number[];
}): { dense: Problem; scoreRow: RowScorer } {
  const n = problem.scores.length;
  const m = problem.capacities.length;
  const weight = new Float64Array(n * m);
  const eligible = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      weight[i * m + j] = problem.scores[i]?.[j] ?? 0;
      eligible[i * m + j] = problem.eligible[i]?.[j] ? 1 : 0;
    }
  }
  const dense: Problem = {
    n,
    m,
    weight,
    start: null,
    column: null,
    eligible,
    capacity: Int32Array.from(problem.capacities, (c) => Math.min(c, n)),
    rowCapacity: Int32Array.from(problem.menteeCapacities, (c) => Math.min(c, m)),
  };
  const scoreRow: RowScorer = (i, scores, mask) => {
    scores.set(weight.subarray(i * m, (i + 1) * m));
    mask.set(eligible.subarray(i * m, (i + 1) * m));
  };
  return { dense, scoreRow };
}

function totalOf(dense: Problem, pairs: Int32Array): number {
  let total = 0;
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    total += dense.weight[(pairs[k] as number) * dense.m + (pairs[k + 1] as number)] as number;
  }
  return total;
}

/** Every pair eligible, no mentor or mentee over its places, no pair twice. */
function expectFeasible(dense: Problem, pairs: Int32Array): void {
  const rows = new Int32Array(dense.n);
  const columns = new Int32Array(dense.m);
  const seen = new Set<number>();
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const i = pairs[k] as number;
    const j = pairs[k + 1] as number;
    expect(dense.eligible?.[i * dense.m + j]).toBe(1);
    expect(seen.has(i * dense.m + j)).toBe(false);
    seen.add(i * dense.m + j);
    rows[i] = (rows[i] as number) + 1;
    columns[j] = (columns[j] as number) + 1;
  }
  rows.forEach((load, i) => {
    expect(load).toBeLessThanOrEqual(dense.rowCapacity[i] as number);
  });
  columns.forEach((load, j) => {
    expect(load).toBeLessThanOrEqual(dense.capacity[j] as number);
  });
}

describe('solveAtScale: exact beyond the candidate lists', () => {
  it('equals the brute-force optimum with one candidate per mentee, and certifies it', () => {
    fc.assert(
      fc.property(smallProblems(6, { min: 0, max: 2 }, -1), (problem) => {
        const { dense, scoreRow } = flat(problem);
        const { pairs, certificate } = solveAtScale(dense, scoreRow, 1, null, {
          byReducedCost: 1,
          byScore: 1,
        });
        expectFeasible(dense, pairs);
        expect(totalOf(dense, pairs)).toBeCloseTo(bruteForce(problem).total, 9);
        expect(certificate.certified).toBe(true);
        expect(certificate.maxViolation).toBe(0);
        expect(certificate.dualBound).toBeCloseTo(certificate.total, 9);
      }),
      { numRuns: 400 },
    );
  });

  it('equals the dense solver on random matrices where short lists miss the optimum', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 10, max: 120 }),
          m: fc.integer({ min: 5, max: 60 }),
          places: fc.integer({ min: 1, max: 4 }),
          listSize: fc.integer({ min: 1, max: 3 }),
          // Second lists this short leave work for the pricing rounds and
          // the repair between them (and its fallback, a fresh solve).
          byReducedCost: fc.integer({ min: 1, max: 3 }),
          byScore: fc.integer({ min: 1, max: 2 }),
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          coarse: fc.boolean(),
        }),
        ({ n, m, places, listSize, byReducedCost, byScore, seed, coarse }) => {
          const random = mulberry32(seed);
          // Every mentee likes the same few mentors best: their top lists
          // crowd onto them, and the optimum needs pairs far down the lists.
          const popular = random();
          const scores = Array.from({ length: n }, () =>
            Array.from({ length: m }, (_, j) => {
              const value = (j < 3 ? 0.5 + 0.5 * popular : 0) + random() * 0.5;
              return coarse ? Math.round(value * 10) / 10 : value;
            }),
          );
          const eligible = scores.map((row) => row.map(() => random() < 0.8));
          const problem = {
            scores,
            eligible,
            capacities: Array.from({ length: m }, () => Math.floor(random() * (places + 1))),
            menteeCapacities: Array.from({ length: n }, () => (random() < 0.8 ? 1 : 2)),
          };
          const { dense, scoreRow } = flat(problem);
          const { pairs, certificate } = solveAtScale(dense, scoreRow, listSize, null, {
            byReducedCost,
            byScore,
          });
          expectFeasible(dense, pairs);
          const expected = totalOf(dense, solveOptimal(dense, 'score'));
          expect(totalOf(dense, pairs)).toBeCloseTo(expected, 9);
          expect(certificate.certified).toBe(true);
          expect(certificate.rounds).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('assign with topK: exact and certified', () => {
  it('gives the dense optimum even with topK 1, with the certificate in the result', () => {
    for (const seed of [1, 2, 3]) {
      const cohort = makeCohort({ mentors: 30, mentees: 140, capacity: 4, seed });
      const dense = assign(cohort.mentors, cohort.mentees);
      for (const topK of [1, 3, 40]) {
        const scaled = assign(cohort.mentors, cohort.mentees, { topK });
        expect(scaled.totals.sum).toBeCloseTo(dense.totals.sum, 9);
        expect(scaled.totals.pairs).toBe(dense.totals.pairs);
        expect(scaled.exact).toBe(true);
        expect(scaled.certificate?.certified).toBe(true);
        expect(scaled.certificate?.total).toBeCloseTo(dense.totals.sum, 9);
        expect(Object.isFrozen(scaled.certificate)).toBe(true);
        expect(scaled.unmatched.map((u) => u.reason).sort()).toEqual(
          dense.unmatched.map((u) => u.reason).sort(),
        );
        expect(JSON.parse(JSON.stringify(scaled))).toEqual(scaled);
      }
    }
  });

  it('keeps the pruned solve (exact: false, no certificate) for greedy and other objectives', () => {
    const cohort = makeCohort({ mentors: 20, mentees: 80, capacity: 2, seed: 4 });
    const greedy = assign(cohort.mentors, cohort.mentees, { topK: 2, strategy: 'greedy' });
    expect(greedy.exact).toBe(false);
    expect(greedy.certificate).toBeUndefined();
    const fairness = assign(cohort.mentors, cohort.mentees, { topK: 2, objective: 'fairness' });
    expect(fairness.exact).toBe(false);
    expect(fairness.certificate).toBeUndefined();
  });

  it('reports progress in order and can be cancelled', () => {
    const cohort = makeCohort({ mentors: 60, mentees: 300, capacity: 4, seed: 6 });
    const fractions: number[] = [];
    const result = assign(cohort.mentors, cohort.mentees, {
      topK: 5,
      onProgress: ({ fraction }) => fractions.push(fraction),
    });
    expect(result.certificate?.certified).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    for (let k = 1; k < fractions.length; k++) {
      expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1] as number);
    }
    const controller = new AbortController();
    controller.abort();
    expect(() =>
      assign(cohort.mentors, cohort.mentees, { topK: 5, signal: controller.signal }),
    ).toThrow(expect.objectContaining({ code: 'aborted' }));
  });
});
