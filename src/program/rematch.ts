import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { MenteeProfile } from '../model/mentee-profile';
import type { MentorProfile } from '../model/mentor-profile';
import type { ProgramRef } from '../model/program';
import {
  type EnrolmentFields,
  type ReadEnrolment,
  type RelationshipFields,
  readProgram,
  waitingStatuses,
} from './enrolment-input';
import type { MatchRoundOptions } from './match-round';
import {
  checkMatchingKeys,
  StagedInputShape,
  type StagedMatch,
  stagedMatchingShape,
  stageMatch,
} from './staged-matching';

/**
 * Schema of {@link RematchOptions}: strict, like `matchRound`'s without
 * `includeWaitlist`, and with strategy `waitlist` by default.
 *
 * @example
 * ```ts
 * RematchOptionsSchema.safeParse({ now: '2027-05-01T09:00:00+02:00', by: { role: 'admin', id: 'coord' } }).success; // true
 * ```
 */
export const RematchOptionsSchema = z
  .strictObject(stagedMatchingShape)
  .superRefine((options, ctx) => checkMatchingKeys(options, ctx, 'waitlist'));

/**
 * Schema of {@link RematchInput}: the lists of people and documents.
 *
 * @example
 * ```ts
 * RematchInputSchema.safeParse({ mentors: [], mentees: [], enrolments: [], relationships: [] }).success; // true
 * ```
 */
export const RematchInputSchema = z.strictObject(StagedInputShape);

/**
 * What {@link rematch} matches: profiles, enrolments and the programme's
 * relationships (active ones hold places and are never touched; earlier
 * ones rule pairs out).
 *
 * @example
 * ```ts
 * const input: RematchInput = { mentors, mentees, enrolments, relationships };
 * ```
 */
export interface RematchInput {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  readonly enrolments: readonly EnrolmentFields[];
  readonly relationships?: readonly RelationshipFields[] | undefined;
}

/**
 * Options of {@link rematch}, validated by {@link RematchOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: RematchOptions = { now: '2027-05-01T09:00:00+02:00', by: coordinator };
 * ```
 */
export type RematchOptions = Omit<MatchRoundOptions, 'includeWaitlist'>;

/**
 * Rolling matching between rounds: matches everyone waiting — newcomers
 * (`ready`) and the waitlist (`waitlisted`, e.g. people whose relationship
 * ended early) — against the places mentors have left, without touching any
 * relationship: active pairs keep their places, only new proposals are
 * staged. By default (`strategy: 'waitlist'`) people are served in waitlist
 * order (priority flags, then the longest wait; see `waitlist`), each taking
 * the best fitting mentor with a place left; `optimal`, `stable` and
 * `greedy` match them all at once with `assign`.
 *
 * Never proposes a former partner — a pair with an earlier relationship, or
 * named in either enrolment's `formerPartnerIds` — unless
 * `allowFormerPartners: true`. Paused people, people without a profile and
 * mentees whose open proposals fill their places are listed in `skipped`.
 * The result has the shape of `matchRound`'s, without a round; it is
 * deep-frozen, and the inputs are neither changed nor frozen.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, settings?, timeZone?, … }`)
 * @param input - profiles, enrolments and relationships
 * @param options - `now`, `by`, strategy and matching options
 * @throws {@link InvalidOptionsError} (`params.function` is `'rematch'`) for
 *   an invalid `program`, input or options.
 * @throws {@link MentorshipKitError} from the scorer (`invalid_criterion_value`,
 *   `invalid_time_zone`) for a custom criterion's bad answer or an unknown zone.
 * @example
 * ```ts
 * const staged = rematch(program, { mentors, mentees, enrolments, relationships }, {
 *   now: '2027-05-01T09:00:00+02:00',
 *   by: { role: 'admin', id: 'coordinator-1' },
 * });
 * staged.proposals.map((r) => `${r.mentorId} → ${r.menteeId}`);
 * ```
 */
export function rematch(
  program: ProgramRef,
  input: RematchInput,
  options: RematchOptions,
): StagedMatch {
  const parsed = parseOptions('rematch', RematchOptionsSchema, options);
  const resolved = readProgram('rematch', program);
  const data = parseOptions('rematch', RematchInputSchema, input);
  const scope = (enrolment: ReadEnrolment) =>
    waitingStatuses.has(enrolment.status) ? 'in' : 'out';
  return stageMatch(
    resolved,
    data,
    {
      now: parsed.now,
      by: parsed.by,
      strategy: parsed.strategy ?? 'waitlist',
      allowFormerPartners: parsed.allowFormerPartners ?? false,
      matching: parsed.matching ?? {},
    },
    scope,
  );
}
