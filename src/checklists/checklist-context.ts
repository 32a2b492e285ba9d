import { epochOf } from '../_internal/epoch-time';
import {
  type ActionItem,
  type CycleStage,
  cycleStages,
  defaultProgramSettings,
  isTerminalStage,
  type Meeting,
  type ParticipantRole,
  type ProgramSettings,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventType,
  type RelationshipStage,
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
  /** When its agenda was sent, epoch ms (parsed once, on first use); `undefined` without an agenda. */
  readonly agendaSentAt: number | undefined;
}

/** A `reschedule-meeting` event of the history, with the start it moved the meeting away from. */
export interface Reschedule {
  readonly meetingId: string;
  readonly eventId: string;
  /** When it was rescheduled, epoch ms. */
  readonly at: number;
  readonly by: ParticipantRole;
  /** The start it moved away from, epoch ms: the notice is measured against it. */
  readonly from: number;
}

/**
 * Who did what, as far as the records say: what the entities do not store
 * (who set a goal, added or completed a plan step, moved a meeting) is read
 * from the actors of the history's events. A record whose event is missing
 * has no entry: it counts for the side the item makes responsible.
 */
export interface ActorFacts {
  /** Who set each goal first (`set-goal` or `continue`), by goal id. */
  readonly goalSetBy: ReadonlyMap<string, ParticipantRole>;
  /** Who added each plan step (with its goal, or `add-plan-step`), by {@link stepKey}. */
  readonly stepAddedBy: ReadonlyMap<string, ParticipantRole>;
  /** Who completed each plan step, by {@link stepKey}. */
  readonly stepCompletedBy: ReadonlyMap<string, ParticipantRole>;
  /** Every reschedule whose earlier start is known, in history order. */
  readonly reschedules: readonly Reschedule[];
  /** Whether the mentor set a goal, or added or completed a plan step (if not, no lookups are needed). */
  readonly mentorPlanned: boolean;
}

/** The key of a plan step in {@link ActorFacts}: step ids are unique within their goal only. */
export function stepKey(goalId: string, stepId: string): string {
  return `${goalId}\u0000${stepId}`;
}

/** The party behind an event; admins and the system act for neither side. */
function partyOf(event: RelationshipEvent): ParticipantRole | undefined {
  const { role } = event.actor;
  return role === 'mentor' || role === 'mentee' ? role : undefined;
}

const noRoles: ReadonlyMap<string, ParticipantRole> = new Map();

/**
 * One pass over the history for the few event types that say who did what;
 * the lookups by goal and step are built (in a second pass) only when the
 * mentor set a goal or touched a plan step — otherwise everything is the mentee's.
 */
function readActors(relationship: Relationship, time: (t: string) => number): ActorFacts {
  let moves: RelationshipEvent[] | undefined;
  let mentorPlanned = false;
  for (const event of relationship.history) {
    switch (event.type) {
      case 'set-goal':
      case 'continue':
      case 'add-plan-step':
      case 'complete-plan-step':
        if (event.actor.role === 'mentor') mentorPlanned = true;
        break;
      case 'reschedule-meeting':
        if (moves === undefined) moves = [event];
        else moves.push(event);
        break;
    }
  }
  const reschedules =
    moves === undefined ? noReschedules : readReschedules(relationship, moves, time);
  if (!mentorPlanned) {
    return {
      goalSetBy: noRoles,
      stepAddedBy: noRoles,
      stepCompletedBy: noRoles,
      reschedules,
      mentorPlanned,
    };
  }
  const goalSetBy = new Map<string, ParticipantRole>();
  const stepAddedBy = new Map<string, ParticipantRole>();
  const stepCompletedBy = new Map<string, ParticipantRole>();
  const first = (map: Map<string, ParticipantRole>, key: string, by: ParticipantRole) => {
    if (!map.has(key)) map.set(key, by);
  };
  for (const event of relationship.history) {
    const by = partyOf(event);
    if (by === undefined) continue;
    switch (event.type) {
      case 'set-goal':
      case 'continue':
        for (const goal of event.type === 'set-goal' ? [event.goal] : event.goals) {
          first(goalSetBy, goal.id, by);
          for (const step of goal.plan ?? []) first(stepAddedBy, stepKey(goal.id, step.id), by);
        }
        break;
      case 'add-plan-step':
        first(stepAddedBy, stepKey(event.goalId, event.step.id), by);
        break;
      case 'complete-plan-step':
        stepCompletedBy.set(stepKey(event.goalId, event.stepId), by);
        break;
    }
  }
  return { goalSetBy, stepAddedBy, stepCompletedBy, reschedules, mentorPlanned };
}

