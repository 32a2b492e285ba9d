import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { IdSchema } from './id';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * A follow-up task agreed in the relationship. Without `dueAt` it is due by
 * the next meeting.
 *
 * @example
 * ```ts
 * ActionItemSchema.parse({
 *   id: 'a1', title: 'Rewrite CV summary', assignee: 'mentee', status: 'open',
 *   createdAt: '2026-03-10T19:00:00+01:00', createdBy: 'mentor',
 * });
 * ```
 */
export const ActionItemSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  assignee: ParticipantRoleSchema,
  status: z.enum(['open', 'done', 'dropped']),
  createdAt: TimestampSchema,
  createdBy: ParticipantRoleSchema,
  /** The meeting the task came out of, if any. */
  meetingId: IdSchema.optional(),
  dueAt: TimestampSchema.optional(),
  completedAt: TimestampSchema.optional(),
  completedBy: ParticipantRoleSchema.optional(),
  droppedAt: TimestampSchema.optional(),
  dropReason: LabelSchema.optional(),
});

/**
 * A follow-up task, see {@link ActionItemSchema}.
 *
 * @example
 * ```ts
 * const mine = (items: readonly ActionItem[]) => items.filter((i) => i.assignee === 'mentee');
 * ```
 */
export interface ActionItem extends z.output<typeof ActionItemSchema> {}
