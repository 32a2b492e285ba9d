import * as z from 'zod';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import { defaultLocale, type Locale, resolveLocale } from '../i18n/locale';
import type { LocalePack } from '../i18n/locale-pack';
import { renderMessage } from '../i18n/render-message';
import { formatChecklistsMessage } from '../i18n/scoped-format';
import {
  type CycleStage,
  cycleStages,
  IdSchema,
  InvalidOptionsError,
  type Relationship,
  type RelationshipStage,
  type ResolvedProgram,
  type Timestamp,
  TimestampSchema,
} from '../model';
import { fromZodIssue } from '../model/validation-error';
import {
  type ChecklistFrequency,
  type ChecklistGroup,
  type Derivation,
  type Responsible,
  responsibilityCatalog,
} from './catalog';
import {
  type ChecklistContext,
  createEvaluationContext,
  DAY_MS,
  type EvaluationContext,
  settingsOf,
} from './checklist-context';
import type { CodedChecklistItem, CustomChecklistItem, LocalizedLabel } from './custom-items';
import { explainFailure } from './invalid-relationship';
import { type Evaluator, itemEvaluators } from './item-evaluators';
import {
  type ChecklistItemStatus,
  coveredBy,
  dueOrOverdue,
  type EvidenceKind,
  type EvidenceRef,
  type ItemCoverage,
  type Judgement,
  judge,
  ref,
} from './judgement';
import { type ChecklistOptions, ChecklistOptionsSchema, type ChecklistViewer } from './options';
import { judgePeriodic, type Occurrence, periodAnchor } from './periodic';
import { timestampWriter } from './timestamps';

/**
 * One item of a {@link ChecklistReport}.
 *
 * @example
 * ```ts
 * const late = (item: ChecklistItemReport) => item.status === 'overdue' ? `${item.label} (since ${item.dueAt})` : '';
 * ```
 */
export interface ChecklistItemReport {
  readonly id: string;
  readonly group: ChecklistGroup;
  /** For stage items: the stage checklist the item belongs to. */
  readonly stage?: CycleStage;
  readonly responsible: Responsible;
  readonly frequency: ChecklistFrequency;
  /** For `per-period` items: the length of the period in days. */
  readonly periodDays?: number;
  readonly derivation: Derivation;
  /** The label in the report's locale. */
  readonly label: string;
  readonly status: ChecklistItemStatus;
  /** The records behind the status: ids of meetings, history events or entities. */
  readonly evidence: readonly EvidenceRef[];
  /**
   * The deadline: the one missed, the one coming, or the next one after a
   * `done`. Written in the programme's time zone when it has one, else in
   * the offset of `now` (e.g. `2026-04-03T09:00:00+02:00`).
   */
  readonly dueAt?: Timestamp;
  /**
   * Present when the other side did this item's work, which does not fulfil
   * it: a duty counts only for the side the catalogue makes responsible
   * (e.g. an agenda the mentor sent leaves the mentee's "send an agenda"
   * `due` or `overdue`, with `coveredBy.role` `'mentor'` and the meeting as
   * evidence). On a `manual` item: only the other side attested it. Never on
   * a `done` item or one both sides answer for.
   */
  readonly coveredBy?: ItemCoverage;
}

/**
 * How far one side has come, counted over the items that apply to it
 * (shared items count for both sides; `not-applicable` ones for neither).
 * Two ratios for two questions, so that a progress bar never falls by surprise:
 *
 * - `doneOfDue` — "are they keeping up?": `done / due`, over what should be
 *   done by now. It falls when a deadline passes without the item, or when a
 *   recurring item (every meeting, every cadence) starts its next round; a
 *   new stage's items, not due yet, never lower it. Use it for a trend or a
 *   traffic light.
 * - `doneOfAll` — "how far through is the checklist?": `done / total`. It
 *   also falls whenever a new stage brings new items. Use it for the
 *   progress of the current stage, not for a trend.
 *
 * A ratio whose denominator is 0 is absent (not 1 or 100 %): a fresh
 * proposal has nothing to measure yet. Always `done ≤ due ≤ total`.
 *
 * @example
 * ```ts
 * const percent = (c: Completion) => (c.doneOfDue === undefined ? '–' : `${Math.round(c.doneOfDue * 100)} %`);
 * ```
 */
