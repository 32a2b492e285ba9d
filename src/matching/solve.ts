import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions, unreadableOptions } from '../_internal/options';
import { InvalidOptionsError, MentorshipKitError } from '../model/errors';
import { err, ok, type Result } from '../model/result';
import {
  type ConstrainedSolveProblem,
  type ConstraintConflict,
  type ConstraintPlan,
  conflictError,
  minimalConflict,
  readSolveConstraints,
} from './constraints';
import { solveFairnessWithGroups, solveWithGroups } from './solvers/constrained-flow';
import { solveFairness } from './solvers/fairness';
import { solveGreedy } from './solvers/greedy';
import { solveOptimal } from './solvers/optimal';
import { type Problem, problemError, type SolveProblem, toDenseProblem } from './solvers/problem';
import {
  type AbortSignalLike,
  Progress,
  progressOptionsShape,
  type SolveProgress,
} from './solvers/progress';
import { blockingPairs, solveStable } from './solvers/stable';

/**
 * How {@link solve} and {@link assign} build the matching.
 *
 * @example
 * ```ts
 * const options: SolveOptions = { strategy: 'stable', proposing: 'mentor' };
 * ```
 */
export interface SolveOptions {
  /** `optimal` (default): maximum total; `stable`: deferred acceptance; `greedy`: best pair first. */
  readonly strategy?: 'optimal' | 'stable' | 'greedy';
  /**
   * For `optimal`, what is maximised, each exactly:
   * - `score` (default): the total score.
   * - `participation`: the number of mentees with at least one mentor, then the total.
   * - `fairness`: the number of mentees matched (as `participation`), then the
   *   lowest score of any pair, then the total (lexicographic max–min).
   */
  readonly objective?: 'score' | 'participation' | 'fairness';
  /** For `stable`: the proposing side, `mentee` (default) or `mentor`. */
  readonly proposing?: 'mentee' | 'mentor';
  /**
   * Called during a run with its phase and the share done (in [0, 1], never
   * decreasing), at most every 50 ms, and once at the end with
   * `{ phase: 'done', fraction: 1 }`. See {@link SolveProgress}.
   */
  readonly onProgress?: ((progress: SolveProgress) => void) | undefined;
  /**
   * Cancels the run when aborted (an `AbortController`'s signal): it throws
   * {@link MentorshipKitError} with code `aborted` (the signal's `reason` as
   * its `cause`), at the latest a few milliseconds after the abort.
   */
  readonly signal?: AbortSignalLike | undefined;
}

/**
 * Schema of {@link SolveOptions}.
 *
 * @example
 * ```ts
 * SolveOptionsSchema.parse({ strategy: 'greedy' });
 * ```
 */
export const SolveOptionsSchema = z.strictObject({
  strategy: z.enum(['optimal', 'stable', 'greedy']).optional(),
  objective: z.enum(['score', 'participation', 'fairness']).optional(),
  proposing: z.enum(['mentee', 'mentor']).optional(),
  ...progressOptionsShape,
});

/** The strategy and its settings, resolved; `progress` is null when no one listens. */
export interface StrategyOptions {
  readonly strategy: 'optimal' | 'stable' | 'greedy';
  readonly objective: 'score' | 'participation' | 'fairness';
  readonly proposing: 'mentee' | 'mentor';
  readonly progress: Progress | null;
}

/**
 * The result of {@link solve}: matched pairs as `[menteeIndex, mentorIndex]`,
 * sorted, with the number of pairs and their total score.
 *
 * @example
 * ```ts
 * const result: SolveResult = solve({ scores: [[1, 0], [0, 1]] });
 * result.pairs; // [[0, 0], [1, 1]]
 * ```
 */
export interface SolveResult {
  readonly pairs: readonly (readonly [mentee: number, mentor: number])[];
  readonly matched: number;
  readonly total: number;
}

function readSolveOptions(options: SolveOptions | undefined): StrategyOptions {
  const parsed = parseOptions('solve', SolveOptionsSchema, options === undefined ? {} : options);
  return {
    strategy: parsed.strategy ?? 'optimal',
    objective: parsed.objective ?? 'score',
    proposing: parsed.proposing ?? 'mentee',
    progress: Progress.of(parsed, 'solve'),
  };
}

/**
 * Runs `read` on a caller's argument, reporting a hostile one (a throwing
 * getter, a revoked proxy, a matrix too large to allocate) as invalid, like
 * a malformed one.
 */
function guarded<T>(functionName: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof MentorshipKitError) throw cause;
    throw unreadableOptions(functionName, cause);
  }
}

/** A minimal conflicting set of constraints, by their indices (see {@link minimalConflict}). */
export interface Conflicting {
  readonly conflicting: readonly number[];
}

/**
 * The one strategy dispatch, for {@link solve} and {@link assign} (dense, or
 * sparse in scale mode; `stable` needs a dense problem). Returns the pairs as
 * a flat `[row, column, …]` list sorted by row and column. With a constraint
 * plan (`optimal` only), the constrained flow solves it, or the constraints
 * conflict and a minimal conflicting set comes back instead.
 */
