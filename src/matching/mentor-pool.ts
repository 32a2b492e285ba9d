import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import type { MenteeProfile, MentorProfile } from '../model';
import {
  attachMentees,
  type CohortFeatures,
  checkPeople,
  type MentorSide,
  prepareMentors,
} from './cohort';
import {
  type MatchingOptions,
  MatchingOptionsSchema,
  type ResolvedOptions,
  readOptions,
  resolveOptions,
} from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch, type RowScratch, scoreSingleRow } from './score-kernel';

/**
 * A mentor in a ranking without its explanation: what
 * `pool.rank(mentee, { explain: false })` returns.
 *
 * @example
 * ```ts
 * const [best]: readonly RankedMentor[] = pool.rank(mentee, { limit: 1, explain: false });
 * ```
 */
export interface RankedMentor {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly eligible: boolean;
}

/**
 * Options of {@link MentorPool.rank}, validated by {@link PoolRankOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: PoolRankOptions = { limit: 5, explain: true };
 * ```
 */
export interface PoolRankOptions {
  /** At most this many mentors, best first (default 10). */
  readonly limit?: number | undefined;
  /** Explain each returned mentor as `scorePair` does (default true). */
  readonly explain?: boolean | undefined;
  /** Also list mentors that a veto rules out, after the eligible ones (default false). */
  readonly includeIneligible?: boolean | undefined;
}

/**
 * Schema of {@link PoolRankOptions}. Strict: a typo is an error with a path.
 *
 * @example
 * ```ts
 * PoolRankOptionsSchema.safeParse({ limit: 5 }).success; // true
 * ```
 */
export const PoolRankOptionsSchema = z.strictObject({
  limit: z.int().min(0).max(1_000_000).optional(),
  explain: z.boolean().optional(),
  includeIneligible: z.boolean().optional(),
});

/**
 * Mentors prepared once for many rankings: see {@link createMentorPool}.
 *
 * @example
 * ```ts
 * const pool: MentorPool = createMentorPool(mentors, { program });
 * pool.rank(mentee, { limit: 5 });
 * ```
 */
export interface MentorPool {
  /** Number of mentors in the pool. */
  readonly size: number;
  /**
   * The best mentors for one mentee, best first (eligible first, then by
   * score, ties by mentor id), explained for the returned ones. Scores equal
   * `scorePair`, `scoreMatrix` and `rankMentors` bit for bit. Deep-frozen.
   *
   * @throws {@link InvalidOptionsError} for invalid rank options or a mentee
   *   whose numbers the scorer cannot hold.
   */
  rank(mentee: MenteeProfile, options?: PoolRankOptions & { explain?: true }): readonly PairScore[];
  /** The same ranking without explanations (`explain: false`): ids, scores and eligibility only. */
  rank(
    mentee: MenteeProfile,
    options: PoolRankOptions & { explain: false },
  ): readonly RankedMentor[];
  /** The same ranking, explained or not as `options.explain` says. */
  rank(mentee: MenteeProfile, options?: PoolRankOptions): readonly (PairScore | RankedMentor)[];
  /**
   * Adds a mentor, or replaces the one with the same id. The pool prepares
   * its mentors again on the next `rank` (one rebuild for any number of
   * updates in between).
   *
   * @throws {@link InvalidOptionsError} for a mentor whose numbers the scorer cannot hold.
   */
  update(mentor: MentorProfile): void;
  /** Removes the mentor with this id; false when there was none. */
  remove(mentorId: string): boolean;
}

/** The mentor side of a pool with its scratch space, for the current list of mentors. */
interface Prepared {
  readonly side: MentorSide;
  readonly empty: CohortFeatures;
  readonly scratch: RowScratch;
  readonly scores: Float64Array;
  readonly eligible: Uint8Array;
}

function prepare(
  mentors: readonly MentorProfile[],
  resolved: ResolvedOptions,
  topics: Iterable<string>,
): Prepared {
  const side = prepareMentors(mentors, resolved, topics);
  const empty = attachMentees(side, []);
  return {
    side,
    empty,
    scratch: createScratch(empty),
    scores: new Float64Array(mentors.length),
    eligible: new Uint8Array(mentors.length),
  };
}

function* expertiseOf(mentors: readonly MentorProfile[]): Iterable<string> {
  for (const mentor of mentors) yield* mentor.expertise;
}

/** Orders ids by code unit, independent of the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The best `limit` mentors of a scored row, in ranking order: eligible first,
 * then by score, ties by mentor id. One pass with a small sorted buffer.
 */
