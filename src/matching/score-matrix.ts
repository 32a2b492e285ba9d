import type { MenteeProfile, MentorProfile } from '../model';
import { buildCohortFeatures, type CohortFeatures } from './cohort';
import { type MatchingOptions, resolveOptions, type WeightVector } from './options';
import { createScratch, scoreRow } from './score-kernel';

/**
 * Scores of every pair of a cohort in typed arrays, one row per mentee:
 * the pair (mentee `e`, mentor `m`) is at index `e * mentorCount + m`, in the
 * order the profiles were given. The arrays are fresh and owned by the caller.
 *
 * @example
 * ```ts
 * const matrix: ScoreMatrix = scoreMatrix(mentors, mentees);
 * const score = matrix.scores[e * matrix.mentorCount + m];
 * ```
 */
export interface ScoreMatrix {
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
  readonly mentorCount: number;
  readonly menteeCount: number;
  /** Scores in [0, 1], mentee-major; 0 for pairs that are not eligible. */
  readonly scores: Float64Array;
  /** 1 where the pair may be matched, 0 where a veto applies. */
  readonly eligible: Uint8Array;
}

/** Fills a score matrix from precomputed features with one view's weights. */
export function scoreFeatures(
  features: CohortFeatures,
  weights: WeightVector,
): { scores: Float64Array; eligible: Uint8Array } {
  const { nMentors, nMentees } = features;
  const scores = new Float64Array(nMentors * nMentees);
  const eligible = new Uint8Array(nMentors * nMentees);
  const scratch = createScratch(features);
  for (let e = 0; e < nMentees; e++) {
    scoreRow(features, weights, e, 0, nMentors, scores, eligible, e * nMentors, scratch, null);
  }
  return { scores, eligible };
}

/**
 * Scores every mentor against every mentee without per-pair allocations:
 * topics, languages and channels are interned to bitsets and each person's
 * weekly availability becomes a UTC bitmap once, so a pair costs a few word
 * operations. Entries equal {@link scorePair} exactly.
 *
 * Throws {@link MatchingOptionsError} for invalid options and a `RangeError`
 * when an id appears twice on one side.
 *
 * @param mentors - the mentors (columns)
 * @param mentees - the mentees (rows)
 * @param options - weights, hard limits and existing relationships
 * @example
 * ```ts
 * const { scores, eligible, mentorCount } = scoreMatrix(mentors, mentees);
 * const best = scores.subarray(0, mentorCount); // the first mentee's row
 * ```
 */
export function scoreMatrix(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options?: MatchingOptions,
): ScoreMatrix {
  const resolved = resolveOptions(options);
  const features = buildCohortFeatures(mentors, mentees, resolved);
  const { scores, eligible } = scoreFeatures(features, resolved.weights);
  return Object.freeze({
    mentorIds: Object.freeze(mentors.map((mentor) => mentor.id)),
    menteeIds: Object.freeze(mentees.map((mentee) => mentee.id)),
    mentorCount: mentors.length,
    menteeCount: mentees.length,
    scores,
    eligible,
  });
}