const noReschedules: readonly Reschedule[] = [];

/**
 * Each reschedule with the start it moved the meeting away from: the
 * meeting's `previousStartTimes` (oldest first) when they match its events,
 * else the start the history gave it before (schedule or earlier move).
 */
function readReschedules(
  relationship: Relationship,
  moves: readonly RelationshipEvent[],
  time: (t: string) => number,
): Reschedule[] {
  const reschedules: Reschedule[] = [];
  const byMeeting = new Map<string, RelationshipEvent[]>();
  for (const event of moves) {
    if (event.type !== 'reschedule-meeting') continue;
    const list = byMeeting.get(event.meetingId);
    if (list === undefined) byMeeting.set(event.meetingId, [event]);
    else list.push(event);
  }
  for (const meeting of relationship.meetings) {
    const list = byMeeting.get(meeting.id);
    if (list === undefined) continue;
    let starts: readonly (string | undefined)[] = meeting.previousStartTimes;
    if (list.length !== starts.length) {
      let start: string | undefined;
      const chain: (string | undefined)[] = [];
      for (const event of relationship.history) {
        if (event.type === 'schedule-meeting' && event.meetingId === meeting.id) {
          start = event.startsAt;
        } else if (event.type === 'reschedule-meeting' && event.meetingId === meeting.id) {
          chain.push(start);
          start = event.startsAt;
        }
      }
      starts = chain;
    }
    list.forEach((event, index) => {
      const by = partyOf(event);
      const from = starts[index];
      if (by === undefined || from === undefined) return;
      reschedules.push({
        meetingId: meeting.id,
        eventId: event.id,
        at: time(event.at),
        by,
        from: time(from),
      });
    });
  }
  return reschedules;
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
  /** Who did what, read from the history on first use (one pass). */
  actors(): ActorFacts;
  /** The relationship's stage at the moment judged (its `stage`, unless judged as of an earlier moment). */
  readonly relationshipStage: RelationshipStage;
  /** Whether a follow-up was still open at the moment judged. */
  isOpen(item: ActionItem): boolean;
  /** When the relationship started, else when it was proposed, epoch ms (read once). */
  begunAt(): number;
  /** What the contexts of this relationship at other moments may share with this one. */
  readonly shared: SharedRecords;
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

/**
 * Where a relationship stood at a past moment, read from its records: not
 * started yet (`proposed`), closed by then (its final stage), or the cycle
 * stage its history had reached, paused between a `pause` and its `resume`.
 */
interface PastStanding {
  readonly stage: RelationshipStage;
  /** The cycle stage reached (for a paused one: the one it returns to). */
  readonly reached: CycleStage | undefined;
  /** When the pause in force began, if paused. */
  readonly pausedAt?: number;
}

function standingAt(relationship: Relationship, at: number, records: PastRecords): PastStanding {
  if (records.closedAt !== undefined && records.closedAt <= at) {
    return { stage: relationship.stage, reached: reachedStage(relationship) };
  }
  if (records.startedAt === undefined || records.startedAt > at) {
    return { stage: 'proposed', reached: undefined };
  }
  let reached: CycleStage = 'preparing';
  let pausedAt: number | undefined;
  const { moves, moveTimes } = records;
  for (let i = 0; i < moves.length; i++) {
    const moveAt = moveTimes[i] as number;
    if (moveAt > at) continue;
    const move = moves[i] as Move;
    if (move === 'pause') pausedAt = moveAt;
    else if (move === 'resume') pausedAt = undefined;
    else reached = move;
  }
  return pausedAt === undefined
    ? { stage: reached, reached }
    : { stage: 'paused', reached, pausedAt };
}

/** What a history event does to the standing: enter a cycle stage, pause or resume. */
type Move = CycleStage | 'pause' | 'resume';

/**
 * What judging a relationship at past moments reads again and again, read
 * once: when it started and closed, and the stage changes, pauses and
 * resumes of its history with their times.
 */
class PastRecords {
  readonly startedAt: number | undefined;
  /** When it closed (the lifecycle's `closedAt`, else its last event), if it is closed. */
  readonly closedAt: number | undefined;
  /** The history's stage changes, pauses and resumes, in history order, with their times. */
  readonly moves: readonly Move[];
  readonly moveTimes: readonly number[];

  constructor(records: SharedRecords, time: (t: string) => number) {
    const { relationship } = records;
    const { history, startedAt } = relationship;
    this.startedAt = startedAt === undefined ? undefined : time(startedAt);
    // The lifecycle stamps `closedAt`; a closed document without one closed with its last event.
    const closedAt = isTerminalStage(relationship.stage)
      ? (relationship.closedAt ?? history[history.length - 1]?.at)
      : undefined;
    this.closedAt = closedAt === undefined ? undefined : time(closedAt);
    const moves: Move[] = [];
    const moveTimes: number[] = [];
    for (let i = 0; i < history.length; i++) {
      const event = history[i] as RelationshipEvent;
      const move: Move | undefined =
        stageOfEvent[event.type] ??
        (event.type === 'pause' || event.type === 'resume' ? event.type : undefined);
      if (move !== undefined) {
        moves.push(move);
        moveTimes.push(records.eventTime(i));
      }
    }
    this.moves = moves;
    this.moveTimes = moveTimes;
  }
}

const noIndexes: readonly number[] = Object.freeze([]);

/**
 * What the contexts of one relationship share, whatever the moment judged:
 * its meetings by start time, the times of its history's events (each read
 * on first use) and, once a past moment is judged, its {@link PastRecords}.
 * Handed from one context to the next of the same relationship, so that
 * judging it at a dozen month ends reads its records once.
 */
export class SharedRecords {
  /** Made on first use by a context judged at a past moment. */
  past: PastRecords | undefined;
  // By history index; NaN until read.
  private times: number[] | undefined;
  // By slot of an indexed event type; each list made on first use.
  private indexes: (readonly number[] | undefined)[] | undefined;

  constructor(
    readonly relationship: Relationship,
    readonly meetings: readonly TimedMeeting[],
    private readonly clock: (timestamp: string) => number,
  ) {}

  /** Where the history's events of an indexed type are, in history order (none for another type). */
  indexesOf(type: RelationshipEventType): readonly number[] {
    const slot = eventSlot[type];
    if (slot === undefined) return noIndexes;
    this.indexes ??= new Array(indexedEventTypes.length);
    let list = this.indexes[slot];
    if (list === undefined) {
      const found: number[] = [];
      const { history } = this.relationship;
      for (let i = 0; i < history.length; i++) {
        if ((history[i] as RelationshipEvent).type === type) found.push(i);
      }
      list = found.length === 0 ? noIndexes : found;
      this.indexes[slot] = list;
    }
    return list;
  }

  /** The time of the history's event at `index`, epoch ms. */
  eventTime(index: number): number {
    const { history } = this.relationship;
    this.times ??= new Array<number>(history.length).fill(Number.NaN);
    let at = this.times[index] as number;
    if (Number.isNaN(at)) {
      at = this.clock((history[index] as RelationshipEvent).at);
      this.times[index] = at;
    }
    return at;
  }
}

function asOfTime(relationship: Relationship, now: number): number {
  if (relationship.stage === 'paused' && relationship.pause !== undefined) {
    return Math.min(now, epochOf(relationship.pause.since));
  }
  if (isTerminalStage(relationship.stage) && relationship.closedAt !== undefined) {
    return Math.min(now, epochOf(relationship.closedAt));
  }
  return now;
}
/** The settings of the given (validated) programme, or the defaults. */
export function settingsOf(
  program: { readonly settings: ProgramSettings } | undefined,
): ProgramSettings {
  return program?.settings ?? defaultProgramSettings;
}

/** The event types the evaluators look up; indexing only these keeps the history pass cheap. */
const indexedEventTypes: readonly RelationshipEventType[] = [
  'continue',
  'begin-initiation',
  'begin-cultivation',
  'begin-evaluation',
  'resume',
  'record-self-inventory',
  'record-agreement',
  'accept-agreement',
  'attest-checklist-item',
];

/** Each indexed type's slot in a context's event lists (a plain array per context, cheaper to make than a Map). */
const eventSlot: Partial<Record<RelationshipEventType, number>> = Object.assign(
  Object.create(null),
  Object.fromEntries(indexedEventTypes.map((type, slot) => [type, slot])),
);

/**
 * The shared evaluation context: lookups over history and meetings, each
 * worked out on first use. A class, so that evaluating thousands of
 * relationships does not allocate a set of closures for each.
 */
class RelationshipFacts implements EvaluationContext {
  // Fixed for the relationship; the moment-dependent ones below are set by
  // `judgeAt`, again when a past context is moved to another moment.
  readonly cadenceDays: number;
  readonly cadenceMs: number;
  readonly meetings: readonly TimedMeeting[];
  /** What this context shares with the other contexts of the same relationship. */
  readonly shared: SharedRecords;
  asOf = 0;
  stage: CycleStage | undefined;
  stageIndex = -1;
  closed = false;
  lastResume: number | undefined;
  relationshipStage: RelationshipStage = 'proposed';
  /** The indexed types' events by slot, each list made on first use (most are read only for evidence). */
  private events: (readonly RelationshipEvent[] | undefined)[] | undefined;
  // By stage index; `null` until worked out (an array: cheaper to make than a Map, per context).
  private readonly stageStarts: (number | undefined | null)[] = [null, null, null, null];
  private actorFacts: ActorFacts | undefined;
  private cutoff: number | undefined;
  // Read on first use, then kept: the same at every moment judged.
  private startedMs: number | undefined | null = null;
  private begunMs: number | undefined;

  /**
   * With `cutoff`, the relationship is judged as its records stood then:
   * history events after it have not happened, follow-ups finished after it
   * were open, and its stage is the one its history had reached (see {@link standingAt}).
   */
  constructor(
    readonly relationship: Relationship,
    now: number,
    readonly settings: ProgramSettings,
    cutoff?: number,
    shared?: SharedRecords,
    private readonly clock: (timestamp: string) => number = epochOf,
  ) {
    this.shared =
      shared ?? new SharedRecords(relationship, timedMeetings(relationship, clock), clock);
    this.meetings = this.shared.meetings;
    this.cadenceDays = relationship.agreement?.cadenceDays ?? settings.meetingCadenceDays;
    this.cadenceMs = this.cadenceDays * DAY_MS;
    this.judgeAt(now, cutoff);
  }

  /**
   * Sets what depends on the moment judged, and forgets what was worked out
   * for another: a context judged at a past moment can move to another one
   * (see {@link judgeAgainAt}), so one context serves a dozen month ends.
   */
  judgeAt(now: number, cutoff: number | undefined): void {
    const { relationship } = this;
    this.cutoff = cutoff;
    this.events = undefined;
    this.stageStarts.fill(null);
    if (cutoff === undefined) {
      this.relationshipStage = relationship.stage;
      this.stage = reachedStage(relationship);
      this.asOf = asOfTime(relationship, now);
    } else {
      this.shared.past ??= new PastRecords(this.shared, this.clock);
      const records = this.shared.past;
      const standing = standingAt(relationship, cutoff, records);
      this.relationshipStage = standing.stage;
      this.stage = standing.reached;
      const closedAt = relationship.closedAt;
      this.asOf =
        standing.pausedAt !== undefined
          ? Math.min(now, standing.pausedAt)
          : isTerminalStage(standing.stage) && closedAt !== undefined
            ? Math.min(now, this.time(closedAt))
            : now;
    }
    this.stageIndex = this.stage === undefined ? -1 : cycleStages.indexOf(this.stage);
    this.closed = isTerminalStage(this.relationshipStage);
    this.lastResume = this.lastAt('resume');
  }

  isOpen(item: ActionItem): boolean {
    if (item.status === 'open') return true;
    if (this.cutoff === undefined) return false;
    const closedAt = item.completedAt ?? item.droppedAt;
    return closedAt !== undefined && this.time(closedAt) > this.cutoff;
  }

  time(timestamp: string): number {
    return this.clock(timestamp);
  }

  begunAt(): number {
    this.begunMs ??= this.startedAt() ?? this.time(this.relationship.proposal.proposedAt);
    return this.begunMs;
  }

  private startedAt(): number | undefined {
    if (this.startedMs === null) {
      const { startedAt } = this.relationship;
      this.startedMs = startedAt === undefined ? undefined : this.time(startedAt);
    }
    return this.startedMs;
  }

  actors(): ActorFacts {
    this.actorFacts ??= readActors(this.relationship, this.clock);
    return this.actorFacts;
  }

  eventsOf(type: RelationshipEventType): readonly RelationshipEvent[] {
    const slot = eventSlot[type];
    if (slot === undefined) return noEvents;
    this.events ??= new Array(indexedEventTypes.length);
    let list = this.events[slot];
    if (list === undefined) {
      const found: RelationshipEvent[] = [];
      const { history } = this.relationship;
      for (const i of this.shared.indexesOf(type)) {
        if (this.happened(i)) found.push(history[i] as RelationshipEvent);
      }
      list = found.length === 0 ? noEvents : found;
      this.events[slot] = list;
    }
    return list;
  }

  stageStart(which: CycleStage): number | undefined {
    const index = cycleStages.indexOf(which);
    const known = this.stageStarts[index];
    if (known !== null) return known;
    const { relationship } = this;
    const startedAt = this.startedAt();
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
    this.stageStarts[index] = at;
    return at;
  }

  /** Whether the history's event at `index` had happened by the moment judged. */
  private happened(index: number): boolean {
    // Only an event known to be later is left out (as when the history is read through).
    return this.cutoff === undefined || !(this.shared.eventTime(index) > this.cutoff);
  }

  /** The time of the last event of an indexed type that had happened, in history order. */
  private lastAt(type: RelationshipEventType): number | undefined {
    const { cutoff, shared } = this;
    const indexes = shared.indexesOf(type);
    for (let k = indexes.length - 1; k >= 0; k--) {
      const at = shared.eventTime(indexes[k] as number);
      if (cutoff === undefined || !(at > cutoff)) return at;
    }
    return undefined;
  }
}

const noEvents: readonly RelationshipEvent[] = [];

/** A {@link TimedMeeting} whose evidence reference is made on first use (most are never cited). */
class Timed implements TimedMeeting {
  private evidence: EvidenceRef | undefined;
  // `null` until read: a report judges a meeting's agenda at every month end.
  private sentAt: number | undefined | null = null;
  constructor(
    readonly meeting: Meeting,
    readonly start: number,
    private readonly time: (t: string) => number,
  ) {}
  get ref(): EvidenceRef {
    this.evidence ??= ref('meeting', this.meeting.id);
    return this.evidence;
  }
  get agendaSentAt(): number | undefined {
    if (this.sentAt === null) {
      const { agenda } = this.meeting;
      this.sentAt = agenda === undefined ? undefined : this.time(agenda.sentAt);
    }
    return this.sentAt;
  }
}

/** The meetings by start time; the same for every moment a relationship is judged at. */
function timedMeetings(
  relationship: Relationship,
  time: (t: string) => number,
): readonly TimedMeeting[] {
  const meetings: TimedMeeting[] = [];
  let sorted = true;
  for (const meeting of relationship.meetings) {
    const timed = new Timed(meeting, time(meeting.startsAt), time);
    const previous = meetings[meetings.length - 1];
    if (previous !== undefined && previous.start > timed.start) sorted = false;
    meetings.push(timed);
  }
  // Usually stored in order already; sorting is stable, so order among equal starts is kept either way.
  return sorted ? meetings : meetings.sort((a, b) => a.start - b.start);
}

/** Builds the shared evaluation context: one pass over history and meetings. */
export function createEvaluationContext(
  relationship: Relationship,
  now: number,
  settings: ProgramSettings,
  clock?: (timestamp: string) => number,
): EvaluationContext {
  return new RelationshipFacts(relationship, now, settings, undefined, undefined, clock);
}

/**
 * The context of a relationship as its records stood at a past moment `at`
 * (judged at `at`): for figures over time, such as the health at each month end.
 * `at` must not be after the moment the document was read. `shared`, the
 * `shared` records of another context of the same relationship, saves reading
 * them again (its meetings, and the times of its history once a past moment was judged).
 */
export function createEvaluationContextAt(
  relationship: Relationship,
  at: number,
  settings: ProgramSettings,
  shared?: SharedRecords,
  clock?: (timestamp: string) => number,
): PastEvaluationContext {
  return new RelationshipFacts(relationship, at, settings, at, shared, clock);
}

/** A context judged at a past moment, which {@link judgeAgainAt} can move to another. */
export interface PastEvaluationContext extends EvaluationContext {
  /** Judges at `now`, as the records stood at `cutoff` (see {@link judgeAgainAt}). */
  judgeAt(now: number, cutoff: number): void;
}

/**
 * `context`, a context made by {@link createEvaluationContextAt}, judged at
 * another past moment `at` instead: the same object, cut again (its records
 * are not read again). For a relationship judged at each month end, one
 * context rather than one per month; the earlier moment's answers are gone,
 * so it must no longer be in use for them.
 */
export function judgeAgainAt(context: PastEvaluationContext, at: number): PastEvaluationContext {
  context.judgeAt(at, at);
  return context;
}
