import { AugmentingPaths } from './augmenting-paths';
import { insertBest } from './candidate-lists';
import type { Problem } from './problem';
import type { Progress } from './progress';

/**
 * Fills `scores` and `eligible` (m entries each) with row `i` of the whole
 * problem: the score of every pair of mentee `i` and whether it may be
 * matched. The scale solver calls it a few times per row, never keeping more
 * than one row, so the n × m matrix is never held in memory.
 */
export type RowScorer = (i: number, scores: Float64Array, eligible: Uint8Array) => void;

/**
 * The proof that a scale-mode result is the optimum of the whole problem,
 * not only of the candidate lists it was solved on: duals (a price per
 * mentor, a value per mentee) that every eligible pair satisfies, whose
 * bound on any total equals the total found.
 *
 * @example
 * ```ts
 * const assignment = assign(mentors, mentees, { topK: 40 });
 * if (assignment.certificate?.certified) {
 *   console.log('optimal; duals bound the total at', assignment.certificate.dualBound);
 * }
 * ```
 */
export interface ScaleCertificate {
  /** True when every eligible pair was priced out and the duals' bound meets the total. */
  readonly certified: boolean;
  /** Largest amount by which a pair's score exceeded its duals in the last check (0 when none). */
  readonly maxViolation: number;
  /** The upper bound on any total that the duals prove (Σ places × dual). */
  readonly dualBound: number;
  /** The total score of the pairs. */
  readonly total: number;
  /** Solves of the candidate graph (the first, then one per round of pricing that found pairs). */
  readonly rounds: number;
  /** Pairs scored in all (every pass over a row scores its m pairs). */
  readonly pairsScored: number;
  /** Pairs in the final candidate graph. */
  readonly candidatePairs: number;
}

/** Pairs, eligible mentors per mentee and certificate of {@link solveAtScale}. */
export interface ScaleSolution {
  readonly pairs: Int32Array;
  /** Eligible mentors with places, per mentee, over the whole row. */
  readonly eligibleCount: Int32Array;
  readonly certificate: ScaleCertificate;
}

/** What {@link solveAtScale} needs of the problem besides its rows. */
export interface ScaleShape {
  readonly n: number;
  readonly m: number;
  readonly capacity: Int32Array;
  readonly rowCapacity: Int32Array;
}

/** Mentors per mentee kept by reduced cost under the first prices. */
const reducedCandidates = 32;

/** Mentors per mentee kept by score in the second lists, besides those. */
const scoreCandidates = 8;

/** Bids per mentee of the auctions (more than a dense start: rows are short here). */
const priceBids = 64;

/** Violating pairs a mentee adds in one round, most violating first. */
const addedPerRow = 32;

/** Rounds of pricing before the last solve is returned uncertified. */
const maxRounds = 16;

/**
 * The exact maximum-total assignment of a problem too large to hold as a
 * matrix, with a certificate, in a few passes over its rows:
 *
 * 1. each mentee's best `listSize` mentors by score, and an auction on them
 *    (`auctionStart`) for a first price of every mentor;
 * 2. each mentee's best mentors by reduced cost under those prices (score
 *    minus price: where the optimum almost always is) and its best few by
 *    score: the candidate graph, solved exactly by shortest augmenting paths;
 * 3. pricing: every pair of the whole problem is checked against the final
 *    duals (row and column potentials). A pair whose score exceeds them could
 *    raise the total; the most violating ones join their row's candidates,
 *    the previous solution is repaired where they broke it
 *    ({@link repairPrices}) and the searches go on. Later rounds re-price
 *    only the rows whose duals may have moved against some pair.
 *
 * `lists2` sets the sizes of the second lists (tests make them small so
 * that the pricing rounds have work to do).
 *
 * When no pair violates, the duals are feasible for the whole problem and
 * their bound equals the total (checked, within rounding): the result is the
 * optimum of the whole problem. Mentors and mentees without places are not
 * priced; none of their pairs can be matched.
 */
