import * as z from 'zod';
import { IdSchema } from './id';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * One step of the plan towards a goal — a bullet of the mentee's short plan.
 *
 * @example
 * ```ts
 * PlanStepSchema.parse({
 *   id: 's1', title: 'Work out which role I want', status: 'open',
 *   addedAt: '2026-03-01T10:00:00+01:00',
 * });
 * ```
 */
export const PlanStepSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  status: z.enum(['open', 'done', 'dropped']),
  addedAt: TimestampSchema,
  dueAt: TimestampSchema.optional(),
  completedAt: TimestampSchema.optional(),
  droppedAt: TimestampSchema.optional(),
  dropReason: LabelSchema.optional(),
});

/**
 * A step of a goal's plan, see {@link PlanStepSchema}.
 *
 * @example
 * ```ts
 * const isOpen = (step: PlanStep) => step.status === 'open';
 * ```
 */
export interface PlanStep extends z.output<typeof PlanStepSchema> {}
