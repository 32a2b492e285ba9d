import { deepFreeze } from '../_internal/deep-freeze';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import type { HealthStatus } from '../checklists';
import { type StandingJudge, standingJudge } from '../checklists/batch';
import {
  InvalidOptionsError,
  isTerminalStage,
  type LibraryError,
  parseRelationship,
  type Relationship,
  type RelationshipStage,
  RelationshipStageSchema,
  type ValidationError,
} from '../model';
import { unreadableIssue } from '../model/parse';
import { validationError } from '../model/validation-error';
import type { EnrolmentFields, ProgramInputFailure } from './enrolment-input';
import { monthKeyer } from './month-key';
import { monthMoments } from './month-moments';
import { programErrorKey } from './program-error-key';
import { type ProgramReportOptions, ProgramReportOptionsSchema } from './program-report-options';
import { type CsvCell, reportRows } from './program-report-rows';
import { medianOfSorted, percentileOfSorted, ratio, round2 } from './report-statistics';
import { type Waitlist, waitlist } from './waitlist';

const DAY = 86_400_000;
const stages = RelationshipStageSchema.options;
const healthStatuses = ['too-early', 'on-track', 'needs-check-in', 'at-risk', 'closed'] as const;
/** A month in which a relationship had not been proposed yet. */
const NOT_YET = 255;
const DEFAULT_HEALTH_MONTHS = 12;

/**
 * Duty fulfilment of one role, summed over the started relationships of a
 * section from `evaluateChecklist`'s completion.
 *
 * @example
 * ```ts
 * const percent = (d: DutyFulfilment) => (d.doneOfDue === undefined ? '–' : `${Math.round(d.doneOfDue * 100)} %`);
 * ```
 */
export interface DutyFulfilment {
  /** Duties done. */
  readonly done: number;
  /** Duties whose time has come (done or overdue). */
  readonly due: number;
  /** Every applicable duty, open and manual ones included. */
  readonly total: number;
  /** `done / due`, two decimals; absent when nothing is due. */
  readonly doneOfDue?: number;
}

/**
 * The figures of the whole programme or of one round.
 *
 * @example
 * ```ts
 * const line = (s: ReportSection) => `${s.matching.matchRate ?? '–'} matched, ${s.meetings.held} meetings`;
 * ```
 */
export interface ReportSection {
  /** Relationships counted (valid ones of this programme). */
  readonly relationships: number;
  /** Relationships by stage, every stage listed. */
  readonly stages: { readonly [S in RelationshipStage]: number };
  /**
   * Every relationship began as a proposal: `accepted` ones were accepted by
   * both sides (they have a start), `pending` ones still wait (stage `proposed`);
   * `matchRate` = accepted / proposals, two decimals, absent without proposals.
   */
  readonly matching: {
    readonly proposals: number;
    readonly accepted: number;
    readonly pending: number;
    readonly matchRate?: number;
  };
  /**
   * Days from the start (both sides accepted) to the first meeting held:
   * `measured` relationships had one, `waiting` started ones have none yet;
   * `medianDays` (the usual median) and `p90Days` (nearest rank), two decimals.
   */
  readonly firstMeeting: {
    readonly measured: number;
    readonly waiting: number;
    readonly medianDays?: number;
    readonly p90Days?: number;
  };
  /**
   * Meetings held: in total, per started relationship (two decimals), and by
   * calendar month (`YYYY-MM`, ascending; in the programme's time zone, else as
   * the meeting's own timestamp is written).
   */
  readonly meetings: {
    readonly held: number;
    readonly perStartedRelationship?: number;
    readonly byMonth: readonly { readonly month: string; readonly held: number }[];
  };
  /** Duty fulfilment per role at `now`, over the started relationships. */
  readonly duties: { readonly mentor: DutyFulfilment; readonly mentee: DutyFulfilment };
  /** Health at `now` (`relationshipHealth`); terminal relationships count as `closed`. */
  readonly health: { readonly [S in HealthStatus]: number };
  /**
   * Health over time: per calendar month (`YYYY-MM`, ascending; the programme's
   * time zone, else the offset `now` is written in), the health of every
   * relationship proposed by then, as its records stood at the month's end —
   * for the month of `now`, at `now` (the same figures as `health`). The last
   * `healthMonths` months (default 12), from the first month with a relationship.
   */
  readonly healthByMonth: readonly {
    readonly month: string;
    readonly health: { readonly [S in HealthStatus]: number };
  }[];
  /**
   * Closure: relationships `completed` and `endedEarly`, with the reasons of
   * the early ends (the `end-early` event's reason, exactly as written; most frequent first).
   */
  readonly closure: {
    readonly completed: number;
    readonly endedEarly: number;
    readonly earlyEndReasons: readonly { readonly reason: string; readonly count: number }[];
  };
  /**
   * Evaluation outcomes: relationships with at least one evaluation, and their
   * goals by outcome — each goal once per cycle, as its latest evaluation rated it.
   */
  readonly evaluations: {
    readonly evaluated: number;
    readonly goals: {
      readonly achieved: number;
      readonly partly: number;
      readonly notAchieved: number;
    };
  };
  /**
   * The waitlist at `now`, as `waitlist` counts it: people `waitlisted`, by
   * side, paused and per priority flag, with the median and longest days
   * waited. Present only when the report was given `enrolments`; a round's
   * counts the enrolments with its `roundId`.
   */
  readonly waitlist?: WaitlistFigures;
}