export function runStrategy(problem: Problem, options: StrategyOptions): Int32Array;
export function runStrategy(
  problem: Problem,
  options: StrategyOptions,
  plan: ConstraintPlan | null,
): Int32Array | Conflicting;
export function runStrategy(
  problem: Problem,
  options: StrategyOptions,
  plan: ConstraintPlan | null = null,
): Int32Array | Conflicting {
  const { progress } = options;
  progress?.check();
  let flat: Int32Array;
  if (plan !== null) {
    const found =
      options.objective === 'fairness'
        ? solveFairnessWithGroups(problem, plan.flows, progress)
        : solveWithGroups(problem, plan.flows, options.objective, progress);
    if (found === null) {
      const conflicting = minimalConflict(problem, plan, progress);
      progress?.done();
      return { conflicting };
    }
    flat = found;
  } else if (options.strategy === 'stable') {
    flat = solveStable(problem, options.proposing);
  } else if (options.strategy === 'greedy') {
    flat = solveGreedy(problem);
  } else if (options.objective === 'fairness') {
    flat = solveFairness(problem, progress);
  } else {
    flat = solveOptimal(problem, options.objective, true, progress);
  }
  progress?.done();
  return flat;
}

function toResult(dense: Problem, flat: Int32Array): SolveResult {
  const pairs: (readonly [number, number])[] = [];
  let total = 0;
  for (let k = 0; k + 1 < flat.length; k += 2) {
    const i = flat[k] as number;
    const j = flat[k + 1] as number;
    pairs.push(Object.freeze([i, j] as const));
    total += dense.weight[i * dense.m + j] as number;
  }
  return Object.freeze({ pairs: Object.freeze(pairs), matched: pairs.length, total });
}

/**
 * The solvers on raw numbers, for people who bring their own scores (survey
 * results, ranked choices) and for checking and benchmarking against other
 * libraries on the same input. {@link assign} uses it underneath.
 *
 * - `optimal`: the exact maximum total under capacities on both sides, never
 *   using an ineligible pair (see {@link SolveOptions} for `participation`
 *   and `fairness`).
 * - `stable`: deferred acceptance; each side ranks the other by its declared
 *   ranking, then by its view's scores, ties by the lower index.
 * - `greedy`: best pair first.
 *
 * With `constraints` (and the `groups` they name), the problem has bounds on
 * the whole assignment — at most k pairs with a group's members, at least k
 * — and `solve` returns a `Result`: the exact optimum under the bounds for
 * every objective of `optimal`, or a {@link ConstraintConflict} naming a
 * minimal set of constraints that cannot hold together. Groups on one side
 * must be disjoint or nested (laminar). Other strategies refuse constraints.
 *
 * The result is frozen.
 *
 * @param problem - scores, eligibility, capacities, optional rankings and constraints
 * @param options - the strategy and its settings
 * @throws {@link InvalidOptionsError} (`params.function` is `'solve'`) for
 *   invalid options or a malformed problem (wrong lengths, non-finite scores,
 *   bad indices, capacities that are not whole numbers from 0 to
 *   `Number.MAX_SAFE_INTEGER`); the path names the field, such as
 *   `['scores', 1, 0]`. A capacity above the other side's size is clamped to it.
 * @throws {@link MentorshipKitError} (`aborted`) when `signal` is aborted
 *   before or during the run.
 * @throws {@link InvalidOptionsError} for malformed constraints: an unknown
 *   group, a group with both or neither side, an index out of range, two
 *   groups of one side that overlap without nesting, a strategy other than
 *   `optimal`.
 * @example
 * ```ts
 * const result = solve(
 *   { scores: [[0.9, 0.4], [0.8, 0.1], [0.2, 0.7]], capacities: [2, 1] },
 *   { strategy: 'optimal' },
 * );
 * result.pairs; // [[0, 0], [1, 0], [2, 1]]
 *
 * // A long run with a progress bar and a cancel button:
 * const controller = new AbortController();
 * solve(problem, {
 *   objective: 'fairness',
 *   signal: controller.signal,
 *   onProgress: ({ phase, fraction }) => console.log(phase, fraction),
 * });
 *
 * // At most one pair with mentor 0, at least one with mentee 2:
 * const constrained = solve({
 *   scores: [[0.9, 0.4], [0.8, 0.1], [0.2, 0.7]],
 *   capacities: [2, 1],
 *   groups: [{ id: 'first', mentors: [0] }, { id: 'last', mentees: [2] }],
 *   constraints: [{ group: 'first', maxPairs: 1 }, { group: 'last', minPairs: 1 }],
 * });
 * if (constrained.ok) constrained.value.pairs; // [[0, 0], [2, 1]]
 * ```
 */
