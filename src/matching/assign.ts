import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions, unreadableOptions } from '../_internal/options';
import type { Message } from '../i18n';
import type { MenteeProfile, MentorProfile } from '../model';
import { InvalidOptionsError, MentorshipKitError } from '../model/errors';
import { err, ok, type Result } from '../model/result';
import { buildCohortFeatures, type CohortFeatures } from './cohort';
import {
  type AssignConstraints,
  AssignConstraintsSchema,
  type ConstraintConflict,
  type ConstraintPlan,
  conflictError,
  readAssignConstraints,
} from './constraints';
import { type AssignOptions, AssignOptionsSchema, readOptions, resolveOptions } from './options';
import { type CriterionScore, explainPair } from './pair-score';
import { compareIds } from './rank-mentors';
import { createScratch, scoreRow } from './score-kernel';
import { scoreFeatures } from './score-matrix';
import { runStrategy } from './solve';
import { problemError } from './solvers/problem';
import { Progress } from './solvers/progress';
import { type ScaleCertificate, solveAtScale } from './solvers/scale';

/**
 * Options of {@link assign} with constraints on the whole assignment: the
 * usual {@link AssignOptions} plus {@link AssignConstraints} (`groups` and
 * `constraints`); `assign` then returns a `Result`.
 *
 * @example
 * ```ts
 * const options: ConstrainedAssignOptions = {
 *   program,
 *   groups: [{ id: 'acme', mentorIds: ['ada', 'grace', 'linus'] }],
 *   constraints: [{ group: 'acme', maxPairs: 2 }],
 * };
 * ```
 */
export interface ConstrainedAssignOptions extends AssignOptions, AssignConstraints {}

/**
 * A proposed pair of an {@link Assignment} with its score and reasons, shaped
 * like the eligible `PairScore` that `scorePair` gives for it (pairs of an
 * assignment are always eligible), so `formatPairScore(pair, locale)` renders it.
 *
 * @example
 * ```ts
 * const pair: AssignedPair = assignment.pairs[0];
 * console.log(pair.mentorId, pair.menteeId, formatPairScore(pair, de));
 * ```
 */
export interface AssignedPair {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  /** Each criterion's weight, value, contribution and explanation, as in `scorePair`. */
  readonly criteria: readonly CriterionScore[];
}

/**
 * Why a mentee got no mentor.
 *
 * - `no_eligible_mentor`: every mentor is ruled out by a hard limit.
 * - `capacity_exhausted`: the mentors who would fit have no free place
 *   left because of existing relationships.
 * - `lost_to_better_pair`: fitting mentors had places, but the strategy gave
 *   them to other mentees.
 * - `mentee_full`: the mentee already has as many mentors as allowed.
 *
 * @example
 * ```ts
 * const reason: UnmatchedReason = 'lost_to_better_pair';
 * ```
 */
export type UnmatchedReason =
  | 'no_eligible_mentor'
  | 'capacity_exhausted'
  | 'lost_to_better_pair'
  | 'mentee_full';

/**
 * A mentee without a mentor in an {@link Assignment}, with the reason.
 *
 * @example
 * ```ts
 * for (const { menteeId, explanation } of assignment.unmatched) {
 *   console.log(menteeId, formatMessage(explanation.key, explanation.params, de));
 * }
 * ```
 */
export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reason: UnmatchedReason;
  readonly explanation: Message;
}

/**
 * Totals of an {@link Assignment}.
 *
 * @example
 * ```ts
 * const { pairs, sum, mean, min } = assignment.totals;
 * ```
 */
export interface AssignmentTotals {
  /** Number of pairs. */
  readonly pairs: number;
  /** Mentees with at least one mentor. */
  readonly matchedMentees: number;
  readonly sum: number;
  /** Mean score of the pairs; 0 without pairs. */
  readonly mean: number;
  /** Lowest score of a pair; 0 without pairs. */
  readonly min: number;
}

/**
 * The result of {@link assign}: proposed pairs, the mentees left without a
 * mentor (and why), and totals.
 *
 * @example
 * ```ts
 * const assignment: Assignment = assign(mentors, mentees, { strategy: 'optimal' });
 * console.log(`${assignment.totals.pairs} pairs, mean ${assignment.totals.mean.toFixed(2)}`);
 * ```
 */
