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

/** `apply`: the person applies (or a coordinator enters the application); creates the enrolment. */
export const ApplyEventSchema = event('apply', {
  enrolmentId: IdSchema,
  programId: IdSchema,
  /** The person's profile id; a mentor or mentee actor must be this person. */
  personId: IdSchema,
  side: ParticipantRoleSchema,
  roundId: IdSchema.optional(),
  priorityFlags: uniqueArray(IdSchema, 20).optional(),
});

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

const MeetRequirementEventSchema = event('meet-requirement', { requirement: IdSchema });
const WaitlistEventSchema = event('waitlist', {});
const MatchEventSchema = event('match', { relationshipId: IdSchema, partnerId: IdSchema });
const ProposalClosedEventSchema = event('proposal-closed', {
  relationshipId: IdSchema,
  reason: ReasonSchema.optional(),
});
const RelationshipStartedEventSchema = event('relationship-started', { relationshipId: IdSchema });
const RelationshipEndedEventSchema = event('relationship-ended', {
  relationshipId: IdSchema,
  reason: ReasonSchema.optional(),
  /** The person wants a new match: with no other relationship or proposal left, back to `ready`. */
  rematch: z.boolean().optional(),
});
const GraduateEventSchema = event('graduate', { reason: ReasonSchema.optional() });
const PauseEventSchema = event('pause', {
  until: TimestampSchema.optional(),
  reason: ReasonSchema.optional(),
});
const ResumeEventSchema = event('resume', {});
const SetPriorityFlagsEventSchema = event('set-priority-flags', {
  flags: uniqueArray(IdSchema, 20),
});
const WithdrawEventSchema = event('withdraw', { reason: ReasonSchema.optional() });
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
export type EnrolmentEvent = z.output<typeof EnrolmentEventSchema>;

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
export type EnrolmentEventInput = z.input<typeof EnrolmentEventSchema>;

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
