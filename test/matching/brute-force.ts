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

/** A group of people on one side, by index, for {@link bruteForceConstrained}. */
export interface SmallGroup {
  side: 'mentor' | 'mentee';
  members: number[];
}

/** Bounds on the pairs involving `group`'s members (`max` may be Infinity). */
export interface SmallBound {
  group: number;
  min: number;
  max: number;
}

/**
 * The constrained optimum by enumerating every set of eligible pairs within
 * the capacities and the group caps, keeping those that meet every minimum:
 * best total (`score`), best (mentees, total) (`participation`), best
 * (mentees, lowest pair score, total) (`fairness`); null when no set meets
 * the bounds.
 */
export function bruteForceConstrained(
  problem: SmallProblem,
  groups: readonly SmallGroup[],
  bounds: readonly SmallBound[],
  objective: 'score' | 'participation' | 'fairness' = 'score',
): BruteForceOptimum | null {
  const n = problem.scores.length;
  const m = problem.capacities.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) if (problem.eligible[i]?.[j]) pairs.push([i, j]);
  }
  // For each bound, which pairs count toward it.
  const counts = bounds.map((bound) => {
    const group = groups[bound.group] as SmallGroup;
    const members = new Set(group.members);
    return pairs.map(([i, j]) => members.has(group.side === 'mentor' ? j : i));
  });
  const rowUsed = new Array<number>(n).fill(0);
  const colUsed = new Array<number>(m).fill(0);
  const boundUsed = new Array<number>(bounds.length).fill(0);
  const chosen: number[] = [];
  let best: BruteForceOptimum | null = null;
  const better = (a: BruteForceOptimum, b: BruteForceOptimum): boolean => {
    if (objective === 'score') return a.total > b.total + 1e-12;
    if (a.mentees !== b.mentees) return a.mentees > b.mentees;
    if (objective === 'fairness' && a.min !== b.min) return (a.min ?? 0) > (b.min ?? 0);
    return a.total > b.total + 1e-12;
  };
  const walk = (p: number) => {
    if (p === pairs.length) {
      if (bounds.some((bound, b) => (boundUsed[b] as number) < bound.min)) return;
      let total = 0;
      let min = Number.POSITIVE_INFINITY;
      const rows = new Set<number>();
      for (const q of chosen) {
        const [i, j] = pairs[q] as [number, number];
        const w = problem.scores[i]?.[j] ?? 0;
        total += w;
        min = Math.min(min, w);
        rows.add(i);
      }
      const candidate: BruteForceOptimum = {
        total,
        matched: chosen.length,
        mentees: rows.size,
        ...(objective === 'fairness' ? { min } : {}),
      };
      if (best === null || better(candidate, best)) best = candidate;
      return;
    }
    walk(p + 1);
    const [i, j] = pairs[p] as [number, number];
    if ((rowUsed[i] as number) >= (problem.menteeCapacities[i] ?? 1)) return;
    if ((colUsed[j] as number) >= (problem.capacities[j] ?? 1)) return;
    if (bounds.some((bound, b) => counts[b]?.[p] && (boundUsed[b] as number) >= bound.max)) return;
    rowUsed[i] = (rowUsed[i] as number) + 1;
    colUsed[j] = (colUsed[j] as number) + 1;
    bounds.forEach((_, b) => {
      if (counts[b]?.[p]) boundUsed[b] = (boundUsed[b] as number) + 1;
    });
    chosen.push(p);
    walk(p + 1);
    chosen.pop();
    rowUsed[i] = (rowUsed[i] as number) - 1;
    colUsed[j] = (colUsed[j] as number) - 1;
    bounds.forEach((_, b) => {
      if (counts[b]?.[p]) boundUsed[b] = (boundUsed[b] as number) - 1;
    });
  };
  walk(0);
  return best;
}