export interface Assignment {
  readonly strategy: 'optimal' | 'stable' | 'greedy';
  /**
   * True when the result is exact for its strategy: always without `topK`;
   * with `topK` when `certificate` proves the optimum (`optimal`, objective
   * `score`), else the result is exact only on the pruned candidate lists.
   */
  readonly exact: boolean;
  /** Scale mode (`topK`, `optimal`, objective `score`) only: the proof of optimality. */
  readonly certificate?: ScaleCertificate;
  /** Sorted by mentee id, then mentor id. */
  readonly pairs: readonly AssignedPair[];
  /** Mentees without any mentor, sorted by id. */
  readonly unmatched: readonly UnmatchedMentee[];
  readonly totals: AssignmentTotals;
}

const reasonKeys = {
  no_eligible_mentor: 'matching.unmatched.no_eligible_mentor',
  capacity_exhausted: 'matching.unmatched.capacity_exhausted',
  lost_to_better_pair: 'matching.unmatched.lost_to_better_pair',
  mentee_full: 'matching.unmatched.mentee_full',
} as const;

function byId<T extends { readonly id: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => compareIds(a.id, b.id));
}

/** Each mentee's best `k` eligible mentors as compressed rows, scored row by row. */
function topCandidates(features: CohortFeatures, k: number) {
  const { nMentors: m, nMentees: n } = features;
  const weights = features.options.weights;
  const scratch = createScratch(features);
  const row = new Float64Array(m);
  const eligible = new Uint8Array(m);
  const start = new Int32Array(n + 1);
  const columns: number[] = [];
  const values: number[] = [];
  const keptColumns = new Int32Array(k);
  const keptScores = new Float64Array(k);
  for (let e = 0; e < n; e++) {
    scoreRow(features, weights, e, 0, m, row, eligible, 0, scratch, null);
    let count = 0;
    let threshold = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const score = row[j] as number;
      if (eligible[j] === 0 || score <= threshold) continue;
      let at = count;
      if (count === k) at--;
      else count++;
      while (at > 0 && (keptScores[at - 1] as number) < score) {
        keptScores[at] = keptScores[at - 1] as number;
        keptColumns[at] = keptColumns[at - 1] as number;
        at--;
      }
      keptScores[at] = score;
      keptColumns[at] = j;
      if (count === k) threshold = keptScores[k - 1] as number;
    }
    for (let t = 0; t < count; t++) {
      columns.push(keptColumns[t] as number);
      values.push(keptScores[t] as number);
    }
    start[e + 1] = columns.length;
  }
  return { start, column: Int32Array.from(columns), weight: Float64Array.from(values) };
}

function unmatchedReason(
  features: CohortFeatures,
  e: number,
  hasEligible: boolean,
  scratch: ReturnType<typeof createScratch>,
): UnmatchedReason {
  if ((features.menteeFree[e] as number) === 0) return 'mentee_full';
  if (hasEligible) return 'lost_to_better_pair';
  const m = features.nMentors;
  const row = new Float64Array(m);
  const eligible = new Uint8Array(m);
  // Would anyone fit if every mentor had a place?
  const open = {
    ...features,
    mentorFree: new Int32Array(m).fill(1),
    mentorBlocked: features.mentorTooJunior,
  };
  scoreRow(open, features.options.weights, e, 0, m, row, eligible, 0, scratch, null);
  return eligible.includes(1) ? 'capacity_exhausted' : 'no_eligible_mentor';
}

