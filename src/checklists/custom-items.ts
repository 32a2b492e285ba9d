import { z } from 'zod';
import {
  createParser,
  cycleStages,
  IdSchema,
  LabelSchema,
  type Parser,
  ParticipantRoleSchema,
} from '../model';
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

const customItemBase = {
  /** Stable id; must not be one of the catalogue's ids. */
  id: IdSchema,
  label: z.strictObject({ en: LabelSchema, de: LabelSchema }),
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
 * A declarative custom item, see {@link CustomChecklistItemSchema}.
 *
 * @example
 * ```ts
 * const item: CustomChecklistItem = {
 *   id: 'acme.update-weekly', rule: 'progress-update-every', everyDays: 7, responsible: 'mentee',
 *   stages: ['cultivating'], label: { en: 'Weekly update', de: 'Wöchentlicher Bericht' },
 * };
 * ```
 */
export type CustomChecklistItem = z.infer<typeof CustomChecklistItemSchema>;

const catalogIds: ReadonlySet<string> = new Set(responsibilityCatalog.items.map((item) => item.id));

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
  .superRefine(
    (items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item: { readonly id?: unknown }, index) => {
        if (typeof item?.id !== 'string') return;
        if (seen.has(item.id) || catalogIds.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            input: item.id,
            path: [index, 'id'],
            params: { code: 'duplicate_id', value: item.id },
          });
        }
        seen.add(item.id);
      });
    },
    // Report clashing ids together with the other problems, not only once the rest is valid.
    { when: (payload) => Array.isArray(payload.value) },
  );

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
 *   label: { en: 'CV reviewed', de: 'Lebenslauf durchgesehen' },
 *   evaluate: (context) => ({ status: context.relationship.meetings.some((m) => m.notes?.includes('CV')) ? 'done' : 'open' }),
 * };
 * ```
 */
export interface CodedChecklistItem {
  readonly id: string;
  readonly label: { readonly en: string; readonly de: string };
  readonly responsible: Responsible;
  readonly stages: readonly (typeof cycleStages)[number][];
  readonly frequency: ChecklistFrequency;
  /** Judges the item; must be pure (no clock, no mutation): use `context.asOf` for "now". */
  evaluate(context: ChecklistContext): ItemEvaluation;
}

/**
 * Declares a custom item in code, checking its shape at compile time and
 * freezing it. Pass it to `evaluateChecklist` in `items`.
 *
 * @example
 * ```ts
 * const targetRoleChosen = defineChecklistItem({
 *   id: 'acme.target-role', responsible: 'mentee', stages: ['preparing', 'initiating'], frequency: 'once',
 *   label: { en: 'Choose a target role', de: 'Zielrolle wählen' },
 *   evaluate: ({ relationship }) =>
 *     relationship.goals.some((g) => g.title.includes('role')) ? { status: 'done' } : { status: 'open' },
 * });
 * ```
 */
export function defineChecklistItem(item: CodedChecklistItem): CodedChecklistItem {
  return Object.freeze({
    ...item,
    label: Object.freeze({ ...item.label }),
    stages: Object.freeze([...item.stages]),
  });
}
