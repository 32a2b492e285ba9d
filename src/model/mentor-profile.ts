import * as z from 'zod';
import { IdSchema } from './id';
import { personProfileShape, TopicIdSchema } from './person-profile';
import { rejectConflictingPreferences } from './preference-conflict';
import { AttributeValuesSchema, QuestionnaireAnswersSchema } from './program-settings';
import { LabelSchema } from './text';
import { uniqueArray } from './unique-items';
import type { WeeklySlot } from './weekly-slot';

/**
 * A mentor: an experienced person who shares expertise with mentees.
 *
 * @example
 * ```ts
 * const mentor = MentorProfileSchema.parse({
 *   schemaVersion: 1, id: 'm1', name: 'Ada Weber', languages: ['de', 'en'],
 *   timeZone: 'Europe/Berlin', channels: ['video'], yearsExperience: 8,
 *   expertise: ['cv-and-interviews'], role: 'developer', capacity: 2,
 * });
 * ```
 */
export const MentorProfileSchema = z
  .strictObject({
    ...personProfileShape,
    /** Topics the mentor can help with. */
    expertise: uniqueArray(TopicIdSchema, 100),
    /** The mentor's own role, e.g. `developer`; compared with a mentee's `targetRole`. */
    role: LabelSchema,
    /** How many mentees the mentor takes on at the same time. */
    capacity: z.int().min(0).max(1000),
    /** Mentees the mentor would like, best first. */
    preferredMenteeIds: uniqueArray(IdSchema, 100).optional(),
    /** Mentees the mentor must not be paired with. */
    excludedMenteeIds: uniqueArray(IdSchema, 1000).optional(),
    /** Values for the programme's attributes, by attribute id (see `settings.attributes`). */
    attributes: AttributeValuesSchema.optional(),
    /** Answers to the programme's questionnaire, by item id (see `settings.questionnaire`). */
    answers: QuestionnaireAnswersSchema.optional(),
  })
  .superRefine(rejectConflictingPreferences('preferredMenteeIds', 'excludedMenteeIds'));

/**
 * A mentor's profile, inferred from {@link MentorProfileSchema}.
 *
 * @example
 * ```ts
 * function describe(mentor: MentorProfile) {
 *   return `${mentor.name} (${mentor.role}), ${mentor.capacity} places`;
 * }
 * ```
 */
export interface MentorProfile extends z.output<typeof MentorProfileSchema> {
  availability?: WeeklySlot[] | undefined;
}
