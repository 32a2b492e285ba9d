import { deepFreeze } from '../_internal/deep-freeze';
import type { MenteeProfile, MentorProfile } from '../model';
import { buildCohortFeatures } from './cohort';
import { type MatchingOptions, resolveOptions } from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch } from './score-kernel';

/**
 * Scores one mentor–mentee pair and says why: a score in [0, 1] (the weighted
 * mean of the criteria), whether the pair is eligible, each criterion's
 * weight, value, contribution and explanation, and the vetoes that rule the
 * pair out. The score equals the pair's entry of {@link scoreMatrix} exactly.
 *
 * Throws {@link MatchingOptionsError} for invalid options (a programmer
 * error); validate user-supplied options first with {@link parseMatchingOptions}.
 *
 * @param mentor - a validated mentor profile
 * @param mentee - a validated mentee profile
 * @param options - weights, hard limits and existing relationships
 * @example
 * ```ts
 * const result = scorePair(mentor, mentee, { settings: program.settings });
 * for (const criterion of result.criteria) {
 *   console.log(criterion.id, formatMessage(criterion.explanation.key, criterion.explanation.params, 'de'));
 * }
 * ```
 */
export function scorePair(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  options?: MatchingOptions,
): PairScore {
  const resolved = resolveOptions(options);
  const features = buildCohortFeatures([mentor], [mentee], resolved);
  return deepFreeze(explainPair(features, resolved.weights, 0, 0, createScratch(features)));
}
