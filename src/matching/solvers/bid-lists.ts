import { insertBest } from './candidate-lists';

/** The best two options of a row at the current prices, as an auction's bid needs them. */
export interface RowBids {
  /** The best profit found by `scan`, −∞ when none is positive. */
  best: number;
  /** The column of `best`, −1 when none. */
  bestColumn: number;
  /** The weight of the pair with `bestColumn`. */
  bestWeight: number;
  /** The second-best profit, at least 0 (staying unmatched). */
  second: number;
  /** The column of `second`, −1 when it is staying unmatched. */
  secondColumn: number;
  /** The weight of the pair with `secondColumn`. */
  secondWeight: number;
  /** Finds the best two options of row `i` under `price`. */
  scan(i: number, price: Float64Array): void;
  /** The largest profit of row `i` under `price`, at least 0. */
  bestProfit(i: number, price: Float64Array): number;
}

/**
 * Each mentee's best and second-best mentor at the current prices, for the
 * bids of an auction on a dense matrix, without scanning the whole row at
 * every bid.
 *
 * A full scan keeps the row's `size` most profitable mentors and an upper
 * bound on the profit of every other one (the next profit in line). Prices
 * only rise during an auction, so that bound stays valid, and as long as the
 * second-best kept mentor is at least as profitable as the bound, the best
 * two kept mentors are the best two of the row: the next bids read only the
 * kept list. Otherwise the row is scanned again. Staying unmatched is an
 * option worth 0, so only positive profits count.
 */
export class BidLists implements RowBids {
  best = Number.NEGATIVE_INFINITY;
  bestColumn = -1;
  bestWeight = 0;
  second = 0;
  secondColumn = -1;
  secondWeight = 0;
  readonly #weight: Float64Array;
  readonly #m: number;
  readonly #size: number;
  readonly #columns: Int32Array;
  readonly #count: Int32Array;
  readonly #bound: Float64Array;
  readonly #topProfit: Float64Array;
  readonly #topColumn: Int32Array;

  /** `weight` is the dense n × m matrix, −∞ where ineligible. */
  constructor(weight: Float64Array, n: number, m: number, size: number) {
    this.#weight = weight;
    this.#m = m;
    this.#size = Math.max(2, Math.min(size, m));
    this.#columns = new Int32Array(n * this.#size);
    this.#count = new Int32Array(n).fill(-1);
    this.#bound = new Float64Array(n);
    this.#topProfit = new Float64Array(this.#size + 1);
    this.#topColumn = new Int32Array(this.#size + 1);
  }

