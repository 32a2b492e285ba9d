import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * The agenda of a meeting, sent ahead by the mentee (or the mentor).
 *
 * @example
 * ```ts
 * AgendaSchema.parse({
 *   items: ['CV review', 'Mock interview'], sentAt: '2026-03-09T18:00:00+01:00', sentBy: 'mentee',
 * });
 * ```
 */
export const AgendaSchema = z.strictObject({
  items: z.array(LabelSchema).min(1).max(50),
  notes: TextSchema.optional(),
  sentAt: TimestampSchema,
  sentBy: ParticipantRoleSchema,
});

/**
 * A meeting agenda, see {@link AgendaSchema}.
 *
 * @example
 * ```ts
 * const topics = (agenda: Agenda) => agenda.items.join(', ');
 * ```
 */
export interface Agenda extends z.output<typeof AgendaSchema> {}
