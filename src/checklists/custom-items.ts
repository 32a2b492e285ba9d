import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import {
  type CycleStage,
  cycleStages,
  IdSchema,
  isLanguageTag,
  LabelSchema,
  ParticipantRoleSchema,
} from '../model';
import { createParser, type Parser } from '../model/parse';
import type { ChecklistFrequency, Responsible } from './catalog';
import { responsibilityCatalog } from './catalog';
import type { ChecklistContext } from './checklist-context';
import type { ItemEvaluation } from './judgement';

const StagesSchema = z
  .array(z.enum(cycleStages))
  .min(1)
  .max(cycleStages.length)
  .superRefine((stages, ctx) => {
    stages.forEach((stage, index) => {
      if (stages.indexOf(stage) !== index) {
        ctx.addIssue({
          code: 'custom',
          input: stage,
          path: [index],
          params: { code: 'duplicate_value', value: stage },
        });
      }
    });
  });

/**
 * A label in several languages, keyed by BCP 47 tag; English is required, as
 * the text every reader falls back to.
 *
 * @example
 * ```ts
 * const label: LocalizedLabel = { en: 'CV reviewed', de: 'Lebenslauf durchgesehen', fr: 'CV relu' };
 * ```
 */
export type LocalizedLabel = { readonly en: string } & { readonly [tag: string]: string };

const MAX_LANGUAGES = 50;

/**
 * Schema of a {@link LocalizedLabel}: `en` required, every key a BCP 47 tag,
 * every text a single-line label, at most 50 languages.
 *
 * @example
 * ```ts
 * LocalizedLabelSchema.safeParse({ en: 'CV reviewed', 'de-AT': 'Lebenslauf angeschaut' }).success; // true
 * LocalizedLabelSchema.safeParse({ de: 'Nur Deutsch' }).success; // false: en is missing
 * ```
 */
export const LocalizedLabelSchema: z.ZodType<LocalizedLabel, LocalizedLabel> = z
  .object({ en: LabelSchema })
  .catchall(LabelSchema)
  .superRefine(
    (label, ctx) => {
      const tags = Object.keys(label);
      if (tags.length > MAX_LANGUAGES) {
        ctx.addIssue({
          code: 'too_big',
          maximum: MAX_LANGUAGES,
          origin: 'object',
          input: label,
          inclusive: true,
        });
      }
      for (const tag of tags) {
        if (!isLanguageTag(tag)) {
          ctx.addIssue({
            code: 'custom',
            input: tag,
            path: [tag],
            params: { code: 'invalid_language_tag', value: tag.slice(0, 35) },
          });
        }
      }
      // Checked even when a text is missing or bad, so that every problem is reported at once.
    },
    {
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !Array.isArray(payload.value),
    },
  );

const customItemBase = {
  /** Stable id; must not be one of the catalogue's ids. */
  id: IdSchema,
  label: LocalizedLabelSchema,
  responsible: z.enum(['mentor', 'mentee', 'both']),
  /** Stages in which the item applies; its periods start when the first of them began. */
  stages: StagesSchema.default(['cultivating']),
};

/**
 * A programme's own checklist item, declared as data: one of five rules.
 * - `meetings-per-period`: at least `minMeetings` meetings held in every `periodDays` days;
 * - `progress-update-every`: a progress update (by the responsible side) every `everyDays` days;
 * - `feedback-every`: shared feedback from `from` every `everyDays` days;
 * - `manual`: confirmed by an attestation with the item's id;
 * - `milestone`: confirmed by an attestation, due `dueDays` after the relationship started.
 *
 * `label` is a {@link LocalizedLabel}: English required, any other language by tag.
 * `stages` defaults to `['cultivating']`.
 *
 * @example
 * ```ts
 * CustomChecklistItemSchema.parse({
 *   id: 'acme.two-meetings-a-month', rule: 'meetings-per-period', minMeetings: 2, periodDays: 30,
 *   label: { en: 'Meet twice a month', de: 'Zweimal im Monat treffen' }, responsible: 'both',
 * });
 * ```
 */
