import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import type { CriterionScore } from '../matching/pair-score';
import { scorePair } from '../matching/score-pair';
import { type ProposalError, toProposals } from '../matching/to-proposals';
import { type Actor, ActorSchema } from '../model/actor';
import { InvalidOptionsError } from '../model/errors';
import type { LibraryError } from '../model/format-error';
import { IdSchema } from '../model/id';
import type { ProgramRef } from '../model/program';
import type { Relationship } from '../model/relationship';
import { isActiveStage } from '../model/relationship-stage';
import { err, ok, type Result } from '../model/result';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import {
  type ProgramInputFailure,
  type ReadRelationship,
  readProgram,
  readRelationships,
  waitingStatuses,
} from './enrolment-input';
import type { MatchRoundOptions } from './match-round';
import { programErrorKey } from './program-error-key';
import type { RematchInput } from './rematch';
import {
  checkMatchingKeys,
  fitMatrix,
  gatherCandidates,
  type MentorPlaces,
  type SkippedPerson,
  StagedInputShape,
  stagedMatchingShape,
} from './staged-matching';

const { by: _by, strategy: _strategy, ...shortlistShape } = stagedMatchingShape;

/**
 * Schema of {@link ShortlistOptions}: strict; `size` 1–20 (default 3),
 * `spread` 1–10 (default 2).
 *
 * @example
 * ```ts
 * ShortlistOptionsSchema.safeParse({ now: '2027-05-01T09:00:00+02:00', size: 3 }).success; // true
 * ```
 */
export const ShortlistOptionsSchema = z
  .strictObject({
    ...shortlistShape,
    size: z.int().min(1).max(20).optional(),
    spread: z.number().min(1).max(10).optional(),
  })
  .superRefine((options, ctx) => checkMatchingKeys(options, ctx, 'waitlist'));

/**
 * Options of {@link shortlist}, validated by {@link ShortlistOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ShortlistOptions = { now: '2027-05-01T09:00:00+02:00', size: 3, spread: 2 };
 * ```
 */
export interface ShortlistOptions
  extends Pick<MatchRoundOptions, 'now' | 'allowFormerPartners' | 'matching'> {
  /** Mentors offered to each mentee, at most (default 3). */
  readonly size?: number | undefined;
  /**
   * How many lists a free place may appear in (default 2): a mentor with
   * `free` places appears in at most `ceil(spread × free)` lists.
   */
  readonly spread?: number | undefined;
}

/**
 * A mentor offered on a shortlist, with the explained score.
 *
 * @example
 * ```ts
 * const line = (o: ShortlistOffer) => `${o.mentorId} ${Math.round(o.score * 100)} %`;
 * ```
 */
export interface ShortlistOffer {
  readonly mentorId: string;
  readonly score: number;
  /** Each criterion's weight, value, contribution and explanation, as in `scorePair`. */
  readonly criteria: readonly CriterionScore[];
}

/**
 * One mentee's shortlist, best first.
 *
 * @example
 * ```ts
 * const first = (s: MenteeShortlist) => s.offers[0]?.mentorId;
 * ```
 */
export interface MenteeShortlist {
  readonly menteeId: string;
  readonly enrolmentId: string;
  /** Best first; fewer than `size` when not enough fitting mentors had room on lists. */
  readonly offers: readonly ShortlistOffer[];
}

/**
 * Shortlists for every waiting mentee, in waitlist order.
 *
 * @example
 * ```ts
 * const lists: Shortlists = shortlist(program, { mentors, mentees, enrolments, relationships }, { now });
 * ```
 */
export interface Shortlists {
  readonly programId: string;
  readonly asOf: string;
  readonly size: number;
  readonly spread: number;
  /** One per waiting mentee (an empty `offers` when nobody fits), in waitlist order. */
  readonly shortlists: readonly MenteeShortlist[];
  /** Every mentor with places: `limit` = `ceil(spread × free)` lists, `offered` = lists they are on. */
  readonly places: readonly (MentorPlaces & { readonly limit: number; readonly offered: number })[];
  readonly skipped: readonly SkippedPerson[];
  readonly failed: readonly ProgramInputFailure[];
}

