import type { MessageParams } from '../../i18n';
import type { modelMessages } from '../../i18n/messages/model';
import { InvalidOptionsError } from '../../model/errors';
import type { Path, ValidationIssueCode } from '../../model/validation-error';
import { type MatchingErrorKey, matchingErrorKey } from '../matching-error-key';

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

/**
 * The one problem type of the solvers, after validation: mentees are rows,
 * mentors columns, on flat typed arrays. Dense (`start` and `column` null):
 * `weight` is the row-major n × m score matrix with an optional eligibility
 * mask. Sparse (scale mode): compressed rows, the pairs of row i are
 * `start[i]` to `start[i + 1]` with their `column` and `weight`; every pair
 * listed is eligible.
 */
export interface Problem {
  readonly n: number;
  readonly m: number;
  /** Dense: n × m scores. Sparse: one score per pair listed. */
  readonly weight: Float64Array;
  /** Sparse only: pairs of row i are `start[i]` to `start[i + 1]`. */
  readonly start: Int32Array | null;
  /** Sparse only: the column of each pair. */
  readonly column: Int32Array | null;
  /** Dense only: non-zero where a pair may be matched; null when all may. */
  readonly eligible: Uint8Array | null;
  /** Places per mentor. */
  readonly capacity: Int32Array;
  /** Places per mentee. */
  readonly rowCapacity: Int32Array;
  /** For `stable` (dense only): each mentee's declared ranking. */
  readonly menteeRanks?: readonly (readonly number[] | undefined)[] | undefined;
  /** For `stable` (dense only): each mentor's declared ranking. */
  readonly mentorRanks?: readonly (readonly number[] | undefined)[] | undefined;
  /** For `stable` (dense only): the mentees' view of the scores; `weight` when absent. */
  readonly menteeScores?: Float64Array | undefined;
  /** For `stable` (dense only): the mentors' view of the scores; `weight` when absent. */
  readonly mentorScores?: Float64Array | undefined;
}

function isRows(input: unknown): input is readonly (readonly unknown[])[] {
  return Array.isArray(input) && (input.length === 0 || Array.isArray(input[0]));
}

/** The message keys of problem errors: matching's own, or a validation message. */
export type ProblemMessageKey = MatchingErrorKey | keyof typeof modelMessages;

/**
 * The error for a malformed problem: a programmer error, thrown as invalid
 * options of the function that was given the problem (`solve`,
 * `findBlockingPairs`), with the field's path.
 */
export function problemError(
  functionName: string,
  path: Path,
  code: ValidationIssueCode,
  messageKey: ProblemMessageKey,
  params: MessageParams = {},
): InvalidOptionsError {
  // A matching key brings its catalogue; validation keys are always known.
  const key = messageKey.startsWith('matching.error.')
    ? matchingErrorKey(messageKey as MatchingErrorKey)
    : messageKey;
  return new InvalidOptionsError(functionName, [{ path, code, messageKey: key, params }]);
}

function lengthError(
  functionName: string,
  path: Path,
  actual: number,
  expected: number,
  rows: boolean,
): InvalidOptionsError {
  return problemError(
    functionName,
    path,
    actual < expected ? 'too_small' : 'too_big',
    rows ? 'matching.error.rows' : 'matching.error.entries',
    { expected },
  );
}

function isMatrix(input: unknown): input is MatrixInput {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as { length?: unknown }).length === 'number'
  );
}

function flatten(
  fn: string,
  input: MatrixInput,
  n: number,
  m: number,
  name: string,
  check = true,
): Float64Array {
  if (!isMatrix(input))
    throw problemError(fn, [name], 'invalid_type', 'matching.error.not_a_matrix');
  if (!isRows(input) && input instanceof Float64Array && input.length === n * m) {
    // Solvers never write to their input, so a typed array is used as it is.
    if (check) assertFinite(input, name, fn);
    return input;
  }
  const out = new Float64Array(n * m);
  if (isRows(input)) {
    if (input.length !== n) throw lengthError(fn, [name], input.length, n, true);
    input.forEach((row, i) => {
      if (!Array.isArray(row))
        throw problemError(fn, [name, i], 'invalid_type', 'matching.error.not_a_matrix');
      if (row.length !== m) throw lengthError(fn, [name, i], row.length, m, false);
      for (let j = 0; j < m; j++) out[i * m + j] = row[j] as number;
    });
    assertFinite(out, name, fn, m);
  } else {
    if (input.length !== n * m) throw lengthError(fn, [name], input.length, n * m, false);
    for (let k = 0; k < n * m; k++) out[k] = input[k] as number;
    assertFinite(out, name, fn);
  }
  return out;
}