export interface Completion {
  /** Items `done`. */
  readonly done: number;
  /** Items whose time has come: every `done` item plus every `overdue` one. */
  readonly due: number;
  /** Every applicable item, whatever its status (open, due, manual ones included). */
  readonly total: number;
  /** `done / due`; absent when nothing is due yet. */
  readonly doneOfDue?: number;
  /** `done / total`; absent when nothing applies. */
  readonly doneOfAll?: number;
}

/**
 * Something the viewer should do next.
 *
 * @example
 * ```ts
 * const line = (a: NextAction) => `${a.dueAt ?? '—'} ${a.label}`;
 * ```
 */
export interface NextAction {
  readonly id: string;
  readonly label: string;
  readonly status: 'open' | 'due' | 'overdue';
  readonly responsible: Responsible;
  readonly dueAt?: Timestamp;
}

/**
 * The result of {@link evaluateChecklist}. Deep-frozen plain data.
 *
 * @example
 * ```ts
 * const report: ChecklistReport = evaluateChecklist(relationship, { role: 'mentee', now });
 * console.log(report.completion.mentee.doneOfDue, report.nextActions[0]?.label);
 * ```
 */
export interface ChecklistReport {
  readonly relationshipId: string;
  readonly stage: RelationshipStage;
  readonly cycle: number;
  readonly role: ChecklistViewer;
  /** The language the labels are in, as a BCP 47 tag (`'en'` for a tag without a locale pack). */
  readonly locale: string;
  /** The `now` asked for, as given. */
  readonly now: Timestamp;
  /**
   * The moment actually judged at: `now`, or the start of a pause or the
   * closing time; in the same offset as `dueAt`.
   */
  readonly asOf: Timestamp;
  readonly cadenceDays: number;
  /** Every catalogue item, then the custom items, in catalogue order. */
  readonly items: readonly ChecklistItemReport[];
  readonly completion: { readonly mentor: Completion; readonly mentee: Completion };
  /** The viewer's open, due and overdue items, soonest deadline first (overdue items without a date lead, open ones without a date trail). */
  readonly nextActions: readonly NextAction[];
}

interface ItemDefinition {
  readonly id: string;
  readonly group: ChecklistGroup;
  readonly stage?: CycleStage;
  readonly responsible: Responsible;
  readonly stages: readonly CycleStage[];
  readonly frequency: ChecklistFrequency;
  readonly periodDays?: number;
  readonly derivation: Derivation;
  /** A custom item's labels by language tag (built-in items have a `labelKey`). */
  readonly label?: LocalizedLabel;
  /** The catalogue key of a built-in item's label. */
  readonly labelKey?: string;
  readonly evaluate?: Evaluator;
  /** Whether the item settles once its first stage is over (done or overdue); milestones keep their own date. */
  readonly settles: boolean;
}

const builtInDefinitions: readonly ItemDefinition[] = responsibilityCatalog.items.map((item) => {
  const evaluate = itemEvaluators[item.id];
  const settles = item.frequency === 'once' || item.group === 'stage';
  const { label: _english, ...definition } = item;
  return evaluate === undefined ? { ...definition, settles } : { ...definition, settles, evaluate };
});

// The catalogue's labels take no params, so a locale's labels are rendered
// once and reused: thousands of reports in one language render none again.
// Keyed by tag or by (frozen) pack; bounded, as any cache of the library.
const builtInLabels = new Map<string | LocalePack, readonly string[]>();
const MAX_LABEL_LOCALES = 32;

function labelsIn(locale: Locale | undefined): readonly string[] {
  const key = locale ?? defaultLocale;
  let labels = builtInLabels.get(key);
  if (labels === undefined) {
    labels = builtInDefinitions.map((definition) =>
      formatChecklistsMessage(definition.labelKey ?? definition.id, {}, locale),
    );
    // A pack that can still change is not remembered; nor are long strings, which are not tags.
    const stable =
      typeof key === 'string'
        ? key.length <= 64
        : Object.isFrozen(key) && Object.isFrozen(key.messages);
    if (stable) {
      if (builtInLabels.size >= MAX_LABEL_LOCALES) builtInLabels.clear();
      builtInLabels.set(key, labels);
    }
  }
  return labels;
}

