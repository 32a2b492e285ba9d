import * as z from 'zod';
import { ActorSchema } from './actor';
import { IdSchema } from './id';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray } from './unique-items';

/**
 * Where a person stands in a programme. `applied` → screened (`declined`, or
 * `onboarding` once accepted) → `ready` (every onboarding requirement met) →
 * `waitlisted` or `matched` (a proposal stands) → `active` (in at least one
 * relationship) → `alumni`; `withdrawn` (by the person) and `removed` (by a
 * coordinator) may follow any open status.
 *
 * @example
 * ```ts
 * EnrolmentStatusSchema.parse('waitlisted');
 * ```
 */
export const EnrolmentStatusSchema = z.enum([
  'applied',
  'declined',
  'onboarding',
  'ready',
  'waitlisted',
  'matched',
  'active',
  'alumni',
  'withdrawn',
  'removed',
]);

/**
 * A status of an {@link Enrolment}, see {@link EnrolmentStatusSchema}.
 *
 * @example
 * ```ts
 * const open = (status: EnrolmentStatus) => !['declined', 'alumni', 'withdrawn', 'removed'].includes(status);
 * ```
 */
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema>;

/**
 * A coordinator's screening decision on an application.
 *
 * @example
 * ```ts
 * ScreeningSchema.parse({
 *   decision: 'declined', at: '2027-01-20T10:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator-1' }, reason: 'Outside the programme’s region',
 * });
 * ```
 */
export const ScreeningSchema = z.strictObject({
  decision: z.enum(['accepted', 'declined']),
  at: TimestampSchema,
  by: ActorSchema,
  /** Why, in the coordinator's words; required by the machine for a decline. */
  reason: LabelSchema.optional(),
});

/**
 * A screening decision, see {@link ScreeningSchema}.
 *
 * @example
 * ```ts
 * const declined = (s: Screening) => s.decision === 'declined';
 * ```
 */
export type Screening = z.infer<typeof ScreeningSchema>;

/**
 * Since when and why a person takes no new matches. A paused mentor keeps
 * their relationships; they are just not offered new ones.
 *
 * @example
 * ```ts
 * AvailabilityPauseSchema.parse({ since: '2027-03-01T09:00:00+01:00', reason: 'On leave' });
 * ```
 */
export const AvailabilityPauseSchema = z.strictObject({
  since: TimestampSchema,
  until: TimestampSchema.optional(),
  reason: LabelSchema.optional(),
});

/**
 * A pause of availability, see {@link AvailabilityPauseSchema}.
 *
 * @example
 * ```ts
 * const paused = (p: AvailabilityPause | undefined) => p !== undefined;
 * ```
 */
export type AvailabilityPause = z.infer<typeof AvailabilityPauseSchema>;

/**
 * The fields every enrolment document carries. The enrolment machine
 * (`applyEnrolmentEvent`) adds the event history on top of these; rounds,
 * the waitlist and reports read only these fields.
 */
export const enrolmentFields = {
  schemaVersion: SchemaVersionSchema,
  /** The enrolment's own id (one per person and programme). */
  id: IdSchema,
  programId: IdSchema,
  /** The person's profile id (a mentor's or mentee's `id`). */
  personId: IdSchema,
  side: z.enum(['mentor', 'mentee']),
  status: EnrolmentStatusSchema,
  /** The round applied to, when the programme runs rounds. */
  roundId: IdSchema.optional(),
  appliedAt: TimestampSchema,
  screening: ScreeningSchema.optional(),
  /** When each onboarding requirement (ids from the programme's settings) was met. */
  requirementsMet: z.record(IdSchema, TimestampSchema).default({}),
  /** Since when the person has been waiting for a match (set on `ready`, kept on `waitlisted`). */
  waitingSince: TimestampSchema.optional(),
  /** Waitlist priority flags (ids the programme lists in `waitlistPriorities`). */
  priorityFlags: uniqueArray(IdSchema, 20).default([]),
  /** Ids of the person's relationships in this programme, current and past. */
  relationshipIds: uniqueArray(IdSchema, 1000).default([]),
  /** Ids of people this person was paired with before; re-matching avoids them. */
  formerPartnerIds: uniqueArray(IdSchema, 1000).default([]),
  /** Set while the person takes no new matches. */
  pause: AvailabilityPauseSchema.optional(),
  /** When the enrolment ended (`declined`, `alumni`, `withdrawn`, `removed`) and why. */
  endedAt: TimestampSchema.optional(),
  endReason: LabelSchema.optional(),
};
