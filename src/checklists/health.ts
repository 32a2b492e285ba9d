import { deepFreeze } from '../_internal/deep-freeze';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import type { Locale, MessageKey, MessageParams } from '../i18n';
import type { checklistsMessages } from '../i18n/messages/checklists';
import { formatChecklistsMessage } from '../i18n/scoped-format';
import {
  InvalidOptionsError,
  isTerminalStage,
  type Relationship,
  type RelationshipStage,
  type ResolvedProgram,
  type Timestamp,
  type ValidationError,
} from '../model';
import { unreadableIssue } from '../model/parse';
import { validationError } from '../model/validation-error';
import {
  createEvaluationContext,
  DAY_MS,
  type EvaluationContext,
  settingsOf,
} from './checklist-context';
import { explainFailure, relationshipProblems } from './invalid-relationship';
import { citing, type EvidenceRef, ref } from './judgement';
import {
  activityReference,
  agendaOnTime,
  lastHeldMeeting,
  meetingRef,
  overdueFollowUps,
} from './meeting-facts';
import { type HealthOptions, HealthOptionsSchema } from './options';
import { periodAnchor } from './periodic';
import { type TimestampWriter, timestampWriter } from './timestamps';

/**
 * How a relationship is doing, judged from its activity:
 * - `too-early`: not started yet, or started less than one cadence ago with no meeting held;
 * - `on-track`: nothing that needs attention;
 * - `needs-check-in`: e.g. no meeting for 1.5 cadences, follow-ups past due, a proposal waiting past half its term;
 * - `at-risk`: no meeting for 2 cadences or more, or a proposal past its expiry;
 * - `closed`: the relationship is over (completed, ended early, declined,
 *   withdrawn, expired or invalidated); nothing is judged any more, so a
 *   relationship that ended well is never shown at risk. The stage is the reason.
 *
 * @example
 * ```ts
 * const alert = (s: HealthStatus) => s === 'at-risk' || s === 'needs-check-in';
 * ```
 */
export type HealthStatus = 'too-early' | 'on-track' | 'needs-check-in' | 'at-risk' | 'closed';

/**
 * The stable code of a {@link HealthReason}.
 *
 * @example
 * ```ts
 * const code: HealthReasonCode = 'meeting-gap';
 * ```
 */
export type HealthReasonCode =
  | 'meeting-gap'
  | 'action-items-overdue'
  | 'agenda-missing'
  | 'no-progress-update'
  | 'proposal-waiting'
  | 'proposal-past-expiry'
  | 'paused'
  | 'closed';

/**
 * How much a reason weighs: `info` does not change the status, `check-in`
 * makes it at least `needs-check-in`, `risk` makes it `at-risk`.
 *
 * @example
 * ```ts
 * const level: HealthLevel = 'check-in';
 * ```
 */
export type HealthLevel = 'info' | 'check-in' | 'risk';

/**
 * One reason behind a health status, with the records it rests on.
 *
 * @example
 * ```ts
 * const text = (reason: HealthReason) => `[${reason.level}] ${reason.message}`;
 * ```
 */
export interface HealthReason {
  readonly code: HealthReasonCode;
  readonly level: HealthLevel;
  /** The message key and params, to render in another language with `formatMessage`. */
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  /** The message rendered in the requested locale. */
  readonly message: string;
  readonly evidence: readonly EvidenceRef[];
}

/**
 * The result of {@link relationshipHealth}. Deep-frozen plain data.
 *
 * @example
 * ```ts
 * const report: HealthReport = relationshipHealth(relationship, { now });
 * if (report.status === 'at-risk') notifyCoordinator(report.reasons.map((r) => r.message));
 * ```
 */
