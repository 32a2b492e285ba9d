import type { MenteeProfile, MentorProfile } from '../model';
import { checkPeople } from './cohort';
import { prepareForRanking, rankPrepared } from './mentor-pool';
import {
  type RankMentorsOptions,
  RankMentorsOptionsSchema,
  readOptions,
  resolveOptions,
} from './options';
import type { PairScore } from './pair-score';

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
  checkPeople('rankMentors', mentors, [mentee], resolved);
  const prepared = prepareForRanking(mentors, mentee, resolved);
  return rankPrepared(
    prepared,
    mentee,
    parsed.limit ?? mentors.length,
    true,
    parsed.includeIneligible === true,
  ) as readonly PairScore[];
}

/** Orders ids by code unit, independent of the runtime's locale. */
export { compareIds } from './mentor-pool';
