import { AugmentingPaths, augment } from './augmenting-paths';
import { addPricedOutPairs, CandidateLists, insertBest } from './candidate-lists';
import type { Problem } from './problem';
import type { Progress } from './progress';

/** Mentors per mentee, besides its own, that the warm searches see at first. */
const warmCandidates = 24;

/** Rounds of warm searches before the dense searches take over. */
const warmRounds = 4;

/**
 * Dense problems with several places per mentor: the dense start (auction or
 * row reduction) leaves a few mentees without a place, whose searches would
 * each scan most of the matrix. They run instead on a sparse graph: each
 * mentee's own mentor and its best few by reduced cost at the start. The
 * potentials they end with are then checked against every eligible pair; if
 * none has a negative reduced cost they prove the result optimal for the
 * dense problem, else the offending pairs join the graph and the searches run
 * again from the same start (its potentials hold on any subgraph).
 */
export function solveWarmSparse(
  graph: Problem,
  shift: number,
  progress: Progress | null,
): Int32Array {
  const { n, m } = graph;
  const start = new AugmentingPaths(graph, shift);
  start.progress = progress;
  start.initialize();
  if (start.shortRows(false).length === 0) return start.search(false).pairs;
  const dense = start.denseWeight as Float64Array;
  const startColumn = start.columnPotential;
  const candidates = new CandidateLists(n, m, Math.min(m, warmCandidates));
  const { keep, columns: topColumns, count: topCount, keys: topKeys } = candidates;
  // Each row's best `keep` columns by weight + column potential (lowest reduced cost).
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    const out = i * keep;
    let count = 0;
    let threshold = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const w = dense[base + j] as number;
      if (w === Number.NEGATIVE_INFINITY) continue;
      const size = w < 0 ? -w : w;
      if (size > largest) largest = size;
      const key = w + (startColumn[j] as number);
      if (key <= threshold) continue;
      count = insertBest(topKeys, topColumns, out, count, keep, key, j);
      if (count === keep) threshold = topKeys[keep - 1] as number;
    }
    topCount[i] = count;
  }
  // A mentee's own mentors stay in its graph even beyond a tie at the cut.
  for (let i = 0; i < n; i++) {
    const first = start.rowSlotStart[i] as number;
    const load = start.rowLoad[i] as number;
    if (load === 0) continue;
    const own = Array.from(start.rowColumns.subarray(first, first + load));
    for (const j of candidates.missing(i, own)) candidates.add(i, j);
  }
  const tolerance = 1e-12 * (1 + largest);
  for (let round = 0; round < warmRounds; round++) {
    const solver = new AugmentingPaths(candidates.toSparse(graph), shift);
    solver.progress = progress;
    solver.adopt(start);
    const result = solver.search(true);
    // The dense weights already carry the shift and −∞ for ineligible pairs.
    const added = addPricedOutPairs(
      { ...graph, weight: dense, eligible: null },
      candidates,
      result,
      0,
      tolerance,
      progress,
      null,
    );
    if (added === 0) return result.pairs;
  }
  return start.search(true).pairs;
}

/**
 * Dense problems: solve exactly on each mentee's best few mentors, then check
 * the result against every other eligible pair with the final potentials. If
 * no pair has a negative reduced cost, the potentials prove the sparse
 * optimum optimal for the dense problem too; otherwise the offending pairs
 * join the graph and it is solved again. On random and real cohorts the
 * optimum almost only uses each mentee's top choices, so this saves most of
 * the work of a dense search while staying exact.
 */
export function solveDenseBySparsifying(
  graph: Problem,
  shift: number,
  progress: Progress | null,
): Int32Array {
  const { n, m, weight, eligible } = graph;
  const candidates = new CandidateLists(n, m, Math.min(m, 10));
  const { keep, columns: topColumns, count: topCount, keys: topWeights } = candidates;
  // Each row's best `keep` columns, best first, ties to the lower column;
  // every other eligible pair of the row scores at most `rowBound`.
  const rowBound = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  // The potentials are sums of listed scores: their size sets the rounding allowance.
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const count = bestOfRow(weight, eligible, i * m, m, topWeights, topColumns, i * keep, keep);
    topCount[i] = count;
    if (count === keep) rowBound[i] = topWeights[keep - 1] as number;
    for (let t = 0; t < count; t++) {
      const w = topWeights[t] as number;
      const size = w < 0 ? -w : w;
      if (size > largest) largest = size;
    }
  }
  const tolerance = 1e-12 * (1 + largest + shift);
  for (let round = 0; ; round++) {
    const sparse = candidates.toSparse(graph);
    const result = augment(sparse, shift, progress);
    // Rows whose unlisted pairs score at most their list's last cannot violate: skipped.
    const added = addPricedOutPairs(
      graph,
      candidates,
      result,
      shift,
      tolerance,
      progress,
      rowBound,
    );
    if (added === 0) return result.pairs;
    if (round >= 8 || (sparse.column?.length ?? 0) + added > (n * m) / 4) {
      // Dense after all: solve on the full graph.
      return augment(graph, shift, progress).pairs;
    }
  }
}

/**
 * Row `base / m`'s best `keep` eligible columns into `columns` from `out`
 * (keys best first in `keys`, ties to the lower column); returns how many.
 * Its own function so the engine optimises this pass over the whole matrix.
 */
function bestOfRow(
  weight: Float64Array,
  eligible: Uint8Array | null,
  base: number,
  m: number,
  keys: Float64Array,
  columns: Int32Array,
  out: number,
  keep: number,
): number {
  let count = 0;
  let threshold = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    const w = weight[base + j] as number;
    if (w <= threshold || (eligible !== null && eligible[base + j] === 0)) continue;
    count = insertBest(keys, columns, out, count, keep, w, j);
    if (count === keep) threshold = keys[keep - 1] as number;
  }
  return count;
}
