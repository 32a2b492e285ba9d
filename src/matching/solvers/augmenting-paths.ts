import { auctionBidsPerRow, auctionStart } from './auction';
import { MinHeap } from './min-heap';
import type { Problem } from './problem';
import type { Progress } from './progress';

/** The pairs a solve found and the potentials (duals) that prove them optimal. */
export interface Augmented {
  readonly pairs: Int32Array;
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
}

/** The shortest-augmenting-path solver proper; `shift` is added to every weight. */
export function augment(graph: Problem, shift: number, progress: Progress | null): Augmented {
  const solver = new AugmentingPaths(graph, shift);
  solver.progress = progress;
  return solver.run();
}

const infinity = Number.POSITIVE_INFINITY;

/**
 * State of the solver in flat typed arrays. A class rather than closures so
 * the hot loops read fields of one object instead of captured variables.
 */
export class AugmentingPaths {
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
  /** Reports and cancellation, checked once per search (null: none asked for). */
  progress: Progress | null = null;
  /** Bids per mentee of the auction start. */
  bidsPerRow = auctionBidsPerRow;

  constructor(graph: Problem, shift: number) {
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
      auctionStart(this);
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
      const progress = this.progress;
      if (progress !== null && (t & 15) === 0) progress.report('search', 0.1 + (0.8 * t) / count);
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
