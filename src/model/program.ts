import { z } from 'zod';
import { IdSchema } from './id';
import { TopicIdSchema } from './person-profile';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema, TextSchema } from './text';
import { CalendarDateSchema } from './timestamp';
import { withUniqueIds } from './unique-items';

/**
 * The rules a programme runs by. Every field has a default, so `{}` is a
 * valid settings object; the defaults follow common practice of mentoring programmes.
 *
 * @example
 * ```ts
 * ProgramSettingsSchema.parse({}).meetingCadenceDays; // 14
 * ```
 */
export const ProgramSettingsSchema = z.strictObject({
  /** Mentees a mentor takes on when their profile does not say. */
  defaultMentorCapacity: z.int().min(0).max(1000).default(2),
  /** Concurrent mentors one mentee may have. */
  maxMentorsPerMentee: z.int().min(1).max(20).default(1),
  /** Days a proposal waits for both sides before it expires. */
  proposalTtlDays: z.int().min(1).max(365).default(14),
  /** Days between meetings, unless the agreement sets its own cadence. */
  meetingCadenceDays: z.int().min(1).max(365).default(14),
  /** Hours before a meeting by which the agenda should be sent. */
  agendaLeadTimeHours: z
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** Hours of notice a cancellation needs to respect the other person's time. */
  cancellationNoticeHours: z
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** Minutes late that still count as on time. */
  punctualityGraceMinutes: z.int().min(0).max(120).default(5),
  /** Years of experience a mentor needs at least. */
  minMentorExperienceYears: z.number().min(0).max(80).default(1),
  /**
   * Monday of the week used to compare weekly availability across time zones;
   * fixing it makes overlaps reproducible across daylight-saving changes.
   */
  referenceWeek: CalendarDateSchema.default('2026-01-05'),
});

/**
 * The settings of a programme, see {@link ProgramSettingsSchema}.
 *
 * @example
 * ```ts
 * const strict: ProgramSettings = { ...defaultProgramSettings, cancellationNoticeHours: 48 };
 * ```
 */
export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;

/**
 * The settings a programme has when it states none.
 *
 * @example
 * ```ts
 * defaultProgramSettings.proposalTtlDays; // 14
 * ```
 */
export const defaultProgramSettings: ProgramSettings = Object.freeze(
  ProgramSettingsSchema.parse({}),
);

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
