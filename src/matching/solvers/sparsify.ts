import { AugmentingPaths, augment } from './augmenting-paths';
import { addPricedOutPairs, CandidateLists, insertBest, type Potentials } from './candidate-lists';
import { assertFinite, type Problem } from './problem';
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
  uncheckedScores = false,
): Int32Array {
  if (graph.n > graph.m && graph.rowCapacity.every((c) => c <= 1)) {
    return solveTallBySparsifying(graph, shift, progress, uncheckedScores);
  }
  return solveByRowLists(graph, shift, progress, uncheckedScores);
}

/** {@link solveDenseBySparsifying} on each mentee's best few mentors. */
function solveByRowLists(
  graph: Problem,
  shift: number,
  progress: Progress | null,
  uncheckedScores: boolean,
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
    const found = bestOfRow(weight, eligible, i * m, m, topWeights, topColumns, i * keep, keep);
    // The same pass checks unchecked scores: one non-finite entry and the
    // whole matrix is checked again for the error naming the first.
    if (found < 0 && uncheckedScores) assertFinite(weight, 'scores');
    const count = found < 0 ? ~found : found;
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
 * (keys best first in `keys`, ties to the lower column); returns how many,
 * or its bitwise complement when the row has a non-finite entry (eligible or
 * not). Its own function so the engine optimises this pass over the whole matrix.
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
  let finite = true;
  for (let j = 0; j < m; j++) {
    const w = weight[base + j] as number;
    if (w <= threshold) {
      // Of the non-finite values only −∞ compares at most the threshold.
      if (w === Number.NEGATIVE_INFINITY) finite = false;
      continue;
    }
    // NaN and +∞ come here.
    if (w - w !== 0) finite = false;
    if (eligible !== null && eligible[base + j] === 0) continue;
    count = insertBest(keys, columns, out, count, keep, w, j);
    if (count === keep) threshold = keys[keep - 1] as number;
  }
  return finite ? count : ~count;
}

/**
 * {@link solveDenseBySparsifying} for more mentees than mentors, one place
 * each: the sparse graph keeps each mentor's best few mentees and is solved
 * with mentors as rows, so the searches start from the short side (as
 * scipy's solver transposes), without copying the matrix. Every unlisted
 * pair of a mentor scores at most its list's last, which lets the check skip
 * most mentors; the others are checked down their column.
 */
function solveTallBySparsifying(
  graph: Problem,
  shift: number,
  progress: Progress | null,
  uncheckedScores: boolean,
): Int32Array {
  const { n, m, weight } = graph;
  const keep = Math.min(n, 10);
  const lists = new ColumnLists(n, m, keep);
  if (!lists.fill(weight, graph.eligible) && uncheckedScores) assertFinite(weight, 'scores');
  const { keys, count } = lists;
  const columnBound = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  // The potentials are sums of listed scores: their size sets the rounding allowance.
  let largest = 0;
  for (let j = 0; j < m; j++) {
    const c = count[j] as number;
    if (c === keep) columnBound[j] = keys[j * keep + keep - 1] as number;
    for (let t = 0; t < c; t++) {
      const w = keys[j * keep + t] as number;
      const size = w < 0 ? -w : w;
      if (size > largest) largest = size;
    }
  }
  const tolerance = 1e-12 * (1 + largest + shift);
  for (let round = 0; round < 8; round++) {
    const sparse = lists.toSparse(graph);
    const result = augment(sparse, shift, progress);
    const added = lists.addPricedOut(graph, result, shift, tolerance, columnBound);
    if (added === 0) return untransposed(result.pairs, n);
    if ((sparse.column?.length ?? 0) + added > (n * m) / 4) break;
  }
  // Dense after all (the scores are checked by now).
  return solveByRowLists(graph, shift, progress, false);
}

/** Pairs `[mentor, mentee, …]` as `[mentee, mentor, …]` sorted by mentee (one mentor each). */
function untransposed(pairs: Int32Array, n: number): Int32Array {
  const mentorOf = new Int32Array(n).fill(-1);
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    mentorOf[pairs[k + 1] as number] = pairs[k] as number;
  }
  const out = new Int32Array(pairs.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if ((mentorOf[i] as number) < 0) continue;
    out[k++] = i;
    out[k++] = mentorOf[i] as number;
  }
  return out;
}

/** Each mentor's (column's) candidate mentees for {@link solveTallBySparsifying}. */
class ColumnLists {
  readonly keep: number;
  /** Mentor j's best mentees are `rows[j * keep]` onwards, `count[j]` of them, scores in `keys`. */
  readonly keys: Float64Array;
  readonly rows: Int32Array;
  readonly count: Int32Array;
  /** Mentees added to a mentor's list because the check found them missing. */
  readonly extras: (number[] | undefined)[];
  readonly #marked: Uint8Array;