/**
 * The waitlist figures of a report section: `waitlist(…).figures`.
 *
 * @example
 * ```ts
 * const line = (w: WaitlistFigures) => `${w.length} waiting (median ${w.medianWaitingDays ?? '–'} days)`;
 * ```
 */
export type WaitlistFigures = Waitlist['figures'];

/**
 * The figures of one round, with the ids it named that were not among the
 * valid relationships of the programme.
 *
 * @example
 * ```ts
 * const summary = (r: RoundReport) => `${r.roundId}: ${r.relationships} (${r.missingRelationshipIds.length} missing)`;
 * ```
 */
export interface RoundReport extends ReportSection {
  readonly roundId: string;
  readonly missingRelationshipIds: readonly string[];
}

/**
 * A document that was left out of the report: its index in the batch, its id
 * if it has one, and why — its validation error, or `program_mismatch` when it
 * belongs to another programme.
 *
 * @example
 * ```ts
 * const line = (f: ReportFailure) => `#${f.index} ${f.relationshipId ?? '?'}: ${formatError(f.error)}`;
 * ```
 */
export interface ReportFailure {
  readonly index: number;
  readonly relationshipId?: string;
  readonly error: ValidationError | LibraryError;
}

/**
 * The monitoring and closure report of a programme at `now`: the whole
 * programme, its rounds, the documents left out, and CSV-ready rows.
 *
 * @example
 * ```ts
 * const report: ProgramReport = programReport(relationships, { now, program });
 * console.log(report.programme.matching.matchRate, report.rows.length);
 * ```
 */
export interface ProgramReport {
  readonly programId: string;
  /** The `now` the report was made for. */
  readonly asOf: string;
  /** The whole programme: every valid relationship of it. */
  readonly programme: ReportSection;
  /** One section per round given, in the order given. */
  readonly rounds: readonly RoundReport[];
  /** Documents left out, by index. */
  readonly failed: readonly ReportFailure[];
  /** Enrolments left out of the waitlist figures (unreadable, or of another programme), by index. */
  readonly failedEnrolments: readonly ProgramInputFailure[];
  /**
   * CSV-ready rows: a header row, then one row per figure —
   * `[scope, scopeId, metric, breakdown, description, value]` with stable
   * metric ids, a description in the chosen locale, and `''` for a figure
   * that has no value (e.g. a rate with nothing to divide).
   */
  readonly rows: readonly (readonly CsvCell[])[];
}

/** The months of a relationship without meetings held: shared, never changed. */
const noMonths: readonly string[] = Object.freeze([]);

/** The goal outcomes of a relationship without evaluations: shared, never changed. */
const noGoals: Facts['goals'] = Object.freeze({ achieved: 0, partly: 0, notAchieved: 0 });

interface Facts {
  readonly id: string;
  readonly stage: RelationshipStage;
  readonly started: boolean;
  readonly firstMeetingDays: number | undefined;
  readonly heldMonths: readonly string[];
  // Each side's duty counts (0 before the start), as numbers of the fact
  // itself: facts are kept for every relationship until the report is summed.
  readonly mentorDone: number;
  readonly mentorDue: number;
  readonly mentorTotal: number;
  readonly menteeDone: number;
  readonly menteeDue: number;
  readonly menteeTotal: number;
  readonly health: HealthStatus;
  /**
   * Where its health codes (index into `healthStatuses`, `NOT_YET` before the
   * proposal), one per report month, start in the report's shared code table.
   */
  readonly healthRow: number;
  readonly earlyEndReason: string | undefined;
  readonly evaluated: boolean;
  readonly goals: {
    readonly achieved: number;
    readonly partly: number;
    readonly notAchieved: number;
  };
}

