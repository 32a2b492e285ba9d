import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { IdSchema } from './id';
import { TextSchema } from './text';
import { TimestampSchema } from './timestamp';
import { withUniqueIds } from './unique-items';

/**
 * How far one goal was reached in a cycle.
 *
 * @example
 * ```ts
 * GoalAchievementSchema.parse({ id: 'g1', achievement: 'partly' });
 * ```
 */
export const GoalAchievementSchema = z.strictObject({
  /** The goal's id. */
  id: IdSchema,
  achievement: z.enum(['achieved', 'partly', 'not-achieved']),
  note: TextSchema.optional(),
});

/**
 * The evaluation at the end of a cycle: growth, goal achievement and the decision to continue or close.
 *
 * @example
 * ```ts
 * EvaluationSchema.parse({
 *   id: 'ev1', cycle: 1, recordedAt: '2026-06-01T10:00:00+02:00', recordedBy: 'mentee',
 *   goals: [{ id: 'g1', achievement: 'achieved' }], growthNotes: 'Confident in interviews now.',
 *   nextStep: 'close',
 * });
 * ```
 */
export const EvaluationSchema = z.strictObject({
  id: IdSchema,
  cycle: z.int().min(1).max(1000),
  recordedAt: TimestampSchema,
  recordedBy: ParticipantRoleSchema,
  goals: withUniqueIds(z.array(GoalAchievementSchema).max(100)),
  growthNotes: TextSchema,
  nextStep: z.enum(['continue', 'close']),
});

/**
 * An evaluation, see {@link EvaluationSchema}.
 *
 * @example
 * ```ts
 * const reached = (e: Evaluation) => e.goals.filter((g) => g.achievement === 'achieved').length;
 * ```
 */
export interface Evaluation extends z.output<typeof EvaluationSchema> {}