export interface HealthReport {
  readonly relationshipId: string;
  readonly stage: RelationshipStage;
  readonly status: HealthStatus;
  /** Strongest first. A closed relationship has the one reason `closed`. */
  readonly reasons: readonly HealthReason[];
  readonly cadenceDays: number;
  /**
   * The moment judged at: `now`, or the start of a pause or the closing time;
   * in the programme's time zone offset when it has one, else in the offset of `now`.
   */
  readonly asOf: Timestamp;
  /** Start of the last meeting held, as stored. */
  readonly lastMeetingAt?: Timestamp;
  /** Whole days from the last meeting held to `asOf`. */
  readonly daysSinceLastMeeting?: number;
}

const levelRank: Record<HealthLevel, number> = { info: 0, 'check-in': 1, risk: 2 };

/** A reason as the rules find it, before its message is rendered (a batch that counts statuses never renders one). */
type Finding = Omit<HealthReason, 'message'>;

function reason(
  code: HealthReasonCode,
  level: HealthLevel,
  messageKey: keyof typeof checklistsMessages,
  params: MessageParams,
  evidence: readonly EvidenceRef[] = [],
): Finding {
  return { code, level, messageKey, params, evidence };
}

function rendered(finding: Finding, locale: Locale | undefined): HealthReason {
  const { code, level, messageKey, params, evidence } = finding;
  return {
    code,
    level,
    messageKey,
    params,
    // Only this module's catalogue: bundles of the checklists stay free of the others.
    message: formatChecklistsMessage(messageKey as keyof typeof checklistsMessages, params, locale),
    evidence,
  };
}

const wholeDays = (ms: number) => Math.floor(ms / DAY_MS);

/** What every reason of one health check shares: the locale and how to write a time. */
interface Judging {
  readonly locale: Locale | undefined;
  readonly write: TimestampWriter;
}

function proposalReasons(ctx: EvaluationContext): Finding[] {
  const { proposal } = ctx.relationship;
  const proposedAt = ctx.time(proposal.proposedAt);
  const expiresAt = ctx.time(proposal.expiresAt);
  const ttl = expiresAt - proposedAt;
  if (ctx.asOf >= expiresAt) {
    const days = wholeDays(ctx.asOf - expiresAt);
    return [
      reason('proposal-past-expiry', 'risk', 'checklists.health.proposal_past_expiry', { days }),
    ];
  }
  if (ctx.asOf - proposedAt > ttl / 2) {
    const params = { days: wholeDays(ctx.asOf - proposedAt), ttlDays: Math.round(ttl / DAY_MS) };
    return [reason('proposal-waiting', 'check-in', 'checklists.health.proposal_waiting', params)];
  }
  return [];
}

function activityReasons(ctx: EvaluationContext): Finding[] {
  const { asOf, cadenceMs, cadenceDays } = ctx;
  const reasons: Finding[] = [];
  const gap = asOf - activityReference(ctx, asOf);
  if (gap >= 1.5 * cadenceMs) {
    const last = lastHeldMeeting(ctx, asOf);
    reasons.push(
      reason(
        'meeting-gap',
        gap >= 2 * cadenceMs ? 'risk' : 'check-in',
        'checklists.health.meeting_gap',
        { days: wholeDays(gap), cadenceDays },
        last === undefined ? [] : [meetingRef(last)],
      ),
    );
  }
  const overdue = overdueFollowUps(ctx, asOf);
  if (overdue.length > 0) {
    reasons.push(
      reason(
        'action-items-overdue',
        'check-in',
        'checklists.health.action_items_overdue',
        { count: overdue.length },
        citing() ? overdue.map((item): EvidenceRef => ref('action-item', item.id)) : [],
      ),
    );
  }
  const withoutAgenda: EvidenceRef[] = [];
  for (const timed of ctx.meetings) {
    const recent = timed.start <= asOf && timed.start > asOf - 2 * cadenceMs;
    if (recent && timed.meeting.status !== 'cancelled' && !agendaOnTime(ctx, timed)) {
      withoutAgenda.push(meetingRef(timed));
    }
  }
  if (withoutAgenda.length > 0) {
    reasons.push(
      reason(
        'agenda-missing',
        withoutAgenda.length >= 2 ? 'check-in' : 'info',
        'checklists.health.agenda_missing',
        { count: withoutAgenda.length },
        withoutAgenda,
      ),
    );
  }
  if (ctx.stage === 'cultivating' || ctx.stage === 'evaluating') {
    let since = periodAnchor(ctx, 'cultivating');
    let latest: EvidenceRef[] = [];
    for (const update of ctx.relationship.progressUpdates) {
      const at = ctx.time(update.postedAt);
      if (update.postedBy === 'mentee' && at <= asOf && at >= since) {
        since = at;
        if (citing()) latest = [ref('progress-update', update.id)];
      }
    }
    const gap = asOf - since;
    if (gap >= 1.5 * cadenceMs) {
      reasons.push(
        reason(
          'no-progress-update',
          'check-in',
          'checklists.health.no_progress_update',
          { days: wholeDays(gap) },
          latest,
        ),
      );
    }
  }
  return reasons;
}

