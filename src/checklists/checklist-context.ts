import { epochOf } from '../_internal/epoch-time';
import { defaultLocale, type Locale, locales } from '../i18n';
import {
  type CycleStage,
  cycleStages,
  defaultProgramSettings,
  isTerminalStage,
  isTimestamp,
  type Meeting,
  type Program,
  type ProgramSettings,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventType,
} from '../model';
import { type EvidenceRef, ref } from './judgement';

/** Milliseconds in a minute, an hour and a day: every duration below is compared in ms. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * What an evaluator may read about a relationship: the document itself, the
 * moment it is judged at, and the settings in force. Given to the `evaluate`
 * function of items defined in code (see {@link defineChecklistItem}).
 *
 * @example
 * ```ts
 * const lastHeld = (context: ChecklistContext) =>
 *   context.relationship.meetings.filter((m) => m.status === 'held' && Date.parse(m.startsAt) <= context.asOf);
 * ```
 */
export interface ChecklistContext {
  readonly relationship: Relationship;
  /**
   * The moment the relationship is judged at, in epoch milliseconds: `now`,
   * or the start of a pause or the closing time if that is earlier (a paused
   * or closed relationship's clock stands still).
   */
  readonly asOf: number;
  /** The programme settings in force (the defaults when no programme was given). */
  readonly settings: ProgramSettings;
  /** Days between meetings: the agreement's cadence, else the programme's. */
  readonly cadenceDays: number;
  /**
   * The cycle stage the relationship is in (a paused one: the stage it returns
   * to; a closed one: the last stage it reached), or `undefined` before preparation began.
   */
  readonly stage: CycleStage | undefined;
  /** When the relationship last entered a stage of its current cycle, in epoch ms, if known. */
  stageStart(stage: CycleStage): number | undefined;
}

/** A meeting with its start time parsed once and its evidence reference made once. */
export interface TimedMeeting {
  readonly meeting: Meeting;
  readonly start: number;
  readonly ref: EvidenceRef;
}

/** The context plus precomputed indexes the built-in evaluators share. */
export interface EvaluationContext extends ChecklistContext {
  readonly cadenceMs: number;
  /** All meetings, by start time. */
  readonly meetings: readonly TimedMeeting[];
  readonly closed: boolean;
  /** When the relationship last resumed from a pause, if ever. */
  readonly lastResume: number | undefined;
  /** History events of one of the indexed types (stage changes, resumes, inventories, agreement, attestations). */
  eventsOf(type: RelationshipEventType): readonly RelationshipEvent[];
  /** Index of a cycle stage (0–3), or -1 before preparation. */
  readonly stageIndex: number;
  /** Epoch ms of a timestamp of the relationship (a fast `Date.parse` for the model's format). */
  time(timestamp: string): number;
}

/**
 * Reads `now` as epoch ms. A malformed `now` is a programmer error (it never
 * comes from end users), so it throws instead of returning a Result.
 */
export function parseNow(now: string): number {
  if (typeof now !== 'string' || !isTimestamp(now)) {
    throw new TypeError(
      `now must be an ISO 8601 timestamp with an offset, such as 2026-03-01T09:00:00Z; got ${String(now)}`,
    );
  }
  return epochOf(now);
}

/** The `locale` option, defaulting to English; an unknown locale is a programmer error. */
export function localeOption(locale: Locale | undefined): Locale {
  if (locale === undefined) return defaultLocale;
  if (!locales.includes(locale)) {
    throw new TypeError(`locale must be one of ${locales.join(', ')}; got ${String(locale)}`);
  }
  return locale;
}

const stageOfEvent: Partial<Record<RelationshipEventType, CycleStage>> = {
  continue: 'preparing',
  'begin-initiation': 'initiating',
  'begin-cultivation': 'cultivating',
  'begin-evaluation': 'evaluating',
};

function lastStageInHistory(relationship: Relationship): CycleStage | undefined {
  for (let i = relationship.history.length - 1; i >= 0; i--) {
    const event = relationship.history[i];
    const stage = event === undefined ? undefined : stageOfEvent[event.type];
    if (stage !== undefined) return stage;
  }
  return relationship.startedAt === undefined ? undefined : 'preparing';
}

function reachedStage(relationship: Relationship): CycleStage | undefined {
  switch (relationship.stage) {
    case 'preparing':
    case 'initiating':
    case 'cultivating':
    case 'evaluating':
      return relationship.stage;
    case 'paused':
      return relationship.pause?.resumeTo ?? lastStageInHistory(relationship);
    case 'completed':
      return 'evaluating';
    case 'ended':
      return lastStageInHistory(relationship);
    default:
      return undefined;
  }
}

