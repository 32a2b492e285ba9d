import * as z from 'zod';
import { type Locale, LocaleSchema } from '../i18n/locale';
import {
  type ProgramRef,
  ProgramRefSchema,
  type Relationship,
  RelationshipSchema,
  type Timestamp,
  TimestampSchema,
} from '../model';
import {
  ChecklistItemsOptionSchema,
  type CodedChecklistItem,
  type CustomChecklistItemInput,
} from './custom-items';

/**
 * Whose view a report takes: the mentor's, the mentee's, or a programme
 * admin's (who sees everyone's next actions).
 *
 * @example
 * ```ts
 * const viewer: ChecklistViewer = 'admin';
 * ```
 */
export type ChecklistViewer = 'mentor' | 'mentee' | 'admin';

/**
 * Schema of {@link ChecklistOptions}: a strict object (unknown keys and typos
 * are errors with a path). `evaluateChecklist` validates its options with it;
 * use it directly to check options that come from user input without an exception.
 *
 * @example
 * ```ts
 * ChecklistOptionsSchema.safeParse({ role: 'mentor ', now: '2026-04-01T09:00:00+02:00' }).success; // false
 * ```
 */
export const ChecklistOptionsSchema = z.strictObject({
  role: z.enum(['mentor', 'mentee', 'admin']),
  now: TimestampSchema,
  locale: LocaleSchema.optional(),
  program: ProgramRefSchema.optional(),
  items: ChecklistItemsOptionSchema.optional(),
});

/**
 * Options of `evaluateChecklist`, validated by {@link ChecklistOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ChecklistOptions = {
 *   role: 'mentee', now: '2026-04-01T09:00:00+02:00', locale: de,
 *   program: { id: 'spring-2026', timeZone: 'Europe/Berlin', settings: { agendaLeadTimeHours: 48 } },
 * };
 * ```
 */
export interface ChecklistOptions {
  /** Whose next actions to list: `'mentor'`, `'mentee'` or `'admin'` (everyone's). */
  readonly role: ChecklistViewer;
  /** The moment to judge at: an ISO 8601 timestamp with an offset, like every time in the library. */
  readonly now: Timestamp;
  /**
   * The language of the labels: a locale pack (`de` from `mentorship-kit/locales/de`)
   * or a BCP 47 tag (English for a tag without a pack); English by default.
   */
  readonly locale?: Locale | undefined;
  /**
   * The programme whose rules apply: meeting cadence (unless the agreement
   * sets one), agenda lead time, cancellation notice, punctuality grace, and
   * its time zone, in whose offset deadlines are written. The defaults when left out.
   */
  readonly program?: ProgramRef | undefined;
  /** The programme's own items, declared as data or in code, listed after the catalogue's. */
  readonly items?: readonly (CustomChecklistItemInput | CodedChecklistItem)[] | undefined;
}

/**
 * Schema of {@link HealthOptions} (strict: unknown keys are errors).
 *
 * @example
 * ```ts
 * HealthOptionsSchema.safeParse({ now: '2026-05-01T09:00:00Z', locales: 'de' }).success; // false: a typo
 * ```
 */
export const HealthOptionsSchema = z.strictObject({
  now: TimestampSchema,
  locale: LocaleSchema.optional(),
  program: ProgramRefSchema.optional(),
});

/**
 * Options of `relationshipHealth` and `programHealth`, validated by {@link HealthOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: HealthOptions = { now: '2026-05-01T09:00:00+02:00', program, locale: de };
 * ```
 */
export interface HealthOptions {
  /** The moment to judge at: an ISO 8601 timestamp with an offset. */
  readonly now: Timestamp;
  /** The language of the reasons' messages: a locale pack or a BCP 47 tag; English by default. */
  readonly locale?: Locale | undefined;
  /**
   * The programme whose rules apply: its meeting cadence (unless the
   * agreement sets one), its agenda lead time, and its time zone, in whose
   * offset `asOf` is written. The defaults when left out.
   */
  readonly program?: ProgramRef | undefined;
}

/**
 * Schema of {@link AssessRolesOptions} (strict: unknown keys are errors; a
 * `relationship` must be a valid one and needs `now`).
 *
 * @example
 * ```ts
 * AssessRolesOptionsSchema.parse({ locale: 'en-GB' });
 * AssessRolesOptionsSchema.safeParse({ relationship }).success; // false: `now` is required with it
 * ```
 */
export const AssessRolesOptionsSchema = z
  .strictObject({
    locale: LocaleSchema.optional(),
    relationship: RelationshipSchema.optional(),
    now: TimestampSchema.optional(),
  })
  .superRefine((options, ctx) => {
    if (options.relationship !== undefined && options.now === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['now'] });
    }
  });

/**
 * Options of `assessRoles`, validated by {@link AssessRolesOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: AssessRolesOptions = { locale: de };
 * ```
 */
export interface AssessRolesOptions {
  /** The language of the labels and evidence messages: a locale pack or a BCP 47 tag; English by default. */
  readonly locale?: Locale | undefined;
  /**
   * The mentee's relationship: where its records can evidence a behaviour
   * (follow-ups done on time, feedback asked for, goals set, …), each such
   * behaviour gets `evidence` beside its self-rating. Validated like
   * `parseRelationship` (a bad one throws, with paths under `relationship`).
   */
  readonly relationship?: Relationship | undefined;
  /** The moment to count up to (later records are left out); required with `relationship`. */
  readonly now?: Timestamp | undefined;
}

// The interfaces above are what users read (with a comment on every field);
// these checks keep them and the schemas in step: everything the types allow
// is what the schema takes, and everything the schema lets through fits the types.
type Fits<A, B> = [A] extends [B] ? true : false;
type ReadonlyArray1<V> = V extends (infer U)[] ? readonly U[] : V;
/** The schema's input with top-level arrays readonly, as the interfaces declare them. */
type Input<S extends z.ZodType> = { [K in keyof z.input<S>]: ReadonlyArray1<z.input<S>[K]> };
type Check<T extends true> = T;
export type OptionsMatchSchemas = [
  Check<Fits<ChecklistOptions, Input<typeof ChecklistOptionsSchema>>>,
  Check<Fits<z.output<typeof ChecklistOptionsSchema>, ChecklistOptions>>,
  Check<Fits<HealthOptions, Input<typeof HealthOptionsSchema>>>,
  Check<Fits<z.output<typeof HealthOptionsSchema>, HealthOptions>>,
  Check<Fits<AssessRolesOptions, Input<typeof AssessRolesOptionsSchema>>>,
  Check<Fits<z.output<typeof AssessRolesOptionsSchema>, AssessRolesOptions>>,
];
