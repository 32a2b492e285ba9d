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
  matched: number;
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

/** Best (matched, total) lexicographically when `participation`, else best total. */
export function bruteForce(
  problem: SmallProblem,
  objective: 'score' | 'participation' = 'score',
): BruteForceOptimum {
  const n = problem.scores.length;
  const m = problem.capacities.length;
  const memo = new Map<string, BruteForceOptimum>();
  const better = (a: BruteForceOptimum, b: BruteForceOptimum) =>
    objective === 'participation'
      ? a.matched > b.matched || (a.matched === b.matched && a.total > b.total + 1e-12)
      : a.total > b.total + 1e-12;
  const go = (i: number, left: number[]): BruteForceOptimum => {
    if (i === n) return { total: 0, matched: 0 };
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
      const candidate = { total: rest.total + gain, matched: rest.matched + chosen.length };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
    const result = best ?? { total: 0, matched: 0 };
    memo.set(key, result);
    return result;
  };
  return go(0, [...problem.capacities]);
}