export function solveAtScale(
  shape: ScaleShape,
  scoreRow: RowScorer,
  listSize: number,
  progress: Progress | null,
  lists2: { readonly byReducedCost: number; readonly byScore: number } = {
    byReducedCost: reducedCandidates,
    byScore: scoreCandidates,
  },
): ScaleSolution {
  const { n, m, capacity, rowCapacity } = shape;
  const scores = new Float64Array(m);
  const eligible = new Uint8Array(m);
  const eligibleCount = new Int32Array(n);
  let pairsScored = 0;
  let largest = 0;
  // 1. Best by score, and an auction there for a first price of each mentor.
  const first = new RowLists(n);
  progress?.part(0, 0.2);
  {
    const keep = Math.max(1, Math.min(listSize, m));
    const keys = new Float64Array(keep);
    const columns = new Int32Array(keep);
    for (let i = 0; i < n; i++) {
      if (progress !== null && (i & 255) === 0) progress.report('scoring', i / n);
      if ((rowCapacity[i] as number) === 0) {
        first.endRow();
        continue;
      }
      scoreRow(i, scores, eligible);
      pairsScored += m;
      let count = 0;
      let threshold = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < m; j++) {
        if (eligible[j] === 0 || (capacity[j] as number) === 0) continue;
        const w = scores[j] as number;
        if (w <= threshold) continue;
        count = insertBest(keys, columns, 0, count, keep, w, j);
        if (count === keep) threshold = keys[keep - 1] as number;
      }
      for (let t = 0; t < count; t++) {
        first.push(columns[t] as number, scores[columns[t] as number] as number);
      }
      first.endRow();
    }
  }
  const prices = new AugmentingPaths(first.toProblem(shape), 0);
  prices.progress = progress;
  prices.bidsPerRow = priceBids;
  prices.initialize();
  const firstPotential = prices.columnPotential;
  // 2. Best by reduced cost under the first prices, and best by score.
  const lists = new RowLists(n);
  progress?.part(0.2, 0.4);
  {
    const keepReduced = Math.max(1, Math.min(lists2.byReducedCost, m));
    const keepScore = Math.max(1, Math.min(lists2.byScore, m));
    const reducedKeys = new Float64Array(keepReduced);
    const reducedColumns = new Int32Array(keepReduced);
    const scoreKeys = new Float64Array(keepScore);
    const scoreColumns = new Int32Array(keepScore);
    const taken = new Uint8Array(m);
    for (let i = 0; i < n; i++) {
      if (progress !== null && (i & 255) === 0) progress.report('scoring', i / n);
      if ((rowCapacity[i] as number) === 0) {
        lists.endRow();
        continue;
      }
      scoreRow(i, scores, eligible);
      pairsScored += m;
      let eligibleHere = 0;
      let reducedCount = 0;
      let reducedThreshold = Number.NEGATIVE_INFINITY;
      let scoreCount = 0;
      let scoreThreshold = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < m; j++) {
        if (eligible[j] === 0) continue;
        eligibleHere++;
        if ((capacity[j] as number) === 0) continue;
        const w = scores[j] as number;
        const size = w < 0 ? -w : w;
        if (size > largest) largest = size;
        const key = w + (firstPotential[j] as number);
        if (key > reducedThreshold) {
          reducedCount = insertBest(
            reducedKeys,
            reducedColumns,
            0,
            reducedCount,
            keepReduced,
            key,
            j,
          );
          if (reducedCount === keepReduced)
            reducedThreshold = reducedKeys[keepReduced - 1] as number;
        }
        if (w > scoreThreshold) {
          scoreCount = insertBest(scoreKeys, scoreColumns, 0, scoreCount, keepScore, w, j);
          if (scoreCount === keepScore) scoreThreshold = scoreKeys[keepScore - 1] as number;
        }
      }
      eligibleCount[i] = eligibleHere;
      for (let t = 0; t < reducedCount; t++) {
        const j = reducedColumns[t] as number;
        taken[j] = 1;
        lists.push(j, scores[j] as number);
      }
      for (let t = 0; t < scoreCount; t++) {
        const j = scoreColumns[t] as number;
        if (taken[j] === 0) lists.push(j, scores[j] as number);
      }
      for (let t = 0; t < reducedCount; t++) taken[reducedColumns[t] as number] = 0;
      lists.endRow();
    }
  }
  const tolerance = 1e-12 * (1 + largest);
  // 3. Solve, price out, repair, until no pair violates.
  let graph = lists.toProblem(shape);
  let solver = new AugmentingPaths(graph, 0);
  solver.progress = progress;
  solver.bidsPerRow = priceBids;
  progress?.part(0.4, 0.8);
  solver.initialize();
  let pairs = solver.search(true).pairs;
  progress?.part(0.8, 1);
  // Potentials at each row's last check, and the column potentials then.
  const checkedRow = new Float64Array(n);
  const checkedRound = new Int32Array(n);
  const columnSnapshots: Float64Array[] = [];
  const found = new Int32Array(m);
  const foundViolation = new Float64Array(m);
  const listed = new Uint8Array(m);
  for (let round = 1; ; round++) {
    const rowPotential = solver.rowPotential;
    const columnPotential = solver.columnPotential;
    columnSnapshots.push(Float64Array.from(columnPotential));
    // How far a column's potential rose since round r: bounds how far a pair
    // checked then can have moved towards violating.
    const rise = columnSnapshots.map((snapshot) => {
      let most = 0;
      for (let j = 0; j < m; j++) {
        if ((capacity[j] as number) === 0) continue;
        const up = (columnPotential[j] as number) - (snapshot[j] as number);
        if (up > most) most = up;
      }
      return most;
    });
    let highestColumn = 0;
    for (let j = 0; j < m; j++) {
      if ((capacity[j] as number) === 0) continue;
      const potential = columnPotential[j] as number;
      if (potential > highestColumn) highestColumn = potential;
    }
    let maxViolation = 0;
    let added = 0;
    for (let i = 0; i < n; i++) {
      if (progress !== null && (i & 255) === 0) progress.report('check', i / n);
      if ((eligibleCount[i] as number) === 0) continue;
      const potential = rowPotential[i] as number;
      if (round > 1) {
        const since = (checkedRound[i] as number) - 1;
        const fall = (checkedRow[i] as number) - potential;
        if ((rise[since] as number) + fall <= 0) continue;
      }
      checkedRow[i] = potential;
      checkedRound[i] = round;
      scoreRow(i, scores, eligible);
      pairsScored += m;
      // score − π(i) + π(j) > tolerance needs a score above this.
      const limit = potential + tolerance - highestColumn;
      let count = 0;
      for (let j = 0; j < m; j++) {
        const w = scores[j] as number;
        if (w <= limit) continue;
        const violation = w - potential + (columnPotential[j] as number);
        if (violation <= tolerance) continue;
        if (eligible[j] === 0 || (capacity[j] as number) === 0) continue;
        found[count] = j;
        foundViolation[count] = violation;
        count++;
      }
      if (count === 0) continue;
      // Listed pairs were solved on: a matched one may exceed its duals (the
      // certificate counts it), an unmatched one only by rounding.
      const fresh = lists.unlisted(i, graph, found, foundViolation, count, listed);
      for (let t = 0; t < fresh; t++) {
        if ((foundViolation[t] as number) > maxViolation)
          maxViolation = foundViolation[t] as number;
      }
      if (fresh === 0) continue;
      // Pairs left out this round still violate: the row is checked again.
      if (fresh > addedPerRow) checkedRow[i] = Number.POSITIVE_INFINITY;
      for (const j of mostViolating(found, foundViolation, fresh, addedPerRow)) {
        lists.add(i, j, scores[j] as number);
        added++;
      }
    }
    if (added === 0 || round >= maxRounds) {
      return {
        pairs,
        eligibleCount,
        certificate: certify(shape, solver, graph, pairs, maxViolation, added === 0, {
          rounds: round,
          pairsScored,
        }),
      };
    }
    graph = lists.toProblem(shape);
    const next = new AugmentingPaths(graph, 0);
    next.progress = progress;
    if (repairPrices(solver, next, graph, tolerance)) {
      solver = next;
    } else {
      solver = new AugmentingPaths(graph, 0);
      solver.progress = progress;
      solver.initialize();
    }
    pairs = solver.search(true).pairs;
  }
}