export function topMentors(
  scores: Float64Array,
  eligible: Uint8Array,
  mentors: readonly MentorProfile[],
  limit: number,
  includeIneligible: boolean,
): number[] {
  const n = mentors.length;
  const kept: number[] = [];
  if (limit === 0) return kept;
  // a before b in the ranking?
  const before = (a: number, b: number) => {
    const ea = eligible[a] as number;
    const eb = eligible[b] as number;
    if (ea !== eb) return ea > eb;
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    if (sa !== sb) return sa > sb;
    return compareIds((mentors[a] as MentorProfile).id, (mentors[b] as MentorProfile).id) < 0;
  };
  for (let j = 0; j < n; j++) {
    if (!includeIneligible && eligible[j] === 0) continue;
    if (kept.length === limit && !before(j, kept[limit - 1] as number)) continue;
    let at = kept.length === limit ? limit - 1 : kept.length;
    while (at > 0 && before(j, kept[at - 1] as number)) {
      kept[at] = kept[at - 1] as number;
      at--;
    }
    kept[at] = j;
  }
  return kept;
}

/** Scores one mentee against prepared mentors and returns the chosen ones. */
export function rankPrepared(
  prepared: Prepared,
  mentee: MenteeProfile,
  limit: number,
  explain: boolean,
  includeIneligible: boolean,
): readonly (PairScore | RankedMentor)[] {
  const { side, scratch, scores, eligible } = prepared;
  const features = attachMentees(side, [mentee]);
  const weights = side.options.weights;
  scoreSingleRow(features, weights, 0, scores, eligible, scratch);
  const chosen = topMentors(scores, eligible, side.mentors, limit, includeIneligible);
  return deepFreeze(
    chosen.map((m) =>
      explain
        ? explainPair(features, weights, 0, m, scratch)
        : {
            mentorId: (side.mentors[m] as MentorProfile).id,
            menteeId: mentee.id,
            score: scores[m] as number,
            eligible: eligible[m] === 1,
          },
    ),
  );
}

/**
 * The pool's preparation of `mentors` for one ranking (`rankMentors`): only
 * the mentee's own topics get a bit.
 */
export function prepareForRanking(
  mentors: readonly MentorProfile[],
  mentee: MenteeProfile,
  resolved: ResolvedOptions,
): Prepared {
  return prepare(mentors, resolved, mentee.interests);
}

/**
 * Prepares mentors once for many per-request rankings: a platform ranks
 * mentors for one mentee per page view, and rebuilding the cohort each time
 * costs more than the scoring. The pool keeps the mentors' interned topics,
 * languages, channels, weekly bitmaps and capacities; a ranking then costs
 * only the mentee's own data and one pass of the scoring kernel over the
 * mentors (about a millisecond for 5,000 mentors, with explanations for the
 * top ten). Scores equal `scorePair`, `scoreMatrix` and `rankMentors` bit for
 * bit. The options (programme, weights, hard rules, existing relationships)
 * are fixed for the pool's life; make a new pool to change them.
 *
 * @param mentors - the candidates (ids must be unique)
 * @param options - the scorer's options, as for `scorePair`
 * @throws {@link InvalidOptionsError} (`params.function` is `'createMentorPool'`)
 *   for invalid options or a mentor whose numbers the scorer cannot hold.
 * @throws {@link MentorshipKitError} (`duplicate_id`) when two mentors share an id.
 * @example
 * ```ts
 * const pool = createMentorPool(mentors, { program });
 * // per request:
 * const top = pool.rank(mentee, { limit: 5 });
 * formatPairScore(top[0], de);
 * pool.update({ ...mentor, capacity: 3 }); // a mentor changed
 * pool.remove('ada'); // a mentor left
 * ```
 */
export function createMentorPool(
  mentors: readonly MentorProfile[],
  options?: MatchingOptions,
): MentorPool {
  const resolved = resolveOptions(readOptions('createMentorPool', MatchingOptionsSchema, options));
  checkPeople('createMentorPool', mentors, [], resolved);
  // A copy: the caller's array may change; the pool changes only through update and remove.
  let list = [...mentors];
  let prepared: Prepared | null = prepare(list, resolved, expertiseOf(list));
  const current = () => {
    prepared ??= prepare(list, resolved, expertiseOf(list));
    return prepared;
  };

  function rank(mentee: MenteeProfile, rankOptions?: PoolRankOptions) {
    const parsed = parseOptions(
      'MentorPool.rank',
      PoolRankOptionsSchema,
      rankOptions === undefined ? {} : rankOptions,
    );
    checkPeople('MentorPool.rank', [], [mentee], resolved);
    return rankPrepared(
      current(),
      mentee,
      parsed.limit ?? 10,
      parsed.explain ?? true,
      parsed.includeIneligible ?? false,
    );
  }

  return Object.freeze({
    get size() {
      return list.length;
    },
    rank: rank as MentorPool['rank'],
    update(mentor: MentorProfile) {
      checkPeople('MentorPool.update', [mentor], [], resolved);
      const at = list.findIndex((other) => other.id === mentor.id);
      const next = [...list];
      next.splice(at < 0 ? next.length : at, 1, mentor);
      list = next;
      prepared = null;
    },
    remove(mentorId: string) {
      const next = list.filter((mentor) => mentor.id !== mentorId);
      if (next.length === list.length) return false;
      list = next;
      prepared = null;
      return true;
    },
  });
}
