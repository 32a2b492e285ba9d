import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { IdSchema } from './id';
import { TextSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray } from './unique-items';

/**
 * A note that keeps the other party informed of progress, usually from the mentee.
 *
 * @example
 * ```ts
 * ProgressUpdateSchema.parse({
 *   id: 'p1', postedBy: 'mentee', postedAt: '2026-03-20T09:00:00+01:00',
 *   text: 'Sent three applications.', goalIds: ['g1'],
 * });
 * ```
 */
export const ProgressUpdateSchema = z.strictObject({
  id: IdSchema,
  postedBy: ParticipantRoleSchema,
  postedAt: TimestampSchema,
  text: TextSchema.min(1),
  goalIds: uniqueArray(IdSchema, 100),
});

/**
 * A progress update, see {@link ProgressUpdateSchema}.
 *
 * @example
 * ```ts
 * const about = (u: ProgressUpdate, goalId: string) => u.goalIds.includes(goalId);
 * ```
 */
export interface ProgressUpdate extends z.output<typeof ProgressUpdateSchema> {}