/** The `take` columns of `found` with the largest violations, in that order. */
function mostViolating(
  found: Int32Array,
  violation: Float64Array,
  count: number,
  take: number,
): number[] {
  const order = Array.from({ length: count }, (_, t) => t);
  order.sort((a, b) => (violation[b] as number) - (violation[a] as number) || a - b);
  return order.slice(0, take).map((t) => found[t] as number);
}

/**
 * Candidate lists built row by row (`push`, then `endRow`), with pairs added
 * to any row later (`add`); `toProblem` gives the sparse graph of all.
 */
class RowLists {
  readonly #start: number[] = [0];
  readonly #column: number[] = [];
  readonly #weight: number[] = [];
  readonly #extraColumns: (number[] | undefined)[];
  readonly #extraWeights: (number[] | undefined)[];

  constructor(n: number) {
    this.#extraColumns = new Array(n);
    this.#extraWeights = new Array(n);
  }

  push(j: number, w: number): void {
    this.#column.push(j);
    this.#weight.push(w);
  }

  endRow(): void {
    this.#start.push(this.#column.length);
  }

  add(i: number, j: number, w: number): void {
    const columns = this.#extraColumns[i] ?? [];
    const weights = this.#extraWeights[i] ?? [];
    columns.push(j);
    weights.push(w);
    this.#extraColumns[i] = columns;
    this.#extraWeights[i] = weights;
  }

