import * as z from 'zod';
import { type Actor, ActorSchema } from './actor';
import { type EnrolmentEvent, EnrolmentEventSchema } from './enrolment-event';
import { IdSchema } from './id';
import { createParser } from './parse';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';
import { uniqueArray, withUniqueIds } from './unique-items';

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
// `| never` keeps the name in signatures (see `RelationshipEvent`).
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema> | never;

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
export interface Screening extends z.output<typeof ScreeningSchema> {
  by: Actor;
}

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
export interface AvailabilityPause extends z.output<typeof AvailabilityPauseSchema> {}

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

/**
 * One proposal or relationship of an enrolment: made by a `match` event
 * (`proposed`), then `active` (`relationship-started`), `closed` (the
 * proposal came to nothing: `proposal-closed`) or `ended` (`relationship-ended`).
 *
 * @example
 * ```ts
 * EnrolmentMatchSchema.parse({
 *   relationshipId: 'r1', partnerId: 'mentor-3', status: 'proposed',
 *   proposedAt: '2027-02-15T09:00:00+01:00',
 * });
 * ```
 */
export const EnrolmentMatchSchema = z.strictObject({
  relationshipId: IdSchema,
  partnerId: IdSchema,
  status: z.enum(['proposed', 'active', 'closed', 'ended']),
  proposedAt: TimestampSchema,
  startedAt: TimestampSchema.optional(),
  /** When the proposal closed or the relationship ended. */
  endedAt: TimestampSchema.optional(),
});

/**
 * A proposal or relationship of an enrolment, see {@link EnrolmentMatchSchema}.
 *
 * @example
 * ```ts
 * const active = (matches: readonly EnrolmentMatch[]) => matches.filter((m) => m.status === 'active');
 * ```
 */
export type EnrolmentMatch = z.infer<typeof EnrolmentMatchSchema>;

/**
 * A person's enrolment in a programme: the fields every reader uses
 * (`enrolmentFields`), the onboarding requirements set at screening, every
 * proposal and relationship made for the person, and the full event history
 * from which `replayEnrolment` rebuilds it. Documents come from
 * `applyEnrolmentEvent`, `replayEnrolment` or {@link parseEnrolment}.
 *
 * @example
 * ```ts
 * const result = parseEnrolment(JSON.parse(storedJson));
 * if (result.ok) console.log(result.value.status);
 * ```
 */
export const EnrolmentSchema = z.strictObject({
  ...enrolmentFields,
  /** The onboarding requirements (ids) set when the application was accepted. */
  requirements: uniqueArray(IdSchema, 20).default([]),
  /** Every proposal and relationship made for the person, oldest first. */
  matches: z
    .array(EnrolmentMatchSchema)
    .max(1000)
    .default([])
    .superRefine((matches, ctx) => {
      const seen = new Set<string>();
      for (const [index, match] of matches.entries()) {
        if (seen.has(match.relationshipId)) {
          ctx.addIssue({
            code: 'custom',
            input: match.relationshipId,
            path: [index, 'relationshipId'],
            params: { code: 'duplicate_id', value: match.relationshipId },
          });
        }
        seen.add(match.relationshipId);
      }
    }),
  /** Every applied event, oldest first; `replayEnrolment(history)` rebuilds this enrolment. */
  history: withUniqueIds(z.array(EnrolmentEventSchema).min(1).max(10_000)),
});

/**
 * An enrolment, inferred from {@link EnrolmentSchema}.
 *
 * @example
 * ```ts
 * const waiting = (e: Enrolment) => e.status === 'ready' || e.status === 'waitlisted';
 * ```
 */
export interface Enrolment extends z.output<typeof EnrolmentSchema> {
  // The nested parts are named here, as in `Relationship`: the reference and
  // an app's type errors show `EnrolmentEvent[]`, not all 14 event shapes.
  status: EnrolmentStatus;
  screening?: Screening | undefined;
  /** Set while the person takes no new matches. */
  pause?: AvailabilityPause | undefined;
  /** Every proposal and relationship made for the person, oldest first. */
  matches: EnrolmentMatch[];
  /** Every applied event, oldest first; `replayEnrolment(history)` rebuilds this enrolment. */
  history: EnrolmentEvent[];
}

/**
 * Validates an enrolment document (e.g. one read from storage): returns
 * `ok(enrolment)` deep-frozen in the schema's key order, or `err` with every
 * issue. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * const result = parseEnrolment(JSON.parse(json));
 * if (!result.ok) console.log(formatError(result.error));
 * ```
 */
export const parseEnrolment = /* @__PURE__ */ createParser(EnrolmentSchema);

/**
 * Validates one enrolment event; never throws.
 *
 * @example
 * ```ts
 * parseEnrolmentEvent({ type: 'waitlist', id: 'e5', at: '2027-02-01T09:00:00Z', actor: { role: 'system', id: 'cron' } }).ok; // true
 * ```
 */
export const parseEnrolmentEvent = /* @__PURE__ */ createParser(EnrolmentEventSchema);
