import { type Augmented, augment } from './augmenting-paths';
import { addPricedOutPairs, CandidateLists, insertBest } from './candidate-lists';
import type { Problem } from './problem';
import type { Progress } from './progress';

/** A bonus per pair larger than any total the pair could cost (see `participation`). */
export function participationShift(graph: Problem): number {
  const { n, m, weight, start, eligible } = graph;
  const sparse = start !== null;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const from = sparse ? (start[i] as number) : i * m;
    const to = sparse ? (start[i + 1] as number) : from + m;
    for (let k = from; k < to; k++) {
      if (!sparse && eligible !== null && eligible[k] === 0) continue;
      const w = weight[k] as number;
      if (w < low) low = w;
      if (w > high) high = w;
    }
  }
  if (high < low) return 0;
  let pairsAtMost = 0;
  for (const c of graph.rowCapacity) pairsAtMost += Math.min(c, m);
  return (high - low) * (pairsAtMost + 1) + 1 + Math.max(0, -low);
}

/**
 * `participation` when mentees take several mentors: most mentees matched
 * first, then the best total. A bonus per pair (as with one place each) would
 * count pairs, not mentees, so a mentee's first pair must be worth more than
 * its others. Each mentee with c > 1 places gets c − 1 private filler
 * columns of one place each (a mentee never takes a column twice), worth the
 * bonus alone: a mentee with k ≥ 1 real pairs fills its other places with
 * them and is worth c × bonus + its scores, one without
 * pairs only (c − 1) × bonus. So the total is a constant + bonus × (mentees
 * matched) + the scores, and a bonus above any difference of scores makes the
 * first count lexicographically. Fillers are dropped from the result.
 */
export function solveParticipation(
  graph: Problem,
  progress: Progress | null,
  sparsify = true,
): Int32Array {
  const { n, m, weight, start, column, eligible } = graph;
  const sparse = start !== null && column !== null;
  const rowCapacity = Int32Array.from(graph.rowCapacity, (c) => Math.min(c, m));
  let high = 0;
  let low = 0;
  for (let i = 0; i < n; i++) {
    const from = sparse ? (start[i] as number) : i * m;
    const to = sparse ? (start[i + 1] as number) : from + m;
    for (let k = from; k < to; k++) {
      if (!sparse && eligible !== null && eligible[k] === 0) continue;
      const w = weight[k] as number;
      if (w > high) high = w;
      if (w < low) low = w;
    }
  }
  let pairsAtMost = 0;
  for (const c of rowCapacity) pairsAtMost += c;
  const bonus = (high - low) * (pairsAtMost + 1) + 1;
  if (sparse || !sparsify || m <= pricedOutAbove) {
    return withFillers(graph, rowCapacity, bonus, progress).pairs;
  }
  return solvePricedOut(graph, rowCapacity, bonus, progress);
}

/** Below this many mentors a dense problem is solved whole. */
const pricedOutAbove = 48;

/**
 * Dense problems: solve on each mentee's best few mentors (plus its
 * fillers), then price every other eligible pair out against the final
 * potentials, as the `score` objective does; offending pairs join the graph
 * and it is solved again. The potentials prove the result optimal for the
 * whole matrix once no pair has a negative reduced cost.
 */
function solvePricedOut(
  graph: Problem,
  rowCapacity: Int32Array,
  bonus: number,
  progress: Progress | null,
): Int32Array {
  const { n, m, weight, eligible } = graph;
  let most = 0;
  for (const c of rowCapacity) if (c > most) most = c;
  const candidates = new CandidateLists(n, m, Math.min(m, 10 + 2 * most));
  const { keep, columns: topColumns, count: topCount, keys: topWeights } = candidates;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    const out = i * keep;
    let count = 0;
    let threshold = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const w = weight[base + j] as number;
      const size = w < 0 ? -w : w;
      if (size > largest) largest = size;
      if (w <= threshold || (eligible !== null && eligible[base + j] === 0)) continue;
      count = insertBest(topWeights, topColumns, out, count, keep, w, j);
      if (count === keep) threshold = topWeights[keep - 1] as number;
    }
    topCount[i] = count;
  }
  const tolerance = 1e-12 * (1 + largest + bonus);
  for (let round = 0; ; round++) {
    const sparse = candidates.toSparse(graph);
    const result = withFillers(sparse, rowCapacity, bonus, progress);
    const added = addPricedOutPairs(graph, candidates, result, bonus, tolerance, progress, null);
    if (added === 0) return result.pairs;
    if (round >= 8 || (sparse.column?.length ?? 0) + added > (n * m) / 4) {
      return withFillers(graph, rowCapacity, bonus, progress).pairs;
    }
  }
}

/**
 * Solves `graph` with every pair worth `bonus` more and each mentee's filler
 * columns; returns the real pairs and the potentials of rows and real columns.
 */
function withFillers(
  graph: Problem,
  rowCapacity: Int32Array,
  bonus: number,
  progress: Progress | null,
): Augmented {
  const { n, m, weight, start, column, eligible } = graph;
  const sparse = start !== null && column !== null;
  // Row i's fillers are columns m + fillerStart[i] to m + fillerStart[i + 1] − 1.
  const fillerStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    fillerStart[i + 1] = (fillerStart[i] as number) + Math.max(0, (rowCapacity[i] as number) - 1);
  }
  const fillers = fillerStart[n] as number;
  let edges = fillers;
  if (sparse) edges += start[n] as number;
  else for (let k = 0; k < n * m; k++) if (eligible === null || eligible[k] !== 0) edges++;
  const rowStart = new Int32Array(n + 1);
  const edgeColumn = new Int32Array(edges);
  const edgeWeight = new Float64Array(edges);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const from = sparse ? (start[i] as number) : i * m;
    const to = sparse ? (start[i + 1] as number) : from + m;
    for (let k = from; k < to; k++) {
      if (!sparse && eligible !== null && eligible[k] === 0) continue;
      edgeColumn[e] = sparse ? (column[k] as number) : k - from;
      edgeWeight[e++] = (weight[k] as number) + bonus;
    }
    for (let f = fillerStart[i] as number; f < (fillerStart[i + 1] as number); f++) {
      edgeColumn[e] = m + f;
      edgeWeight[e++] = bonus;
    }
    rowStart[i + 1] = e;
  }
  const capacity = new Int32Array(m + fillers).fill(1);
  capacity.set(graph.capacity);
  const result = augment(
    {
      n,
      m: m + fillers,
      weight: edgeWeight,
      start: rowStart,
      column: edgeColumn,
      eligible: null,
      capacity,
      rowCapacity,
    },
    0,
    progress,
  );
  const pairs = result.pairs;
  const real: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    if ((pairs[k + 1] as number) < m) real.push(pairs[k] as number, pairs[k + 1] as number);
  }
  return {
    pairs: Int32Array.from(real),
    rowPotential: result.rowPotential,
    columnPotential: result.columnPotential,
  };
}
