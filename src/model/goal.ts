import * as z from 'zod';
import { IdSchema } from './id';
import { type PlanStep, PlanStepSchema } from './plan-step';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';
import { withUniqueIds } from './unique-items';

/**
 * A goal the mentee pursues, with the plan to reach it.
 *
 * @example
 * ```ts
 * GoalSchema.parse({
 *   id: 'g1', title: 'Get my first job in the ecosystem', status: 'active', cycle: 1,
 *   setAt: '2026-03-01T10:00:00+01:00', plan: [],
 * });
 * ```
 */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: TextSchema.optional(),
  status: z.enum(['active', 'achieved', 'dropped']),
  /** The cycle of the relationship in which the goal was set. */
  cycle: z.int().min(1).max(1000),
  setAt: TimestampSchema,
  revisedAt: TimestampSchema.optional(),
  targetDate: TimestampSchema.optional(),
  plan: withUniqueIds(z.array(PlanStepSchema).max(200)),
});

/**
 * A mentee's goal, see {@link GoalSchema}.
 *
 * @example
 * ```ts
 * const hasPlan = (goal: Goal) => goal.plan.some((step) => step.status !== 'dropped');
 * ```
 */
export interface Goal extends z.output<typeof GoalSchema> {
  plan: PlanStep[];
}
