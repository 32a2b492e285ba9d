import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { event } from './event-base';
import { IdSchema } from './id';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray } from './unique-items';

// The events of a person's way through a programme (the enrolment machine).
// Like a relationship's events, each has an `id` (unique in the history),
// `at` and `actor`; the rest is the event's own.

const ReasonSchema = LabelSchema;

/** The person applies (or a coordinator enters the application): creates the enrolment in `applied`. */
export const ApplyEventSchema = event('apply', {
  enrolmentId: IdSchema,
  programId: IdSchema,
  /** The person's profile id; a mentor or mentee actor must be this person. */
  personId: IdSchema,
  side: ParticipantRoleSchema,
  roundId: IdSchema.optional(),
  priorityFlags: uniqueArray(IdSchema, 20).optional(),
});

/**
 * A coordinator screens the application: accepted, the person goes to `onboarding` (or
 * straight to `ready` when there is nothing to meet); declined, the enrolment closes.
 */
const ScreenEventSchema = event('screen', {
  decision: z.enum(['accepted', 'declined']),
  /** Required for a decline (guard `reason-given`). */
  reason: ReasonSchema.optional(),
  /**
   * The onboarding requirements the person must meet (ids). When absent on an
   * acceptance, `applyEnrolmentEvent` writes the programme's
   * `onboardingRequirements` into the stored event, so a replay needs no programme.
   */
  requirements: uniqueArray(IdSchema, 20).optional(),
});

/** One onboarding requirement is met (`requirementsMet`); the last one makes the person `ready`. */
const MeetRequirementEventSchema = event('meet-requirement', {
  /** The requirement's id, one of the enrolment's requirements. */
  requirement: IdSchema,
});
/** No partner for now: the person waits for a later round (`waitlisted`, keeping `waitingSince`). */
const WaitlistEventSchema = event('waitlist', {});
/** The person is proposed a match (`matches`): `matched`, or still `active` beside a running relationship. */
const MatchEventSchema = event('match', {
  /** The proposed relationship. */
  relationshipId: IdSchema,
  /** The other person of the proposal. */
  partnerId: IdSchema,
});
/** A proposal came to nothing (declined, withdrawn, expired, invalidated): back to `ready` when nothing else is open. */
const ProposalClosedEventSchema = event('proposal-closed', {
  relationshipId: IdSchema,
  reason: ReasonSchema.optional(),
});
/** Both sides accepted a proposal: the relationship runs and the person is `active`. */
const RelationshipStartedEventSchema = event('relationship-started', { relationshipId: IdSchema });
/** A relationship of the person ended: still `active` while others run, else `matched`, `ready` or `alumni`. */
const RelationshipEndedEventSchema = event('relationship-ended', {
  relationshipId: IdSchema,
  reason: ReasonSchema.optional(),
  /** The person wants a new match: with no other relationship or proposal left, back to `ready`. */
  rematch: z.boolean().optional(),
});
/** The person leaves as planned, with no relationship open: `alumni`. */
const GraduateEventSchema = event('graduate', { reason: ReasonSchema.optional() });
/** The person takes no new matches for a while (`pause`); their relationships go on. */
const PauseEventSchema = event('pause', {
  /** When the pause is meant to end, if known. */
  until: TimestampSchema.optional(),
  reason: ReasonSchema.optional(),
});
/** Ends a pause of availability: the person can be matched again. */
const ResumeEventSchema = event('resume', {});
/** Replaces the person's waitlist priority flags (`priorityFlags`). */
const SetPriorityFlagsEventSchema = event('set-priority-flags', {
  /** Ids the programme lists in `waitlistPriorities`. */
  flags: uniqueArray(IdSchema, 20),
});
/** The person leaves the programme: the enrolment closes (`withdrawn`). */
const WithdrawEventSchema = event('withdraw', { reason: ReasonSchema.optional() });
/** A coordinator removes the person from the programme, with a reason: the enrolment closes (`removed`). */
const RemoveEventSchema = event('remove', { reason: ReasonSchema });

/**
 * Every event of an enrolment, discriminated by `type`. See
 * `enrolmentMachine` for who may send which event in which status.
 *
 * @example
 * ```ts
 * EnrolmentEventSchema.parse({
 *   type: 'screen', id: 'e2', at: '2027-01-20T10:00:00+01:00',
 *   actor: { role: 'admin', id: 'coordinator-1' }, decision: 'accepted',
 * });
 * ```
 */
export const EnrolmentEventSchema = z.discriminatedUnion('type', [
  ApplyEventSchema,
  ScreenEventSchema,
  MeetRequirementEventSchema,
  WaitlistEventSchema,
  MatchEventSchema,
  ProposalClosedEventSchema,
  RelationshipStartedEventSchema,
  RelationshipEndedEventSchema,
  GraduateEventSchema,
  PauseEventSchema,
  ResumeEventSchema,
  SetPriorityFlagsEventSchema,
  WithdrawEventSchema,
  RemoveEventSchema,
]);

/**
 * An event of an enrolment, see {@link EnrolmentEventSchema}.
 *
 * @example
 * ```ts
 * const isScreening = (event: EnrolmentEvent) => event.type === 'screen';
 * ```
 */
// `| never` names the union, as for `RelationshipEvent`: signatures show
// `EnrolmentEvent` instead of all 14 members.
export type EnrolmentEvent = z.output<typeof EnrolmentEventSchema> | never;

/**
 * An enrolment event as a caller writes it (optional fields may be left out).
 *
 * @example
 * ```ts
 * const event: EnrolmentEventInput = {
 *   type: 'meet-requirement', id: 'e3', at: '2027-01-25T18:00:00+01:00',
 *   actor: { role: 'mentee', id: 'mentee-1' }, requirement: 'training',
 * };
 * ```
 */
export type EnrolmentEventInput = z.input<typeof EnrolmentEventSchema> | never;

/**
 * The type of an enrolment event.
 *
 * @example
 * ```ts
 * const type: EnrolmentEventType = 'match';
 * ```
 */
export type EnrolmentEventType = EnrolmentEvent['type'];

/**
 * The enrolment event of one type, e.g. `EnrolmentEventOfType<'match'>` has a `relationshipId`.
 *
 * @example
 * ```ts
 * const partnerOf = (event: EnrolmentEventOfType<'match'>) => event.partnerId;
 * ```
 */
export type EnrolmentEventOfType<T extends EnrolmentEventType> = Extract<
  EnrolmentEvent,
  { type: T }
>;