function occurrencesOf(
  item: Exclude<CustomChecklistItem, { rule: 'manual' | 'milestone' }>,
  ctx: EvaluationContext,
): Occurrence[] {
  const { relationship } = ctx;
  const occurrences: Occurrence[] = [];
  switch (item.rule) {
    case 'meetings-per-period':
      for (const timed of ctx.meetings) {
        if (timed.meeting.status === 'held')
          occurrences.push({ at: timed.start, kind: 'meeting', id: timed.meeting.id });
      }
      break;
    case 'progress-update-every':
      for (const update of relationship.progressUpdates) {
        if (item.responsible === 'both' || update.postedBy === item.responsible) {
          occurrences.push({
            at: ctx.time(update.postedAt),
            kind: 'progress-update',
            id: update.id,
          });
        }
      }
      break;
    case 'feedback-every':
      for (const feedback of relationship.feedback) {
        if (
          feedback.from === item.from &&
          feedback.to !== item.from &&
          feedback.visibility === 'shared'
        ) {
          occurrences.push({
            at: ctx.time(feedback.givenAt),
            kind: 'feedback',
            id: feedback.id,
          });
        }
      }
      break;
  }
  return occurrences;
}

const ItemEvaluationSchema = z.strictObject({
  status: z.enum(['done', 'open', 'due', 'overdue', 'manual', 'not-applicable']),
  evidence: z
    .array(
      z.strictObject({
        kind: z.enum([
          'meeting',
          'event',
          'goal',
          'plan-step',
          'action-item',
          'feedback',
          'feedback-request',
          'progress-update',
          'evaluation',
          'self-inventory',
          'agreement',
          'attestation',
        ]),
        id: IdSchema,
      }),
    )
    .max(1000)
    .optional(),
  dueAt: TimestampSchema.optional(),
});
// The schema and the public types must list the same statuses and kinds.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const itemEvaluationInSync: [
  Same<z.output<typeof ItemEvaluationSchema>['status'], ChecklistItemStatus>,
  Same<
    NonNullable<z.output<typeof ItemEvaluationSchema>['evidence']>[number]['kind'],
    EvidenceKind
  >,
] = [true, true];
void itemEvaluationInSync;

/**
 * What a coded item's `evaluate` returned, validated: a malformed result is a
 * programmer error, reported where it came from (`items[index].evaluate`).
 */
function checkedEvaluation(index: number, returned: unknown): Judgement {
  const result = ItemEvaluationSchema.safeParse(returned, { reportInput: true });
  if (!result.success) {
    throw new InvalidOptionsError(
      'evaluateChecklist',
      result.error.issues.map((issue) => {
        const converted = fromZodIssue(issue);
        return { ...converted, path: ['items', index, 'evaluate', ...converted.path] };
      }),
    );
  }
  const { status, evidence, dueAt } = result.data;
  return judge(
    status,
    // Copied (by the parse), so freezing the report never freezes what the evaluator returned.
    evidence?.map((item) => ref(item.kind, item.id)),
    dueAt === undefined ? undefined : epochOf(dueAt),
  );
}

function customDefinition(
  item: CustomChecklistItem | CodedChecklistItem,
  index: number,
): ItemDefinition {
  const base = {
    id: item.id,
    group: 'custom' as const,
    responsible: item.responsible,
    stages: item.stages,
    label: item.label,
  };
  if ('evaluate' in item) {
    const settles = item.frequency === 'once';
    const evaluate: Evaluator = (ctx, asOf) => {
      // Only the public part of the context, judged at the (possibly earlier) moment asked for.
      const context: ChecklistContext = {
        relationship: ctx.relationship,
        asOf,
        settings: ctx.settings,
        cadenceDays: ctx.cadenceDays,
        stage: ctx.stage,
        stageStart: (stage) => ctx.stageStart(stage),
      };
      return checkedEvaluation(index, item.evaluate(context));
    };
    return { ...base, frequency: item.frequency, derivation: 'derived', evaluate, settles };
  }
  if (item.rule === 'manual') {
    return { ...base, frequency: 'ongoing', derivation: 'manual', settles: false };
  }
  if (item.rule === 'milestone') {
    const dueMs = item.dueDays * DAY_MS;
    const evaluate: Evaluator = (ctx, asOf) => {
      const attested = attestation(ctx, item.id, item.responsible);
      if (attested.status === 'done') return attested;
      const start = ctx.begunAt();
      return dueOrOverdue(asOf, start + dueMs);
    };
    return { ...base, frequency: 'once', derivation: 'manual', evaluate, settles: false };
  }
  const periodDays = item.rule === 'meetings-per-period' ? item.periodDays : item.everyDays;
  const required = item.rule === 'meetings-per-period' ? item.minMeetings : 1;
  const firstStage = item.stages[0] ?? 'cultivating';
  const evaluate: Evaluator = (ctx, asOf) =>
    judgePeriodic(
      asOf,
      periodAnchor(ctx, firstStage),
      periodDays * DAY_MS,
      required,
      occurrencesOf(item, ctx),
    );
  return {
    ...base,
    frequency: 'per-period',
    periodDays,
    derivation: 'derived',
    evaluate,
    settles: false,
  };
}