function statusOf(ctx: EvaluationContext, reasons: readonly Finding[]): HealthStatus {
  const worst = reasons.reduce((rank, r) => Math.max(rank, levelRank[r.level]), 0);
  if (worst === levelRank.risk) return 'at-risk';
  if (worst === levelRank['check-in']) return 'needs-check-in';
  if (ctx.stage === undefined) return 'too-early';
  const reference = activityReference(ctx, ctx.asOf);
  const noMeetingYet = lastHeldMeeting(ctx, ctx.asOf) === undefined;
  return noMeetingYet && (reference === undefined || ctx.asOf - reference < ctx.cadenceMs)
    ? 'too-early'
    : 'on-track';
}

/** The calendar date (YYYY-MM-DD) of a moment, as the report writes it. */
function dateOf(write: TimestampWriter, ms: number): string {
  return write(ms).slice(0, 10);
}

/** What the rules find about an open relationship that bears on its status (the pause's note aside). */
const noFindings: readonly Finding[] = Object.freeze([]);

function findingsOf(ctx: EvaluationContext): Finding[] {
  const proposal = ctx.relationshipStage === 'proposed' ? proposalReasons(ctx) : noFindings;
  const activity = ctx.stage === undefined ? [] : activityReasons(ctx);
  return proposal.length === 0 ? activity : [...proposal, ...activity];
}

/**
 * The status alone, by the same rules as {@link relationshipHealth}, for a
 * context already built: batches (the programme report) count statuses and
 * render no message.
 */
export function healthStatusOf(ctx: EvaluationContext): HealthStatus {
  return ctx.closed ? 'closed' : statusOf(ctx, findingsOf(ctx));
}

/** The health of one relationship, with options already validated. */
function judgeHealth(
  relationship: Relationship,
  now: number,
  program: ResolvedProgram | undefined,
  { locale, write }: Judging,
): HealthReport {
  const ctx = createEvaluationContext(relationship, now, settingsOf(program));
  let findings: Finding[];
  let status: HealthStatus;
  if (ctx.closed) {
    // Over is over: the activity of a closed relationship says nothing about its health.
    const params = { stage: { key: `stage.${relationship.stage}` as MessageKey } };
    findings = [reason('closed', 'info', 'checklists.health.closed', params)];
    status = 'closed';
  } else {
    findings = findingsOf(ctx);
    if (relationship.stage === 'paused' && relationship.pause !== undefined) {
      const params = { since: dateOf(write, epochOf(relationship.pause.since)) };
      const paused = reason('paused', 'info', 'checklists.health.paused', params);
      // After a proposal's reasons (a paused one has none), before the activity's: as always listed.
      findings = [paused, ...findings];
    }
    findings.sort((a, b) => levelRank[b.level] - levelRank[a.level]);
    status = statusOf(ctx, findings);
  }
  const reasons = findings.map((finding) => rendered(finding, locale));
  const last = lastHeldMeeting(ctx, ctx.asOf);
  return deepFreeze({
    relationshipId: relationship.id,
    stage: relationship.stage,
    status,
    reasons,
    cadenceDays: ctx.cadenceDays,
    asOf: write(ctx.asOf),
    ...(last === undefined
      ? {}
      : {
          lastMeetingAt: last.meeting.startsAt,
          daysSinceLastMeeting: wholeDays(ctx.asOf - last.start),
        }),
  });
}

