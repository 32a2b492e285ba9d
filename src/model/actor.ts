import * as z from 'zod';
import { IdSchema } from './id';

/**
 * The two parties of a relationship.
 *
 * @example
 * ```ts
 * ParticipantRoleSchema.options; // ['mentor', 'mentee']
 * ```
 */
export const ParticipantRoleSchema = z.enum(['mentor', 'mentee']);

/**
 * A party of a relationship: `'mentor'` or `'mentee'`.
 *
 * @example
 * ```ts
 * const assignee: ParticipantRole = 'mentee';
 * ```
 */
// `| never` keeps the name in signatures (see `RelationshipEvent`).
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema> | never;

/**
 * Who can act on a relationship: its two parties, a programme admin, or the
 * system (timers such as proposal expiry).
 *
 * @example
 * ```ts
 * ActorRoleSchema.parse('admin');
 * ```
 */
export const ActorRoleSchema = z.enum(['mentor', 'mentee', 'admin', 'system']);

/**
 * The role of an {@link Actor}.
 *
 * @example
 * ```ts
 * const role: ActorRole = 'system';
 * ```
 */
// `| never` keeps the name in signatures (see `RelationshipEvent`).
export type ActorRole = z.infer<typeof ActorRoleSchema> | never;

/**
 * The person or process that sent an event.
 *
 * @example
 * ```ts
 * ActorSchema.parse({ role: 'mentee', id: 'mentee-12' });
 * ```
 */
export const ActorSchema = z.strictObject({ role: ActorRoleSchema, id: IdSchema });

/**
 * Who sent an event, see {@link ActorSchema}.
 *
 * @example
 * ```ts
 * const actor: Actor = { role: 'admin', id: 'coordinator-1' };
 * ```
 */
export interface Actor extends z.output<typeof ActorSchema> {}