  /**
   * Moves the entries of `found` (with their `violation`) whose column is not
   * in row `i` of `graph` (the current lists) to the front; returns how many.
   */
  unlisted(
    i: number,
    graph: Problem,
    found: Int32Array,
    violation: Float64Array,
    count: number,
    marks: Uint8Array,
  ): number {
    const start = graph.start as Int32Array;
    const column = graph.column as Int32Array;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      marks[column[k] as number] = 1;
    let fresh = 0;
    for (let t = 0; t < count; t++) {
      const j = found[t] as number;
      if (marks[j] === 1) continue;
      found[fresh] = j;
      violation[fresh] = violation[t] as number;
      fresh++;
    }
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      marks[column[k] as number] = 0;
    return fresh;
  }

  toProblem(shape: ScaleShape): Problem {
    const { n } = shape;
    const base = this.#start;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      start[i + 1] =
        (start[i] as number) +
        (base[i + 1] as number) -
        (base[i] as number) +
        (this.#extraColumns[i]?.length ?? 0);
    }
    const column = new Int32Array(start[n] as number);
    const weight = new Float64Array(start[n] as number);
    for (let i = 0; i < n; i++) {
      let k = start[i] as number;
      for (let s = base[i] as number; s < (base[i + 1] as number); s++) {
        column[k] = this.#column[s] as number;
        weight[k] = this.#weight[s] as number;
        k++;
      }
      const columns = this.#extraColumns[i];
      const weights = this.#extraWeights[i];
      if (columns === undefined || weights === undefined) continue;
      for (let t = 0; t < columns.length; t++) {
        column[k] = columns[t] as number;
        weight[k] = weights[t] as number;
        k++;
      }
    }
    return {
      n,
      m: shape.m,
      weight,
      start,
      column,
      eligible: null,
      capacity: shape.capacity,
      rowCapacity: shape.rowCapacity,
    };
  }
}

/** Repair steps before a repair gives up (the graph is then solved from scratch). */
const repairStepsPerColumn = 8;