function epoch(timestamp: string): number {
  const ms = epochOf(timestamp);
  if (Number.isNaN(ms)) throw new Error('unreadable timestamp');
  return ms;
}

function looksLikeRelationship(value: unknown): value is Relationship {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof Relationship, unknown>>;
  return (
    typeof r.id === 'string' &&
    typeof r.programId === 'string' &&
    typeof r.stage === 'string' &&
    (stages as readonly string[]).includes(r.stage) &&
    typeof r.proposal === 'object' &&
    r.proposal !== null &&
    Array.isArray(r.meetings) &&
    Array.isArray(r.evaluations) &&
    Array.isArray(r.history)
  );
}

const healthCode: Record<HealthStatus, number> = {
  'too-early': 0,
  'on-track': 1,
  'needs-check-in': 2,
  'at-risk': 3,
  closed: 4,
};

/** When a closed relationship closed: the lifecycle's `closedAt`, else its last event. */
function closedAtOf(r: Relationship): number | undefined {
  if (!isTerminalStage(r.stage)) return undefined;
  const at = r.closedAt ?? r.history[r.history.length - 1]?.at;
  return at === undefined ? undefined : epoch(at);
}

/**
 * The health at each month's moment, written to `codes` from `row`: cheap
 * where the answer is plain (not proposed yet; closed by then), the judge's
 * `healthAt` otherwise, and the health at `now` for the current month. One
 * table for the whole report: a typed array per relationship cost more to
 * make (and collect) than the figures in it.
 */
function healthOverTime(
  r: Relationship,
  judge: StandingJudge,
  moments: readonly number[],
  healthNow: HealthStatus,
  codes: Uint8Array,
  row: number,
): void {
  const proposedMs = epoch(r.proposal.proposedAt);
  const closedMs = closedAtOf(r);
  const last = moments.length - 1;
  for (let i = 0; i < last; i++) {
    const at = moments[i] as number;
    if (proposedMs > at) codes[row + i] = NOT_YET;
    else if (closedMs !== undefined && closedMs <= at) codes[row + i] = healthCode.closed;
    else codes[row + i] = healthCode[judge.healthAt(r, at) ?? 'too-early'];
  }
  codes[row + last] = healthCode[healthNow];
}

function factsOf(
  r: Relationship,
  judge: StandingJudge,
  monthOf: (timestamp: string, ms: number) => string,
  moments: readonly number[],
  codes: Uint8Array,
  row: number,
): Facts {
  const { duties, health, meetings } = judge.standing(r);
  const startedMs = r.startedAt === undefined ? undefined : epoch(r.startedAt);
  let firstHeld = Number.POSITIVE_INFINITY;
  let heldMonths: string[] | undefined;
  // The judge's meetings (by start time; the figures below do not depend on the order): their starts are read.
  for (let m = 0; m < meetings.length; m++) {
    const { meeting, start } = meetings[m] as (typeof meetings)[number];
    if (meeting.status !== 'held') continue;
    if (Number.isNaN(start)) throw new Error('unreadable timestamp');
    if (start < firstHeld) firstHeld = start;
    const month = monthOf(meeting.startsAt, start);
    if (heldMonths === undefined) heldMonths = [month];
    else heldMonths.push(month);
  }
  const firstMeetingDays =
    startedMs === undefined || heldMonths === undefined
      ? undefined
      : Math.max(0, firstHeld - startedMs) / DAY;

  let earlyEndReason: string | undefined;
  if (r.stage === 'ended') {
    for (let i = r.history.length - 1; i >= 0; i--) {
      const event = r.history[i];
      if (event?.type === 'end-early') {
        earlyEndReason = event.reason;
        break;
      }
    }
    earlyEndReason ??= r.closeReason ?? '';
  }

  let goals = noGoals;
  if (r.evaluations.length > 0) {
    const counted = { achieved: 0, partly: 0, notAchieved: 0 };
    // Each goal once per cycle: the latest evaluation's rating wins.
    const ratings = new Map<string, { ms: number; achievement: string }>();
    for (const evaluation of r.evaluations) {
      const ms = epoch(evaluation.recordedAt);
      for (const goal of evaluation.goals) {
        const key = `${evaluation.cycle} ${goal.id}`;
        const known = ratings.get(key);
        if (known === undefined || ms >= known.ms)
          ratings.set(key, { ms, achievement: goal.achievement });
      }
    }
    for (const { achievement } of ratings.values()) {
      if (achievement === 'achieved') counted.achieved++;
      else if (achievement === 'partly') counted.partly++;
      else counted.notAchieved++;
    }
    goals = counted;
  }

  healthOverTime(r, judge, moments, health, codes, row);
  return {
    id: r.id,
    stage: r.stage,
    started: startedMs !== undefined,
    firstMeetingDays,
    heldMonths: heldMonths ?? noMonths,
    mentorDone: duties?.mentor.done ?? 0,
    mentorDue: duties?.mentor.due ?? 0,
    mentorTotal: duties?.mentor.total ?? 0,
    menteeDone: duties?.mentee.done ?? 0,
    menteeDue: duties?.mentee.due ?? 0,
    menteeTotal: duties?.mentee.total ?? 0,
    health,
    healthRow: row,
    earlyEndReason,
    evaluated: r.evaluations.length > 0,
    goals,
  };
}

