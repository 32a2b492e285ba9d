import * as z from 'zod';
import { type ActionItem, ActionItemSchema } from './action-item';
import { type Actor, ActorSchema } from './actor';
import { type Agreement, AgreementSchema } from './agreement';
import { type Attestation, AttestationSchema } from './attestation';
import { type Evaluation, EvaluationSchema } from './evaluation';
import {
  type Feedback,
  type FeedbackRequest,
  FeedbackRequestSchema,
  FeedbackSchema,
} from './feedback';
import { type Goal, GoalSchema } from './goal';
import { IdSchema } from './id';
import { type Meeting, MeetingSchema } from './meeting';
import { type ProgressUpdate, ProgressUpdateSchema } from './progress-update';
import { type RelationshipEvent, RelationshipEventSchema } from './relationship-event';
import {
  type CycleStage,
  cycleStages,
  type RelationshipStage,
  RelationshipStageSchema,
} from './relationship-stage';
import { SchemaVersionSchema } from './schema-version';
import { type SelfInventory, SelfInventorySchema } from './self-inventory';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';
import { withUniqueIds } from './unique-items';

/**
 * The proposal that opens a relationship: who proposed it, until when it
 * stands, and when each side accepted.
 *
 * @example
 * ```ts
 * ProposalSchema.parse({
 *   proposedAt: '2026-03-01T09:00:00+01:00', proposedBy: { role: 'admin', id: 'coordinator' },
 *   expiresAt: '2026-03-15T09:00:00+01:00', acceptedBy: {},
 * });
 * ```
 */
export const ProposalSchema = z.strictObject({
  proposedAt: TimestampSchema,
  proposedBy: ActorSchema,
  expiresAt: TimestampSchema,
  acceptedBy: z.strictObject({
    mentor: TimestampSchema.optional(),
    mentee: TimestampSchema.optional(),
  }),
  note: TextSchema.optional(),
});

/**
 * A proposal, see {@link ProposalSchema}.
 *
 * @example
 * ```ts
 * const agreed = (p: Proposal) => p.acceptedBy.mentor !== undefined && p.acceptedBy.mentee !== undefined;
 * ```
 */
export interface Proposal extends z.output<typeof ProposalSchema> {
  proposedBy: Actor;
}

/**
 * Why and since when a relationship is paused, and the stage it returns to.
 *
 * @example
 * ```ts
 * PauseSchema.parse({ since: '2026-04-01T09:00:00+02:00', reason: 'Parental leave', resumeTo: 'cultivating' });
 * ```
 */
export const PauseSchema = z.strictObject({
  since: TimestampSchema,
  reason: LabelSchema,
  until: TimestampSchema.optional(),
  resumeTo: z.enum(cycleStages),
});

/**
 * A pause, see {@link PauseSchema}.
 *
 * @example
 * ```ts
 * const returnsTo = (pause: Pause) => pause.resumeTo;
 * ```
 */
export interface Pause extends z.output<typeof PauseSchema> {
  /** The stage `resume` returns to: the stage the relationship was paused in. */
  resumeTo: CycleStage;
}

/**
 * A mentoring relationship between one mentor and one mentee in a programme:
 * its stage, everything that happened in it, and the full event history from
 * which it can be rebuilt.
 *
 * @example
 * ```ts
 * const result = parseRelationship(JSON.parse(storedJson));
 * if (result.ok) console.log(result.value.stage);
 * ```
 */
export const RelationshipSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    programId: IdSchema,
    mentorId: IdSchema,
    menteeId: IdSchema,
    stage: RelationshipStageSchema,
    /** 1 for the first pass through the four stages; `continue` starts the next. */
    cycle: z.int().min(1).max(1000),
    proposal: ProposalSchema,
    /** When both sides had accepted and preparation began. */
    startedAt: TimestampSchema.optional(),
    pause: PauseSchema.optional(),
    /** When the relationship reached a terminal stage, and why. */
    closedAt: TimestampSchema.optional(),
    closeReason: LabelSchema.optional(),
    goals: withUniqueIds(z.array(GoalSchema).max(500)),
    meetings: withUniqueIds(z.array(MeetingSchema).max(5000)),
    actionItems: withUniqueIds(z.array(ActionItemSchema).max(5000)),
    feedbackRequests: withUniqueIds(z.array(FeedbackRequestSchema).max(5000)),
    feedback: withUniqueIds(z.array(FeedbackSchema).max(5000)),
    progressUpdates: withUniqueIds(z.array(ProgressUpdateSchema).max(5000)),
    agreement: AgreementSchema.optional(),
    selfInventories: z.array(SelfInventorySchema).max(100),
    evaluations: withUniqueIds(z.array(EvaluationSchema).max(100)),
    attestations: z.array(AttestationSchema).max(1000),
    history: withUniqueIds(z.array(RelationshipEventSchema).max(100_000)),
  })
  .superRefine((relationship, ctx) => {
    if (relationship.mentorId === relationship.menteeId) {
      ctx.addIssue({
        code: 'custom',
        input: relationship.menteeId,
        path: ['menteeId'],
        params: { code: 'same_person' },
      });
    }
  });

/**
 * A mentoring relationship, inferred from {@link RelationshipSchema}.
 *
 * @example
 * ```ts
 * const isRunning = (r: Relationship) => r.stage === 'cultivating';
 * ```
 */
export interface Relationship extends z.output<typeof RelationshipSchema> {
  // The nested parts are named here (the schema's output spells them out), so
  // the reference and an app's type errors show `Goal[]`, not 16 fields.
  stage: RelationshipStage;
  proposal: Proposal;
  pause?: Pause | undefined;
  goals: Goal[];
  meetings: Meeting[];
  actionItems: ActionItem[];
  feedbackRequests: FeedbackRequest[];
  feedback: Feedback[];
  progressUpdates: ProgressUpdate[];
  agreement?: Agreement | undefined;
  selfInventories: SelfInventory[];
  evaluations: Evaluation[];
  attestations: Attestation[];
  /** Every applied event, oldest first; `replay(history)` rebuilds this relationship. */
  history: RelationshipEvent[];
}
