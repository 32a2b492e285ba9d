import * as z from 'zod';
import { IdSchema } from './id';
import { TopicIdSchema } from './person-profile';
import {
  ProgramLabelSchema,
  type ProgramSettings,
  ProgramSettingsSchema,
} from './program-settings';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema, TextSchema } from './text';
import { TimeZoneSchema } from './time-zone';
import { uniqueArray, withUniqueIds } from './unique-items';

// The settings live in their own file so that code needing only their
// defaults does not bundle the programme's schema; re-exported here.
export {
  defaultProgramSettings,
  type ProgramSettings,
  ProgramSettingsSchema,
} from './program-settings';

/**
 * A topic's label by language: English is required, any other language may
 * follow under its BCP 47 tag (`de`, `fr`, `es-MX`, …). Texts
 * render the reader's language, else English. The same rule as every
 * programme-defined label ({@link ProgramLabelSchema}).
 *
 * @example
 * ```ts
 * TopicLabelSchema.parse({ en: 'First job', de: 'Erster Job', fr: 'Premier emploi' });
 * ```
 */
export const TopicLabelSchema = ProgramLabelSchema;

/**
 * A topic a programme offers, with its label in English and any other
 * languages the programme serves.
 *
 * @example
 * ```ts
 * TopicSchema.parse({ id: 'first-job', label: { en: 'First job', de: 'Erster Job' } });
 * ```
 */
export const TopicSchema = z.strictObject({
  id: TopicIdSchema,
  label: TopicLabelSchema,
});

/**
 * A programme topic, see {@link TopicSchema}.
 *
 * @example
 * ```ts
 * const topic: Topic = { id: 'networking', label: { en: 'Networking', de: 'Netzwerken' } };
 * ```
 */
export interface Topic extends z.output<typeof TopicSchema> {}

/**
 * A mentoring programme: its topics and the rules every relationship in it follows.
 *
 * @example
 * ```ts
 * const program = ProgramSchema.parse({
 *   schemaVersion: 1, id: 'spring-2026', name: 'Career starters, spring 2026',
 *   topics: [], settings: { meetingCadenceDays: 14 },
 * });
 * ```
 */
export const ProgramSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  name: LabelSchema,
  description: TextSchema.optional(),
  /**
   * The IANA time zone the programme runs in. Timestamps the library computes
   * for the programme (deadlines, expiries) are written in its offset; without
   * it they keep the offset of the timestamp they are computed from.
   */
  timeZone: TimeZoneSchema.optional(),
  /**
   * The ids of the programme's coordinators (distinct, at most 1,000). When
   * the list is given, an `admin` actor must be one of them wherever the
   * programme is passed (`applyProgramEvent`, `proposeMatch`, `availableEvents`'
   * `program` option); without it any `admin` id acts for the programme.
   */
  coordinatorIds: uniqueArray(IdSchema, 1000).optional(),
  topics: withUniqueIds(z.array(TopicSchema).max(500)).default([]),
  settings: ProgramSettingsSchema.default(() => ProgramSettingsSchema.parse({})),
});

/**
 * A mentoring programme, inferred from {@link ProgramSchema}.
 *
 * @example
 * ```ts
 * const cadence = (program: Program) => program.settings.meetingCadenceDays;
 * ```
 */
export interface Program extends z.output<typeof ProgramSchema> {
  topics: Topic[];
  settings: ProgramSettings;
}

/**
 * How every function that applies programme rules takes the programme (its
 * `program` option, or the first argument of programme-level functions): the
 * parsed {@link Program}, or a subset of it with at least the `id`. Settings
 * left out take their defaults; unknown keys are errors.
 *
 * @example
 * ```ts
 * ProgramRefSchema.parse({ id: 'spring-2026', settings: { proposalTtlDays: 10 } }).settings.meetingCadenceDays; // 14
 * ```
 */
export const ProgramRefSchema = ProgramSchema.extend({
  schemaVersion: SchemaVersionSchema.optional(),
  name: LabelSchema.optional(),
});

/**
 * The programme as functions take it: a whole {@link Program} fits, or
 * `{ id, settings?, topics?, timeZone?, coordinatorIds? }`; see {@link ProgramRefSchema}.
 *
 * @example
 * ```ts
 * const program: ProgramRef = { id: 'spring-2026', settings: { proposalTtlDays: 10 } };
 * ```
 */
export interface ProgramRef extends z.input<typeof ProgramRefSchema> {}

/**
 * A {@link ProgramRef} after validation: every setting filled in.
 *
 * @example
 * ```ts
 * const ttl = (program: ResolvedProgram) => program.settings.proposalTtlDays;
 * ```
 */
export interface ResolvedProgram extends z.output<typeof ProgramRefSchema> {
  topics: Topic[];
  settings: ProgramSettings;
}