/**
 * Carries the pairs and potentials of `solved` over to `next`, the same
 * graph with pairs added, and restores what the searches need: a reduced
 * cost ≥ 0 on every pair not matched, ≤ 0 on every matched one, and a price
 * of 0 (potential 0) on every mentor with a free place and a mentee.
 *
 * A mentee with an added pair that violates gets the potential that pair
 * needs and gives up its mentors. A mentor left with a free place and a
 * price above 0 lowers its price to the highest at which some mentee not on
 * it still wants it (or 0); its own mentees' pairs only gain slack. If that
 * mentee has a free place it takes the mentor; else it moves over from a
 * mentor whose pair is tight, which then has a free place in turn (a reverse
 * auction without ε). Returns false when that does not settle within a
 * bounded number of steps, or a move would break a reduced cost; the caller
 * then solves the graph from scratch.
 */
export function repairPrices(
  solved: AugmentingPaths,
  next: AugmentingPaths,
  graph: Problem,
  tolerance: number,
): boolean {
  const { n, m } = next;
  const start = graph.start as Int32Array;
  const column = graph.column as Int32Array;
  const weight = graph.weight;
  const rowPotential = next.rowPotential;
  const columnPotential = next.columnPotential;
  rowPotential.set(solved.rowPotential);
  columnPotential.set(solved.columnPotential);
  for (let j = 0; j < m; j++) {
    const first = solved.columnSlotStart[j] as number;
    for (let s = first; s < first + (solved.columnLoad[j] as number); s++) {
      next.link(solved.columnRows[s] as number, j, solved.columnCost[s] as number);
    }
  }
  // Columns' pairs, for the reverse steps.
  const columnStart = new Int32Array(m + 1);
  for (let k = 0; k < column.length; k++) {
    const at = (column[k] as number) + 1;
    columnStart[at] = (columnStart[at] as number) + 1;
  }
  for (let j = 0; j < m; j++)
    columnStart[j + 1] = (columnStart[j + 1] as number) + (columnStart[j] as number);
  const fill = columnStart.slice(0, m);
  const columnRow = new Int32Array(column.length);
  const columnWeight = new Float64Array(column.length);
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = column[k] as number;
      const at = fill[j] as number;
      columnRow[at] = i;
      columnWeight[at] = weight[k] as number;
      fill[j] = at + 1;
    }
  }
  const pending: number[] = [];
  const release = (i: number): void => {
    const first = next.rowSlotStart[i] as number;
    while ((next.rowLoad[i] as number) > 0) {
      const j = next.rowColumns[first] as number;
      next.unlink(i, j);
      pending.push(j);
    }
  };
  // Mentees whose best pair beats their potential.
  for (let i = 0; i < n; i++) {
    let best = rowPotential[i] as number;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const candidate = (weight[k] as number) + (columnPotential[column[k] as number] as number);
      if (candidate > best) best = candidate;
    }
    if (best > (rowPotential[i] as number) + tolerance) {
      rowPotential[i] = best;
      release(i);
    }
  }
  const matchedHere = new Uint8Array(n);
  for (let steps = repairStepsPerColumn * m + pending.length; pending.length > 0; steps--) {
    if (steps === 0) return false;
    const j = pending.pop() as number;
    const price = -(columnPotential[j] as number);
    if (!(price > 0) || (next.columnLoad[j] as number) >= (next.capacity[j] as number)) continue;
    const first = next.columnSlotStart[j] as number;
    const load = next.columnLoad[j] as number;
    for (let s = first; s < first + load; s++) matchedHere[next.columnRows[s] as number] = 1;
    // The highest price at which a mentee not on this mentor wants it.
    let lowered = 0;
    let taker = -1;
    let takerWeight = 0;
    for (let k = columnStart[j] as number; k < (columnStart[j + 1] as number); k++) {
      const i = columnRow[k] as number;
      if (matchedHere[i] === 1 || (next.rowCapacity[i] as number) === 0) continue;
      const bid = (columnWeight[k] as number) - (rowPotential[i] as number);
      // On a tie a mentee with a free place takes it: that ends the chain.
      if (
        bid > lowered ||
        (bid === lowered && taker >= 0 && !shortOf(next, taker) && shortOf(next, i))
      ) {
        lowered = bid;
        taker = i;
        takerWeight = columnWeight[k] as number;
      }
    }
    for (let s = first; s < first + load; s++) matchedHere[next.columnRows[s] as number] = 0;
    if (lowered > price) lowered = price; // rounding
    // Its own mentees' pairs only get more slack (their reduced costs may be ≤ 0).
    columnPotential[j] = -lowered;
    if (lowered > 0 && taker >= 0) {
      if (!shortOf(next, taker)) {
        // It moves over from a mentor whose pair is tight: that pair, no
        // longer matched, must not have a negative reduced cost.
        const from = tightColumn(next, taker, tolerance);
        if (from < 0) return false;
        next.unlink(taker, from);
        pending.push(from);
      }
      next.link(taker, j, -takerWeight);
      pending.push(j);
    }
  }
  return true;
}

