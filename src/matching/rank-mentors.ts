import { deepFreeze } from '../_internal/deep-freeze';
import type { MenteeProfile, MentorProfile } from '../model';
import { buildCohortFeatures } from './cohort';
import { type MatchingOptions, RankMentorsOptionsSchema, resolveOptions } from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch, scoreRow } from './score-kernel';

/**
 * Options of {@link rankMentors}: the scorer's options plus a limit.
 *
 * @example
 * ```ts
 * const options: RankMentorsOptions = { limit: 5, includeIneligible: false };
 * ```
 */
export interface RankMentorsOptions extends MatchingOptions {
  /** At most this many mentors (default: all). */
  readonly limit?: number;
  /** Also list mentors that a veto rules out, after the eligible ones (default false). */
  readonly includeIneligible?: boolean;
}

/**
 * Ranks mentors for one mentee, best first, each with its explained score:
 * the list a mentee or coordinator browses. Ties are broken by mentor id.
 *
 * @param mentee - the mentee to find mentors for
 * @param mentors - the candidates
 * @param options - scorer options, `limit` and `includeIneligible`
 * @example
 * ```ts
 * const top = rankMentors(mentee, mentors, { limit: 3 });
 * top.map((pair) => `${pair.mentorId}: ${Math.round(pair.score * 100)} %`);
 * ```
 */
export function rankMentors(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  options: RankMentorsOptions = {},
): readonly PairScore[] {
  const resolved = resolveOptions(options, RankMentorsOptionsSchema);
  const { limit, includeIneligible } = options;
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
