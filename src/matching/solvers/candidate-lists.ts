import type { Problem } from './problem';
import type { Progress } from './progress';

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

/** Final potentials of a solve on a candidate graph. */
export interface Potentials {
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
}

/**
 * Prices out every eligible pair of the dense `graph` against `potentials`
 * (pairs worth `shift` more, as in the solve): each pair whose reduced cost
 * −(w + shift) + π(i) − π(j) is below −`tolerance` joins its row's
 * candidates. Returns how many joined; 0 proves the candidate optimum
 * optimal for the whole graph. A row whose every unlisted pair scores at
 * most `rowBound[i]` is skipped when that bound cannot violate.
 */
export function addPricedOutPairs(
  graph: Problem,
  candidates: CandidateLists,
  potentials: Potentials,
  shift: number,
  tolerance: number,
  progress: Progress | null,
  rowBound: Float64Array | null,
): number {
  const { n, m, weight, eligible } = graph;
  const { columnPotential } = potentials;
  let highestColumn = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    const potential = columnPotential[j] as number;
    if (potential > highestColumn) highestColumn = potential;
  }
  let added = 0;
  for (let i = 0; i < n; i++) {
    if (progress !== null && (i & 255) === 0) progress.report('check', 0.9 + (0.1 * i) / n);
    const base = i * m;
    const rowPotential = potentials.rowPotential[i] as number;
    // A reduced cost below −tolerance needs w above this.
    const limit = rowPotential - shift - highestColumn + tolerance;
    if (rowBound !== null && (rowBound[i] as number) <= limit) continue;
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
  return added;
}
