import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { AssignOptions } from '../matching/options';
import type { Actor } from '../model/actor';
import { InvalidOptionsError } from '../model/errors';
import type { MenteeProfile } from '../model/mentee-profile';
import type { MentorProfile } from '../model/mentor-profile';
import type { ProgramRef } from '../model/program';
import { type Round, RoundSchema } from '../model/round';
import type { Timestamp } from '../model/timestamp';
import {
  type EnrolmentFields,
  type ReadEnrolment,
  type RelationshipFields,
  readProgram,
  waitingStatuses,
} from './enrolment-input';
import { programErrorKey } from './program-error-key';
import {
  checkMatchingKeys,
  StagedInputShape,
  type StagedMatch,
  stagedMatchingShape,
  stageMatch,
} from './staged-matching';

/**
 * Schema of {@link MatchRoundOptions}: a strict object; `matching` takes the
 * options of `assign` except `program`, `relationships` and `strategy`,
 * which `matchRound` sets itself (`objective`, `proposing` and `topK` only
 * with an assignment strategy).
 *
 * @example
 * ```ts
 * MatchRoundOptionsSchema.safeParse({ now: '2027-02-15T09:00:00+01:00', by: { role: 'admin', id: 'coord' } }).success; // true
 * ```
 */
export const MatchRoundOptionsSchema = z
  .strictObject({ ...stagedMatchingShape, includeWaitlist: z.boolean().optional() })
  .superRefine((options, ctx) => checkMatchingKeys(options, ctx, 'optimal'));

/**
 * Schema of {@link MatchRoundInput}: the round (a valid `Round`) and the
 * lists. The documents in the lists are read one by one: a bad one is reported
 * in the result's `failed`, never thrown.
 *
 * @example
 * ```ts
 * MatchRoundInputSchema.safeParse({ round, mentors: [], mentees: [], enrolments: [] }).success; // true
 * ```
 */
export const MatchRoundInputSchema = z.strictObject({ round: RoundSchema, ...StagedInputShape });

/**
 * What {@link matchRound} matches: the round, the people's profiles and
 * enrolments, and the programme's relationships (active ones hold places,
 * earlier ones rule pairs out).
 *
 * @example
 * ```ts
 * const input: MatchRoundInput = { round, mentors, mentees, enrolments, relationships };
 * ```
 */
export interface MatchRoundInput {
  /** The round to match; it must belong to the programme. */
  readonly round: Round;
  /** Mentor profiles; only those with an open enrolment take part. */
  readonly mentors: readonly MentorProfile[];
  /** Mentee profiles; only those waiting (see {@link matchRound}) take part. */
  readonly mentees: readonly MenteeProfile[];
  /** The programme's enrolments (whole documents fit). */
  readonly enrolments: readonly EnrolmentFields[];
  /** The programme's relationships (whole documents fit). */
  readonly relationships?: readonly RelationshipFields[] | undefined;
}

/**
 * Options of {@link matchRound} (and, without `includeWaitlist`, of
 * `rematch`), validated by {@link MatchRoundOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: MatchRoundOptions = {
 *   now: '2027-02-15T09:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator-1' },
 *   strategy: 'stable',
 *   matching: { weights: { topics: 5 } },
 * };
 * ```
 */
export interface MatchRoundOptions {
  /** When the match is made: the proposals are dated then, and pauses and expiries judged. */
  readonly now: Timestamp;
  /** Who proposes the pairs, usually the coordinator (one of the programme's `coordinatorIds` when it names them). */
  readonly by: Actor;
  /**
   * `optimal` (default for `matchRound`), `stable` or `greedy` match the
   * cohort at once with `assign`; `waitlist` (default for `rematch`) lets one
   * person after the other, in waitlist order, take the best fitting mentor
   * with a place left.
   */
  readonly strategy?: 'waitlist' | 'optimal' | 'stable' | 'greedy' | undefined;
  /** Propose people who were paired before again (default false: former partners are ruled out). */
  readonly allowFormerPartners?: boolean | undefined;
  /** Also match `waitlisted` mentees of other rounds or of none (default true). */
  readonly includeWaitlist?: boolean | undefined;
  /** Options of `assign` and the scorer: weights, `sameOrganization`, custom criteria, … */
  readonly matching?: Omit<AssignOptions, 'program' | 'relationships' | 'strategy'> | undefined;
}

