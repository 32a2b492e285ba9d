import { z } from 'zod';
import { IdSchema } from './id';
import { TopicIdSchema } from './person-profile';
import { ProgramSettingsSchema } from './program-settings';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema, TextSchema } from './text';
import { withUniqueIds } from './unique-items';

// The settings live in their own file so that code needing only their
// defaults does not bundle the programme's schema; re-exported here.
export {
  defaultProgramSettings,
  type ProgramSettings,
  ProgramSettingsSchema,
} from './program-settings';

/**
 * A topic a programme offers, with labels in both languages.
 *
 * @example
 * ```ts
 * TopicSchema.parse({ id: 'first-job', label: { en: 'First job', de: 'Erster Job' } });
 * ```
 */
export const TopicSchema = z.strictObject({
  id: TopicIdSchema,
  label: z.strictObject({ en: LabelSchema, de: LabelSchema }),
});

/**
 * A programme topic, see {@link TopicSchema}.
 *
 * @example
 * ```ts
 * const topic: Topic = { id: 'networking', label: { en: 'Networking', de: 'Netzwerken' } };
 * ```
 */
export type Topic = z.infer<typeof TopicSchema>;

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
export type Program = z.infer<typeof ProgramSchema>;