function definitionsFor(
  items: readonly (CustomChecklistItem | CodedChecklistItem)[] | undefined,
): readonly ItemDefinition[] {
  // Ids are distinct: the options schema checked them.
  if (items === undefined || items.length === 0) return builtInDefinitions;
  return [...builtInDefinitions, ...items.map(customDefinition)];
}

/**
 * A manual item is done once a side it makes responsible attested it (for
 * `both`, either side); an attestation by the other side only shows it covered.
 */
function attestation(ctx: EvaluationContext, id: string, responsible: Responsible): Judgement {
  if (ctx.relationship.attestations.length === 0) return judge('manual');
  const counts = (by: string) => responsible === 'both' || by === responsible;
  let own = false;
  let theirs = false;
  for (const a of ctx.relationship.attestations) {
    if (a.itemId !== id) continue;
    if (counts(a.by)) own = true;
    else theirs = true;
  }
  if (!own && !theirs) return judge('manual');
  const ownRefs: EvidenceRef[] = [];
  const theirRefs: EvidenceRef[] = [];
  for (const event of ctx.eventsOf('attest-checklist-item')) {
    if (event.type === 'attest-checklist-item' && event.itemId === id) {
      (counts(event.actor.role) ? ownRefs : theirRefs).push(ref('event', event.id));
    }
  }
  if (own) return judge('done', ownRefs.length > 0 ? ownRefs : [ref('attestation', id)]);
  const other = responsible === 'mentor' ? 'mentee' : 'mentor';
  return coveredBy(
    judge('manual'),
    other,
    theirRefs.length > 0 ? theirRefs : [ref('attestation', id)],
  );
}

/** Where an item's first stage stands in the cycle, and the stage after it: fixed per definition. */
interface StageSpan {
  readonly firstIndex: number;
  readonly next: CycleStage | undefined;
}
const spans = new WeakMap<ItemDefinition, StageSpan>();

function spanOf(definition: ItemDefinition, stage: CycleStage): StageSpan {
  let span = spans.get(definition);
  if (span === undefined) {
    const firstIndex = cycleStages.indexOf(definition.stages[0] ?? stage);
    span = { firstIndex, next: cycleStages[firstIndex + 1] };
    // An item with no stage takes the context's; it is never applicable, so this is never reached for it.
    if (definition.stages.length > 0) spans.set(definition, span);
  }
  return span;
}

function judgeItem(
  ctx: EvaluationContext,
  definition: ItemDefinition,
  known?: StageSpan,
): Judgement {
  if (ctx.stage === undefined || !definition.stages.includes(ctx.stage))
    return judge('not-applicable');
  if (definition.evaluate === undefined) {
    return attestation(ctx, definition.id, definition.responsible);
  }
  const { firstIndex, next } = known ?? spanOf(definition, ctx.stage);
  // Once-items and stage items have their time in their first stage; after it they are done or overdue.
  const stageOver = definition.settles && ctx.stageIndex > firstIndex && next !== undefined;
  const stageEnd = stageOver ? ctx.stageStart(next) : undefined;
  const asOf = stageEnd !== undefined && stageEnd < ctx.asOf ? stageEnd : ctx.asOf;
  const result = definition.evaluate(ctx, asOf);
  if (
    !stageOver ||
    result.status === 'done' ||
    result.status === 'not-applicable' ||
    result.status === 'manual'
  ) {
    return result;
  }
  const overdue = judge('overdue', result.evidence, result.due ?? stageEnd);
  return result.coveredBy === undefined
    ? overdue
    : coveredBy(overdue, result.coveredBy.role, result.coveredBy.evidence);
}

function coverage(
  covered: NonNullable<Judgement['coveredBy']>,
  locale: Locale | undefined,
): ItemCoverage {
  return Object.freeze({
    role: covered.role,
    evidence: covered.evidence,
    messageKey: 'checklists.covered' as const,
    message: formatChecklistsMessage('checklists.covered', { role: covered.role }, locale),
  });
}