export function solve(
  problem: ConstrainedSolveProblem,
  options?: SolveOptions,
): Result<SolveResult, ConstraintConflict>;
export function solve(problem: SolveProblem, options?: SolveOptions): SolveResult;
export function solve(
  problem: SolveProblem | ConstrainedSolveProblem,
  options?: SolveOptions,
): SolveResult | Result<SolveResult, ConstraintConflict> {
  const resolved = readSolveOptions(options);
  const constrained = guarded(
    'solve',
    () =>
      typeof problem === 'object' &&
      problem !== null &&
      ((problem as ConstrainedSolveProblem).constraints !== undefined ||
        (problem as ConstrainedSolveProblem).groups !== undefined),
  );
  if (constrained) return solveConstrained(problem as ConstrainedSolveProblem, resolved);
  if (resolved.strategy === 'stable') {
    // The solver checks the scores in the pass over the matrix it makes anyway.
    const defer = { deferred: false };
    const dense = guarded('solve', () => toDenseProblem(problem, defer, 'solve'));
    resolved.progress?.check();
    const flat = solveStable(dense, resolved.proposing, defer.deferred);
    resolved.progress?.done();
    return toResult(dense, flat);
  }
  if (resolved.strategy === 'optimal' && resolved.objective === 'score') {
    // The solver checks the scores in its first pass over the matrix (a
    // second pass costs about a sixth of a large dense solve).
    const defer = { deferred: false };
    const dense = guarded('solve', () => toDenseProblem(problem, defer, 'solve'));
    resolved.progress?.check();
    const flat = solveOptimal(dense, 'score', true, resolved.progress, defer.deferred);
    resolved.progress?.done();
    return toResult(dense, flat);
  }
  const dense = guarded('solve', () => toDenseProblem(problem, undefined, 'solve'));
  return toResult(dense, runStrategy(dense, resolved));
}

function solveConstrained(
  problem: ConstrainedSolveProblem,
  resolved: StrategyOptions,
): Result<SolveResult, ConstraintConflict> {
  if (resolved.strategy !== 'optimal') {
    throw problemError(
      'solve',
      ['strategy'],
      'invalid_value',
      'matching.error.constraints_strategy',
    );
  }
  const {
    groups: _groups,
    constraints: _constraints,
    ...rest
  } = guarded('solve', () => ({
    ...problem,
  }));
  const dense = guarded('solve', () => toDenseProblem(rest, undefined, 'solve'));
  const plan = guarded('solve', () => readSolveConstraints(problem, dense.n, dense.m));
  const outcome = runStrategy(dense, resolved, plan);
  if ('conflicting' in outcome) {
    return Object.freeze(err(deepFreeze(conflictError(plan.constraints, outcome.conflicting))));
  }
  return Object.freeze(ok(toResult(dense, outcome)));
}

/**
 * Checks a matching for stability: every eligible pair, not matched, whose
 * mentee and mentor would both rather be together — each has a free place or
 * prefers the other to one of their partners, under the same two-sided
 * preferences as `strategy: 'stable'`. An empty list means stable.
 *
 * @param problem - the problem the matching was made for
 * @param matching - a {@link SolveResult} or its `pairs`
 * @throws {@link InvalidOptionsError} (`params.function` is
 *   `'findBlockingPairs'`) for a malformed problem or matching.
 * @example
 * ```ts
 * const problem = { scores: [[1, 0], [0, 1]] };
 * findBlockingPairs(problem, solve(problem, { strategy: 'stable' })); // []
 * ```
 */
export function findBlockingPairs(
  problem: SolveProblem,
  matching: SolveResult | SolveResult['pairs'],
): readonly (readonly [mentee: number, mentor: number])[] {
  const dense = guarded('findBlockingPairs', () =>
    toDenseProblem(problem, undefined, 'findBlockingPairs'),
  );
  const flat = guarded('findBlockingPairs', () => readMatching(matching, dense));
  return Object.freeze(
    blockingPairs(dense, flat).map((pair) => Object.freeze(pair) as readonly [number, number]),
  );
}

/** The pairs of a matching as a flat list, checked against the problem. */
function readMatching(matching: SolveResult | SolveResult['pairs'], dense: Problem): Int32Array {
  const fn = 'findBlockingPairs';
  const pairs: unknown = Array.isArray(matching) ? matching : (matching as SolveResult).pairs;
  if (!Array.isArray(pairs)) {
    throw problemError(fn, ['matching'], 'invalid_type', 'validation.invalid_type', {
      expected: 'array',
      received: typeof pairs,
    });
  }
  const flat = new Int32Array(pairs.length * 2);
  pairs.forEach((pair: unknown, k) => {
    const [i, j] = Array.isArray(pair) ? (pair as unknown[]) : [];
    if (
      !Number.isInteger(i) ||
      !Number.isInteger(j) ||
      (i as number) < 0 ||
      (i as number) >= dense.n ||
      (j as number) < 0 ||
      (j as number) >= dense.m
    ) {
      throw problemError(fn, ['matching', k], 'invalid_value', 'matching.error.pair');
    }
    flat[2 * k] = i as number;
    flat[2 * k + 1] = j as number;
  });
  return flat;
}