/**
 * Matches a whole cohort at once: every mentor's capacity (minus active
 * relationships) and every mentee's number of mentors are respected,
 * ineligible pairs are never proposed, and pairs that already ended are not
 * proposed again. The result is the same for the same input in any order:
 * people are sorted by id and ties are broken by id.
 *
 * - `strategy: 'optimal'` (default) maximises the total score exactly;
 *   `objective: 'participation'` first matches as many mentees as possible,
 *   `objective: 'fairness'` then also lifts the lowest pair score as far as it goes.
 * - `strategy: 'stable'` runs deferred acceptance (mentee-proposing by
 *   default): each side ranks the other by its declared choices
 *   (`preferredMentorIds`, `preferredMenteeIds`), then by the score under its
 *   own weights (`menteeWeights`, `mentorWeights`).
 * - `strategy: 'greedy'` takes the best pair first.
 * - `topK` (scale mode) keeps each mentee's `topK` best mentors and solves
 *   on that sparse graph without a dense matrix (`optimal` and `greedy`).
 *
 * - `groups` and `constraints` bound the pairs of the whole assignment
 *   (at most k pairs with a company's mentors, at least k with a group of
 *   mentees); `assign` then returns a `Result`: the exact optimum under the
 *   bounds for every objective of `optimal` (with `topK`, on the pruned
 *   graph), or a {@link ConstraintConflict} with a minimal conflicting set.
 *   See {@link AssignConstraints}.
 *
 * The result is deep-frozen; the inputs are neither changed nor frozen.
 *
 * @param mentors - the mentors with their capacities
 * @param mentees - the mentees to match
 * @param options - the programme, strategy, weights, hard limits and existing relationships
 * @throws {@link InvalidOptionsError} for invalid options (check options from
 *   user input with {@link parseAssignOptions} first).
 * @throws {@link MentorshipKitError} (`aborted`) when `signal` is aborted.
 * @throws {@link MentorshipKitError} (`duplicate_id`) when an id appears twice
 *   on one side, and (`invalid_criterion_value`) when a custom criterion
 *   answers with something other than a number in [0, 1].
 * @throws {@link MentorshipKitError} (`invalid_time_zone`) for a profile whose
 *   `timeZone` the engine does not know (profiles from `parseMentorProfile` and
 *   `parseMenteeProfile` never have one).
 * @throws {@link InvalidOptionsError} for malformed constraints (an unknown
 *   group, a group of both sides or none, groups of one side that overlap
 *   without nesting, a strategy other than `optimal`).
 * @example
 * ```ts
 * const constrained = assign(mentors, mentees, {
 *   program,
 *   groups: [{ id: 'acme', mentorIds: ['ada', 'grace'] }],
 *   constraints: [{ group: 'acme', maxPairs: 1 }],
 * });
 * if (!constrained.ok) console.log(formatError(constrained.error, 'en'));
 *
 * const assignment = assign(mentors, mentees, {
 *   strategy: 'optimal',
 *   program, // capacities per mentee, minimum experience, topic labels
 *   relationships,
 * });
 * for (const pair of assignment.pairs) console.log(pair.mentorId, '→', pair.menteeId, pair.score);
 * for (const left of assignment.unmatched) console.log(left.menteeId, left.reason);
 * ```
 */
export function assign(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: ConstrainedAssignOptions,
): Result<Assignment, ConstraintConflict>;
export function assign(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options?: AssignOptions,
): Assignment;
export function assign(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options?: AssignOptions | ConstrainedAssignOptions,
): Assignment | Result<Assignment, ConstraintConflict> {
  const split = splitConstraints(options);
  if (split === null) return assignWith(mentors, mentees, options, null);
  const outcome = assignWith(mentors, mentees, split.rest, split.constraints);
  return 'conflicting' in outcome
    ? Object.freeze(err(outcome.conflict))
    : Object.freeze(ok(outcome));
}

/** The options without `groups` and `constraints`, and those validated; null when absent. */
function splitConstraints(
  options: AssignOptions | ConstrainedAssignOptions | undefined,
): { rest: AssignOptions; constraints: AssignConstraints } | null {
  try {
    if (typeof options !== 'object' || options === null) return null;
    const { groups, constraints, ...rest } = options as ConstrainedAssignOptions;
    if (groups === undefined && constraints === undefined) return null;
    return {
      rest,
      constraints: parseOptions('assign', AssignConstraintsSchema, { groups, constraints }),
    };
  } catch (cause) {
    if (cause instanceof MentorshipKitError) throw cause;
    throw unreadableOptions('assign', cause);
  }
}

