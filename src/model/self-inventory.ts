import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * The self-assessment each side makes while preparing: strengths, development
 * needs, characteristics, what they want from the relationship and what they bring.
 *
 * @example
 * ```ts
 * SelfInventorySchema.parse({
 *   side: 'mentee', recordedAt: '2026-03-02T10:00:00+01:00',
 *   strengths: ['Curious'], developmentNeeds: ['Interviewing'], characteristics: ['Structured'],
 *   wants: ['Feedback on my CV'], offers: ['A fresh view on tools'],
 * });
 * ```
 */
export const SelfInventorySchema = z.strictObject({
  side: ParticipantRoleSchema,
  recordedAt: TimestampSchema,
  strengths: z.array(LabelSchema).max(50),
  developmentNeeds: z.array(LabelSchema).max(50),
  characteristics: z.array(LabelSchema).max(50),
  /** What the person wants from the relationship. */
  wants: z.array(LabelSchema).max(50),
  /** What the person brings to the relationship. */
  offers: z.array(LabelSchema).max(50),
});

/**
 * A self-inventory, see {@link SelfInventorySchema}.
 *
 * @example
 * ```ts
 * const needs = (inventory: SelfInventory) => inventory.developmentNeeds;
 * ```
 */
export interface SelfInventory extends z.output<typeof SelfInventorySchema> {}
