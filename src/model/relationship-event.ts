import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { AgendaSchema } from './agenda';
import { AgreementSchema } from './agreement';
import { ChannelSchema } from './channel';
import { EvaluationSchema } from './evaluation';
import { event } from './event-base';
import { FeedbackSchema, FeedbackVisibilitySchema } from './feedback';
import { IdSchema } from './id';
import { AttendanceSchema } from './meeting';
import { ProposeEventSchema } from './propose-event';
import { SelfInventorySchema } from './self-inventory';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray, withUniqueIds } from './unique-items';

const ReasonSchema = LabelSchema;

const PlanStepInputSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  dueAt: TimestampSchema.optional(),
});

/** The goal part of a `set-goal` or `continue` event: a new goal, or a revision of one with the same id. */
const GoalInputSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: TextSchema.optional(),
  targetDate: TimestampSchema.optional(),
  /** Steps to add with the goal (revisions keep the existing plan and add these). */
  plan: withUniqueIds(z.array(PlanStepInputSchema).max(200)).optional(),
});

// ── stage events ────────────────────────────────────────────────────────────

const AcceptEventSchema = event('accept', {});
const DeclineEventSchema = event('decline', { reason: ReasonSchema });
const WithdrawEventSchema = event('withdraw', { reason: ReasonSchema.optional() });
const ExpireEventSchema = event('expire', {});
const InvalidateEventSchema = event('invalidate', {
  reason: ReasonSchema,
  /** The relationship that made this proposal obsolete, if any. */
  supersededBy: IdSchema.optional(),
});
const BeginInitiationEventSchema = event('begin-initiation', {});
const BeginCultivationEventSchema = event('begin-cultivation', {});
const BeginEvaluationEventSchema = event('begin-evaluation', {});
const ContinueEventSchema = event('continue', {
  goals: withUniqueIds(z.array(GoalInputSchema).min(1).max(20)),
});
const CompleteEventSchema = event('complete', {});
const PauseEventSchema = event('pause', {
  reason: ReasonSchema,
  until: TimestampSchema.optional(),
});
const ResumeEventSchema = event('resume', {});
const EndEarlyEventSchema = event('end-early', { reason: ReasonSchema });

// ── activity events ─────────────────────────────────────────────────────────

const RecordSelfInventoryEventSchema = event('record-self-inventory', {
  inventory: SelfInventorySchema.omit({ side: true, recordedAt: true }),
});
const SetGoalEventSchema = event('set-goal', { goal: GoalInputSchema });
const AddPlanStepEventSchema = event('add-plan-step', {
  goalId: IdSchema,
  step: PlanStepInputSchema,
});
const CompletePlanStepEventSchema = event('complete-plan-step', {
  goalId: IdSchema,
  stepId: IdSchema,
});
const DropPlanStepEventSchema = event('drop-plan-step', {
  goalId: IdSchema,
  stepId: IdSchema,
  reason: ReasonSchema.optional(),
});
const ScheduleMeetingEventSchema = event('schedule-meeting', {
  meetingId: IdSchema,
  startsAt: TimestampSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  channel: ChannelSchema.optional(),
  location: LabelSchema.optional(),
});
const RescheduleMeetingEventSchema = event('reschedule-meeting', {
  meetingId: IdSchema,
  startsAt: TimestampSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
});
const CancelMeetingEventSchema = event('cancel-meeting', {
  meetingId: IdSchema,
  reason: ReasonSchema.optional(),
});
const RecordMeetingEventSchema = event('record-meeting', {
  meetingId: IdSchema,
  /** `false` records a missed meeting. */
  held: z.boolean(),
  attendance: z.strictObject({ mentor: AttendanceSchema, mentee: AttendanceSchema }),
  notes: TextSchema.optional(),
});
const SendAgendaEventSchema = event('send-agenda', {
  meetingId: IdSchema,
  agenda: AgendaSchema.omit({ sentAt: true, sentBy: true }),
});
const AddActionItemEventSchema = event('add-action-item', {
  itemId: IdSchema,
  title: LabelSchema,
  assignee: ParticipantRoleSchema,
  /** Defaults to "by the next meeting". */
  dueAt: TimestampSchema.optional(),
  meetingId: IdSchema.optional(),
});
const CompleteActionItemEventSchema = event('complete-action-item', { itemId: IdSchema });
const DropActionItemEventSchema = event('drop-action-item', {
  itemId: IdSchema,
  reason: ReasonSchema.optional(),
});
const RequestFeedbackEventSchema = event('request-feedback', {
  requestId: IdSchema,
  topic: LabelSchema.optional(),
});
const GiveFeedbackEventSchema = event('give-feedback', {
  feedbackId: IdSchema,
  kind: FeedbackSchema.shape.kind,
  text: FeedbackSchema.shape.text,
  visibility: FeedbackVisibilitySchema,
  requestId: IdSchema.optional(),
});
const AcknowledgeFeedbackEventSchema = event('acknowledge-feedback', {
  /** The feedback taken on board; it must be addressed to the sender. */
  feedbackId: IdSchema,
  /** What the recipient makes of it, e.g. what they will change. */
  note: TextSchema.optional(),
});
const PostProgressUpdateEventSchema = event('post-progress-update', {
  updateId: IdSchema,
  text: TextSchema.min(1),
  goalIds: uniqueArray(IdSchema, 100),
});
const RecordAgreementEventSchema = event('record-agreement', {
  agreement: AgreementSchema.omit({ recordedAt: true, recordedBy: true, acceptedBy: true }),
});
const AcceptAgreementEventSchema = event('accept-agreement', {});
const RecordEvaluationEventSchema = event('record-evaluation', {
  evaluation: EvaluationSchema.omit({ cycle: true, recordedAt: true, recordedBy: true }),
});
const AttestChecklistItemEventSchema = event('attest-checklist-item', {
  itemId: IdSchema,
  note: TextSchema.optional(),
});

