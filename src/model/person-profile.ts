import * as z from 'zod';
import { ChannelSchema } from './channel';
import { IdSchema } from './id';
import { LanguageTagSchema } from './language-tag';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema, TextSchema } from './text';
import { TimeZoneSchema } from './time-zone';
import { uniqueArray } from './unique-items';
import { WeeklySlotSchema } from './weekly-slot';

/**
 * The fields every person in a programme has, mentor or mentee. Spread into
 * {@link MentorProfileSchema} and {@link MenteeProfileSchema}.
 *
 * @example
 * ```ts
 * const PersonSchema = z.strictObject(personProfileShape);
 * ```
 */
export const personProfileShape = {
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  name: LabelSchema,
  /** BCP 47 tags of the languages the person can mentor or be mentored in. */
  languages: uniqueArray(LanguageTagSchema, 20).min(1),
  /** IANA zone in which `availability` is written. */
  timeZone: TimeZoneSchema,
  /** Weekly windows in `timeZone`; absent means "not stated". */
  availability: z.array(WeeklySlotSchema).max(70).optional(),
  channels: uniqueArray(ChannelSchema, 5).min(1),
  /** Years of experience in the programme's field. */
  yearsExperience: z.number().min(0).max(80),
  organization: LabelSchema.optional(),
  bio: TextSchema.optional(),
};

/**
 * A topic of the programme, such as `cv-and-interviews`; matched between a
 * mentor's `expertise` and a mentee's `interests`.
 *
 * @example
 * ```ts
 * TopicIdSchema.parse('first-job');
 * ```
 */
export const TopicIdSchema = IdSchema;
