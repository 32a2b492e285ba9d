/**
 * A matrix of numbers, one row per mentee and one column per mentor: either an
 * array of rows or a flat mentee-major array (then `mentorCount` is required).
 *
 * @example
 * ```ts
 * const rows: MatrixInput = [[0.9, 0.2], [0.4, 0.8]];
 * const flat: MatrixInput = new Float64Array([0.9, 0.2, 0.4, 0.8]); // with mentorCount: 2
 * ```
 */
export type MatrixInput = readonly (readonly number[])[] | ArrayLike<number>;

/**
 * The input of {@link solve}: scores, eligibility, capacities and optional
 * declared rankings, on plain or typed arrays. Mentees are rows, mentors columns.
 *
 * @example
 * ```ts
 * const problem: SolveProblem = {
 *   scores: [[0.9, 0.5], [0.8, 0.1], [0.3, 0.7]],
 *   capacities: [2, 1],
 * };
 * ```
 */
export interface SolveProblem {
  /** Score of each pair; higher is better. Any finite numbers. */
  readonly scores: MatrixInput;
  /** Number of mentors (columns); required when `scores` is flat. */
  readonly mentorCount?: number;
  /** Which pairs may be matched (`true`/non-zero); all when absent. */
  readonly eligible?: readonly (readonly boolean[])[] | ArrayLike<number | boolean>;
  /** Places per mentor; 1 each when absent. */
  readonly capacities?: ArrayLike<number>;
  /** Mentors per mentee; 1 each when absent. */
  readonly menteeCapacities?: ArrayLike<number>;
  /** For `stable`: each mentee's declared ranking, mentor indices best first. */
  readonly menteeRanks?: readonly (readonly number[] | undefined)[];
  /** For `stable`: each mentor's declared ranking, mentee indices best first. */
  readonly mentorRanks?: readonly (readonly number[] | undefined)[];
  /** For `stable`: the scores by which mentees rank mentors after their declared ranking; `scores` when absent. */
  readonly menteeScores?: MatrixInput;
  /** For `stable`: the scores by which mentors rank mentees after their declared ranking; `scores` when absent. */
  readonly mentorScores?: MatrixInput;
}

/** A problem after validation: flat typed arrays and resolved capacities. */
export interface DenseProblem {
  readonly n: number;
  readonly m: number;
  readonly scores: Float64Array;
  /** Null when every pair is eligible. */
  readonly eligible: Uint8Array | null;
  readonly capacity: Int32Array;
  readonly rowCapacity: Int32Array;
  readonly menteeRanks: readonly (readonly number[] | undefined)[] | undefined;
  readonly mentorRanks: readonly (readonly number[] | undefined)[] | undefined;
  readonly menteeScores: Float64Array;
  readonly mentorScores: Float64Array;
}

function isRows(input: unknown): input is readonly (readonly unknown[])[] {
  return Array.isArray(input) && (input.length === 0 || Array.isArray(input[0]));
}

function flatten(
  input: MatrixInput,
  n: number,
  m: number,
  name: string,
  check = true,
): Float64Array {
  if (!isRows(input) && input instanceof Float64Array && input.length === n * m) {
    // Solvers never write to their input, so a typed array is used as it is.
    if (check) assertFinite(input, name);
    return input;
  }
  const out = new Float64Array(n * m);
  if (isRows(input)) {
    if (input.length !== n) throw new RangeError(`solve: ${name} must have ${n} rows`);
    input.forEach((row, i) => {
      if (row.length !== m) throw new RangeError(`solve: ${name}[${i}] must have ${m} entries`);
      for (let j = 0; j < m; j++) out[i * m + j] = row[j] as number;
    });
  } else {
    if (input.length !== n * m) {
      throw new RangeError(`solve: ${name} must have ${n * m} entries (${n} × ${m})`);
    }
    for (let k = 0; k < n * m; k++) out[k] = input[k] as number;
  }
  assertFinite(out, name);
  return out;
}

/** The error for a non-finite entry at index `k` of the matrix `name`. */
export function nonFiniteError(name: string, k: number): RangeError {
  return new RangeError(`solve: ${name} has a non-finite entry at index ${k}; use eligible`);
}

/** Throws {@link nonFiniteError} for the first non-finite entry of `values`. */
export function assertFinite(values: Float64Array, name: string): void {
  for (let k = 0; k < values.length; k++) {
    if (!Number.isFinite(values[k])) throw nonFiniteError(name, k);
  }
}