/**
 * Matches a round and stages the result for review: nothing is applied or
 * sent. Takes part:
 *
 * - **mentees** of the round (`roundId`) with status `ready` or
 *   `waitlisted`, and (unless `includeWaitlist: false`) `waitlisted` mentees of
 *   other rounds; round mentees still in `applied` or `onboarding` are listed
 *   in `skipped` as `not_ready`;
 * - **mentors** of the programme (any round) with status `ready`,
 *   `waitlisted`, `matched` or `active` and a free place: capacity minus
 *   active relationships minus proposals that have not expired;
 * - nobody whose availability is paused at `now` (`skipped`, `paused`).
 *
 * Pairs with an earlier relationship, and former partners named in an
 * enrolment's `formerPartnerIds`, are never proposed unless
 * `allowFormerPartners: true`. Each pair becomes a relationship in stage
 * `proposed` (`toProposals`, by `by`, expiring after the programme's
 * `proposalTtlDays`). Everyone waiting who got no partner is listed in
 * `waitlist` with the reason; each mentor's places in `places`. Bad documents
 * are reported in `failed`. The result is deep-frozen; inputs are neither
 * changed nor frozen.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, settings?, timeZone?, … }`)
 * @param input - the round, profiles, enrolments and relationships
 * @param options - `now`, `by`, strategy and matching options
 * @throws {@link InvalidOptionsError} (`params.function` is `'matchRound'`)
 *   for an invalid `program`, input or options, or a round of another
 *   programme (at `round.programId`).
 * @throws {@link MentorshipKitError} from `assign` (`invalid_criterion_value`,
 *   `invalid_time_zone`) for a custom criterion's bad answer or an unknown zone.
 * @example
 * ```ts
 * const staged = matchRound(program, { round, mentors, mentees, enrolments, relationships }, {
 *   now: '2027-02-15T09:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator-1' },
 * });
 * staged.proposals; // relationships in stage 'proposed', to review
 * for (const left of staged.waitlist) console.log(left.personId, left.reason);
 * ```
 */
export function matchRound(
  program: ProgramRef,
  input: MatchRoundInput,
  options: MatchRoundOptions,
): StagedMatch {
  const parsed = parseOptions('matchRound', MatchRoundOptionsSchema, options);
  const resolved = readProgram('matchRound', program);
  const data = parseOptions('matchRound', MatchRoundInputSchema, input);
  const { round } = data;
  if (round.programId !== resolved.id) {
    throw new InvalidOptionsError('matchRound', [
      {
        path: ['round', 'programId'],
        code: 'custom',
        messageKey: programErrorKey('program.round.program_mismatch'),
        params: { expected: resolved.id, actual: round.programId },
      },
    ]);
  }
  const includeWaitlist = parsed.includeWaitlist ?? true;
  const scope = (enrolment: ReadEnrolment) => {
    if (enrolment.roundId === round.id) {
      if (waitingStatuses.has(enrolment.status)) return 'in';
      return enrolment.status === 'applied' || enrolment.status === 'onboarding'
        ? 'not-ready'
        : 'out';
    }
    return includeWaitlist && enrolment.status === 'waitlisted' ? 'in' : 'out';
  };
  return stageMatch(
    resolved,
    data,
    {
      now: parsed.now,
      by: parsed.by,
      strategy: parsed.strategy ?? 'optimal',
      allowFormerPartners: parsed.allowFormerPartners ?? false,
      matching: parsed.matching ?? {},
    },
    scope,
    round.id,
  );
}