/** One of row `i`'s mentors whose pair has a reduced cost of 0 (within `tolerance`); −1 if none. */
function tightColumn(solver: AugmentingPaths, i: number, tolerance: number): number {
  const slot = solver.rowSlotStart[i] as number;
  for (let s = slot; s < slot + (solver.rowLoad[i] as number); s++) {
    const j = solver.rowColumns[s] as number;
    const first = solver.columnSlotStart[j] as number;
    for (let t = first; t < first + (solver.columnLoad[j] as number); t++) {
      if (solver.columnRows[t] !== i) continue;
      const reduced =
        (solver.rowPotential[i] as number) +
        (solver.columnCost[t] as number) -
        (solver.columnPotential[j] as number);
      if (reduced >= -tolerance) return j;
    }
  }
  return -1;
}

function shortOf(solver: AugmentingPaths, i: number): boolean {
  return (solver.rowLoad[i] as number) < (solver.rowCapacity[i] as number);
}

/**
 * The certificate, from the final potentials: a value u(i) = max(0, π(i))
 * per mentee, a price v(j) = max(0, −π(j)) per mentor, and for every listed
 * pair the amount z by which its score exceeds u + v (matched pairs may; the
 * pricing passes found no unlisted pair that does, up to the tolerance).
 * These are feasible duals of the linear programme, so Σ places × u +
 * Σ places × v + Σ z bounds every total; the result is certified when that
 * bound meets its total.
 */
function certify(
  shape: ScaleShape,
  solver: AugmentingPaths,
  graph: Problem,
  pairs: Int32Array,
  maxViolation: number,
  priced: boolean,
  counts: { rounds: number; pairsScored: number },
): ScaleCertificate {
  const { n, m, capacity, rowCapacity } = shape;
  const rowValue = (i: number) => Math.max(0, solver.rowPotential[i] as number);
  const columnPrice = (j: number) => Math.max(0, -(solver.columnPotential[j] as number));
  let bound = 0;
  for (let i = 0; i < n; i++) bound += Math.min(rowCapacity[i] as number, m) * rowValue(i);
  for (let j = 0; j < m; j++) bound += Math.min(capacity[j] as number, n) * columnPrice(j);
  const start = graph.start as Int32Array;
  const column = graph.column as Int32Array;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    if ((rowCapacity[i] as number) === 0) continue;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = column[k] as number;
      if ((capacity[j] as number) === 0) continue;
      const w = graph.weight[k] as number;
      const excess = w - rowValue(i) - columnPrice(j);
      if (excess > 0) bound += excess;
      scale += w < 0 ? -w : w;
    }
  }
  let total = 0;
  for (let p = 0; p + 1 < pairs.length; p += 2) {
    const i = pairs[p] as number;
    const j = pairs[p + 1] as number;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      if (column[k] === j) {
        total += graph.weight[k] as number;
        break;
      }
    }
  }
  const gap = bound - total;
  const certified = priced && Math.abs(gap) <= 1e-9 * (1 + scale);
  return Object.freeze({
    certified,
    maxViolation,
    dualBound: bound,
    total,
    rounds: counts.rounds,
    pairsScored: counts.pairsScored,
    candidatePairs: graph.weight.length,
  });
}