function assignWith(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: AssignOptions | undefined,
  constraints: AssignConstraints,
): Assignment | { conflicting: true; conflict: ConstraintConflict };
function assignWith(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: AssignOptions | undefined,
  constraints: null,
): Assignment;
function assignWith(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: AssignOptions | undefined,
  constraints: AssignConstraints | null,
): Assignment | { conflicting: true; conflict: ConstraintConflict } {
  const parsed = readOptions('assign', AssignOptionsSchema, options);
  const resolved = resolveOptions(parsed);
  const { topK } = parsed;
  const strategy = parsed.strategy ?? 'optimal';
  const objective = parsed.objective ?? 'score';
  const proposing = parsed.proposing ?? 'mentee';
  const progress = Progress.of(parsed, 'assign');
  progress?.part(0, 0.3);
  progress?.report('scoring', 0);
  const strategyOptions = { strategy, objective, proposing, progress };
  const sortedMentors = byId(mentors);
  const sortedMentees = byId(mentees);
  const features = buildCohortFeatures(sortedMentors, sortedMentees, resolved, 'assign');
  const { nMentors: m, nMentees: n } = features;
  let plan: ConstraintPlan | null = null;
  if (constraints !== null) {
    if (strategy !== 'optimal') {
      throw problemError(
        'assign',
        ['strategy'],
        'invalid_value',
        'matching.error.constraints_strategy',
      );
    }
    plan = readAssignConstraints(constraints, features.mentorIndex, features.menteeIndex, {
      mentor: sortedMentors.map((person) => person.attributes),
      mentee: sortedMentees.map((person) => person.attributes),
    });
  }

  let outcome: ReturnType<typeof runStrategy>;
  // Eligible mentors per mentee (in scale mode: among the kept candidates,
  // which are all eligible ones when there are fewer than topK).
  const eligibleCount = new Int32Array(n);
  let certificate: ScaleCertificate | undefined;
  if (topK !== undefined && strategy === 'optimal' && objective === 'score' && plan === null) {
    // Exact at scale: candidate lists, then every pair priced out (solvers/scale.ts).
    const rowScratch = createScratch(features);
    const solution = solveAtScale(
      { n, m, capacity: features.mentorFree, rowCapacity: features.menteeFree },
      (e, row, mask) =>
        scoreRow(features, features.options.weights, e, 0, m, row, mask, 0, rowScratch, null),
      topK,
      progress,
    );
    eligibleCount.set(solution.eligibleCount);
    certificate = solution.certificate;
    outcome = solution.pairs;
    progress?.done();
  } else if (topK !== undefined) {
    const graph = topCandidates(features, topK);
    for (let e = 0; e < n; e++) {
      eligibleCount[e] = (graph.start[e + 1] as number) - (graph.start[e] as number);
    }
    progress?.part(0.3, 1);
    outcome = runStrategy(
      {
        n,
        m,
        ...graph,
        eligible: null,
        capacity: features.mentorFree,
        rowCapacity: features.menteeFree,
      },
      strategyOptions,
      plan,
    );
  } else {
    const { scores, eligible } = scoreFeatures(features, resolved.weights);
    progress?.part(0.3, 1);
    for (let e = 0; e < n; e++) {
      let count = 0;
      for (let k = e * m; k < (e + 1) * m; k++) count += eligible[k] as number;
      eligibleCount[e] = count;
    }
    const stable = strategy === 'stable';
    const sideScores = (weights: typeof resolved.weights) =>
      stable && weights !== resolved.weights ? scoreFeatures(features, weights).scores : scores;
    const menteeRanks = sortedMentees.map((_, e) =>
      Array.from(
        features.preferenceMentor.subarray(
          features.preferenceStart[e] as number,
          features.preferenceStart[e + 1] as number,
        ),
      ),
    );
    const mentorRanks = sortedMentors.map((mentor) =>
      (mentor.preferredMenteeIds ?? []).flatMap((id) => {
        const e = features.menteeIndex.get(id);
        return e === undefined ? [] : [e];
      }),
    );
    outcome = runStrategy(
      {
        n,
        m,
        weight: scores,
        start: null,
        column: null,
        eligible,
        capacity: features.mentorFree,
        rowCapacity: features.menteeFree,
        menteeRanks,
        mentorRanks,
        menteeScores: sideScores(resolved.menteeWeights),
        mentorScores: sideScores(resolved.mentorWeights),
      },
      strategyOptions,
      plan,
    );
  }
  if ('conflicting' in outcome) {
    const conflict = conflictError(plan?.constraints ?? [], outcome.conflicting);
    return { conflicting: true, conflict: deepFreeze(conflict) };
  }
  const flat = outcome;

  const scratch = createScratch(features);
  const pairs: AssignedPair[] = [];
  const matched = new Uint8Array(n);
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k + 1 < flat.length; k += 2) {
    const e = flat[k] as number;
    const j = flat[k + 1] as number;
    const explained = explainPair(features, resolved.weights, e, j, scratch);
    matched[e] = 1;
    sum += explained.score;
    min = Math.min(min, explained.score);
    pairs.push({
      mentorId: explained.mentorId,
      menteeId: explained.menteeId,
      score: explained.score,
      criteria: explained.criteria,
    });
  }
  const unmatched: UnmatchedMentee[] = [];
  for (let e = 0; e < n; e++) {
    if (matched[e] === 1) continue;
    const reason = unmatchedReason(features, e, (eligibleCount[e] as number) > 0, scratch);
    unmatched.push({
      menteeId: sortedMentees[e]?.id ?? '',
      reason,
      explanation: { key: reasonKeys[reason], params: {} },
    });
  }
  let matchedMentees = 0;
  for (const flag of matched) matchedMentees += flag;
  return deepFreeze({
    strategy,
    exact: topK === undefined || certificate?.certified === true,
    ...(certificate === undefined ? {} : { certificate }),
    pairs,
    unmatched,
    totals: {
      pairs: pairs.length,
      matchedMentees,
      sum,
      mean: pairs.length === 0 ? 0 : sum / pairs.length,
      min: pairs.length === 0 ? 0 : min,
    },
  });
}