function asOfTime(relationship: Relationship, now: number): number {
  if (relationship.stage === 'paused' && relationship.pause !== undefined) {
    return Math.min(now, Date.parse(relationship.pause.since));
  }
  if (isTerminalStage(relationship.stage) && relationship.closedAt !== undefined) {
    return Math.min(now, Date.parse(relationship.closedAt));
  }
  return now;
}

/** The settings of the given programme, or the defaults. */
export function settingsOf(program: Pick<Program, 'settings'> | undefined): ProgramSettings {
  return program?.settings ?? defaultProgramSettings;
}

/** The event types the evaluators look up; indexing only these keeps the history pass cheap. */
const indexedEventTypes: ReadonlySet<RelationshipEventType> = new Set<RelationshipEventType>([
  'continue',
  'begin-initiation',
  'begin-cultivation',
  'begin-evaluation',
  'resume',
  'record-self-inventory',
  'record-agreement',
  'accept-agreement',
  'attest-checklist-item',
]);

/**
 * The shared evaluation context: one pass over history and meetings, then
 * lookups. A class, so that evaluating thousands of relationships does not
 * allocate a set of closures for each.
 */
class RelationshipFacts implements EvaluationContext {
  readonly asOf: number;
  readonly cadenceDays: number;
  readonly cadenceMs: number;
  readonly stage: CycleStage | undefined;
  readonly stageIndex: number;
  readonly meetings: readonly TimedMeeting[];
  readonly closed: boolean;
  readonly lastResume: number | undefined;
  private readonly events = new Map<RelationshipEventType, RelationshipEvent[]>();
  private readonly stageStarts = new Map<CycleStage, number | undefined>();

  constructor(
    readonly relationship: Relationship,
    now: number,
    readonly settings: ProgramSettings,
  ) {
    for (const event of relationship.history) {
      if (!indexedEventTypes.has(event.type)) continue;
      const list = this.events.get(event.type);
      if (list === undefined) this.events.set(event.type, [event]);
      else list.push(event);
    }
    const meetings: TimedMeeting[] = [];
    for (const meeting of relationship.meetings) {
      meetings.push({
        meeting,
        start: this.time(meeting.startsAt),
        ref: ref('meeting', meeting.id),
      });
    }
    this.meetings = meetings.sort((a, b) => a.start - b.start);
    this.cadenceDays = relationship.agreement?.cadenceDays ?? settings.meetingCadenceDays;
    this.cadenceMs = this.cadenceDays * DAY_MS;
    this.stage = reachedStage(relationship);
    this.stageIndex = this.stage === undefined ? -1 : cycleStages.indexOf(this.stage);
    this.asOf = asOfTime(relationship, now);
    this.closed = isTerminalStage(relationship.stage);
    this.lastResume = this.lastAt('resume');
  }

  time(timestamp: string): number {
    return epochOf(timestamp);
  }

  eventsOf(type: RelationshipEventType): readonly RelationshipEvent[] {
    return this.events.get(type) ?? noEvents;
  }

  stageStart(which: CycleStage): number | undefined {
    if (this.stageStarts.has(which)) return this.stageStarts.get(which);
    const { relationship } = this;
    const startedAt =
      relationship.startedAt === undefined ? undefined : this.time(relationship.startedAt);
    let at: number | undefined;
    switch (which) {
      case 'preparing':
        at = relationship.cycle > 1 ? (this.lastAt('continue') ?? startedAt) : startedAt;
        break;
      case 'initiating':
        at = this.lastAt('begin-initiation');
        break;
      case 'cultivating':
        // Without the stage event, the first meeting held marks the end of initiation.
        at =
          this.lastAt('begin-cultivation') ??
          this.meetings.find((timed) => timed.meeting.status === 'held')?.start;
        break;
      case 'evaluating':
        at = this.lastAt('begin-evaluation');
        break;
    }
    this.stageStarts.set(which, at);
    return at;
  }

  private lastAt(type: RelationshipEventType): number | undefined {
    const list = this.events.get(type);
    const last = list?.[list.length - 1];
    return last === undefined ? undefined : this.time(last.at);
  }
}

const noEvents: readonly RelationshipEvent[] = [];

/** Builds the shared evaluation context: one pass over history and meetings. */
export function createEvaluationContext(
  relationship: Relationship,
  now: number,
  settings: ProgramSettings,
): EvaluationContext {
  return new RelationshipFacts(relationship, now, settings);
}
