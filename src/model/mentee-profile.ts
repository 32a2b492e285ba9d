import * as z from 'zod';
import { IdSchema } from './id';
import { personProfileShape, TopicIdSchema } from './person-profile';
import { rejectConflictingPreferences } from './preference-conflict';
import { AttributeValuesSchema, QuestionnaireAnswersSchema } from './program-settings';
import { LabelSchema } from './text';
import { uniqueArray } from './unique-items';
import type { WeeklySlot } from './weekly-slot';

/**
 * A mentee: a less experienced person who drives the relationship to grow.
 *
 * @example
 * ```ts
 * const mentee = MenteeProfileSchema.parse({
 *   schemaVersion: 1, id: 'e1', name: 'Sam Okafor', languages: ['en'],
 *   timeZone: 'Africa/Lagos', channels: ['video', 'chat'], yearsExperience: 0,
 *   interests: ['first-job'], targetRole: 'developer',
 * });
 * ```
 */
export const MenteeProfileSchema = z
  .strictObject({
    ...personProfileShape,
    /** Topics the mentee wants help with. */
    interests: uniqueArray(TopicIdSchema, 100),
    /** The role the mentee is aiming for; compared with a mentor's `role`. */
    targetRole: LabelSchema.optional(),
    /** Mentors the mentee would like, best first (a ranking). */
    preferredMentorIds: uniqueArray(IdSchema, 100).optional(),
    /** Mentors the mentee must not be paired with. */
    excludedMentorIds: uniqueArray(IdSchema, 1000).optional(),
    /** How many mentors the mentee wants at once; the programme's maximum applies when absent. */
    maxMentors: z.int().min(1).max(20).optional(),
    /** Values for the programme's attributes, by attribute id (see `settings.attributes`). */
    attributes: AttributeValuesSchema.optional(),
    /** Answers to the programme's questionnaire, by item id (see `settings.questionnaire`). */
    answers: QuestionnaireAnswersSchema.optional(),
  })
  .superRefine(rejectConflictingPreferences('preferredMentorIds', 'excludedMentorIds'));

/**
 * A mentee's profile, inferred from {@link MenteeProfileSchema}.
 *
 * @example
 * ```ts
 * const wantsCvHelp = (mentee: MenteeProfile) => mentee.interests.includes('cv-and-interviews');
 * ```
 */
export interface MenteeProfile extends z.output<typeof MenteeProfileSchema> {
  availability?: WeeklySlot[] | undefined;
}