function duty({ done, due, total }: { done: number; due: number; total: number }): DutyFulfilment {
  const doneOfDue = ratio(done, due);
  return doneOfDue === undefined ? { done, due, total } : { done, due, total, doneOfDue };
}

function healthByMonthOf(
  facts: readonly Facts[],
  months: readonly string[],
  codes: Uint8Array,
): ReportSection['healthByMonth'] {
  const counts = months.map(() => new Uint32Array(healthStatuses.length));
  // Indexed loops: these run over every relationship of the report.
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k] as Facts;
    for (let i = 0; i < months.length; i++) {
      const code = codes[f.healthRow + i] as number;
      const row = counts[i] as Uint32Array;
      if (code !== NOT_YET) row[code] = (row[code] as number) + 1;
    }
  }
  const first = counts.findIndex((c) => c.some((n) => n > 0));
  if (first === -1) return [];
  return months.slice(first).map((month, i) => {
    const c = counts[first + i] as Uint32Array;
    return {
      month,
      health: {
        'too-early': c[0] as number,
        'on-track': c[1] as number,
        'needs-check-in': c[2] as number,
        'at-risk': c[3] as number,
        closed: c[4] as number,
      },
    };
  });
}

function summarise(
  facts: readonly Facts[],
  reportMonths: readonly string[],
  codes: Uint8Array,
  waitlistFigures: WaitlistFigures | undefined,
): ReportSection {
  const stageCounts = Object.fromEntries(stages.map((s) => [s, 0])) as Record<
    RelationshipStage,
    number
  >;
  const health: Record<HealthStatus, number> = {
    'too-early': 0,
    'on-track': 0,
    'needs-check-in': 0,
    'at-risk': 0,
    closed: 0,
  };
  const days: number[] = [];
  const months = new Map<string, number>();
  const reasons = new Map<string, number>();
  const mentor = { done: 0, due: 0, total: 0 };
  const mentee = { done: 0, due: 0, total: 0 };
  const goals = { achieved: 0, partly: 0, notAchieved: 0 };
  let accepted = 0;
  let pending = 0;
  let waiting = 0;
  let held = 0;
  let completed = 0;
  let endedEarly = 0;
  let evaluated = 0;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k] as Facts;
    stageCounts[f.stage]++;
    health[f.health]++;
    if (f.stage === 'proposed') pending++;
    if (f.started) {
      accepted++;
      if (f.firstMeetingDays === undefined) waiting++;
      else days.push(f.firstMeetingDays);
    }
    held += f.heldMonths.length;
    for (let m = 0; m < f.heldMonths.length; m++) {
      const month = f.heldMonths[m] as string;
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    mentor.done += f.mentorDone;
    mentor.due += f.mentorDue;
    mentor.total += f.mentorTotal;
    mentee.done += f.menteeDone;
    mentee.due += f.menteeDue;
    mentee.total += f.menteeTotal;
    if (f.stage === 'completed') completed++;
    if (f.earlyEndReason !== undefined) {
      endedEarly++;
      reasons.set(f.earlyEndReason, (reasons.get(f.earlyEndReason) ?? 0) + 1);
    }
    if (f.evaluated) evaluated++;
    goals.achieved += f.goals.achieved;
    goals.partly += f.goals.partly;
    goals.notAchieved += f.goals.notAchieved;
  }
  days.sort((a, b) => a - b);
  const median = medianOfSorted(days);
  const p90 = percentileOfSorted(days, 0.9);
  const matchRate = ratio(accepted, facts.length);
  const perStarted = ratio(held, accepted);
  return {
    relationships: facts.length,
    stages: stageCounts,
    matching: {
      proposals: facts.length,
      accepted,
      pending,
      ...(matchRate === undefined ? {} : { matchRate }),
    },
    firstMeeting: {
      measured: days.length,
      waiting,
      ...(median === undefined ? {} : { medianDays: round2(median) }),
      ...(p90 === undefined ? {} : { p90Days: round2(p90) }),
    },
    meetings: {
      held,
      ...(perStarted === undefined ? {} : { perStartedRelationship: perStarted }),
      byMonth: [...months]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([month, count]) => ({ month, held: count })),
    },
    duties: { mentor: duty(mentor), mentee: duty(mentee) },
    health,
    healthByMonth: healthByMonthOf(facts, reportMonths, codes),
    closure: {
      completed,
      endedEarly,
      earlyEndReasons: [...reasons]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
        .map(([reason, count]) => ({ reason, count })),
    },
    evaluations: { evaluated, goals },
    ...(waitlistFigures === undefined ? {} : { waitlist: waitlistFigures }),
  };
}