/** Done, due and total items of one side, as {@link Completion} counts them. */
export interface Counts {
  done: number;
  due: number;
  total: number;
}

const sides = ['mentor', 'mentee'] as const;

/** Counts an item's status for the side(s) it makes responsible (`not-applicable` counts for neither). */
function count(
  counts: { readonly mentor: Counts; readonly mentee: Counts },
  responsible: Responsible,
  status: ChecklistItemStatus,
): void {
  if (status === 'not-applicable') return;
  for (const side of sides) {
    if (responsible === side || responsible === 'both') {
      const tally = counts[side];
      tally.total++;
      if (status === 'done') {
        tally.done++;
        tally.due++;
      } else if (status === 'overdue') tally.due++;
    }
  }
}

/**
 * Each side's counts over the catalogue's items, by the same judgement as
 * {@link evaluateChecklist} (no custom items): for batches that sum the
 * completion of many relationships and need no labels, deadlines or next actions.
 */
let builtInSpans: readonly (StageSpan | undefined)[] | undefined;

export function dutyCounts(ctx: EvaluationContext): { mentor: Counts; mentee: Counts } {
  const counts = {
    mentor: { done: 0, due: 0, total: 0 },
    mentee: { done: 0, due: 0, total: 0 },
  };
  // The built-in items' spans, looked up once rather than per relationship.
  builtInSpans ??= builtInDefinitions.map((definition) =>
    definition.stages.length > 0 ? spanOf(definition, 'preparing') : undefined,
  );
  for (let i = 0; i < builtInDefinitions.length; i++) {
    const definition = builtInDefinitions[i] as ItemDefinition;
    count(counts, definition.responsible, judgeItem(ctx, definition, builtInSpans[i]).status);
  }
  return counts;
}

function completion({ done, due, total }: Counts): Completion {
  const result: Mutable<Completion> = { done, due, total };
  if (due > 0) result.doneOfDue = done / due;
  if (total > 0) result.doneOfAll = done / total;
  return Object.freeze(result);
}

