import { BidLists, type RowBids, SparseBids } from './bid-lists';
import { CandidateLists, insertBest } from './candidate-lists';

/**
 * A bipartite graph of mentees (rows) and mentors (columns) with capacities on
 * both sides, dense (a row-major weight matrix with an optional eligibility
 * mask) or sparse (compressed rows: `start`, `column`, `weight`).
 */
export interface AssignmentGraph {
  readonly n: number;
  readonly m: number;
  /** Dense: n × m weights. Sparse: one weight per edge. */
  readonly weight: Float64Array;
  /** Sparse only: edges of row i are `start[i]` to `start[i + 1]`. */
  readonly start: Int32Array | null;
  /** Sparse only: the column of each edge. */
  readonly column: Int32Array | null;
  /** Dense only: 1 where a pair may be matched; null when all may. */
  readonly eligible: Uint8Array | null;
  readonly capacity: Int32Array;
  readonly rowCapacity: Int32Array;
}

/**
 * Exact maximum-weight assignment under capacities on both sides, by
 * successive shortest augmenting paths in the style of Jonker and Volgenant,
 * working on capacities directly (no slot expansion).
 *
 * It is a min-cost flow source → mentee → mentor → sink with cost −weight on
 * each eligible pair and an extra edge mentee → sink of cost 0 ("unmatched"),
 * so a mentee is only matched when that helps the total. Every unit of mentee
 * capacity is routed one at a time along a shortest path from its mentee in
 * the residual graph (Dijkstra on reduced costs with node potentials); after
 * each path the potentials of the settled nodes are lowered so all reduced
 * costs stay ≥ 0. The sink's potential stays 0, so a mentor with free places
 * ends a path at the cost of its own potential. When every mentee wants one
 * mentor, the solver starts from an auction on the mentors' places
 * (`auctionStart`), which leaves few mentees for the searches; otherwise a
 * row reduction gives the starting potentials and a greedy assignment on
 * tight pairs. A search stops as soon as a mentor with room is in reach at
 * the shortest distance, so plateaus of tied scores are not explored whole.
 * Large dense problems run their searches on a sparse part of the matrix and
 * check the result against the whole (`solveDenseBySparsifying`,
 * `solveWarmSparse`).
 *
 * With `participation`, every eligible pair is worth `shift` more, chosen
 * larger than any difference of totals, so the solver first maximises the
 * number of pairs and then the total score.
 *
 * Returns the matched pairs as a flat list `[row, column, row, column, …]`,
 * sorted by row and column.
 */
export function solveOptimal(
  graph: AssignmentGraph,
  objective: 'score' | 'participation',
  sparsify = true,
): Int32Array {
  const shift = objective === 'participation' ? participationShift(graph) : 0;
  if (!sparsify || graph.start !== null || graph.m <= denseColumnLimit) {
    return augment(graph, shift).pairs;
  }
  // With one place per mentor (the classic assignment problem) the optimum
  // almost only uses each mentee's top choices, so a sparse solve from scratch
  // wins; with several places it reaches deeper, and the dense start does
  // most of the work before the searches go sparse.
  if (graph.capacity.every((c) => c <= 1)) return solveDenseBySparsifying(graph, shift);
  return solveWarmSparse(graph, shift);
}

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
function solveWarmSparse(graph: AssignmentGraph, shift: number): Int32Array {
  const { n, m } = graph;
  const start = new AugmentingPaths(graph, shift);
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
    solver.adopt(start);
    const result = solver.search(true);
    const rowPotential = result.rowPotential;
    const columnPotential = result.columnPotential;
    let highestColumn = Number.NEGATIVE_INFINITY;
    for (const potential of columnPotential) {
      if (potential > highestColumn) highestColumn = potential;
    }
    let added = 0;
    for (let i = 0; i < n; i++) {
      const base = i * m;
      // reduced(i, j) = π(i) − w − π(j) < −tolerance needs w above this.
      const bound = (rowPotential[i] as number) + tolerance;
      const limit = bound - highestColumn;
      let found: number[] | undefined;
      for (let j = 0; j < m; j++) {
        const w = dense[base + j] as number;
        if (w <= limit || w + (columnPotential[j] as number) <= bound) continue;
        if (found === undefined) found = [];
        found.push(j);
      }
      if (found === undefined) continue;
      for (const j of candidates.missing(i, found)) {
        candidates.add(i, j);
        added++;
      }
    }
    if (added === 0) return result.pairs;
  }
  return start.search(true).pairs;
}