  constructor(n: number, m: number, keep: number) {
    this.keep = keep;
    this.keys = new Float64Array(m * keep);
    this.rows = new Int32Array(m * keep);
    this.count = new Int32Array(m);
    this.extras = new Array(m);
    this.#marked = new Uint8Array(n);
  }

  /**
   * One row-major pass: each column's best `keep` eligible rows, best first,
   * ties to the lower row. Returns false if some entry (eligible or not) is
   * not finite.
   */
  fill(weight: Float64Array, eligible: Uint8Array | null): boolean {
    const { keys, rows, count, keep } = this;
    const m = count.length;
    const n = m === 0 ? 0 : weight.length / m;
    const threshold = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
    let finite = true;
    for (let i = 0; i < n; i++) {
      const base = i * m;
      for (let j = 0; j < m; j++) {
        const w = weight[base + j] as number;
        if (w <= (threshold[j] as number)) {
          // Of the non-finite values only −∞ compares at most the threshold.
          if (w === Number.NEGATIVE_INFINITY) finite = false;
          continue;
        }
        // NaN and +∞ come here.
        if (w - w !== 0) finite = false;
        if (eligible !== null && eligible[base + j] === 0) continue;
        const out = j * keep;
        const c = count[j] as number;
        let at = c === keep ? c - 1 : c;
        while (at > 0 && (keys[out + at - 1] as number) < w) {
          keys[out + at] = keys[out + at - 1] as number;
          rows[out + at] = rows[out + at - 1] as number;
          at--;
        }
        keys[out + at] = w;
        rows[out + at] = i;
        if (c < keep) count[j] = c + 1;
        if (c + 1 >= keep) threshold[j] = keys[out + keep - 1] as number;
      }
    }
    return finite;
  }

  /** The candidate graph with mentors as rows and mentees as columns. */
  toSparse(graph: Problem): Problem {
    const { n, m, weight } = graph;
    const { keys, rows, count, keep, extras } = this;
    const start = new Int32Array(m + 1);
    for (let j = 0; j < m; j++) {
      start[j + 1] = (start[j] as number) + (count[j] as number) + (extras[j]?.length ?? 0);
    }
    const column = new Int32Array(start[m] as number);
    const sparseWeight = new Float64Array(start[m] as number);
    for (let j = 0; j < m; j++) {
      let k = start[j] as number;
      for (let t = 0; t < (count[j] as number); t++) {
        column[k] = rows[j * keep + t] as number;
        sparseWeight[k] = keys[j * keep + t] as number;
        k++;
      }
      for (const i of extras[j] ?? []) {
        column[k] = i;
        sparseWeight[k] = weight[i * m + j] as number;
        k++;
      }
    }
    return {
      n: m,
      m: n,
      weight: sparseWeight,
      start,
      column,
      eligible: null,
      capacity: graph.rowCapacity,
      rowCapacity: graph.capacity,
    };
  }

  /**
   * `addPricedOutPairs` down the columns: every eligible pair with a negative
   * reduced cost under the transposed solve's potentials joins its mentor's
   * list; a mentor whose unlisted pairs score at most `columnBound[j]` is
   * skipped when that bound cannot violate. Returns how many joined.
   */
  addPricedOut(
    graph: Problem,
    potentials: Potentials,
    shift: number,
    tolerance: number,
    columnBound: Float64Array,
  ): number {
    const { n, m, weight, eligible } = graph;
    const mentorPotential = potentials.rowPotential;
    const menteePotential = potentials.columnPotential;
    let highest = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if ((menteePotential[i] as number) > highest) highest = menteePotential[i] as number;
    }
    const marked = this.#marked;
    let added = 0;
    for (let j = 0; j < m; j++) {
      const own = mentorPotential[j] as number;
      // A reduced cost below −tolerance needs w above this.
      const limit = own - shift - highest + tolerance;
      if ((columnBound[j] as number) <= limit) continue;
      const first = j * this.keep;
      const listed = this.count[j] as number;
      const extras = this.extras[j] ?? [];
      for (let t = 0; t < listed; t++) marked[this.rows[first + t] as number] = 1;
      for (const i of extras) marked[i] = 1;
      const fresh: number[] = [];
      for (let i = 0; i < n; i++) {
        const w = weight[i * m + j] as number;
        if (w <= limit || marked[i] === 1) continue;
        if (eligible !== null && eligible[i * m + j] === 0) continue;
        if (w + shift - own + (menteePotential[i] as number) <= tolerance) continue;
        fresh.push(i);
      }
      for (let t = 0; t < listed; t++) marked[this.rows[first + t] as number] = 0;
      for (const i of extras) marked[i] = 0;
      if (fresh.length === 0) continue;
      this.extras[j] = extras.concat(fresh);
      added += fresh.length;
    }
    return added;
  }
}