function failure(
  index: number,
  document: unknown,
  error: ValidationError | LibraryError,
): ReportFailure {
  let relationshipId: string | undefined;
  try {
    const id = (document as { id?: unknown } | null)?.id;
    if (typeof id === 'string') relationshipId = id;
  } catch {
    // a hostile object: reported without an id
  }
  return relationshipId === undefined ? { index, error } : { index, relationshipId, error };
}

function problemsOf(document: unknown, cause: unknown): ValidationError {
  try {
    const parsed = parseRelationship(document);
    if (!parsed.ok) return parsed.error;
  } catch {
    // fall through: not even readable
  }
  return validationError([unreadableIssue(cause)]);
}

/**
 * The monitoring and closure report of a programme at `now`, for the whole
 * programme and for each round the caller names: match rate, days from the
 * start to the first meeting held (median, 90th percentile), meetings held per
 * relationship and per month, duty fulfilment per role (`evaluateChecklist`),
 * health (`relationshipHealth`) at `now` and at the end of each of the last
 * `healthMonths` months, completions and early ends with their reasons,
 * evaluation outcomes, stage counts and — given the `enrolments` — the
 * waitlist's length and waiting times (`waitlist`) — as typed, deep-frozen
 * data and as CSV-ready `rows` for sponsors.
 *
 * Deterministic for a given `now`: no clock is read, every list has a fixed
 * order. One bad document never aborts the batch: a document that cannot be
 * read as a relationship, or that belongs to another programme, is listed in
 * `failed` and left out of every figure. Documents are read as valid
 * relationships (from `parseRelationship` or the lifecycle) without a full
 * re-validation, which would cost more than the report.
 *
 * Health over time judges each relationship as its records stood at each
 * month's end (a stage entered, a meeting recorded or a follow-up finished
 * later had not happened yet), by the same rules as `relationshipHealth`.
 * Enrolments are read like `waitlist` reads them: a bad one is listed in
 * `failedEnrolments`, never thrown.
 *
 * @param relationships - the programme's relationships, any stage
 * @param options - `now`, `program`, the `locale` of the CSV texts, the `rounds`, the `enrolments`
 *   and `healthMonths`; see {@link ProgramReportOptions}
 * @throws {@link InvalidOptionsError} when the options fail {@link ProgramReportOptionsSchema}
 *   (e.g. a round id given twice at `['rounds', 1, 'id']`), or when `relationships`
 *   is not an array (path `['relationships']`)
 * @example
 * ```ts
 * const report = programReport(relationships, {
 *   now: '2026-07-01T09:00:00+02:00',
 *   program: { id: 'career-starters', timeZone: 'Europe/Berlin' },
 *   rounds: [{ id: 'spring-2026', relationshipIds: springIds }],
 *   enrolments,
 *   locale: de,
 * });
 * report.programme.matching.matchRate; // 0.85
 * report.programme.waitlist?.medianWaitingDays; // 12.5
 * report.programme.healthByMonth.at(-1)?.health['at-risk']; // 3
 * const csv = report.rows.map((row) => row.map((cell) => JSON.stringify(cell)).join(',')).join('\n');
 * ```
 */