/**
 * Offers each waiting mentee a shortlist of mentors to choose from, instead
 * of a single proposal. Takes part whoever `rematch` would match (waiting
 * mentees, open mentors with free places, nobody paused); former partners
 * are never offered unless `allowFormerPartners: true`.
 *
 * **Capacity-aware.** Mentees are served in waitlist order (priority flags,
 * then the longest wait); each gets their `size` best fitting mentors among
 * those who still have room on lists. A mentor with `free` places (capacity
 * minus active relationships minus pending proposals) appears in at most
 * `ceil(spread × free)` lists, so a popular mentor is not offered to far
 * more people than they can take; a full mentor is offered to nobody.
 * `choose` turns a choice into a proposal (`chooseFromShortlist`).
 *
 * Pure; the result is deep-frozen and inputs are neither changed nor frozen.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, settings?, … }`)
 * @param input - profiles, enrolments and relationships, as for `rematch`
 * @param options - `now`, `size`, `spread` and matching options
 * @throws {@link InvalidOptionsError} (`params.function` is `'shortlist'`) for
 *   an invalid `program`, input or options.
 * @throws {@link MentorshipKitError} from the scorer (`invalid_criterion_value`,
 *   `invalid_time_zone`).
 * @example
 * ```ts
 * const lists = shortlist(program, { mentors, mentees, enrolments, relationships }, {
 *   now: '2027-05-01T09:00:00+02:00', size: 3,
 * });
 * lists.shortlists[0]?.offers.map((o) => o.mentorId); // ['ada', 'grace', 'linus']
 * ```
 */
export function shortlist(
  program: ProgramRef,
  input: RematchInput,
  options: ShortlistOptions,
): Shortlists {
  const parsed = parseOptions('shortlist', ShortlistOptionsSchema, options);
  const resolved = readProgram('shortlist', program);
  const data = parseOptions('shortlist', z.strictObject(StagedInputShape), input);
  const size = parsed.size ?? 3;
  const spread = parsed.spread ?? 2;
  const { failed, skipped, mentors, mentees, refs } = gatherCandidates(
    resolved,
    data,
    { now: parsed.now, allowFormerPartners: parsed.allowFormerPartners ?? false },
    (enrolment) => (waitingStatuses.has(enrolment.status) ? 'in' : 'out'),
  );
  const { matrix, scoring, slot, menteeIndex } = fitMatrix(mentors, mentees, {
    ...(parsed.matching ?? {}),
    program: resolved,
    relationships: refs,
  });
  const m = matrix.mentorCount;
  const limits = mentors.map((mentor) => Math.ceil(spread * mentor.places.free));
  const offered = mentors.map(() => 0);
  const shortlists: MenteeShortlist[] = mentees.map(({ enrolment, profile }) => {
    const e = menteeIndex.get(profile.id) as number;
    const open: number[] = [];
    mentors.forEach((_, k) => {
      if (
        (offered[k] as number) < (limits[k] as number) &&
        matrix.eligible[e * m + (slot[k] as number)] === 1
      ) {
        open.push(k);
      }
    });
    // Best first; mentors are sorted by id, and the sort is stable.
    open.sort(
      (a, b) =>
        (matrix.scores[e * m + (slot[b] as number)] as number) -
        (matrix.scores[e * m + (slot[a] as number)] as number),
    );
    const offers = open.slice(0, size).map((k) => {
      offered[k] = (offered[k] as number) + 1;
      const mentor = mentors[k] as (typeof mentors)[number];
      const explained = scorePair(
        { ...mentor.profile, capacity: mentor.places.active + 1 },
        profile,
        scoring,
      );
      return { mentorId: mentor.profile.id, score: explained.score, criteria: explained.criteria };
    });
    return { menteeId: profile.id, enrolmentId: enrolment.id, offers };
  });
  return deepFreeze({
    programId: resolved.id,
    asOf: parsed.now,
    size,
    spread,
    shortlists,
    places: mentors.map((mentor, k) => ({
      ...mentor.places,
      limit: limits[k] as number,
      offered: offered[k] as number,
    })),
    skipped,
    failed,
  });
}

/**
 * Schema of {@link ChooseFromShortlistOptions}: strict.
 *
 * @example
 * ```ts
 * ChooseFromShortlistOptionsSchema.safeParse({ menteeId: 'sam', mentorId: 'ada', now: '2027-05-03T18:00:00+02:00' }).success; // true
 * ```
 */
export const ChooseFromShortlistOptionsSchema = z.strictObject({
  menteeId: IdSchema,
  mentorId: IdSchema,
  now: TimestampSchema,
  by: ActorSchema.optional(),
  relationships: z.array(z.unknown()).max(10_000_000).optional(),
});

/**
 * Options of {@link chooseFromShortlist}, validated by {@link ChooseFromShortlistOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ChooseFromShortlistOptions = { menteeId: 'sam', mentorId: 'ada', now, relationships };
 * ```
 */
export interface ChooseFromShortlistOptions {
  /** The mentee who chooses. */
  readonly menteeId: string;
  /** The mentor chosen; must be on the mentee's shortlist. */
  readonly mentorId: string;
  /** When the choice is made: the proposal is dated then. */
  readonly now: Timestamp;
  /** Who records the choice (default: the mentee, `{ role: 'mentee', id: menteeId }`). */
  readonly by?: Actor | undefined;
  /**
   * The programme's relationships now: when given, a mentor whose places
   * have filled since the shortlist was made (active relationships and
   * unexpired proposals, e.g. other mentees' choices) is refused with `no_free_place`.
   */
  readonly relationships?: readonly unknown[] | undefined;
}

