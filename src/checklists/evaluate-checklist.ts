import { epochOf, isoOf } from '../_internal/epoch-time';
import type { Locale } from '../i18n';
import {
  type CycleStage,
  cycleStages,
  isTimestamp,
  type ParticipantRole,
  type Program,
  type Relationship,
  type RelationshipStage,
  type Timestamp,
} from '../model';
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
  localeOption,
  parseNow,
  settingsOf,
} from './checklist-context';
import type { CodedChecklistItem, CustomChecklistItem } from './custom-items';
import { type Evaluator, itemEvaluators } from './item-evaluators';
import {
  type ChecklistItemStatus,
  dueOrOverdue,
  type EvidenceRef,
  type Judgement,
  judge,
  ref,
} from './judgement';
import { judgePeriodic, type Occurrence, periodAnchor } from './periodic';

/**
 * Whose view a report takes: the mentor's, the mentee's, or a programme
 * admin's (who sees everyone's next actions).
 *
 * @example
 * ```ts
 * const viewer: ChecklistViewer = 'admin';
 * ```
 */
export type ChecklistViewer = ParticipantRole | 'admin';

/**
 * Options of {@link evaluateChecklist}.
 *
 * @example
 * ```ts
 * const options: ChecklistOptions = { role: 'mentee', now: '2026-04-01T09:00:00+02:00', locale: 'de' };
 * ```
 */
export interface ChecklistOptions {
  /** Whose next actions to list. */
  readonly role: ChecklistViewer;
  /** The moment to judge at: an ISO 8601 timestamp with an offset, like every time in the library. */
  readonly now: Timestamp;
  /** Language of the labels; default `'en'`. */
  readonly locale?: Locale;
  /** The programme whose settings apply; the defaults when left out. */
  readonly program?: Pick<Program, 'settings'>;
  /** The programme's own items, declared as data or in code, appended after the catalogue. */
  readonly items?: readonly (CustomChecklistItem | CodedChecklistItem)[];
}

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
  /** The deadline (UTC ISO timestamp): the one missed, the one coming, or the next one after a `done`. */
  readonly dueAt?: Timestamp;
}

/**
 * How far one side has come: items `done` out of the items that apply to it
 * (shared items count for both sides; `not-applicable` ones for neither).
 * `ratio` is `done / total`, and 1 when nothing applies.
 *
 * @example
 * ```ts
 * const percent = (c: Completion) => Math.round(c.ratio * 100);
 * ```
 */
