import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SolveResult, solve } from '../../src/index';
import { runStrategy } from '../../src/matching/solve';
import type { Problem } from '../../src/matching/solvers/problem';
import { bruteForce, type SmallProblem, smallProblems } from './brute-force';

/** Small problems where mentees take up to three mentors, with ties and negative scores. */
const severalPlaces = smallProblems(5, { min: 0, max: 3 }, -1);

/** Checks capacities, eligibility and no pair twice; returns (mentees, pairs, total, min). */
function measured(problem: SmallProblem, pairs: SolveResult['pairs']) {
  const mentorLoad = new Map<number, number>();
  const menteeLoad = new Map<number, number>();
  const seen = new Set<string>();
  let total = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const [i, j] of pairs) {
    expect(problem.eligible[i]?.[j]).toBe(true);
    expect(seen.has(`${i}:${j}`)).toBe(false);
    seen.add(`${i}:${j}`);
    mentorLoad.set(j, (mentorLoad.get(j) ?? 0) + 1);
    menteeLoad.set(i, (menteeLoad.get(i) ?? 0) + 1);
    const score = problem.scores[i]?.[j] as number;
    total += score;
    min = Math.min(min, score);
  }
  for (const [j, load] of mentorLoad) expect(load).toBeLessThanOrEqual(problem.capacities[j] ?? 0);
  for (const [i, load] of menteeLoad) {
    expect(load).toBeLessThanOrEqual(problem.menteeCapacities[i] ?? 0);
  }
  return { mentees: menteeLoad.size, pairs: pairs.length, total, min };
}

/** The same problem as compressed rows (the scale-mode path of the solvers). */
function sparse(problem: SmallProblem): Problem {
  const n = problem.scores.length;
  const m = problem.capacities.length;
  const start = new Int32Array(n + 1);
  const column: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (!problem.eligible[i]?.[j]) continue;
      column.push(j);
      weight.push(problem.scores[i]?.[j] as number);
    }
    start[i + 1] = column.length;
  }
  return {
    n,
    m,
    weight: Float64Array.from(weight),
    start,
    column: Int32Array.from(column),
    eligible: null,
    capacity: Int32Array.from(problem.capacities),
    rowCapacity: Int32Array.from(problem.menteeCapacities),
  };
}

function sparsePairs(problem: SmallProblem, objective: 'participation' | 'fairness') {
  const flat = runStrategy(sparse(problem), {
    strategy: 'optimal',
    objective,
    proposing: 'mentee',
    progress: null,
  });
  const pairs: [number, number][] = [];
  for (let k = 0; k < flat.length; k += 2) pairs.push([flat[k] as number, flat[k + 1] as number]);
  return pairs;
}

describe("solve: objective 'participation'", () => {
  it('matches as many mentees as possible, not as many pairs (issue #12 regression)', () => {
    const result = solve(
      {
        scores: [
          [1, 0],
          [2, 1],
        ],
        eligible: [
          [true, false],
          [true, true],
        ],
        menteeCapacities: [1, 2],
      },
      { objective: 'participation' },
    );
    // Pairs-first would give mentee 1 both mentors and leave mentee 0 out.
    expect(result.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('equals a brute-force optimum (mentees, then total) with several places per mentee', () => {
    fc.assert(
      fc.property(severalPlaces, (problem) => {
        const expected = bruteForce(problem, 'participation');
        for (const pairs of [
          solve(problem, { objective: 'participation' }).pairs,
          sparsePairs(problem, 'participation'),
        ]) {
          const found = measured(problem, pairs);
          expect(found.mentees).toBe(expected.mentees);
          expect(found.total).toBeCloseTo(expected.total, 9);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("solve: objective 'fairness'", () => {
  it('maximises the lowest pair score first, then the total', () => {
    const problem = {
      scores: [
        [1, 0.5],
        [0.5, 0.2],
      ],
    };
    expect(solve(problem).pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(solve(problem, { objective: 'fairness' }).pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('never leaves a mentee out to raise the lowest score', () => {
    // Matching only mentee 0 would make the lowest score 0.9.
    const result = solve(
      {
        scores: [
          [0.9, 0.1],
          [0.1, 0],
        ],
      },
      { objective: 'fairness' },
    );
    expect(result.matched).toBe(2);
    expect(result.total).toBeCloseTo(0.2, 12);
  });

  it('equals a brute-force optimum (mentees, lowest score, total), dense and sparse', () => {
    fc.assert(
      fc.property(severalPlaces, (problem) => {
        const expected = bruteForce(problem, 'fairness');
        for (const pairs of [
          solve(problem, { objective: 'fairness' }).pairs,
          sparsePairs(problem, 'fairness'),
        ]) {
          const found = measured(problem, pairs);
          expect(found.mentees).toBe(expected.mentees);
          if (expected.mentees > 0) expect(found.min === expected.min).toBe(true);
          expect(found.total).toBeCloseTo(expected.total, 9);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is exact on a larger random problem: no assignment of as many mentees has a higher lowest score', () => {
    let state = 7;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const n = 120;
    const m = 90;
    const scores = Float64Array.from({ length: n * m }, () => Math.round(random() * 1000) / 1000);
    const capacities = Array.from({ length: m }, () => 1 + Math.floor(random() * 2));
    const problem = { scores, mentorCount: m, capacities };
    const fair = solve(problem, { objective: 'fairness' });
    const participation = solve(problem, { objective: 'participation' });
    expect(fair.matched).toBe(participation.matched);
    const low = Math.min(...fair.pairs.map(([i, j]) => scores[i * m + j] as number));
    // Raising the bar just above the lowest score must lose a mentee.
    const eligible = Uint8Array.from(scores, (s) => (s > low ? 1 : 0));
    const above = solve({ ...problem, eligible }, { objective: 'participation' });
    expect(above.matched).toBeLessThan(fair.matched);
  });
});
