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

/** One side accepts the proposal (`proposal.acceptedBy`); when both have, preparation starts (`startedAt`). */
const AcceptEventSchema = event('accept', {});
/** One side declines the proposal: the relationship closes with the reason. */
const DeclineEventSchema = event('decline', { reason: ReasonSchema });
/** The programme withdraws its proposal: the relationship closes. */
const WithdrawEventSchema = event('withdraw', { reason: ReasonSchema.optional() });
/** The proposal lapsed unanswered (after `proposal.expiresAt`): the relationship closes. */
const ExpireEventSchema = event('expire', {});
/** The proposal is obsolete, e.g. the mentee accepted another mentor: the relationship closes. */
const InvalidateEventSchema = event('invalidate', {
  reason: ReasonSchema,
  /** The relationship that made this proposal obsolete, if any. */
  supersededBy: IdSchema.optional(),
});
/** Preparation is done (a goal with a plan, a first meeting scheduled): the first meeting's stage begins. */
const BeginInitiationEventSchema = event('begin-initiation', {});
/** The first meeting was held and both accepted the agreement: regular work begins. */
const BeginCultivationEventSchema = event('begin-cultivation', {});
/** The pair starts to look back: growth and goals are assessed. */
const BeginEvaluationEventSchema = event('begin-evaluation', {});
/** After an evaluation, a new cycle with new goals: `cycle` goes up by one. */
const ContinueEventSchema = event('continue', {
  goals: withUniqueIds(z.array(GoalInputSchema).min(1).max(20)),
});
/** After an evaluation, the relationship ends as planned: it closes. */
const CompleteEventSchema = event('complete', {});
/** Interrupts the cycle (`pause` remembers the stage to return to). */
const PauseEventSchema = event('pause', {
  reason: ReasonSchema,
  until: TimestampSchema.optional(),
});
/** Ends a pause: back to the stage the relationship was paused in. */
const ResumeEventSchema = event('resume', {});
/** Ends the relationship before it completes, with a reason kept in its history. */
const EndEarlyEventSchema = event('end-early', { reason: ReasonSchema });

// ── activity events ─────────────────────────────────────────────────────────

/** Records the sender's self-assessment: strengths, needs, what they want and offer (`selfInventories`). */
const RecordSelfInventoryEventSchema = event('record-self-inventory', {
  inventory: SelfInventorySchema.omit({ side: true, recordedAt: true }),
});
/** Adds a goal, or revises the goal with the same id (`goals`). */
const SetGoalEventSchema = event('set-goal', { goal: GoalInputSchema });
/** Adds a step to a goal's plan. */
const AddPlanStepEventSchema = event('add-plan-step', {
  goalId: IdSchema,
  step: PlanStepInputSchema,
});
/** Marks a plan step done. */
const CompletePlanStepEventSchema = event('complete-plan-step', {
  goalId: IdSchema,
  stepId: IdSchema,
});
/** Drops a plan step, optionally with a reason. */
const DropPlanStepEventSchema = event('drop-plan-step', {
  goalId: IdSchema,
  stepId: IdSchema,
  reason: ReasonSchema.optional(),
});
/** Adds a scheduled meeting (`meetings`). */
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
/** Moves a scheduled meeting; its earlier start is kept in `previousStartTimes`. */
const RescheduleMeetingEventSchema = event('reschedule-meeting', {
  meetingId: IdSchema,
  startsAt: TimestampSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
});
/** Cancels a scheduled meeting that has not started. */
const CancelMeetingEventSchema = event('cancel-meeting', {
  meetingId: IdSchema,
  reason: ReasonSchema.optional(),
});
/** Records a meeting as held or missed, with attendance and notes. */
const RecordMeetingEventSchema = event('record-meeting', {
  meetingId: IdSchema,
  /** `false` records a missed meeting. */
  held: z.boolean(),
  attendance: z.strictObject({ mentor: AttendanceSchema, mentee: AttendanceSchema }),
  notes: TextSchema.optional(),
});
/** Attaches the agenda to an upcoming meeting. */
const SendAgendaEventSchema = event('send-agenda', {
  meetingId: IdSchema,
  agenda: AgendaSchema.omit({ sentAt: true, sentBy: true }),
});
/** Adds a follow-up task (`actionItems`). */
const AddActionItemEventSchema = event('add-action-item', {
  itemId: IdSchema,
  title: LabelSchema,
  assignee: ParticipantRoleSchema,
  /** Defaults to "by the next meeting". */
  dueAt: TimestampSchema.optional(),
  meetingId: IdSchema.optional(),
});
/** Marks a follow-up task done. */
const CompleteActionItemEventSchema = event('complete-action-item', { itemId: IdSchema });
/** Drops a follow-up task, optionally with a reason. */
const DropActionItemEventSchema = event('drop-action-item', {
  itemId: IdSchema,
  reason: ReasonSchema.optional(),
});
/** Asks the other side for feedback (`feedbackRequests`). */
const RequestFeedbackEventSchema = event('request-feedback', {
  requestId: IdSchema,
  topic: LabelSchema.optional(),
});
/** Gives feedback to the other side (`feedback`), shared or private. */
const GiveFeedbackEventSchema = event('give-feedback', {
  feedbackId: IdSchema,
  kind: FeedbackSchema.shape.kind,
  text: FeedbackSchema.shape.text,
  visibility: FeedbackVisibilitySchema,
  requestId: IdSchema.optional(),
});
/** The recipient acknowledges feedback addressed to them. */
const AcknowledgeFeedbackEventSchema = event('acknowledge-feedback', {
  /** The feedback taken on board; it must be addressed to the sender. */
  feedbackId: IdSchema,
  /** What the recipient makes of it, e.g. what they will change. */
  note: TextSchema.optional(),
});
/** Posts a progress update, optionally about goals (`progressUpdates`). */
const PostProgressUpdateEventSchema = event('post-progress-update', {
  updateId: IdSchema,
  text: TextSchema.min(1),
  goalIds: uniqueArray(IdSchema, 100),
});
/** Records the agreement (expectations, ground rules, goals, channels); the sender accepts it by writing it. */
const RecordAgreementEventSchema = event('record-agreement', {
  agreement: AgreementSchema.omit({ recordedAt: true, recordedBy: true, acceptedBy: true }),
});
/** The other side accepts the recorded agreement. */
const AcceptAgreementEventSchema = event('accept-agreement', {});
/** Records an evaluation of the cycle; goals it rates achieved are marked achieved. */
const RecordEvaluationEventSchema = event('record-evaluation', {
  evaluation: EvaluationSchema.omit({ cycle: true, recordedAt: true, recordedBy: true }),
});
/** Confirms a checklist item the library cannot derive from the record (`attestations`). */
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
// `| never` gives the union its own name: TypeScript then prints (and TypeDoc
// links) `RelationshipEvent` in signatures instead of all 34 members.
export type RelationshipEvent = z.output<typeof RelationshipEventSchema> | never;

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
export type RelationshipEventInput = z.input<typeof RelationshipEventSchema> | never;

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