export const CustomChecklistItemSchema = z.discriminatedUnion('rule', [
  z.strictObject({
    ...customItemBase,
    rule: z.literal('meetings-per-period'),
    minMeetings: z.int().min(1).max(100),
    periodDays: z.int().min(1).max(365),
  }),
  z.strictObject({
    ...customItemBase,
    rule: z.literal('progress-update-every'),
    everyDays: z.int().min(1).max(365),
  }),
  z.strictObject({
    ...customItemBase,
    rule: z.literal('feedback-every'),
    from: ParticipantRoleSchema,
    everyDays: z.int().min(1).max(365),
  }),
  z.strictObject({ ...customItemBase, rule: z.literal('manual') }),
  z.strictObject({
    ...customItemBase,
    rule: z.literal('milestone'),
    /** Days after the relationship started by which the item must be attested. */
    dueDays: z.int().min(0).max(3650),
  }),
]);

/**
 * A declarative custom item as validated (its `stages` filled in), see
 * {@link CustomChecklistItemSchema}.
 *
 * @example
 * ```ts
 * const item: CustomChecklistItem = {
 *   id: 'acme.update-weekly', rule: 'progress-update-every', everyDays: 7, responsible: 'mentee',
 *   stages: ['cultivating'], label: { en: 'Weekly update', de: 'Wöchentlicher Bericht' },
 * };
 * ```
 */
export type CustomChecklistItem = z.output<typeof CustomChecklistItemSchema>;

/**
 * A declarative custom item as written, before validation: `stages` may be
 * left out. What `evaluateChecklist`'s `items` option takes.
 *
 * @example
 * ```ts
 * const item: CustomChecklistItemInput = {
 *   id: 'acme.code-of-conduct', rule: 'manual', responsible: 'both', label: { en: 'Sign the code of conduct' },
 * };
 * ```
 */
export type CustomChecklistItemInput = z.input<typeof CustomChecklistItemSchema>;

const catalogIds: ReadonlySet<string> = new Set(responsibilityCatalog.items.map((item) => item.id));

/** Flags ids used twice in a list of items, or taken from the catalogue. */
function checkIds(items: readonly unknown[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id =
      typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id) || catalogIds.has(id)) {
      ctx.addIssue({
        code: 'custom',
        input: id,
        path: [index, 'id'],
        params: { code: 'duplicate_id', value: id },
      });
    }
    seen.add(id);
  });
}

/**
 * A list of custom items: ids must be distinct and must not reuse a catalogue id.
 *
 * @example
 * ```ts
 * CustomChecklistItemsSchema.safeParse([{ id: 'mentee.send-agenda', rule: 'manual', … }]).success; // false
 * ```
 */
export const CustomChecklistItemsSchema = z
  .array(CustomChecklistItemSchema)
  .max(100)
  // Report clashing ids together with the other problems, not only once the rest is valid.
  .superRefine(checkIds, { when: (payload) => Array.isArray(payload.value) });

/**
 * Validates a programme's custom items (e.g. from its configuration). Never
 * throws; every problem comes back with its path and code; the value is deep-frozen.
 *
 * @example
 * ```ts
 * const result = parseCustomChecklistItems(config.checklist);
 * if (!result.ok) console.error(formatError(result.error, 'en'));
 * else evaluateChecklist(relationship, { role: 'mentee', now, items: result.value });
 * ```
 */
export const parseCustomChecklistItems: Parser<readonly CustomChecklistItem[]> = createParser(
  CustomChecklistItemsSchema,
);

/**
 * A custom item written in code: metadata plus a typed `evaluate` that judges
 * the relationship. It runs only in the stages it lists; outside them the item is `not-applicable`.
 *
 * @example
 * ```ts
 * const cvReviewed: CodedChecklistItem = {
 *   id: 'acme.cv-reviewed', responsible: 'mentor', stages: ['cultivating'], frequency: 'once',
 *   label: { en: 'CV reviewed', de: 'Lebenslauf durchgesehen', fr: 'CV relu' },
 *   evaluate: (context) => ({ status: context.relationship.meetings.some((m) => m.notes?.includes('CV')) ? 'done' : 'open' }),
 * };
 * ```
 */