/**
 * The error for a non-finite entry at index `k` of the matrix `name`; with
 * `rowLength`, the matrix was given as rows and the path names row and column.
 */
export function nonFiniteError(
  name: string,
  k: number,
  functionName = 'solve',
  rowLength?: number,
): InvalidOptionsError {
  const path =
    rowLength === undefined ? [name, k] : [name, Math.floor(k / rowLength), k % rowLength];
  return problemError(functionName, path, 'invalid_type', 'matching.error.not_finite');
}

/** Throws {@link nonFiniteError} for the first non-finite entry of `values`. */
export function assertFinite(
  values: Float64Array,
  name: string,
  functionName = 'solve',
  rowLength?: number,
): void {
  for (let k = 0; k < values.length; k++) {
    if (!Number.isFinite(values[k])) throw nonFiniteError(name, k, functionName, rowLength);
  }
}

/**
 * Places per person: whole numbers from 0 to `Number.MAX_SAFE_INTEGER`. A
 * capacity only bounds the pairs a person can have, so one above the other
 * side's size (`2 ** 32` meaning "no limit") is clamped to it; it never wraps
 * in the typed array.
 */
function capacities(
  fn: string,
  input: ArrayLike<number> | undefined,
  length: number,
  name: string,
  otherSide: number,
) {
  const out = new Int32Array(length);
  if (input === undefined) return out.fill(Math.min(1, otherSide));
  if (!isMatrix(input))
    throw problemError(fn, [name], 'invalid_type', 'matching.error.not_a_matrix');
  if (input.length !== length) throw lengthError(fn, [name], input.length, length, false);
  for (let k = 0; k < length; k++) {
    const value = input[k] as number;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw problemError(
        fn,
        [name, k],
        !Number.isInteger(value) ? 'invalid_type' : value < 0 ? 'too_small' : 'too_big',
        'matching.error.whole_number',
      );
    }
    out[k] = Math.min(value, otherSide);
  }
  return out;
}

function checkRanks(
  fn: string,
  ranks: readonly (readonly number[] | undefined)[] | undefined,
  length: number,
  bound: number,
  name: string,
): void {
  if (ranks === undefined) return;
  if (!Array.isArray(ranks))
    throw problemError(fn, [name], 'invalid_type', 'matching.error.not_a_matrix');
  if (ranks.length !== length) throw lengthError(fn, [name], ranks.length, length, false);
  ranks.forEach((list, owner) => {
    if (list === undefined) return;
    if (!Array.isArray(list))
      throw problemError(fn, [name, owner], 'invalid_type', 'matching.error.not_a_matrix');
    const seen = new Set<number>();
    list.forEach((index, position) => {
      if (!Number.isInteger(index) || index < 0 || index >= bound || seen.has(index)) {
        throw problemError(
          fn,
          [name, owner, position],
          seen.has(index) ? 'duplicate_value' : 'invalid_value',
          'matching.error.rank_index',
          { value: String(index) },
        );
      }
      seen.add(index);
    });
  });
}

/**
 * Validates and flattens a {@link SolveProblem}.
 *
 * With `deferFinite`, a `scores` typed array that every view shares (no
 * `menteeScores` or `mentorScores`) is not checked for non-finite entries:
 * the caller must check it (see {@link assertFinite}) before using it, as
 * `solveStable` does in the pass over the matrix that it makes anyway.
 * Returns whether that check was deferred in `deferred`.
 *
 * @throws {@link InvalidOptionsError} of `functionName` for a malformed
 *   problem, with the path of the field.
 */
