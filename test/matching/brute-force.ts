import fc from 'fast-check';

// Exhaustive reference for small instances: dynamic programming over mentees
// with the vector of remaining mentor places as state.
export interface SmallProblem {
  scores: number[][];
  eligible: boolean[][];
  capacities: number[];
  menteeCapacities: number[];
}

export interface BruteForceOptimum {
  total: number;
  /** Pairs. */
  matched: number;
  /** Mentees with at least one pair. */
  mentees: number;
  /** Lowest score of a pair (`fairness` only; +∞ without pairs). */
  min?: number;
}

function subsets(items: number[], maxSize: number): number[][] {
  const out: number[][] = [[]];
  const walk = (start: number, chosen: number[]) => {
    for (let k = start; k < items.length; k++) {
      const next = [...chosen, items[k] as number];
      out.push(next);
      if (next.length < maxSize) walk(k + 1, next);
    }
  };
  if (maxSize > 0) walk(0, []);
  return out;
}

/**
 * Best total (`score`); best (mentees matched, total) lexicographically
 * (`participation`); best (mentees matched, lowest pair score, total)
 * lexicographically (`fairness`).
 */
export function bruteForce(
  problem: SmallProblem,
  objective: 'score' | 'participation' | 'fairness' = 'score',
): BruteForceOptimum {
  if (objective === 'fairness') return bruteForceFairness(problem);
  const n = problem.scores.length;
  const m = problem.capacities.length;
  const memo = new Map<string, BruteForceOptimum>();
  const better = (a: BruteForceOptimum, b: BruteForceOptimum) =>
    objective === 'participation'
      ? a.mentees > b.mentees || (a.mentees === b.mentees && a.total > b.total + 1e-12)
      : a.total > b.total + 1e-12;
  const go = (i: number, left: number[]): BruteForceOptimum => {
    if (i === n) return { total: 0, matched: 0, mentees: 0 };
    const key = `${i}|${left.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const options: number[] = [];
    for (let j = 0; j < m; j++) if (problem.eligible[i]?.[j] && (left[j] ?? 0) > 0) options.push(j);
    let best: BruteForceOptimum | undefined;
    for (const chosen of subsets(options, problem.menteeCapacities[i] ?? 1)) {
      const nextLeft = [...left];
      let gain = 0;
      for (const j of chosen) {
        nextLeft[j] = (nextLeft[j] ?? 0) - 1;
        gain += problem.scores[i]?.[j] ?? 0;
      }
      const rest = go(i + 1, nextLeft);
      const candidate = {
        total: rest.total + gain,
        matched: rest.matched + chosen.length,
        mentees: rest.mentees + (chosen.length > 0 ? 1 : 0),
      };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
    const result = best ?? { total: 0, matched: 0, mentees: 0 };
    memo.set(key, result);
    return result;
  };
  return go(0, [...problem.capacities]);
}

/**
 * `fairness` by thresholds: for each distinct score t, the `participation`
 * optimum on the pairs scoring at least t; the answer is the one with the
 * most mentees, then the highest t (its lowest pair is exactly t then).
 */
function bruteForceFairness(problem: SmallProblem): BruteForceOptimum {
  const values = new Set<number>();
  problem.scores.forEach((row, i) => {
    row.forEach((v, j) => {
      if (problem.eligible[i]?.[j]) values.add(v);
    });
  });
  let best: BruteForceOptimum = { total: 0, matched: 0, mentees: 0, min: Infinity };
  for (const t of [...values].sort((a, b) => a - b)) {
    const restricted = {
      ...problem,
      eligible: problem.eligible.map((row, i) =>
        row.map((ok, j) => ok && (problem.scores[i]?.[j] ?? 0) >= t),
      ),
    };
    const found = bruteForce(restricted, 'participation');
    if (found.mentees > best.mentees || (found.mentees === best.mentees && found.mentees > 0)) {
      best = { ...found, min: t };
    }
  }
  return best;
}

/**
 * Random small problems: up to `size` mentees and mentors, scores in tenths
 * (ties, some negative) or any double from `lowest` to 1, mentor capacities
 * 0–3 and mentee capacities from `menteePlaces`.
 */
export function smallProblems(
  size: number,
  menteePlaces: { min: number; max: number },
  lowest = 0,
): fc.Arbitrary<SmallProblem> {
  return fc
    .record({ n: fc.integer({ min: 1, max: size }), m: fc.integer({ min: 1, max: size }) })
    .chain(({ n, m }) =>
      fc.record({
        scores: fc.array(
          fc.array(
            fc.oneof(
              fc.integer({ min: -2, max: 10 }).map((v) => v / 10),
              fc.double({ min: lowest, max: 1, noNaN: true }),
            ),
            { minLength: m, maxLength: m },
          ),
          { minLength: n, maxLength: n },
        ),
        eligible: fc.array(fc.array(fc.boolean(), { minLength: m, maxLength: m }), {
          minLength: n,
          maxLength: n,
        }),
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
        menteeCapacities: fc.array(fc.integer(menteePlaces), { minLength: n, maxLength: n }),
      }),
    );
}