export interface CodedChecklistItem {
  /** Stable id; must not be one of the catalogue's ids nor another item's. */
  readonly id: string;
  /** The label by language tag; English required. */
  readonly label: LocalizedLabel;
  readonly responsible: Responsible;
  /** The stages in which the item applies (at least one). */
  readonly stages: readonly CycleStage[];
  readonly frequency: ChecklistFrequency;
  /**
   * Judges the item; must be pure (no clock, no mutation): use `context.asOf`
   * for "now". What it returns is validated: a status outside the contract or
   * a `dueAt` that is not a timestamp with an offset makes `evaluateChecklist`
   * throw `InvalidOptionsError` at `['items', index, 'evaluate', …]`. An
   * exception it throws itself reaches the caller unchanged.
   */
  evaluate(context: ChecklistContext): ItemEvaluation;
}

type Evaluate = CodedChecklistItem['evaluate'];

const EvaluateSchema = z.custom<Evaluate>().superRefine((value, ctx) => {
  if (typeof value !== 'function') {
    ctx.addIssue({ code: 'invalid_type', expected: 'function', input: value });
  }
});

/**
 * Schema of a {@link CodedChecklistItem}: the metadata is checked, `evaluate`
 * must be a function (it is kept as given).
 *
 * @example
 * ```ts
 * CodedChecklistItemSchema.safeParse({ id: 'acme.x', label: { en: 'X' }, responsible: 'both',
 *   stages: ['cultivating'], frequency: 'once', evaluate: () => ({ status: 'open' }) }).success; // true
 * ```
 */
export const CodedChecklistItemSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedLabelSchema,
  responsible: z.enum(['mentor', 'mentee', 'both']),
  stages: StagesSchema,
  frequency: z.enum(['once', 'per-meeting', 'per-cadence', 'per-period', 'ongoing']),
  /** Judges the item, see {@link CodedChecklistItem}; must be a function. */
  evaluate: EvaluateSchema,
});

function isCoded(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'evaluate' in value
  );
}

// One item of the `items` option: a coded item if it has `evaluate`, else a
// declarative one. Dispatching here (instead of z.union) keeps each problem at
// its own path rather than one "matches none of the shapes" for the whole item.
const ChecklistItemOptionSchema = z.unknown().transform((value, ctx) => {
  const schema = isCoded(value) ? CodedChecklistItemSchema : CustomChecklistItemSchema;
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data as CustomChecklistItem | CodedChecklistItem;
  // Already final issues: the parent array only prefixes their paths with the index.
  for (const issue of result.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
  return z.NEVER;
}) as unknown as z.ZodType<
  CustomChecklistItem | CodedChecklistItem,
  CustomChecklistItemInput | CodedChecklistItem
>;

/**
 * The `items` option of `evaluateChecklist`: declarative and coded items,
 * at most 100, ids distinct and not taken from the catalogue.
 */
export const ChecklistItemsOptionSchema = z
  .array(ChecklistItemOptionSchema)
  .max(100)
  .superRefine(checkIds, { when: (payload) => Array.isArray(payload.value) });

/**
 * Declares a custom item in code, checking its shape at compile time and at
 * run time (with {@link CodedChecklistItemSchema}). Returns a frozen copy: the
 * object passed in is left as it is. Pass it to `evaluateChecklist` in `items`.
 *
 * @throws {@link InvalidOptionsError} when the item fails {@link CodedChecklistItemSchema}
 *   (e.g. a label without `en`, no stage, `evaluate` not a function), with the path of each problem
 * @example
 * ```ts
 * const targetRoleChosen = defineChecklistItem({
 *   id: 'acme.target-role', responsible: 'mentee', stages: ['preparing', 'initiating'], frequency: 'once',
 *   label: { en: 'Choose a target role', de: 'Zielrolle wählen', es: 'Elegir un puesto objetivo' },
 *   evaluate: ({ relationship }) =>
 *     relationship.goals.some((g) => g.title.includes('role')) ? { status: 'done' } : { status: 'open' },
 * });
 * ```
 */
export function defineChecklistItem(item: CodedChecklistItem): CodedChecklistItem {
  // The parse copies the item, so freezing the result never freezes the caller's object.
  const parsed = parseOptions('defineChecklistItem', CodedChecklistItemSchema, item);
  return Object.freeze({
    ...parsed,
    label: Object.freeze(parsed.label),
    stages: Object.freeze(parsed.stages),
  });
}