  scan(i: number, price: Float64Array): void {
    const weight = this.#weight;
    const count = this.#count[i] as number;
    if (count >= 0) {
      const columns = this.#columns;
      const base = i * this.#m;
      const out = i * this.#size;
      let best = Number.NEGATIVE_INFINITY;
      let bestColumn = -1;
      let second = 0;
      let secondColumn = -1;
      for (let k = out; k < out + count; k++) {
        const j = columns[k] as number;
        const profit = (weight[base + j] as number) - (price[j] as number);
        if (profit > second) {
          if (profit > best) {
            if (best > 0) {
              second = best;
              secondColumn = bestColumn;
            }
            best = profit;
            bestColumn = j;
          } else {
            second = profit;
            secondColumn = j;
          }
        }
      }
      if (second >= (this.#bound[i] as number)) {
        this.best = best;
        this.bestColumn = bestColumn;
        this.second = second;
        this.secondColumn = secondColumn;
        this.bestWeight = bestColumn < 0 ? 0 : (weight[base + bestColumn] as number);
        this.secondWeight = secondColumn < 0 ? 0 : (weight[base + secondColumn] as number);
        return;
      }
    }
    this.#refill(i, weight, price);
    const base = i * this.#m;
    this.bestWeight = this.bestColumn < 0 ? 0 : (weight[base + this.bestColumn] as number);
    this.secondWeight = this.secondColumn < 0 ? 0 : (weight[base + this.secondColumn] as number);
  }

  bestProfit(i: number, price: Float64Array): number {
    const weight = this.#weight;
    const base = i * this.#m;
    let best = 0;
    for (let j = 0; j < this.#m; j++) {
      const profit = (weight[base + j] as number) - (price[j] as number);
      if (profit > best) best = profit;
    }
    return best;
  }

  /** Scans the whole row and keeps its best `size` columns by profit. */
  #refill(i: number, weight: Float64Array, price: Float64Array): void {
    const m = this.#m;
    const size = this.#size;
    const topProfit = this.#topProfit;
    const topColumn = this.#topColumn;
    const base = i * m;
    let count = 0;
    let threshold = 0;
    for (let j = 0; j < m; j++) {
      const profit = (weight[base + j] as number) - (price[j] as number);
      if (profit <= threshold) continue;
      // One more than kept: the first one left out bounds the rest.
      count = insertBest(topProfit, topColumn, 0, count, size + 1, profit, j);
      if (count === size + 1) threshold = topProfit[size] as number;
    }
    const kept = Math.min(count, size);
    this.#columns.set(topColumn.subarray(0, kept), i * size);
    this.#count[i] = kept;
    this.#bound[i] = count > size ? (topProfit[size] as number) : 0;
    this.best = count > 0 ? (topProfit[0] as number) : Number.NEGATIVE_INFINITY;
    this.bestColumn = count > 0 ? (topColumn[0] as number) : -1;
    this.second = count > 1 ? (topProfit[1] as number) : 0;
    this.secondColumn = count > 1 ? (topColumn[1] as number) : -1;
  }
}

/** {@link RowBids} on compressed rows: a row is short, so each bid reads it whole. */
export class SparseBids implements RowBids {
  best = Number.NEGATIVE_INFINITY;
  bestColumn = -1;
  bestWeight = 0;
  second = 0;
  secondColumn = -1;
  secondWeight = 0;
  readonly #start: Int32Array;
  readonly #column: Int32Array;
  readonly #weight: Float64Array;
  readonly #shift: number;

  /** Edges of row i are `start[i]` to `start[i + 1]`; each is worth its weight + `shift`. */
  constructor(start: Int32Array, column: Int32Array, weight: Float64Array, shift: number) {
    this.#start = start;
    this.#column = column;
    this.#weight = weight;
    this.#shift = shift;
  }

  scan(i: number, price: Float64Array): void {
    const column = this.#column;
    const weight = this.#weight;
    const shift = this.#shift;
    let best = Number.NEGATIVE_INFINITY;
    let bestEdge = -1;
    let second = 0;
    let secondEdge = -1;
    for (let k = this.#start[i] as number; k < (this.#start[i + 1] as number); k++) {
      const profit = (weight[k] as number) + shift - (price[column[k] as number] as number);
      if (profit > second) {
        if (profit > best) {
          if (best > 0) {
            second = best;
            secondEdge = bestEdge;
          }
          best = profit;
          bestEdge = k;
        } else {
          second = profit;
          secondEdge = k;
        }
      }
    }
    this.best = best;
    this.bestColumn = bestEdge < 0 ? -1 : (column[bestEdge] as number);
    this.bestWeight = bestEdge < 0 ? 0 : (weight[bestEdge] as number) + shift;
    this.second = second;
    this.secondColumn = secondEdge < 0 ? -1 : (column[secondEdge] as number);
    this.secondWeight = secondEdge < 0 ? 0 : (weight[secondEdge] as number) + shift;
  }

  bestProfit(i: number, price: Float64Array): number {
    const column = this.#column;
    const weight = this.#weight;
    let best = 0;
    for (let k = this.#start[i] as number; k < (this.#start[i + 1] as number); k++) {
      const profit = (weight[k] as number) + this.#shift - (price[column[k] as number] as number);
      if (profit > best) best = profit;
    }
    return best;
  }
}