function capacities(input: ArrayLike<number> | undefined, length: number, name: string) {
  const out = new Int32Array(length);
  if (input === undefined) return out.fill(1);
  if (input.length !== length) throw new RangeError(`solve: ${name} must have ${length} entries`);
  for (let k = 0; k < length; k++) {
    const value = input[k] as number;
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`solve: ${name}[${k}] must be an integer ≥ 0`);
    }
    out[k] = value;
  }
  return out;
}

function checkRanks(
  ranks: readonly (readonly number[] | undefined)[] | undefined,
  length: number,
  bound: number,
  name: string,
): void {
  if (ranks === undefined) return;
  if (ranks.length !== length) throw new RangeError(`solve: ${name} must have ${length} entries`);
  ranks.forEach((list, owner) => {
    const seen = new Set<number>();
    for (const index of list ?? []) {
      if (!Number.isInteger(index) || index < 0 || index >= bound || seen.has(index)) {
        throw new RangeError(`solve: ${name}[${owner}] has an invalid or repeated index ${index}`);
      }
      seen.add(index);
    }
  });
}

/**
 * Validates and flattens a {@link SolveProblem}. Shape errors are programmer
 * errors and throw a `RangeError` naming the field.
 *
 * With `deferFinite`, a `scores` typed array that every view shares (no
 * `menteeScores` or `mentorScores`) is not checked for non-finite entries:
 * the caller must check it (see {@link assertFinite}) before using it, as
 * `solveStable` does in the pass over the matrix that it makes anyway.
 * Returns whether that check was deferred in `deferred`.
 */
export function toDenseProblem(
  problem: SolveProblem,
  deferFinite?: { deferred: boolean },
): DenseProblem {
  const { scores } = problem;
  const n = isRows(scores) ? scores.length : Math.floor(scores.length / (problem.mentorCount ?? 1));
  let m: number;
  if (isRows(scores)) m = problem.mentorCount ?? scores[0]?.length ?? 0;
  else {
    if (problem.mentorCount === undefined) {
      throw new RangeError('solve: mentorCount is required when scores is a flat array');
    }
    m = problem.mentorCount;
  }
  const defer =
    deferFinite !== undefined &&
    problem.menteeScores === undefined &&
    problem.mentorScores === undefined &&
    scores instanceof Float64Array;
  const flat = flatten(scores, n, m, 'scores', !defer);
  let eligible: Uint8Array | null = null;
  const input = problem.eligible;
  if (input instanceof Uint8Array && input.length === n * m) {
    // Non-zero means eligible everywhere, so a byte mask is used as it is.
    eligible = input;
  } else if (input !== undefined) {
    const mask = new Uint8Array(n * m);
    eligible = mask;
    if (isRows(input)) {
      if (input.length !== n) throw new RangeError(`solve: eligible must have ${n} rows`);
      input.forEach((row, i) => {
        if (row.length !== m) throw new RangeError(`solve: eligible[${i}] must have ${m} entries`);
        for (let j = 0; j < m; j++) mask[i * m + j] = row[j] ? 1 : 0;
      });
    } else {
      if (input.length !== n * m)
        throw new RangeError(`solve: eligible must have ${n * m} entries`);
      for (let k = 0; k < n * m; k++) mask[k] = input[k] ? 1 : 0;
    }
  }
  checkRanks(problem.menteeRanks, n, m, 'menteeRanks');
  checkRanks(problem.mentorRanks, m, n, 'mentorRanks');
  const capacity = capacities(problem.capacities, m, 'capacities');
  const rowCapacity = capacities(problem.menteeCapacities, n, 'menteeCapacities');
  if (deferFinite !== undefined) deferFinite.deferred = defer && flat === scores;
  return {
    n,
    m,
    scores: flat,
    eligible,
    capacity,
    rowCapacity,
    menteeRanks: problem.menteeRanks,
    mentorRanks: problem.mentorRanks,
    menteeScores:
      problem.menteeScores === undefined
        ? flat
        : flatten(problem.menteeScores, n, m, 'menteeScores'),
    mentorScores:
      problem.mentorScores === undefined
        ? flat
        : flatten(problem.mentorScores, n, m, 'mentorScores'),
  };
}