export function programReport(
  relationships: readonly Relationship[],
  options: ProgramReportOptions,
): ProgramReport {
  const { now, program, locale, rounds, enrolments, healthMonths } = parseOptions(
    'programReport',
    ProgramReportOptionsSchema,
    options,
  );
  if (!Array.isArray(relationships)) {
    throw new InvalidOptionsError('programReport', [
      {
        path: ['relationships'],
        code: 'invalid_type',
        messageKey: 'validation.invalid_type',
        params: {
          expected: 'array',
          received: relationships === null ? 'null' : typeof relationships,
        },
      },
    ]);
  }
  // evaluateChecklist's and relationshipHealth's rules, judged once per relationship
  // without rendering what the report drops (labels, deadlines, messages).
  const judge = standingJudge(now, program);
  const monthOf = monthKeyer(program.timeZone);
  const { months, moments } = monthMoments(
    program.timeZone,
    now,
    epoch(now),
    healthMonths ?? DEFAULT_HEALTH_MONTHS,
  );
  const facts: Facts[] = [];
  const failed: ReportFailure[] = [];
  const codes = new Uint8Array(relationships.length * months.length);
  for (let index = 0; index < relationships.length; index++) {
    let document: unknown;
    try {
      document = relationships[index];
      if (!looksLikeRelationship(document)) throw new Error('not a relationship');
      if (document.programId !== program.id) {
        failed.push(
          failure(index, document, {
            code: 'program_mismatch',
            messageKey: programErrorKey('program.report.program_mismatch'),
            params: { expected: program.id, actual: document.programId },
            path: ['programId'],
          }),
        );
        continue;
      }
      facts.push(factsOf(document, judge, monthOf, moments, codes, facts.length * months.length));
    } catch (cause) {
      failed.push(failure(index, document, problemsOf(document, cause)));
    }
  }
  const byId = new Map<string, Facts>();
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k] as Facts;
    if (!byId.has(f.id)) byId.set(f.id, f);
  }
  // The waitlist as `waitlist` makes it: for the programme from every
  // enrolment (so each bad one is reported), and for each round from its
  // waitlisted ones only, grouped in one pass — `waitlist` skips the rest anyway.
  const programmeWaitlist =
    enrolments === undefined
      ? undefined
      : waitlist(program, { enrolments: enrolments as EnrolmentFields[], now });
  const waitingByRound = new Map<string, EnrolmentFields[]>();
  for (const document of enrolments ?? []) {
    let roundId: unknown;
    try {
      const fields = (document ?? {}) as { roundId?: unknown; status?: unknown };
      if (fields.status !== 'waitlisted') continue;
      roundId = fields.roundId;
    } catch {
      continue; // a hostile object: already reported by the programme's list
    }
    if (typeof roundId !== 'string') continue;
    const list = waitingByRound.get(roundId);
    if (list === undefined) waitingByRound.set(roundId, [document as EnrolmentFields]);
    else list.push(document as EnrolmentFields);
  }
  const waiting = (roundId: string) =>
    enrolments === undefined
      ? undefined
      : waitlist(program, { enrolments: waitingByRound.get(roundId) ?? [], now, roundId });
  const programme = summarise(facts, months, codes, programmeWaitlist?.figures);
  const roundReports: RoundReport[] = (rounds ?? []).map((round) => {
    const members: Facts[] = [];
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const id of round.relationshipIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      const f = byId.get(id);
      if (f === undefined) missing.push(id);
      else members.push(f);
    }
    return {
      roundId: round.id,
      ...summarise(members, months, codes, waiting(round.id)?.figures),
      missingRelationshipIds: missing,
    };
  });
  return deepFreeze({
    programId: program.id,
    asOf: now,
    programme,
    rounds: roundReports,
    failed,
    failedEnrolments: programmeWaitlist?.failed ?? [],
    rows: reportRows(
      program.id,
      programme,
      roundReports,
      failed.length,
      programmeWaitlist?.failed.length,
      locale,
    ),
  });
}