export function toDenseProblem(
  problem: SolveProblem,
  deferFinite?: { deferred: boolean },
  functionName = 'solve',
): Problem {
  const fn = functionName;
  if (typeof problem !== 'object' || problem === null) {
    throw problemError(fn, [], 'invalid_type', 'validation.invalid_type', {
      expected: 'object',
      received: problem === null ? 'null' : typeof problem,
    });
  }
  const { scores, mentorCount } = problem;
  if (!isMatrix(scores))
    throw problemError(fn, ['scores'], 'invalid_type', 'matching.error.not_a_matrix');
  if (
    mentorCount !== undefined &&
    !(Number.isInteger(mentorCount) && mentorCount >= 0 && mentorCount <= 2 ** 31 - 1)
  ) {
    throw problemError(
      fn,
      ['mentorCount'],
      !Number.isInteger(mentorCount) ? 'invalid_type' : mentorCount < 0 ? 'too_small' : 'too_big',
      'matching.error.whole_number',
    );
  }
  let n: number;
  let m: number;
  if (isRows(scores)) {
    n = scores.length;
    m = mentorCount ?? (Array.isArray(scores[0]) ? scores[0].length : 0);
  } else {
    if (mentorCount === undefined) {
      throw problemError(fn, ['mentorCount'], 'invalid_type', 'validation.required', {
        expected: 'number',
        received: 'undefined',
      });
    }
    m = mentorCount;
    n = m === 0 ? 0 : Math.floor(scores.length / m);
  }
  const defer =
    deferFinite !== undefined &&
    problem.menteeScores === undefined &&
    problem.mentorScores === undefined &&
    scores instanceof Float64Array;
  const flat = flatten(fn, scores, n, m, 'scores', !defer);
  let eligible: Uint8Array | null = null;
  const input = problem.eligible;
  if (input instanceof Uint8Array && input.length === n * m) {
    // Non-zero means eligible everywhere, so a byte mask is used as it is.
    eligible = input;
  } else if (input !== undefined) {
    if (!isMatrix(input))
      throw problemError(fn, ['eligible'], 'invalid_type', 'matching.error.not_a_matrix');
    const mask = new Uint8Array(n * m);
    eligible = mask;
    if (isRows(input)) {
      if (input.length !== n) throw lengthError(fn, ['eligible'], input.length, n, true);
      input.forEach((row, i) => {
        if (!Array.isArray(row))
          throw problemError(fn, ['eligible', i], 'invalid_type', 'matching.error.not_a_matrix');
        if (row.length !== m) throw lengthError(fn, ['eligible', i], row.length, m, false);
        for (let j = 0; j < m; j++) mask[i * m + j] = row[j] ? 1 : 0;
      });
    } else {
      if (input.length !== n * m) throw lengthError(fn, ['eligible'], input.length, n * m, false);
      for (let k = 0; k < n * m; k++) mask[k] = input[k] ? 1 : 0;
    }
  }
  checkRanks(fn, problem.menteeRanks, n, m, 'menteeRanks');
  checkRanks(fn, problem.mentorRanks, m, n, 'mentorRanks');
  const capacity = capacities(fn, problem.capacities, m, 'capacities', n);
  const rowCapacity = capacities(fn, problem.menteeCapacities, n, 'menteeCapacities', m);
  if (deferFinite !== undefined) deferFinite.deferred = defer && flat === scores;
  return {
    n,
    m,
    weight: flat,
    start: null,
    column: null,
    eligible,
    capacity,
    rowCapacity,
    menteeRanks: problem.menteeRanks,
    mentorRanks: problem.mentorRanks,
    menteeScores:
      problem.menteeScores === undefined
        ? flat
        : flatten(fn, problem.menteeScores, n, m, 'menteeScores'),
    mentorScores:
      problem.mentorScores === undefined
        ? flat
        : flatten(fn, problem.mentorScores, n, m, 'mentorScores'),
  };
}
