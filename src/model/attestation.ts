import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { IdSchema } from './id';
import { TextSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * A person's statement that a checklist item which cannot be derived from
 * events (such as keeping confidentiality) was fulfilled.
 *
 * @example
 * ```ts
 * AttestationSchema.parse({
 *   itemId: 'mentor.keep-confidentiality', by: 'mentor', at: '2026-04-01T10:00:00+02:00',
 * });
 * ```
 */
export const AttestationSchema = z.strictObject({
  /** The checklist item's id. */
  itemId: IdSchema,
  by: ParticipantRoleSchema,
  at: TimestampSchema,
  note: TextSchema.optional(),
});

/**
 * An attestation, see {@link AttestationSchema}.
 *
 * @example
 * ```ts
 * const attested = (list: readonly Attestation[], id: string) => list.some((a) => a.itemId === id);
 * ```
 */
export interface Attestation extends z.output<typeof AttestationSchema> {}
