import { BidLists, type RowBids, SparseBids } from './bid-lists';
import type { Progress } from './progress';

/** Bids the auction start may make, per mentee, before the searches take over (by default). */
export const auctionBidsPerRow = 16;

/** Mentors per mentee that the auction's bids read before scanning the whole row again. */
const auctionListSize = 8;

const infinity = Number.POSITIVE_INFINITY;

/** What the auction reads and writes of the augmenting-path solver it starts. */
export interface AuctionTarget {
  readonly n: number;
  readonly m: number;
  readonly shift: number;
  readonly weight: Float64Array;
  readonly start: Int32Array | null;
  readonly column: Int32Array | null;
  readonly capacity: Int32Array;
  readonly rowCapacity: Int32Array;
  readonly columnSlotStart: Int32Array;
  readonly denseWeight: Float64Array | null;
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
  readonly progress: Progress | null;
  /** Bids per mentee the auction may make (ties can make it cycle, so it stops there). */
  readonly bidsPerRow: number;
  link(i: number, j: number, cost: number): void;
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
export function auctionStart(solver: AuctionTarget): void {
  const { n, m, capacity, start, column } = solver;
  const slotStart = solver.columnSlotStart;
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
  for (let i = 0; i < n; i++) if ((solver.rowCapacity[i] as number) === 1) queue[size++] = i;
  const bids: RowBids =
    start !== null && column !== null
      ? new SparseBids(start, column, solver.weight, solver.shift)
      : new BidLists(solver.denseWeight as Float64Array, n, m, auctionListSize);
  // Ties can make mentees displace each other for long: cap the bids.
  const progress = solver.progress;
  for (let left = solver.bidsPerRow * n; size > 0 && left > 0; left--) {
    if (progress !== null && (left & 1023) === 0) progress.report('start', 0.1 * (1 - size / n));
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
    if ((capacity[j] as number) > 0) solver.columnPotential[j] = -(price[j] as number);
  }
  for (let j = 0; j < m; j++) {
    for (
      let t = slotStart[j] as number;
      t < (slotStart[j] as number) + (filled[j] as number);
      t++
    ) {
      const i = slotRow[t] as number;
      const w = slotWeight[t] as number;
      solver.rowPotential[i] = w - (price[j] as number);
      solver.link(i, j, -w);
    }
  }
  // Mentors without places count at price 0 here: an upper bound is a valid potential.
  for (let j = 0; j < m; j++) if ((capacity[j] as number) === 0) price[j] = 0;
  for (let i = 0; i < n; i++) {
    if ((held[i] as number) < 0) solver.rowPotential[i] = bids.bestProfit(i, price);
  }
  // A mentor without places is never on a path; its potential only has to keep reduced costs ≥ 0.
  if (capacity.every((c) => c > 0)) return;
  const low = new Float64Array(m);
  if (start !== null && column !== null) {
    for (let i = 0; i < n; i++) {
      const potential = solver.rowPotential[i] as number;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const j = column[k] as number;
        const bound = potential - ((solver.weight[k] as number) + solver.shift);
        if (bound < (low[j] as number)) low[j] = bound;
      }
    }
  } else {
    const dense = solver.denseWeight as Float64Array;
    for (let j = 0; j < m; j++) {
      if ((capacity[j] as number) > 0) continue;
      for (let i = 0; i < n; i++) {
        const bound = (solver.rowPotential[i] as number) - (dense[i * m + j] as number);
        if (bound < (low[j] as number)) low[j] = bound;
      }
    }
  }
  for (let j = 0; j < m; j++) {
    if ((capacity[j] as number) === 0) solver.columnPotential[j] = low[j] as number;
  }
}