/** Below this many mentors a dense problem is solved as it is. */
const denseColumnLimit = 48;

/** A bonus per pair larger than any total the pair could cost (see `participation`). */
function participationShift(graph: AssignmentGraph): number {
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
 * Dense problems: solve exactly on each mentee's best few mentors, then check
 * the result against every other eligible pair with the final potentials. If
 * no pair has a negative reduced cost, the potentials prove the sparse
 * optimum optimal for the dense problem too; otherwise the offending pairs
 * join the graph and it is solved again. On random and real cohorts the
 * optimum almost only uses each mentee's top choices, so this saves most of
 * the work of a dense search while staying exact.
 */
function solveDenseBySparsifying(graph: AssignmentGraph, shift: number): Int32Array {
  const { n, m, weight, eligible } = graph;
  const candidates = new CandidateLists(n, m, Math.min(m, 10));
  const { keep, columns: topColumns, count: topCount, keys: topWeights } = candidates;
  // Each row's best `keep` columns, best first, ties to the lower column.
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
  const tolerance = 1e-12 * (1 + largest + shift);
  for (let round = 0; ; round++) {
    const sparse = candidates.toSparse(graph);
    const result = augment(sparse, shift);
    const columnPotential = result.columnPotential;
    let highestColumn = Number.NEGATIVE_INFINITY;
    for (const potential of columnPotential)
      if (potential > highestColumn) highestColumn = potential;
    let added = 0;
    for (let i = 0; i < n; i++) {
      const base = i * m;
      const rowPotential = result.rowPotential[i] as number;
      // reduced(i, j) = −(w + shift) + π(i) − π(j) < −tolerance needs w above this.
      const limit = rowPotential - shift - highestColumn + tolerance;
      let found: number[] | undefined;
      for (let j = 0; j < m; j++) {
        const w = weight[base + j] as number;
        if (w <= limit) continue;
        if (eligible !== null && eligible[base + j] === 0) continue;
        if (w + shift - rowPotential + (columnPotential[j] as number) <= tolerance) continue;
        if (found === undefined) found = [];
        found.push(j);
      }
      if (found === undefined) continue;
      for (const j of candidates.missing(i, found)) {
        candidates.add(i, j);
        added++;
      }
    }
    if (added === 0) return result.pairs;
    if (round >= 8 || (sparse.column?.length ?? 0) + added > (n * m) / 4) {
      // Dense after all: solve on the full graph.
      return augment(graph, shift).pairs;
    }
  }
}

interface Augmented {
  readonly pairs: Int32Array;
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
}

/** Bids the auction start may make, per mentee, before the searches take over. */
const auctionBidsPerRow = 16;

/** Mentors per mentee that the auction's bids read before scanning the whole row again. */
const auctionListSize = 8;

/** The shortest-augmenting-path solver proper; `shift` is added to every weight. */
function augment(graph: AssignmentGraph, shift: number): Augmented {
  return new AugmentingPaths(graph, shift).run();
}

const infinity = Number.POSITIVE_INFINITY;

/**
 * State of the solver in flat typed arrays. A class rather than closures so
 * the hot loops read fields of one object instead of captured variables.
 */
class AugmentingPaths {
  readonly n: number;
  readonly m: number;
  readonly shift: number;
  readonly weight: Float64Array;
  readonly start: Int32Array | null;
  readonly column: Int32Array | null;
  readonly eligible: Uint8Array | null;
  readonly capacity: Int32Array;
  readonly rowCapacity: Int32Array;
  readonly columnSlotStart: Int32Array;
  readonly rowSlotStart: Int32Array;
  readonly columnRows: Int32Array;
  readonly columnCost: Float64Array;
  readonly columnLoad: Int32Array;
  readonly rowColumns: Int32Array;
  readonly rowLoad: Int32Array;
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
  readonly columnDistance: Float64Array;
  /** Distance of each settled column (its live distance is set to −∞ so no edge can lower it). */
  readonly settledDistance: Float64Array;
  /** Dense only: weight + shift, −∞ where ineligible, so the hot loop needs no mask. */
  readonly denseWeight: Float64Array | null;
  readonly rowDistance: Float64Array;
  readonly columnPredecessor: Int32Array;
  readonly columnPredecessorCost: Float64Array;
  readonly rowPredecessor: Int32Array;
  readonly columnDone: Uint8Array;
  readonly rowDone: Uint8Array;
  readonly touchedColumns: Int32Array;
  readonly touchedRows: Int32Array;
  readonly rowStack: Int32Array;
  readonly marked: Uint8Array;
  readonly heap: MinHeap;
  /** Dense searches scan reached columns for the minimum instead of using the heap. */
  readonly scan: Int32Array;
  scanSize = 0;
  /** Unsettled columns first (`openCount` of them), so dense rows skip settled ones. */
  readonly openColumns: Int32Array;
  readonly openPosition: Int32Array;
  openCount: number;
  touchedColumnCount = 0;
  touchedRowCount = 0;
  best = infinity;
  bestNode = -1;

  constructor(graph: AssignmentGraph, shift: number) {
    const { n, m } = graph;
    this.n = n;
    this.m = m;
    this.shift = shift;
    this.weight = graph.weight;
    this.start = graph.start;
    this.column = graph.column;
    this.eligible = graph.eligible;
    this.capacity = Int32Array.from(graph.capacity, (c) => Math.min(c, n));
    this.rowCapacity = Int32Array.from(graph.rowCapacity, (c) => Math.min(c, m));
    this.columnSlotStart = new Int32Array(m + 1);
    for (let j = 0; j < m; j++) {
      this.columnSlotStart[j + 1] =
        (this.columnSlotStart[j] as number) + (this.capacity[j] as number);
    }
    this.rowSlotStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.rowSlotStart[i + 1] = (this.rowSlotStart[i] as number) + (this.rowCapacity[i] as number);
    }
    this.columnRows = new Int32Array(this.columnSlotStart[m] as number);
    this.columnCost = new Float64Array(this.columnSlotStart[m] as number);
    this.columnLoad = new Int32Array(m);
    this.rowColumns = new Int32Array(this.rowSlotStart[n] as number);
    this.rowLoad = new Int32Array(n);
    this.rowPotential = new Float64Array(n);
    this.columnPotential = new Float64Array(m);
    this.columnDistance = new Float64Array(m).fill(infinity);
    this.settledDistance = new Float64Array(m);
    if (graph.start === null) {
      const dense = new Float64Array(n * m);
      const eligible = graph.eligible;
      for (let k = 0; k < n * m; k++) {
        dense[k] =
          eligible !== null && eligible[k] === 0
            ? Number.NEGATIVE_INFINITY
            : (graph.weight[k] as number) + shift;
      }
      this.denseWeight = dense;
    } else {
      this.denseWeight = null;
    }
    this.rowDistance = new Float64Array(n).fill(infinity);
    this.columnPredecessor = new Int32Array(m);
    this.columnPredecessorCost = new Float64Array(m);
    this.rowPredecessor = new Int32Array(n);
    this.columnDone = new Uint8Array(m);
    this.rowDone = new Uint8Array(n);
    this.touchedColumns = new Int32Array(m);
    this.touchedRows = new Int32Array(n);
    this.rowStack = new Int32Array(n);
    this.marked = new Uint8Array(m);
    this.heap = new MinHeap(m + n);
    this.scan = new Int32Array(m);
    this.openColumns = Int32Array.from({ length: m }, (_, j) => j);
    this.openPosition = Int32Array.from({ length: m }, (_, j) => j);
    this.openCount = m;
  }

  link(i: number, j: number, cost: number): void {
    const slot = (this.columnSlotStart[j] as number) + (this.columnLoad[j] as number);
    this.columnRows[slot] = i;
    this.columnCost[slot] = cost;
    this.columnLoad[j] = (this.columnLoad[j] as number) + 1;
    this.rowColumns[(this.rowSlotStart[i] as number) + (this.rowLoad[i] as number)] = j;
    this.rowLoad[i] = (this.rowLoad[i] as number) + 1;
  }

  unlink(i: number, j: number): void {
    const first = this.columnSlotStart[j] as number;
    const last = first + (this.columnLoad[j] as number) - 1;
    for (let s = first; s <= last; s++) {
      if (this.columnRows[s] === i) {
        this.columnRows[s] = this.columnRows[last] as number;
        this.columnCost[s] = this.columnCost[last] as number;
        break;
      }
    }
    this.columnLoad[j] = (this.columnLoad[j] as number) - 1;
    const rowFirst = this.rowSlotStart[i] as number;
    const rowLast = rowFirst + (this.rowLoad[i] as number) - 1;
    for (let s = rowFirst; s <= rowLast; s++) {
      if (this.rowColumns[s] === j) {
        this.rowColumns[s] = this.rowColumns[rowLast] as number;
        break;
      }
    }
    this.rowLoad[i] = (this.rowLoad[i] as number) - 1;
  }

  /** Row reduction (potentials) and a greedy start on tight pairs. */
  initialize(): void {
    const { n, m, weight, start, column, eligible, shift } = this;
    const sparse = start !== null && column !== null;
    if (this.rowCapacity.every((c) => c <= 1)) {
      this.auctionStart();
      return;
    }
    for (let i = 0; i < n; i++) {
      if ((this.rowCapacity[i] as number) === 0) continue;
      let best = Number.NEGATIVE_INFINITY;
      let bestColumn = -1;
      const from = sparse ? (start[i] as number) : i * m;
      const to = sparse ? (start[i + 1] as number) : from + m;
      for (let k = from; k < to; k++) {
        if (!sparse && eligible !== null && eligible[k] === 0) continue;
        const w = (weight[k] as number) + shift;
        const j = sparse ? (column[k] as number) : k - from;
        if (w > best || (w === best && j < bestColumn)) {
          best = w;
          bestColumn = j;
        }
      }
      if (bestColumn < 0 || best < 0) continue;
      this.rowPotential[i] = best;
      if ((this.columnLoad[bestColumn] as number) < (this.capacity[bestColumn] as number)) {
        this.link(i, bestColumn, -best);
      }
    }
  }

  /**
   * Start when every mentee wants one mentor: an auction without ε on
   * the mentors, one price each (the augmenting row reduction of Jonker and
   * Volgenant, for places). A mentee bids for the mentor that profits it most
   * (weight − price); its bid is the highest price at which that mentor stays
   * as good as its second-best option (another mentor or staying unmatched).
   * A mentor with free places keeps price 0; a full one keeps its best bids
   * and its price is the lowest bid it keeps, so a higher bid displaces the
   * lowest bidder, who bids again. On a tie the price cannot rise: the mentee
   * takes its second option if that mentor has room, else it displaces the
   * lowest bidder at the same price, who queues up last; the number of bids
   * is capped ({@link BidLists} spares most bids a scan of a dense row).
   * Prices and profits are valid potentials, so the searches
   * that follow only serve the mentees left without a place, starting from a
   * nearly full, nearly optimal assignment.
   */
  auctionStart(): void {
    const { n, m, capacity, start, column } = this;
    const slotStart = this.columnSlotStart;
    const slotRow = new Int32Array(slotStart[m] as number).fill(-1);
    const slotBid = new Float64Array(slotStart[m] as number);
    const slotWeight = new Float64Array(slotStart[m] as number);
    const filled = new Int32Array(m);
    const price = new Float64Array(m);
    const held = new Int32Array(n).fill(-1);
    for (let j = 0; j < m; j++) if ((capacity[j] as number) === 0) price[j] = infinity;
    // Mentees waiting for a place, in a ring; each is in it at most once.
    const queue = new Int32Array(n);
    let head = 0;
    let size = 0;
    for (let i = 0; i < n; i++) if ((this.rowCapacity[i] as number) === 1) queue[size++] = i;
    const bids: RowBids =
      start !== null && column !== null
        ? new SparseBids(start, column, this.weight, this.shift)
        : new BidLists(this.denseWeight as Float64Array, n, m, auctionListSize);
    // Ties can make mentees displace each other for long: cap the bids.
    for (let left = auctionBidsPerRow * n; size > 0 && left > 0; left--) {
      const i = queue[head] as number;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      bids.scan(i, price);
      const second = bids.second;
      const secondColumn = bids.secondColumn;
      if (bids.bestColumn < 0) continue; // better off unmatched
      let j = bids.bestColumn;
      let weight = bids.bestWeight;
      let bid = weight - second;
      let raised = true;
      if ((filled[j] as number) === (capacity[j] as number) && !(bid > (price[j] as number))) {
        // A tie: the price cannot rise, so take the second mentor if it has room.
        raised = false;
        if (
          secondColumn >= 0 &&
          (filled[secondColumn] as number) < (capacity[secondColumn] as number)
        ) {
          j = secondColumn;
          weight = bids.secondWeight;
          bid = 0;
        }
      }
      const first = slotStart[j] as number;
      let slot: number;
      if ((filled[j] as number) < (capacity[j] as number)) {
        slot = first + (filled[j] as number);
        filled[j] = (filled[j] as number) + 1;
      } else {
        // Displace the lowest bidder.
        slot = first;
        const last = slotStart[j + 1] as number;
        for (let t = first + 1; t < last; t++) {
          if ((slotBid[t] as number) < (slotBid[slot] as number)) slot = t;
        }
        const previous = slotRow[slot] as number;
        held[previous] = -1;
        if (raised) {
          head = head === 0 ? n - 1 : head - 1;
          queue[head] = previous;
        } else {
          queue[head + size < n ? head + size : head + size - n] = previous;
        }
        size++;
      }
      slotRow[slot] = i;
      slotBid[slot] = bid;
      slotWeight[slot] = weight;
      held[i] = slot;
      if ((filled[j] as number) === (capacity[j] as number)) {
        let low = infinity;
        for (let t = first; t < (slotStart[j + 1] as number); t++) {
          if ((slotBid[t] as number) < low) low = slotBid[t] as number;
        }
        price[j] = low;
      }
    }
    for (let j = 0; j < m; j++) {
      if ((capacity[j] as number) > 0) this.columnPotential[j] = -(price[j] as number);
    }
    for (let j = 0; j < m; j++) {
      for (
        let t = slotStart[j] as number;
        t < (slotStart[j] as number) + (filled[j] as number);
        t++
      ) {
        const i = slotRow[t] as number;
        const w = slotWeight[t] as number;
        this.rowPotential[i] = w - (price[j] as number);
        this.link(i, j, -w);
      }
    }
    // Mentors without places count at price 0 here: an upper bound is a valid potential.
    for (let j = 0; j < m; j++) if ((capacity[j] as number) === 0) price[j] = 0;
    for (let i = 0; i < n; i++) {
      if ((held[i] as number) < 0) this.rowPotential[i] = bids.bestProfit(i, price);
    }
    // A mentor without places is never on a path; its potential only has to keep reduced costs ≥ 0.
    if (capacity.every((c) => c > 0)) return;
    const low = new Float64Array(m);
    if (start !== null && column !== null) {
      for (let i = 0; i < n; i++) {
        const potential = this.rowPotential[i] as number;
        for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
          const j = column[k] as number;
          const bound = potential - ((this.weight[k] as number) + this.shift);
          if (bound < (low[j] as number)) low[j] = bound;
        }
      }
    } else {
      const dense = this.denseWeight as Float64Array;
      for (let j = 0; j < m; j++) {
        if ((capacity[j] as number) > 0) continue;
        for (let i = 0; i < n; i++) {
          const bound = (this.rowPotential[i] as number) - (dense[i * m + j] as number);
          if (bound < (low[j] as number)) low[j] = bound;
        }
      }
    }
    for (let j = 0; j < m; j++) {
      if ((capacity[j] as number) === 0) this.columnPotential[j] = low[j] as number;
    }
  }

  /** Relaxes the edges out of row `i`, settled at `distance`. */
  relaxRow(i: number, distance: number): void {
    const potential = this.rowPotential[i] as number;
    const dummy = distance + potential;
    if (dummy < this.best) {
      this.best = dummy;
      this.bestNode = this.m + i;
    }
    const base = distance + potential - (this.denseWeight === null ? this.shift : 0);
    const load = this.rowLoad[i] as number;
    const rowFirst = this.rowSlotStart[i] as number;
    const marked = this.marked;
    for (let s = rowFirst; s < rowFirst + load; s++) marked[this.rowColumns[s] as number] = 1;
    const weight = this.weight;
    const columnDone = this.columnDone;
    const columnPotential = this.columnPotential;
    const columnDistance = this.columnDistance;
    const columnPredecessor = this.columnPredecessor;
    const columnPredecessorCost = this.columnPredecessorCost;
    const shift = this.shift;
    const columnLoad = this.columnLoad;
    const capacity = this.capacity;
    const start = this.start;
    const columns = this.column;
    if (start !== null && columns !== null) {
      const heap = this.heap;
      const to = start[i + 1] as number;
      // Settled columns hold −∞, and a column reached at or beyond the best
      // path end cannot shorten it; only the row's own mentors need the mask.
      let bound = this.best;
      for (let k = start[i] as number; k < to; k++) {
        const j = columns[k] as number;
        const w = weight[k] as number;
        const candidate = base - w - (columnPotential[j] as number);
        const current = columnDistance[j] as number;
        if (candidate < current && candidate < bound) {
          if (marked[j] === 1) continue;
          if (current === infinity) this.touchedColumns[this.touchedColumnCount++] = j;
          heap.set(j, candidate);
          columnDistance[j] = candidate;
          columnPredecessor[j] = i;
          columnPredecessorCost[j] = -(w + shift);
          if ((columnLoad[j] as number) < (capacity[j] as number)) {
            this.reachFree(j, candidate);
            bound = this.best;
          }
        }
      }
    } else {
      const dense = this.denseWeight as Float64Array;
      const from = i * this.m;
      const scan = this.scan;
      // Columns already settled hold −∞, so only a row's own unsettled
      // columns (a second place of a mentee) need the mask.
      // A column reached at or beyond the best path end cannot shorten it.
      let bound = this.best;
      const check =
        load > 1 || (load === 1 && columnDone[this.rowColumns[rowFirst] as number] === 0);
      const open = this.openColumns;
      const openCount = this.openCount;
      for (let k = 0; k < openCount; k++) {
        const j = open[k] as number;
        const candidate = base - (dense[from + j] as number) - (columnPotential[j] as number);
        const current = columnDistance[j] as number;
        if (candidate < current && candidate < bound) {
          if (check && marked[j] === 1) continue;
          if (current === infinity) {
            this.touchedColumns[this.touchedColumnCount++] = j;
            scan[this.scanSize++] = j;
          }
          columnDistance[j] = candidate;
          columnPredecessor[j] = i;
          if ((columnLoad[j] as number) < (capacity[j] as number)) {
            this.reachFree(j, candidate);
            bound = this.best;
          }
        }
      }
    }
    for (let s = rowFirst; s < rowFirst + load; s++) marked[this.rowColumns[s] as number] = 0;
  }

  /**
   * A column with a free place, reached at `distance`, labels the sink: no
   * path needs to go beyond it, so on a plateau of ties the search stops as
   * soon as a free mentor is in reach instead of settling the whole plateau.
   */
  reachFree(j: number, distance: number): void {
    const end = distance + (this.columnPotential[j] as number);
    if (end < this.best) {
      this.best = end;
      this.bestNode = j;
    }
  }

  /** The reached, unsettled node with the smallest distance: a column, or m + row; -1 if none. */
  nextNode(): number {
    if (this.start !== null) {
      const heap = this.heap;
      if (heap.size === 0 || heap.topKey() >= this.best) return -1;
      return heap.pop();
    }
    // Dense: scan the reached columns (cheaper than a heap when rows are long).
    const scan = this.scan;
    const columnDistance = this.columnDistance;
    let pick = -1;
    let pickDistance = this.best;
    for (let f = 0; f < this.scanSize; f++) {
      const d = columnDistance[scan[f] as number] as number;
      if (d < pickDistance) {
        pickDistance = d;
        pick = f;
      }
    }
    // Rows reached by a step that is not tight wait in the heap.
    const heap = this.heap;
    if (heap.size > 0 && heap.topKey() < pickDistance) return heap.pop();
    if (pick < 0) return -1;
    const node = scan[pick] as number;
    scan[pick] = scan[--this.scanSize] as number;
    return node;
  }

  /** Moves column `j` behind the open columns (dense rows skip it); a reset reopens them all. */
  close(j: number): void {
    const at = this.openPosition[j] as number;
    const lastOpen = --this.openCount;
    const moved = this.openColumns[lastOpen] as number;
    this.openColumns[at] = moved;
    this.openPosition[moved] = at;
    this.openColumns[lastOpen] = j;
    this.openPosition[j] = lastOpen;
  }

  /**
   * Settles column `j`, a full one, with a step back to each of its rows. A
   * column with room ends paths when it is reached (`reachFree`); its
   * potential stays 0 (the sink's), so the search never gets past it.
   */
  settleColumn(j: number): void {
    this.columnDone[j] = 1;
    if (this.denseWeight !== null) this.close(j);
    const distance = this.columnDistance[j] as number;
    this.settledDistance[j] = distance;
    this.columnDistance[j] = Number.NEGATIVE_INFINITY;
    let stackSize = 0;
    const first = this.columnSlotStart[j] as number;
    const last = first + (this.columnLoad[j] as number);
    const potential = this.columnPotential[j] as number;
    for (let s = first; s < last; s++) {
      const i = this.columnRows[s] as number;
      if (this.rowDone[i] === 1) continue;
      const candidate =
        distance - (this.columnCost[s] as number) + potential - (this.rowPotential[i] as number);
      const current = this.rowDistance[i] as number;
      if (candidate < current) {
        if (current === infinity) this.touchedRows[this.touchedRowCount++] = i;
        this.rowDistance[i] = candidate;
        this.rowPredecessor[i] = j;
        // A tight step settles the row at once; a longer one waits in the heap.
        if (candidate <= distance) {
          this.heap.remove(this.m + i);
          this.rowDone[i] = 1;
          this.rowStack[stackSize++] = i;
        } else {
          this.heap.set(this.m + i, candidate);
        }
      }
    }
    for (let s = 0; s < stackSize; s++) {
      const i = this.rowStack[s] as number;
      this.relaxRow(i, this.rowDistance[i] as number);
    }
  }

  /** Flips the path found by the last search and updates the potentials. */
  augmentPath(r: number): void {
    const m = this.m;
    let j: number;
    if (this.bestNode >= m) {
      const i = this.bestNode - m;
      j = i === r ? -1 : (this.rowPredecessor[i] as number);
      if (j >= 0) this.unlink(i, j);
    } else {
      j = this.bestNode;
    }
    while (j >= 0) {
      const i = this.columnPredecessor[j] as number;
      const previous = i === r ? -1 : (this.rowPredecessor[i] as number);
      if (previous >= 0) this.unlink(i, previous);
      const cost =
        this.denseWeight === null
          ? (this.columnPredecessorCost[j] as number)
          : -(this.denseWeight[i * m + j] as number);
      this.link(i, j, cost);
      j = previous;
    }
    const best = this.best;
    for (let t = 0; t < this.touchedColumnCount; t++) {
      const c = this.touchedColumns[t] as number;
      if (this.columnDone[c] === 1) {
        this.columnPotential[c] =
          (this.columnPotential[c] as number) + (this.settledDistance[c] as number) - best;
      }
    }
    for (let t = 0; t < this.touchedRowCount; t++) {
      const i = this.touchedRows[t] as number;
      if (this.rowDone[i] === 1) {
        this.rowPotential[i] =
          (this.rowPotential[i] as number) + (this.rowDistance[i] as number) - best;
      }
    }
  }

  reset(): void {
    for (let t = 0; t < this.touchedColumnCount; t++) {
      const c = this.touchedColumns[t] as number;
      this.columnDistance[c] = infinity;
      this.columnDone[c] = 0;
    }
    for (let t = 0; t < this.touchedRowCount; t++) {
      const i = this.touchedRows[t] as number;
      this.rowDistance[i] = infinity;
      this.rowDone[i] = 0;
    }
    this.touchedColumnCount = 0;
    this.touchedRowCount = 0;
    this.scanSize = 0;
    this.openCount = this.m;
    this.heap.clear();
    this.best = infinity;
    this.bestNode = -1;
  }

  run(): Augmented {
    this.initialize();
    return this.search(this.denseWeight !== null);
  }

  /**
   * Instead of `initialize`: takes over the potentials and pairs of `other`,
   * a dense solver on the same rows and columns whose pairs are all edges of
   * this graph. Its potentials hold on any subgraph, so the searches can go on
   * from there.
   */
  adopt(other: AugmentingPaths): void {
    this.rowPotential.set(other.rowPotential);
    this.columnPotential.set(other.columnPotential);
    const dense = other.denseWeight as Float64Array;
    for (let i = 0; i < this.n; i++) {
      const first = other.rowSlotStart[i] as number;
      for (let s = first; s < first + (other.rowLoad[i] as number); s++) {
        const j = other.rowColumns[s] as number;
        this.link(i, j, -(dense[i * this.m + j] as number));
      }
    }
  }

  /** The mentees with places left, least to gain first when `sorted`. */
  shortRows(sorted: boolean): number[] {
    const order: number[] = [];
    for (let r = 0; r < this.n; r++) {
      if ((this.rowLoad[r] as number) < (this.rowCapacity[r] as number)) order.push(r);
    }
    const rowPotential = this.rowPotential;
    if (sorted) {
      order.sort((a, b) => (rowPotential[a] as number) - (rowPotential[b] as number) || a - b);
    }
    return order;
  }

  /** One search per missing place of each mentee; returns the pairs and final potentials. */
  search(sorted: boolean): Augmented {
    const { n, m } = this;
    // Sorted (dense and warm searches): least to gain first; their searches
    // end early (often at staying unmatched), and the later, costlier ones
    // then find more of the graph in its final shape. Else: in order.
    let order: number[] | null = null;
    if (sorted) {
      order = this.shortRows(true);
    }
    const count = order === null ? n : order.length;
    for (let t = 0; t < count; t++) {
      const r = order === null ? t : (order[t] as number);
      const units = (this.rowCapacity[r] as number) - (this.rowLoad[r] as number);
      for (let unit = 0; unit < units; unit++) {
        this.rowDistance[r] = 0;
        this.rowDone[r] = 1;
        this.touchedRows[this.touchedRowCount++] = r;
        this.relaxRow(r, 0);
        for (;;) {
          const node = this.nextNode();
          if (node < 0) break;
          if (node >= m) {
            const i = node - m;
            this.rowDone[i] = 1;
            this.relaxRow(i, this.rowDistance[i] as number);
          } else {
            this.settleColumn(node);
          }
        }
        // The mentee's own way out (staying unmatched) always ends a path.
        this.augmentPath(r);
        this.reset();
      }
    }
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const first = this.rowSlotStart[i] as number;
      const columns = Array.from(
        this.rowColumns.subarray(first, first + (this.rowLoad[i] as number)),
      );
      columns.sort((a, b) => a - b);
      for (const j of columns) pairs.push(i, j);
    }
    return {
      pairs: Int32Array.from(pairs),
      rowPotential: this.rowPotential,
      columnPotential: this.columnPotential,
    };
  }
}

