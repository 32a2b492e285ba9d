import { deepFreeze } from '../_internal/deep-freeze';
import type { MenteeProfile, MentorProfile } from '../model';
import { buildCohortFeatures } from './cohort';
import {
  type MatchingOptions,
  MatchingOptionsSchema,
  readOptions,
  resolveOptions,
} from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch } from './score-kernel';

/**
 * Scores one mentor–mentee pair and says why: a score in [0, 1] (the weighted
 * mean of the criteria), whether the pair is eligible, each criterion's
 * weight, value, contribution and explanation, and the vetoes that rule the
 * pair out. The score equals the pair's entry of {@link scoreMatrix} exactly.
 * The result is deep-frozen; the inputs are neither changed nor frozen.
 *
 * @param mentor - a validated mentor profile
 * @param mentee - a validated mentee profile
 * @param options - the programme, weights, hard limits and existing relationships
 * @throws {@link InvalidOptionsError} for invalid options (a programmer error;
 *   check options from user input with {@link parseMatchingOptions} first).
 * @throws {@link MentorshipKitError} (`invalid_criterion_value`) when a custom
 *   criterion answers with something other than a number in [0, 1].
 * @throws {@link MentorshipKitError} (`invalid_time_zone`) for a profile whose
 *   `timeZone` the engine does not know (profiles from `parseMentorProfile` and
 *   `parseMenteeProfile` never have one).
 * @example
 * ```ts
 * const result = scorePair(mentor, mentee, { program });
 * formatPairScore(result, de); // ['72 % Übereinstimmung', 'Themen-Passung (…', …]
 * ```
 */
export function scorePair(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  options?: MatchingOptions,
): PairScore {
  const resolved = resolveOptions(readOptions('scorePair', MatchingOptionsSchema, options));
  const features = buildCohortFeatures([mentor], [mentee], resolved);
  return deepFreeze(explainPair(features, resolved.weights, 0, 0, createScratch(features)));
}
