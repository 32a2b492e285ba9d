import { InvalidOptionsError, type MenteeProfile, type MentorProfile } from '../model';
import { buildCohortFeatures, type CohortFeatures } from './cohort';
import { matchingErrorKey } from './matching-error-key';
import {
  readOptions,
  resolveOptions,
  type ScoreMatrixOptions,
  ScoreMatrixOptionsSchema,
  type WeightVector,
} from './options';
import { createScratch, scoreRow } from './score-kernel';

/**
 * Scores of every pair of a cohort in typed arrays, one row per mentee:
 * the pair (mentee `e`, mentor `m`) is at index `e * mentorCount + m`, in the
 * order the profiles were given. The object and its id lists are frozen; the
 * typed arrays cannot be frozen, so they are fresh copies the caller owns
 * (or the caller's own arrays, passed as `into`).
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

/**
 * Fills a score matrix from precomputed features with one view's weights,
 * into new arrays or into `into` (every entry is overwritten).
 */
export function scoreFeatures(
  features: CohortFeatures,
  weights: WeightVector,
  into?: { readonly scores: Float64Array; readonly eligible: Uint8Array },
): { scores: Float64Array; eligible: Uint8Array } {
  const { nMentors, nMentees } = features;
  const scores = into?.scores ?? new Float64Array(nMentors * nMentees);
  const eligible = into?.eligible ?? new Uint8Array(nMentors * nMentees);
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
 * @param mentors - the mentors (columns)
 * @param mentees - the mentees (rows)
 * @param options - the programme, weights, hard limits and existing relationships
 * @throws {@link InvalidOptionsError} for invalid options, and for `into`
 *   arrays whose length is not mentees × mentors.
 * @throws {@link MentorshipKitError} (`duplicate_id`) when an id appears twice
 *   on one side, and (`invalid_criterion_value`) when a custom criterion
 *   answers with something other than a number in [0, 1].
 * @throws {@link MentorshipKitError} (`invalid_time_zone`) for a profile whose
 *   `timeZone` the engine does not know (profiles from `parseMentorProfile` and
 *   `parseMenteeProfile` never have one).
 * @example
 * ```ts
 * const { scores, eligible, mentorCount } = scoreMatrix(mentors, mentees);
 * const best = scores.subarray(0, mentorCount); // the first mentee's row
 *
 * // Re-scoring the same cohort (new weights), into the same memory:
 * const again = scoreMatrix(mentors, mentees, { weights: { topics: 5 }, into: { scores, eligible } });
 * ```
 */
export function scoreMatrix(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options?: ScoreMatrixOptions,
): ScoreMatrix {
  const read = readOptions('scoreMatrix', ScoreMatrixOptionsSchema, options);
  const { into, ...scorer } = read;
  const resolved = resolveOptions(scorer);
  const features = buildCohortFeatures(mentors, mentees, resolved);
  if (into !== undefined) checkOutputLength(into, features.nMentors * features.nMentees);
  const { scores, eligible } = scoreFeatures(features, resolved.weights, into);
  return Object.freeze({
    mentorIds: Object.freeze(mentors.map((mentor) => mentor.id)),
    menteeIds: Object.freeze(mentees.map((mentee) => mentee.id)),
    mentorCount: mentors.length,
    menteeCount: mentees.length,
    scores,
    eligible,
  });
}

function checkOutputLength(
  into: { readonly scores: Float64Array; readonly eligible: Uint8Array },
  expected: number,
): void {
  const issues = (['scores', 'eligible'] as const)
    .filter((name) => into[name].length !== expected)
    .map((name) => ({
      path: ['into', name],
      code: 'custom' as const,
      messageKey: matchingErrorKey('matching.error.output_length'),
      params: { expected, actual: into[name].length },
    }));
  if (issues.length > 0) throw new InvalidOptionsError('scoreMatrix', issues);
}
