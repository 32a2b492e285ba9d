import { deepFreeze } from '../_internal/deep-freeze';
import type { MenteeProfile, MentorProfile } from '../model';
import { buildCohortFeatures } from './cohort';
import {
  type RankMentorsOptions,
  RankMentorsOptionsSchema,
  readOptions,
  resolveOptions,
} from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch, scoreRow } from './score-kernel';

/**
 * Ranks mentors for one mentee, best first, each with its explained score:
 * the list a mentee or coordinator browses. Ties are broken by mentor id.
 * The result is deep-frozen.
 *
 * @param mentee - the mentee to find mentors for
 * @param mentors - the candidates
 * @param options - scorer options, `limit` and `includeIneligible`
 * @throws {@link InvalidOptionsError} for invalid options.
 * @throws {@link MentorshipKitError} (`duplicate_id`) when two mentors share
 *   an id, and (`invalid_criterion_value`) when a custom criterion answers
 *   with something other than a number in [0, 1].
 * @throws {@link MentorshipKitError} (`invalid_time_zone`) for a profile whose
 *   `timeZone` the engine does not know (profiles from `parseMentorProfile` and
 *   `parseMenteeProfile` never have one).
 * @example
 * ```ts
 * const top = rankMentors(mentee, mentors, { limit: 3 });
 * top.map((pair) => `${pair.mentorId}: ${Math.round(pair.score * 100)} %`);
 * ```
 */
export function rankMentors(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  options?: RankMentorsOptions,
): readonly PairScore[] {
  const parsed = readOptions('rankMentors', RankMentorsOptionsSchema, options);
  const resolved = resolveOptions(parsed);
  const { limit, includeIneligible } = parsed;
  const features = buildCohortFeatures(mentors, [mentee], resolved);
  const scratch = createScratch(features);
  const scores = new Float64Array(mentors.length);
  const eligible = new Uint8Array(mentors.length);
  scoreRow(features, resolved.weights, 0, 0, mentors.length, scores, eligible, 0, scratch, null);
  const order = mentors
    .map((_, index) => index)
    .filter((index) => includeIneligible === true || eligible[index] === 1)
    .sort(
      (a, b) =>
        (eligible[b] as number) - (eligible[a] as number) ||
        (scores[b] as number) - (scores[a] as number) ||
        compareIds(mentors[a]?.id ?? '', mentors[b]?.id ?? ''),
    );
  const chosen = order.slice(0, limit ?? order.length);
  return deepFreeze(
    chosen.map((index) => explainPair(features, resolved.weights, 0, index, scratch)),
  );
}

/** Orders ids by code unit, independent of the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