/**
 * Judges how a relationship is doing at `now` from what happened in it: the
 * time since the last meeting held against the cadence (the agreement's, else
 * the programme's `meetingCadenceDays`) — a check-in is due after 1.5
 * cadences, the relationship is at risk after 2 — follow-ups past their
 * deadline, meetings without an agenda sent the programme's
 * `agendaLeadTimeHours` ahead, no progress update for 1.5 cadences, and a
 * proposal waiting past half its term (the term the proposal was made with,
 * from its `expiresAt`). A paused relationship is judged as of the start of
 * the pause. A closed one (completed, ended, declined, …) gets the status
 * `closed` with the one reason `closed` naming its stage — never `at-risk`.
 * Pure and deterministic: reads no clock and never changes its input.
 *
 * `asOf` is written in the programme's time zone offset when it has one,
 * else in the offset of `now` (clamped to year 9999, like checklist deadlines).
 *
 * @param relationship - a valid relationship
 * @param options - `now`, the programme, the locale of messages; see {@link HealthOptions}
 * @throws {@link InvalidOptionsError} when the options fail {@link HealthOptionsSchema}
 *   (e.g. a `now` without offset, at path `['now']`; an unknown key)
 * @throws {@link MentorshipKitError} with code `validation_failed` and the issues, when
 *   judging fails because `relationship` is not a valid relationship (parse documents
 *   from storage with `parseRelationship` first)
 * @example
 * ```ts
 * const health = relationshipHealth(relationship, { now: '2026-05-01T09:00:00+02:00' });
 * health.status; // 'needs-check-in'
 * health.reasons[0]?.message; // 'No meeting held for 23 days (rhythm: every 14 days)'
 * ```
 */
export function relationshipHealth(
  relationship: Relationship,
  options: HealthOptions,
): HealthReport {
  const { now, locale, program } = parseOptions('relationshipHealth', HealthOptionsSchema, options);
  const write = timestampWriter(program?.timeZone, now);
  try {
    return judgeHealth(relationship, epochOf(now), program, { locale, write });
  } catch (cause) {
    throw explainFailure('relationshipHealth', relationship, cause);
  }
}

/**
 * A relationship `programHealth` could not judge because the document is not
 * a valid relationship (e.g. a database row read without `parseRelationship`):
 * its place in the list, its id if it has one, and the validation error.
 *
 * @example
 * ```ts
 * const line = (f: HealthFailure) => `#${f.index} ${f.relationshipId ?? '?'}: ${formatError(f.error)}`;
 * ```
 */
export interface HealthFailure {
  readonly index: number;
  readonly relationshipId?: string;
  readonly error: ValidationError;
}

/**
 * The health of a whole programme: how many relationships are in each
 * status (closed ones under `closed`), which ones are at risk or need a
 * check-in (longest without a meeting first), and those that could not be judged.
 *
 * @example
 * ```ts
 * const overview: ProgramHealth = programHealth(relationships, { now });
 * console.log(overview.counts['at-risk'], overview.atRisk.map((r) => r.relationshipId));
 * ```
 */
export interface ProgramHealth {
  /** Every relationship given, closed and failed ones included. */
  readonly total: number;
  /** Relationships by status; those in `failed` are in none. */
  readonly counts: { readonly [S in HealthStatus]: number };
  readonly atRisk: readonly HealthReport[];
  readonly needsCheckIn: readonly HealthReport[];
  /** Documents that are not valid relationships, each with its validation error; the rest are judged. */
  readonly failed: readonly HealthFailure[];
}

