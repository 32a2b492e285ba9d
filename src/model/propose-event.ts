import { event } from './event-base';
import { IdSchema } from './id';
import { SchemaVersionSchema } from './schema-version';
import { TextSchema } from './text';
import { TimestampSchema } from './timestamp';

// The `propose` event on its own, for code that only proposes (the lifecycle's
// `proposeMatch`, matching's `toProposals`); `RelationshipEventSchema` includes it.

/**
 * Proposes a match between a mentor and a mentee: creates the relationship in
 * `proposed`, waiting for both to accept before `expiresAt`. (The schema of a
 * `propose` event, one member of `RelationshipEventSchema`.)
 */
export const ProposeEventSchema = event('propose', {
  schemaVersion: SchemaVersionSchema,
  relationshipId: IdSchema,
  programId: IdSchema,
  mentorId: IdSchema,
  menteeId: IdSchema,
  /** When the proposal lapses unless both sides accepted. */
  expiresAt: TimestampSchema,
  note: TextSchema.optional(),
});