function sortKey(action: { status: NextAction['status']; due: number | undefined }): number {
  if (action.due !== undefined) return action.due;
  return action.status === 'overdue' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Works out the responsibility checklist of a relationship at a moment:
 * every catalogue item (and the programme's own items) with its status,
 * the evidence behind it and its deadline, each side's completion, and the
 * viewer's next actions sorted by deadline, labelled in the chosen language.
 * Pure: reads no clock, never changes (or freezes) its input, returns deep-frozen data.
 *
 * Rules worth knowing: an agenda counts only if sent at least the
 * programme's `agendaLeadTimeHours` before the meeting; punctuality allows
 * `punctualityGraceMinutes`; a follow-up counts only if finished before the
 * next meeting began; progress updates, feedback requests and the mentor's
 * feedback are due once per cadence period (the agreement's, else the
 * programme's `meetingCadenceDays`); a cancellation respects the other
 * person's time only with `cancellationNoticeHours` of notice, and a
 * reschedule inside that notice counts as a late cancellation for whoever
 * made it; items that cannot be derived stay `manual` until their
 * responsible side attests them.
 *
 * Duties are credited to the side the catalogue makes responsible: an agenda
 * the mentor sent, a meeting only the mentor scheduled, a goal the mentor set
 * or a follow-up the mentor finished does not fulfil the mentee's duty; the
 * item stays open, due or overdue and its `coveredBy` names the other side
 * with the records (see {@link ChecklistItemReport.coveredBy}).
 *
 * Deadlines and `asOf` are written in the programme's `timeZone` offset when
 * it has one, else in the offset of `now`, seconds precision unless the
 * moment has milliseconds. A moment past 9999-12-31 (or before year 0) in
 * that offset cannot be a timestamp: it is clamped to the last (first) one.
 *
 * @param relationship - a valid relationship (from `parseRelationship` or the lifecycle)
 * @param options - whose view, `now`, locale, programme and custom items; see {@link ChecklistOptions}
 * @throws {@link InvalidOptionsError} when the options fail {@link ChecklistOptionsSchema}
 *   (e.g. `role: 'mentor '` at path `['role']`, a `now` without offset, a custom item id
 *   used twice at `['items', i, 'id']`), or when a coded item's `evaluate` returns a
 *   malformed result (path `['items', i, 'evaluate', …]`); what `evaluate` throws
 *   itself reaches the caller unchanged
 * @throws {@link MentorshipKitError} with code `validation_failed` and the issues, when
 *   judging fails because `relationship` is not a valid relationship (parse documents
 *   from storage with `parseRelationship` first)
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * const report = evaluateChecklist(relationship, {
 *   role: 'mentee', now: '2026-04-14T09:00:00+02:00', locale: de,
 *   program: { id: 'spring-2026', timeZone: 'Europe/Berlin' },
 * });
 * for (const action of report.nextActions) console.log(action.status, action.label, action.dueAt);
 * // overdue  Agenda vor dem Termin senden  2026-04-13T18:00:00+02:00
 * ```
 */
export function evaluateChecklist(
  relationship: Relationship,
  options: ChecklistOptions,
): ChecklistReport {
  const { role, now, locale, program, items } = parseOptions(
    'evaluateChecklist',
    ChecklistOptionsSchema,
    options,
  );
  try {
    return judgeChecklist(relationship, role, now, locale, program, items);
  } catch (cause) {
    throw explainFailure('evaluateChecklist', relationship, cause);
  }
}

function judgeChecklist(
  relationship: Relationship,
  role: ChecklistViewer,
  now: Timestamp,
  locale: Locale | undefined,
  program: ResolvedProgram | undefined,
  items: readonly (CustomChecklistItem | CodedChecklistItem)[] | undefined,
): ChecklistReport {
  const resolved = resolveLocale(locale);
  const labels = labelsIn(locale);
  const ctx = createEvaluationContext(relationship, epochOf(now), settingsOf(program));
  // Several items often share a deadline (the end of a cadence period): the writer renders each once.
  const write = timestampWriter(program?.timeZone, now);
  const reports: ChecklistItemReport[] = [];
  const counts = {
    mentor: { done: 0, due: 0, total: 0 },
    mentee: { done: 0, due: 0, total: 0 },
  };
  const actions: { action: NextAction; due: number | undefined; status: NextAction['status'] }[] =
    [];
  const definitions = definitionsFor(items);
  for (let index = 0; index < definitions.length; index++) {
    const definition = definitions[index] as ItemDefinition;
    const judged = judgeItem(ctx, definition);
    const { status, evidence, due } = judged;
    const label =
      labels[index] ??
      // Custom labels in the language the rest of the report is in, so that one report never mixes two.
      renderMessage(definition.label ?? { en: definition.id }, {}, resolved.tag);
    const report: Mutable<ChecklistItemReport> = {
      id: definition.id,
      group: definition.group,
      responsible: definition.responsible,
      frequency: definition.frequency,
      derivation: definition.derivation,
      label,
      status,
      evidence,
    };
    if (definition.stage !== undefined) report.stage = definition.stage;
    if (definition.periodDays !== undefined) report.periodDays = definition.periodDays;
    if (due !== undefined) report.dueAt = write(due);
    if (judged.coveredBy !== undefined) {
      report.coveredBy = coverage(judged.coveredBy, locale);
    }
    // Frozen as built: its evidence and references already are.
    reports.push(Object.freeze(report));
    if (status === 'not-applicable') continue;
    count(counts, definition.responsible, status);
    const forViewer =
      role === 'admin' || definition.responsible === 'both' || definition.responsible === role;
    if (
      !ctx.closed &&
      forViewer &&
      (status === 'open' || status === 'due' || status === 'overdue')
    ) {
      const action: Mutable<NextAction> = {
        id: definition.id,
        label,
        status,
        responsible: definition.responsible,
      };
      if (report.dueAt !== undefined) action.dueAt = report.dueAt;
      actions.push({ action: Object.freeze(action), due, status });
    }
  }
  actions.sort((a, b) => sortKey(a) - sortKey(b) || 0);
  // Every part below is frozen as it is built, so freezing each level here is a full deep freeze.
  return Object.freeze({
    relationshipId: relationship.id,
    stage: relationship.stage,
    cycle: relationship.cycle,
    role,
    locale: resolved.tag,
    now,
    asOf: write(ctx.asOf),
    cadenceDays: ctx.cadenceDays,
    items: Object.freeze(reports),
    completion: Object.freeze({
      mentor: completion(counts.mentor),
      mentee: completion(counts.mentee),
    }),
    nextActions: Object.freeze(actions.map((entry) => entry.action)),
  });
}