function byLongestGap(a: HealthReport, b: HealthReport): number {
  const gap = (b.daysSinceLastMeeting ?? -1) - (a.daysSinceLastMeeting ?? -1);
  return gap !== 0
    ? gap
    : a.relationshipId < b.relationshipId
      ? -1
      : a.relationshipId > b.relationshipId
        ? 1
        : 0;
}

function idOf(document: unknown): string | undefined {
  try {
    const id = (document as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Why a document could not be judged: its validation issues, or that it could not be read at all. */
function failureOf(document: unknown, index: number, cause: unknown): HealthFailure {
  const error =
    relationshipProblems(document) ??
    // Valid, and judging it still failed: say so rather than abort the batch.
    validationError([unreadableIssue(cause)]);
  const relationshipId = idOf(document);
  return relationshipId === undefined ? { index, error } : { index, relationshipId, error };
}

/**
 * Runs {@link relationshipHealth} over every relationship of a programme and
 * sums it up: counts by status (closed ones under `closed`), and the lists of
 * relationships at risk and needing a check-in, longest without a meeting
 * first. One bad document never aborts the batch: a document that is not a
 * valid relationship lands in `failed` with its validation error, and the
 * others are judged. (Closed relationships are counted without a closer look.)
 *
 * @param relationships - the programme's relationships
 * @param options - `now`, the programme, the locale of messages; see {@link HealthOptions}
 * @throws {@link InvalidOptionsError} when the options fail {@link HealthOptionsSchema}
 *   (checked once, even when every relationship is closed), or when `relationships`
 *   is not an array (path `['relationships']`)
 * @example
 * ```ts
 * const overview = programHealth(relationships, { now: '2026-05-01T09:00:00Z', program });
 * for (const report of overview.atRisk) console.log(report.relationshipId, report.reasons[0]?.message);
 * for (const failure of overview.failed) console.warn(failure.relationshipId, formatError(failure.error));
 * ```
 */
export function programHealth(
  relationships: readonly Relationship[],
  options: HealthOptions,
): ProgramHealth {
  const { now, locale, program } = parseOptions('programHealth', HealthOptionsSchema, options);
  if (!Array.isArray(relationships)) {
    const received = relationships === null ? 'null' : typeof relationships;
    throw new InvalidOptionsError('programHealth', [
      {
        path: ['relationships'],
        code: 'invalid_type',
        messageKey: 'validation.invalid_type',
        params: { expected: 'array', received },
      },
    ]);
  }
  const judging: Judging = { locale, write: timestampWriter(program?.timeZone, now) };
  const nowMs = epochOf(now);
  const counts: Record<HealthStatus, number> = {
    'too-early': 0,
    'on-track': 0,
    'needs-check-in': 0,
    'at-risk': 0,
    closed: 0,
  };
  const atRisk: HealthReport[] = [];
  const needsCheckIn: HealthReport[] = [];
  const failed: HealthFailure[] = [];
  for (let index = 0; index < relationships.length; index++) {
    let relationship: Relationship | undefined;
    let report: HealthReport;
    try {
      relationship = relationships[index] as Relationship;
      if (isTerminalStage(relationship.stage)) {
        counts.closed++;
        continue;
      }
      report = judgeHealth(relationship, nowMs, program, judging);
    } catch (cause) {
      failed.push(failureOf(relationship, index, cause));
      continue;
    }
    counts[report.status]++;
    if (report.status === 'at-risk') atRisk.push(report);
    else if (report.status === 'needs-check-in') needsCheckIn.push(report);
  }
  atRisk.sort(byLongestGap);
  needsCheckIn.sort(byLongestGap);
  return deepFreeze({ total: relationships.length, counts, atRisk, needsCheckIn, failed });
}