/** A binary min-heap over node ids 0…size−1 with decrease-key, on typed arrays. */
class MinHeap {
  readonly #nodes: Int32Array;
  readonly #keys: Float64Array;
  readonly #position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#nodes = new Int32Array(capacity);
    this.#keys = new Float64Array(capacity);
    this.#position = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.#position[this.#nodes[k] as number] = -1;
    this.size = 0;
  }

  topKey(): number {
    return this.#keys[0] as number;
  }

  /** Inserts `node` or lowers its key. */
  set(node: number, key: number): void {
    let at = this.#position[node] as number;
    if (at < 0) {
      at = this.size++;
    } else if (key >= (this.#keys[at] as number)) {
      return;
    }
    this.#up(at, node, key);
  }

  pop(): number {
    const top = this.#nodes[0] as number;
    this.#position[top] = -1;
    const last = --this.size;
    if (last > 0) this.#down(0, this.#nodes[last] as number, this.#keys[last] as number);
    return top;
  }

  remove(node: number): void {
    const at = this.#position[node] as number;
    if (at < 0) return;
    this.#position[node] = -1;
    const last = --this.size;
    if (at === last) return;
    const movedNode = this.#nodes[last] as number;
    const movedKey = this.#keys[last] as number;
    if (at > 0 && movedKey < (this.#keys[(at - 1) >> 1] as number))
      this.#up(at, movedNode, movedKey);
    else this.#down(at, movedNode, movedKey);
  }

  #up(start: number, node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const position = this.#position;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey <= key) break;
      const parentNode = nodes[parent] as number;
      nodes[at] = parentNode;
      keys[at] = parentKey;
      position[parentNode] = at;
      at = parent;
    }
    nodes[at] = node;
    keys[at] = key;
    position[node] = at;
  }

  #down(start: number, node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const position = this.#position;
    const size = this.size;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && (keys[right] as number) < (keys[child] as number)) child = right;
      const childKey = keys[child] as number;
      if (childKey >= key) break;
      const childNode = nodes[child] as number;
      nodes[at] = childNode;
      keys[at] = childKey;
      position[childNode] = at;
      at = child;
    }
    nodes[at] = node;
    keys[at] = key;
    position[node] = at;
  }
}