export interface Completion {
  readonly done: number;
  readonly total: number;
  readonly ratio: number;
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
 * console.log(report.completion.mentee.ratio, report.nextActions[0]?.label);
 * ```
 */
export interface ChecklistReport {
  readonly relationshipId: string;
  readonly stage: RelationshipStage;
  readonly cycle: number;
  readonly role: ChecklistViewer;
  readonly locale: Locale;
  /** The `now` asked for. */
  readonly now: Timestamp;
  /** The moment actually judged at (UTC): `now`, or the start of a pause or the closing time. */
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
  readonly label: { readonly en: string; readonly de: string };
  readonly evaluate?: Evaluator;
  /** Whether the item settles once its first stage is over (done or overdue); milestones keep their own date. */
  readonly settles: boolean;
}

const builtInDefinitions: readonly ItemDefinition[] = responsibilityCatalog.items.map((item) => {
  const evaluate = itemEvaluators[item.id];
  const settles = item.frequency === 'once' || item.group === 'stage';
  return evaluate === undefined ? { ...item, settles } : { ...item, settles, evaluate };
});

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

/** A custom evaluator's deadline in epoch ms; a malformed one is a programmer error. */
function dueOf(id: string, dueAt: string): number {
  if (!isTimestamp(dueAt)) {
    throw new TypeError(
      `Checklist item "${id}" returned dueAt ${JSON.stringify(dueAt)}, not an ISO 8601 timestamp with an offset`,
    );
  }
  return epochOf(dueAt);
}

function customDefinition(item: CustomChecklistItem | CodedChecklistItem): ItemDefinition {
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
      const result = item.evaluate(context);
      return judge(
        result.status,
        // Copied, so freezing the report never freezes what the caller's evaluator returned.
        result.evidence?.map((evidence) => ref(evidence.kind, evidence.id)),
        result.dueAt === undefined ? undefined : dueOf(item.id, result.dueAt),
      );
    };
    return { ...base, frequency: item.frequency, derivation: 'derived', evaluate, settles };
  }
  if (item.rule === 'manual') {
    return { ...base, frequency: 'ongoing', derivation: 'manual', settles: false };
  }
  if (item.rule === 'milestone') {
    const dueMs = item.dueDays * DAY_MS;
    const evaluate: Evaluator = (ctx, asOf) => {
      const attested = attestation(ctx, item.id);
      if (attested.status === 'done') return attested;
      const { relationship } = ctx;
      const start = ctx.time(relationship.startedAt ?? relationship.proposal.proposedAt);
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

function definitionsFor(items: ChecklistOptions['items']): readonly ItemDefinition[] {
  if (items === undefined || items.length === 0) return builtInDefinitions;
  const ids = new Set(builtInDefinitions.map((definition) => definition.id));
  for (const item of items) {
    // Declarative items are checked by parseCustomChecklistItems; a clash here is a programmer error.
    if (ids.has(item.id)) throw new Error(`Checklist item id "${item.id}" is used twice`);
    ids.add(item.id);
  }
  return [...builtInDefinitions, ...items.map(customDefinition)];
}

function attestation(ctx: EvaluationContext, id: string): Judgement {
  if (!ctx.relationship.attestations.some((a) => a.itemId === id)) return judge('manual');
  const refs: EvidenceRef[] = [];
  for (const event of ctx.eventsOf('attest-checklist-item')) {
    if (event.type === 'attest-checklist-item' && event.itemId === id)
      refs.push(ref('event', event.id));
  }
  return judge('done', refs.length > 0 ? refs : [ref('attestation', id)]);
}

function judgeItem(ctx: EvaluationContext, definition: ItemDefinition): Judgement {
  if (ctx.stage === undefined || !definition.stages.includes(ctx.stage))
    return judge('not-applicable');
  if (definition.evaluate === undefined) return attestation(ctx, definition.id);
  const first = definition.stages[0] ?? ctx.stage;
  const firstIndex = cycleStages.indexOf(first);
  const next = cycleStages[firstIndex + 1];
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
  return judge('overdue', result.evidence, result.due ?? stageEnd);
}

const emptyCompletion = { done: 0, total: 0 };

function completion({ done, total }: { done: number; total: number }): Completion {
  return Object.freeze({ done, total, ratio: total === 0 ? 1 : done / total });
}

function sortKey(action: { status: NextAction['status']; due: number | undefined }): number {
  if (action.due !== undefined) return action.due;
  return action.status === 'overdue' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const sides = ['mentor', 'mentee'] as const;

/**
 * Works out the responsibility checklist of a relationship at a moment:
 * every catalogue item (and the programme's own items) with its status,
 * the evidence behind it and its deadline, each side's completion, and the
 * viewer's next actions sorted by deadline, labelled in the chosen language.
 * Pure: reads no clock, never changes its input, returns deep-frozen data.
 *
 * Rules worth knowing: an agenda counts only if sent at least the
 * programme's `agendaLeadTimeHours` before the meeting; punctuality allows
 * `punctualityGraceMinutes`; a follow-up counts only if finished before the
 * next meeting began; progress updates, feedback requests and the mentor's
 * feedback are due once per cadence period; a cancellation respects the
 * other person's time only with `cancellationNoticeHours` of notice; items
 * that cannot be derived stay `manual` until attested.
 *
 * @param relationship - a valid relationship (from `parseRelationship` or the lifecycle)
 * @param options - whose view, `now` as an ISO timestamp, locale, programme and custom items
 * @throws TypeError if `now` is not an ISO 8601 timestamp with an offset (a programmer error)
 * @example
 * ```ts
 * const report = evaluateChecklist(relationship, {
 *   role: 'mentee', now: '2026-04-14T09:00:00+02:00', locale: 'de', program,
 * });
 * for (const action of report.nextActions) console.log(action.status, action.label, action.dueAt);
 * // overdue  Agenda vor dem Termin senden  2026-04-13T16:00:00.000Z
 * ```
 */
export function evaluateChecklist(
  relationship: Relationship,
  options: ChecklistOptions,
): ChecklistReport {
  const now = parseNow(options.now);
  const locale = localeOption(options.locale);
  const ctx = createEvaluationContext(relationship, now, settingsOf(options.program));
  // Several items often share a deadline (the end of a cadence period); render each once.
  const isoTimes = new Map<number, Timestamp>();
  const iso = (ms: number): Timestamp => {
    let text = isoTimes.get(ms);
    if (text === undefined) {
      text = isoOf(ms);
      isoTimes.set(ms, text);
    }
    return text;
  };
  const items: ChecklistItemReport[] = [];
  const counts = { mentor: { ...emptyCompletion }, mentee: { ...emptyCompletion } };
  const actions: { action: NextAction; due: number | undefined; status: NextAction['status'] }[] =
    [];
  for (const definition of definitionsFor(options.items)) {
    const { status, evidence, due } = judgeItem(ctx, definition);
    const label = definition.label[locale];
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
    if (due !== undefined) report.dueAt = iso(due);
    // Frozen as built: its evidence and references already are.
    items.push(Object.freeze(report));
    if (status === 'not-applicable') continue;
    for (const side of sides) {
      if (definition.responsible === side || definition.responsible === 'both') {
        counts[side].total++;
        if (status === 'done') counts[side].done++;
      }
    }
    const forViewer =
      options.role === 'admin' ||
      definition.responsible === 'both' ||
      definition.responsible === options.role;
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
    role: options.role,
    locale,
    now: options.now,
    asOf: iso(ctx.asOf),
    cadenceDays: ctx.cadenceDays,
    items: Object.freeze(items),
    completion: Object.freeze({
      mentor: completion(counts.mentor),
      mentee: completion(counts.mentee),
    }),
    nextActions: Object.freeze(actions.map((entry) => entry.action)),
  });
}
