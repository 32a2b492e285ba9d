import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { ChannelSchema } from './channel';
import { IdSchema } from './id';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray } from './unique-items';

/**
 * What mentor and mentee agree at their first meeting: expectations, ground
 * rules, goals, how often and how they meet, and confidentiality. It binds
 * once both sides have accepted it.
 *
 * @example
 * ```ts
 * AgreementSchema.parse({
 *   expectations: ['Mentee drives the agenda'], groundRules: ['Cancel 24 h ahead'],
 *   goalIds: ['g1'], cadenceDays: 14, channels: ['video'], confidentiality: true,
 *   recordedAt: '2026-03-10T19:00:00+01:00', recordedBy: 'mentee',
 *   acceptedBy: { mentee: '2026-03-10T19:00:00+01:00' },
 * });
 * ```
 */
export const AgreementSchema = z.strictObject({
  expectations: z.array(LabelSchema).max(50),
  groundRules: z.array(LabelSchema).max(50),
  goalIds: uniqueArray(IdSchema, 100),
  /** Days between meetings, overriding the programme's cadence. */
  cadenceDays: z.int().min(1).max(365),
  channels: uniqueArray(ChannelSchema, 5).min(1),
  /** Both sides keep what is said confidential. */
  confidentiality: z.boolean(),
  recordedAt: TimestampSchema,
  recordedBy: ParticipantRoleSchema,
  /** When each side accepted the current terms. */
  acceptedBy: z.strictObject({
    mentor: TimestampSchema.optional(),
    mentee: TimestampSchema.optional(),
  }),
});

/**
 * The agreement of a relationship, see {@link AgreementSchema}.
 *
 * @example
 * ```ts
 * const binding = (a: Agreement) => a.acceptedBy.mentor !== undefined && a.acceptedBy.mentee !== undefined;
 * ```
 */
export interface Agreement extends z.output<typeof AgreementSchema> {}
