import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { IdSchema } from './id';
import { isLanguageTag } from './language-tag';
import { displayValue, LabelSchema } from './text';
import { CalendarDateSchema } from './timestamp';
import { uniqueArray, withUniqueIds } from './unique-items';

/**
 * A label by language for what a programme defines (an attribute, a
 * questionnaire item): English is required, any other language may follow
 * under its BCP 47 tag. Shaped like a topic's label.
 *
 * @example
 * ```ts
 * ProgramLabelSchema.parse({ en: 'Region', de: 'Region', fr: 'Région' });
 * ```
 */
export const ProgramLabelSchema = z
  .object({ en: LabelSchema })
  .catchall(LabelSchema)
  .superRefine((label, ctx) => {
    for (const tag of Object.keys(label)) {
      if (!isLanguageTag(tag)) {
        ctx.addIssue({
          code: 'custom',
          input: tag,
          path: [tag],
          params: { code: 'invalid_language_tag', value: displayValue(tag, 35) },
        });
      }
    }
  });

/**
 * An attribute a programme asks its people for (region, company, department,
 * a self-described demographic), compared between mentor and mentee by the
 * matching criterion `attribute:<id>`: `prefer: 'same'` scores 1 when both
 * gave the same value (compared without case and extra spaces), `'different'`
 * scores 1 when they differ. A person who left it blank makes the criterion
 * unknown for their pairs (left out of the score).
 *
 * @example
 * ```ts
 * ProgramAttributeSchema.parse({ id: 'region', label: { en: 'Region' }, prefer: 'same', weight: 2 });
 * ```
 */
export const ProgramAttributeSchema = z.strictObject({
  /** The key under which profiles carry the value in `attributes`. */
  id: IdSchema,
  label: ProgramLabelSchema.optional(),
  /** Whether a pair fits better with the same value or with different ones. */
  prefer: z.enum(['same', 'different']),
  /** Default weight of its criterion (0 to 1000, 1 when absent); the `weights` option overrides it. */
  weight: z.number().min(0).max(1000).optional(),
});

/**
 * A programme attribute, see {@link ProgramAttributeSchema}.
 *
 * @example
 * ```ts
 * const region: ProgramAttribute = { id: 'region', prefer: 'same' };
 * ```
 */
export interface ProgramAttribute extends z.output<typeof ProgramAttributeSchema> {}

/**
 * One statement of a programme's questionnaire (values, work style), answered
 * on the questionnaire's scale.
 *
 * @example
 * ```ts
 * QuestionnaireItemSchema.parse({ id: 'structure', label: { en: 'I like a fixed agenda' } });
 * ```
 */
export const QuestionnaireItemSchema = z.strictObject({
  /** The key under which profiles carry the answer in `answers`. */
  id: IdSchema,
  label: ProgramLabelSchema.optional(),
});

/**
 * A programme's questionnaire: items answered on one Likert scale (whole
 * numbers from `scale.min` to `scale.max`, by default 1 to 5). The matching
 * criterion `questionnaire` scores how close a pair's answers are on the
 * items both answered: 1 − mean distance / scale width.
 *
 * @example
 * ```ts
 * QuestionnaireSchema.parse({
 *   scale: { min: 1, max: 5 },
 *   items: [{ id: 'structure' }, { id: 'pace' }],
 * });
 * ```
 */
export const QuestionnaireSchema = z.strictObject({
  scale: z
    .strictObject({ min: z.int().min(-100).max(100), max: z.int().min(-100).max(100) })
    .refine((scale) => scale.min < scale.max, {
      path: ['max'],
      params: { code: 'too_small' },
    })
    .default({ min: 1, max: 5 }),
  items: withUniqueIds(z.array(QuestionnaireItemSchema).min(1).max(200)),
  /** Default weight of the criterion (0 to 1000, 1 when absent); the `weights` option overrides it. */
  weight: z.number().min(0).max(1000).optional(),
});

/**
 * A programme questionnaire, see {@link QuestionnaireSchema}.
 *
 * @example
 * ```ts
 * const workStyle: Questionnaire = { scale: { min: 1, max: 5 }, items: [{ id: 'pace' }] };
 * ```
 */
export interface Questionnaire extends z.output<typeof QuestionnaireSchema> {}

/**
 * A person's values for the programme's attributes (`settings.attributes`),
 * by attribute id: free text such as a region, a company or a self-described
 * demographic. Every key is optional; at most 50. The matching checks the
 * keys against the programme (an unknown key is an error).
 *
 * @example
 * ```ts
 * AttributeValuesSchema.parse({ region: 'Bavaria', department: 'Finance' });
 * ```
 */
export const AttributeValuesSchema = z
  .record(IdSchema, LabelSchema)
  .refine((values) => Object.keys(values).length <= 50, { params: { code: 'too_big' } });

/**
 * A person's answers to the programme's questionnaire (`settings.questionnaire`),
 * by item id: whole numbers on the questionnaire's scale. Items may be left
 * out. The matching checks ids and scale against the programme.
 *
 * @example
 * ```ts
 * QuestionnaireAnswersSchema.parse({ structure: 4, pace: 2 });
 * ```
 */
export const QuestionnaireAnswersSchema = z
  .record(IdSchema, z.int().min(-100).max(100))
  .refine((answers) => Object.keys(answers).length <= 200, { params: { code: 'too_big' } });

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
  /**
   * What a person must complete after being accepted before they can be
   * matched, by id (the programme names them; texts are the app's). The
   * defaults follow common practice: training done, programme rules agreed,
   * profile complete.
   */
  onboardingRequirements: uniqueArray(IdSchema, 20).default([
    'training',
    'rules-agreed',
    'profile-complete',
  ]),
  /**
   * Waitlist priority flags the programme sets, highest first (e.g.
   * `['rematch', 'under-represented-field']`). A person's flags order the
   * waitlist before their waiting time does; unknown flags rank last.
   */
  waitlistPriorities: uniqueArray(IdSchema, 20).default([]),
  /**
   * Attributes the programme asks its people for (at most 50), each a
   * matching criterion `attribute:<id>`; see {@link ProgramAttributeSchema}.
   */
  attributes: withUniqueIds(z.array(ProgramAttributeSchema).max(50)).optional(),
  /** A questionnaire whose answers the matching compares; see {@link QuestionnaireSchema}. */
  questionnaire: QuestionnaireSchema.optional(),
});

/**
 * The settings of a programme, see {@link ProgramSettingsSchema}.
 *
 * @example
 * ```ts
 * const strict: ProgramSettings = { ...defaultProgramSettings, cancellationNoticeHours: 48 };
 * ```
 */
export interface ProgramSettings extends z.output<typeof ProgramSettingsSchema> {}

/**
 * The settings a programme has when it states none (frozen).
 *
 * @example
 * ```ts
 * defaultProgramSettings.proposalTtlDays; // 14
 * ```
 */
export const defaultProgramSettings: ProgramSettings = /* @__PURE__ */ deepFreeze(
  ProgramSettingsSchema.parse({}),
);
