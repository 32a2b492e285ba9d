import type { Problem } from './problem';

/**
 * Inserts column `j` with `key` into a row's list of its best `keep` columns
 * (keys best first in `keys`, columns from `columns[out]`), dropping the last
 * when full; equal keys keep the earlier column first. Returns the new count.
 */
export function insertBest(
  keys: Float64Array,
  columns: Int32Array,
  out: number,
  count: number,
  keep: number,
  key: number,
  j: number,
): number {
  let at = count;
  const next = count === keep ? count : count + 1;
  if (count === keep) at--;
  while (at > 0 && (keys[at - 1] as number) < key) {
    keys[at] = keys[at - 1] as number;
    columns[out + at] = columns[out + at - 1] as number;
    at--;
  }
  keys[at] = key;
  columns[out + at] = j;
  return next;
}

/**
 * Each mentee's candidate mentors for a solve on a sparse graph: its best
 * `keep` columns (the caller fills `columns`, `count` and uses `keys` as the
 * row's scratch with {@link insertBest}) plus the columns added later because
 * the dense check found them missing.
 */
export class CandidateLists {
  readonly keep: number;
  /** Row i's best columns are `columns[i * keep]` onwards, `count[i]` of them. */
  readonly columns: Int32Array;
  readonly count: Int32Array;
  /** Scratch for one row's keys while its list is built. */
  readonly keys: Float64Array;
  readonly #extras: (number[] | undefined)[];
  readonly #marked: Uint8Array;

  constructor(n: number, m: number, keep: number) {
    this.keep = keep;
    this.columns = new Int32Array(n * keep);
    this.count = new Int32Array(n);
    this.keys = new Float64Array(keep);
    this.#extras = new Array(n);
    this.#marked = new Uint8Array(m);
  }

  /** Adds column `j` to row `i`'s candidates. */
  add(i: number, j: number): void {
    const list = this.#extras[i] ?? [];
    list.push(j);
    this.#extras[i] = list;
  }

  /**
   * The columns of `found` that are not yet row `i`'s candidates; the others
   * can look like they belong only by rounding.
   */
  missing(i: number, found: readonly number[]): number[] {
    this.#markRow(i, 1);
    const fresh = found.filter((j) => this.#marked[j] === 0);
    this.#markRow(i, 0);
    return fresh;
  }

  /** The dense graph restricted to the candidates, as compressed rows. */
  toSparse(graph: Problem): Problem {
    const { n, m } = graph;
    const { keep, columns, count } = this;
    const extras = this.#extras;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      start[i + 1] = (start[i] as number) + (count[i] as number) + (extras[i]?.length ?? 0);
    }
    const column = new Int32Array(start[n] as number);
    const weight = new Float64Array(start[n] as number);
    for (let i = 0; i < n; i++) {
      let k = start[i] as number;
      const out = i * keep;
      for (let t = 0; t < (count[i] as number); t++) {
        const j = columns[out + t] as number;
        column[k] = j;
        weight[k] = graph.weight[i * m + j] as number;
        k++;
      }
      for (const j of extras[i] ?? []) {
        column[k] = j;
        weight[k] = graph.weight[i * m + j] as number;
        k++;
      }
    }
    return { ...graph, start, column, weight, eligible: null };
  }

  #markRow(i: number, value: 0 | 1): void {
    const marked = this.#marked;
    const out = i * this.keep;
    for (let k = 0; k < (this.count[i] as number); k++)
      marked[this.columns[out + k] as number] = value;
    for (const j of this.#extras[i] ?? []) marked[j] = value;
  }
}