/**
 * Everything that can happen to a relationship, as a discriminated union on
 * `type`. Every event has an `id`, an ISO `at` and the `actor` who sent it.
 * Stage events move the relationship through its lifecycle; activity events
 * record what mentor and mentee do within a stage.
 *
 * @example
 * ```ts
 * RelationshipEventSchema.parse({
 *   id: 'e7', type: 'decline', at: '2026-03-02T09:00:00+01:00',
 *   actor: { role: 'mentor', id: 'mentor-3' }, reason: 'No capacity this spring',
 * });
 * ```
 */
export const RelationshipEventSchema = z.discriminatedUnion('type', [
  ProposeEventSchema,
  AcceptEventSchema,
  DeclineEventSchema,
  WithdrawEventSchema,
  ExpireEventSchema,
  InvalidateEventSchema,
  BeginInitiationEventSchema,
  BeginCultivationEventSchema,
  BeginEvaluationEventSchema,
  ContinueEventSchema,
  CompleteEventSchema,
  PauseEventSchema,
  ResumeEventSchema,
  EndEarlyEventSchema,
  RecordSelfInventoryEventSchema,
  SetGoalEventSchema,
  AddPlanStepEventSchema,
  CompletePlanStepEventSchema,
  DropPlanStepEventSchema,
  ScheduleMeetingEventSchema,
  RescheduleMeetingEventSchema,
  CancelMeetingEventSchema,
  RecordMeetingEventSchema,
  SendAgendaEventSchema,
  AddActionItemEventSchema,
  CompleteActionItemEventSchema,
  DropActionItemEventSchema,
  RequestFeedbackEventSchema,
  GiveFeedbackEventSchema,
  AcknowledgeFeedbackEventSchema,
  PostProgressUpdateEventSchema,
  RecordAgreementEventSchema,
  AcceptAgreementEventSchema,
  RecordEvaluationEventSchema,
  AttestChecklistItemEventSchema,
]);

/**
 * An event of a relationship, see {@link RelationshipEventSchema}.
 *
 * @example
 * ```ts
 * function describe(event: RelationshipEvent): string {
 *   return event.type === 'decline' ? `declined: ${event.reason}` : event.type;
 * }
 * ```
 */
export type RelationshipEvent = z.infer<typeof RelationshipEventSchema>;

/**
 * An event as an app sends it: {@link RelationshipEventSchema}'s input type, so
 * fields with a default (an attendance's `minutesLate`) may be left out.
 * Every stored event ({@link RelationshipEvent}) is one too.
 *
 * @example
 * ```ts
 * const event: RelationshipEventInput = {
 *   type: 'record-meeting', id: 'e9', at: '2026-03-05T18:00:00Z', actor: { role: 'mentee', id: 'sam' },
 *   meetingId: 'm1', held: true, attendance: { mentor: { present: true }, mentee: { present: true } },
 * };
 * ```
 */
export type RelationshipEventInput = z.input<typeof RelationshipEventSchema>;

/**
 * The `type` of a relationship event.
 *
 * @example
 * ```ts
 * const type: RelationshipEventType = 'schedule-meeting';
 * ```
 */
export type RelationshipEventType = RelationshipEvent['type'];

/**
 * Every event type, in the order of {@link RelationshipEventSchema} (frozen).
 *
 * @example
 * ```ts
 * relationshipEventTypes.includes('pause'); // true
 * ```
 */
export const relationshipEventTypes: readonly RelationshipEventType[] =
  /* @__PURE__ */ Object.freeze(
    RelationshipEventSchema.options.map((option) => option.shape.type.value),
  );

/**
 * The event of one type, e.g. `EventOfType<'decline'>` has a `reason`.
 *
 * @example
 * ```ts
 * const reasonOf = (event: EventOfType<'decline'>) => event.reason;
 * ```
 */
export type EventOfType<T extends RelationshipEventType> = Extract<RelationshipEvent, { type: T }>;