/** What `chooseFromShortlist` reads of a shortlist result. */
const ShortlistsInputSchema = z.object({
  programId: z.string(),
  shortlists: z.array(
    z.object({
      menteeId: z.string(),
      offers: z.array(
        z.object({
          mentorId: z.string(),
          score: z.number(),
          criteria: z.array(z.custom<CriterionScore>(() => true)),
        }),
      ),
    }),
  ),
  places: z.array(z.object({ mentorId: z.string(), capacity: z.number() })),
});

/**
 * Why a choice could not become a proposal: `not_on_shortlist` (the mentor
 * is not on the mentee's list, or the mentee has none), `no_free_place` (the
 * mentor's places have filled since), or `toProposals`'s `invalid_pair`.
 *
 * @example
 * ```ts
 * if (!result.ok && result.error.code === 'no_free_place') offerTheNextOne();
 * ```
 */
export type ChoiceError =
  | (LibraryError & { readonly code: 'not_on_shortlist' | 'no_free_place' })
  | ProposalError;

/**
 * Turns a mentee's choice from their shortlist into a proposal: a
 * relationship in stage `proposed` (through `toProposals`), proposed by the
 * mentee unless `by` says otherwise, expiring after the programme's
 * `proposalTtlDays`. The mentor must be on the mentee's shortlist; with
 * `relationships`, a mentor whose places have filled since the list was made
 * is refused. These are data problems and come back as an `err`. Capacity is
 * enforced again when the proposal is accepted (`applyProgramEvent`).
 *
 * @param program - the programme the shortlist belongs to
 * @param shortlists - the result of {@link shortlist}
 * @param options - who chooses whom, and when
 * @throws {@link InvalidOptionsError} (`params.function` is
 *   `'chooseFromShortlist'`) for invalid options, a value that is not a
 *   shortlist result, or a shortlist of another programme (at `programId`).
 * @example
 * ```ts
 * const chosen = chooseFromShortlist(program, lists, {
 *   menteeId: 'sam', mentorId: 'ada', now: '2027-05-03T18:00:00+02:00', relationships,
 * });
 * if (chosen.ok) relationships = [...relationships, chosen.value];
 * ```
 */
export function chooseFromShortlist(
  program: ProgramRef,
  shortlists: Shortlists,
  options: ChooseFromShortlistOptions,
): Result<Relationship, ChoiceError> {
  const parsed = parseOptions('chooseFromShortlist', ChooseFromShortlistOptionsSchema, options);
  const resolved = readProgram('chooseFromShortlist', program);
  const lists = parseOptions('chooseFromShortlist', ShortlistsInputSchema, shortlists);
  if (lists.programId !== resolved.id) {
    throw new InvalidOptionsError('chooseFromShortlist', [
      {
        path: ['programId'],
        code: 'custom',
        messageKey: programErrorKey('program.enrolment.program_mismatch'),
        params: { expected: resolved.id, actual: lists.programId },
      },
    ]);
  }
  const { menteeId, mentorId } = parsed;
  const list = lists.shortlists.find((s) => s.menteeId === menteeId);
  const offer = list?.offers.find((o) => o.mentorId === mentorId);
  if (offer === undefined) {
    return deepFreeze(
      err({
        code: 'not_on_shortlist',
        messageKey: programErrorKey('program.shortlist.not_on_shortlist'),
        params: { mentorId, menteeId },
        path: ['mentorId'],
      }),
    );
  }
  if (parsed.relationships !== undefined) {
    const nowMs = Date.parse(parsed.now);
    const capacity = lists.places.find((p) => p.mentorId === mentorId)?.capacity ?? 0;
    const holding = (r: ReadRelationship) =>
      r.mentorId === mentorId &&
      (isActiveStage(r.stage) ||
        (r.stage === 'proposed' &&
          (r.proposal?.expiresAt === undefined || Date.parse(r.proposal.expiresAt) > nowMs)));
    // Unreadable documents hold no place; the lifecycle checks again on acceptance.
    const held = readRelationships(parsed.relationships, []).filter(holding).length;
    if (held >= capacity) {
      return deepFreeze(
        err({
          code: 'no_free_place',
          messageKey: programErrorKey('program.shortlist.no_free_place'),
          params: { mentorId },
          path: ['mentorId'],
        }),
      );
    }
  }
  const { proposals, failed } = toProposals(
    { pairs: [{ ...offer, menteeId }] },
    { program: resolved, now: parsed.now, by: parsed.by ?? { role: 'mentee', id: menteeId } },
  );
  const proposal = proposals[0];
  if (proposal !== undefined) return deepFreeze(ok(proposal));
  return deepFreeze(err((failed[0] as (typeof failed)[number]).error));
}
