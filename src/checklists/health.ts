import { deepFreeze } from '../_internal/deep-freeze';
import { type Locale, type MessageKey, type MessageParams, renderMessage } from '../i18n';
import { checklistsMessages } from '../i18n/messages/checklists';
import {
  isTerminalStage,
  type Program,
  type Relationship,
  type RelationshipStage,
  type Timestamp,
} from '../model';
import {
  createEvaluationContext,
  DAY_MS,
  type EvaluationContext,
  localeOption,
  parseNow,
  settingsOf,
} from './checklist-context';
import { type EvidenceRef, ref } from './judgement';
import {
  activityReference,
  agendaOnTime,
  lastHeldMeeting,
  meetingRef,
  overdueFollowUps,
} from './meeting-facts';
import { periodAnchor } from './periodic';

/**
 * How a relationship is doing, judged from its activity:
 * - `too-early`: not started yet, or started less than one cadence ago with no meeting held;
 * - `on-track`: nothing that needs attention;
 * - `needs-check-in`: e.g. no meeting for 1.5 cadences, follow-ups past due, a proposal waiting past half its term;
 * - `at-risk`: no meeting for 2 cadences or more, or a proposal past its expiry.
 *
 * @example
 * ```ts
 * const alert = (s: HealthStatus) => s === 'at-risk' || s === 'needs-check-in';
 * ```
 */
export type HealthStatus = 'too-early' | 'on-track' | 'needs-check-in' | 'at-risk';

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
  /** Strongest first. */
  readonly reasons: readonly HealthReason[];
  readonly cadenceDays: number;
  /** The moment judged at (UTC): `now`, or the start of a pause or the closing time. */
  readonly asOf: Timestamp;
  /** Start of the last meeting held, as stored. */
  readonly lastMeetingAt?: Timestamp;
  /** Whole days from the last meeting held to `asOf`. */
  readonly daysSinceLastMeeting?: number;
}

/**
 * Options of {@link relationshipHealth} and {@link programHealth}.
 *
 * @example
 * ```ts
 * const options: HealthOptions = { now: '2026-05-01T09:00:00Z', program, locale: 'de' };
 * ```
 */
export interface HealthOptions {
  /** The moment to judge at: an ISO 8601 timestamp with an offset. */
  readonly now: Timestamp;
  /** The programme whose settings apply; the defaults when left out. */
  readonly program?: Pick<Program, 'settings'>;
  /** Language of the reasons' messages; default `'en'`. */
  readonly locale?: Locale;
}

const levelRank: Record<HealthLevel, number> = { info: 0, 'check-in': 1, risk: 2 };

function reason(
  code: HealthReasonCode,
  level: HealthLevel,
  messageKey: keyof typeof checklistsMessages,
  params: MessageParams,
  locale: Locale,
  evidence: readonly EvidenceRef[] = [],
): HealthReason {
  return {
    code,
    level,
    messageKey,
    params,
    // Only this module's catalogue: bundles of the checklists stay free of the others.
    message: renderMessage(checklistsMessages[messageKey], params, locale),
    evidence,
  };
}

const wholeDays = (ms: number) => Math.floor(ms / DAY_MS);

function proposalReasons(ctx: EvaluationContext, locale: Locale): HealthReason[] {
  const { proposal } = ctx.relationship;
  const proposedAt = ctx.time(proposal.proposedAt);
  const expiresAt = ctx.time(proposal.expiresAt);
  const ttl = expiresAt - proposedAt;
  if (ctx.asOf >= expiresAt) {
    const days = wholeDays(ctx.asOf - expiresAt);
    return [
      reason(
        'proposal-past-expiry',
        'risk',
        'checklists.health.proposal_past_expiry',
        { days },
        locale,
      ),
    ];
  }
  if (ctx.asOf - proposedAt > ttl / 2) {
    const params = { days: wholeDays(ctx.asOf - proposedAt), ttlDays: Math.round(ttl / DAY_MS) };
    return [
      reason('proposal-waiting', 'check-in', 'checklists.health.proposal_waiting', params, locale),
    ];
  }
  return [];
}

function activityReasons(ctx: EvaluationContext, locale: Locale): HealthReason[] {
  const { asOf, cadenceMs, cadenceDays } = ctx;
  const reasons: HealthReason[] = [];
  const gap = asOf - activityReference(ctx, asOf);
  if (gap >= 1.5 * cadenceMs) {
    const last = lastHeldMeeting(ctx, asOf);
    reasons.push(
      reason(
        'meeting-gap',
        gap >= 2 * cadenceMs ? 'risk' : 'check-in',
        'checklists.health.meeting_gap',
        { days: wholeDays(gap), cadenceDays },
        locale,
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
        locale,
        overdue.map((item): EvidenceRef => ref('action-item', item.id)),
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
        locale,
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
        latest = [ref('progress-update', update.id)];
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
          locale,
          latest,
        ),
      );
    }
  }
  return reasons;
}

function statusOf(ctx: EvaluationContext, reasons: readonly HealthReason[]): HealthStatus {
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

/**
 * Judges how a relationship is doing at `now` from what happened in it: the
 * time since the last meeting held against the cadence (the agreement's, else
 * the programme's) — a check-in is due after 1.5 cadences, the relationship is
 * at risk after 2 — follow-ups past their deadline, meetings without a timely
 * agenda, no progress update for 1.5 cadences, and a proposal waiting past
 * half its term. A paused relationship is judged as of the start of the pause;
 * a closed one as of its closing, with the reason `closed`.
 * Pure and deterministic: reads no clock and never changes its input.
 *
 * @param relationship - a valid relationship
 * @param options - `now` as an ISO timestamp, the programme, the locale of messages
 * @throws TypeError if `now` is not an ISO 8601 timestamp with an offset (a programmer error)
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
  const locale = localeOption(options.locale);
  const ctx = createEvaluationContext(
    relationship,
    parseNow(options.now),
    settingsOf(options.program),
  );
  const reasons: HealthReason[] = [];
  if (ctx.closed) {
    reasons.push(
      reason('closed', 'info', 'checklists.health.closed', { stage: relationship.stage }, locale),
    );
  } else if (relationship.stage === 'proposed') {
    reasons.push(...proposalReasons(ctx, locale));
  }
  if (relationship.stage === 'paused' && relationship.pause !== undefined) {
    const params = { since: relationship.pause.since };
    reasons.push(reason('paused', 'info', 'checklists.health.paused', params, locale));
  }
  if (ctx.stage !== undefined) reasons.push(...activityReasons(ctx, locale));
  reasons.sort((a, b) => levelRank[b.level] - levelRank[a.level]);
  const last = lastHeldMeeting(ctx, ctx.asOf);
  return deepFreeze({
    relationshipId: relationship.id,
    stage: relationship.stage,
    status: statusOf(ctx, reasons),
    reasons,
    cadenceDays: ctx.cadenceDays,
    asOf: new Date(ctx.asOf).toISOString(),
    ...(last === undefined
      ? {}
      : {
          lastMeetingAt: last.meeting.startsAt,
          daysSinceLastMeeting: wholeDays(ctx.asOf - last.start),
        }),
  });
}

/**
 * The health of a whole programme: how many running relationships are in
 * each status, and which ones are at risk or need a check-in (longest
 * without a meeting first). Relationships in a terminal stage are counted
 * under `closed` and nowhere else.
 *
 * @example
 * ```ts
 * const overview: ProgramHealth = programHealth(relationships, { now });
 * console.log(overview.counts['at-risk'], overview.atRisk.map((r) => r.relationshipId));
 * ```
 */
export interface ProgramHealth {
  /** Every relationship given, closed ones included. */
  readonly total: number;
  readonly counts: { readonly [S in HealthStatus]: number };
  readonly closed: number;
  readonly atRisk: readonly HealthReport[];
  readonly needsCheckIn: readonly HealthReport[];
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

/**
 * Runs {@link relationshipHealth} over every relationship of a programme and
 * sums it up: counts by status, the closed ones apart, and the lists of
 * relationships at risk and needing a check-in, longest without a meeting first.
 *
 * @example
 * ```ts
 * const overview = programHealth(relationships, { now: '2026-05-01T09:00:00Z', program });
 * for (const report of overview.atRisk) console.log(report.relationshipId, report.reasons[0]?.message);
 * ```
 */
export function programHealth(
  relationships: readonly Relationship[],
  options: HealthOptions,
): ProgramHealth {
  parseNow(options.now); // a bad `now` fails even when every relationship is closed
  const counts: Record<HealthStatus, number> = {
    'too-early': 0,
    'on-track': 0,
    'needs-check-in': 0,
    'at-risk': 0,
  };
  let closed = 0;
  const atRisk: HealthReport[] = [];
  const needsCheckIn: HealthReport[] = [];
  for (const relationship of relationships) {
    if (isTerminalStage(relationship.stage)) {
      closed++;
      continue;
    }
    const report = relationshipHealth(relationship, options);
    counts[report.status]++;
    if (report.status === 'at-risk') atRisk.push(report);
    else if (report.status === 'needs-check-in') needsCheckIn.push(report);
  }
  atRisk.sort(byLongestGap);
  needsCheckIn.sort(byLongestGap);
  return deepFreeze({ total: relationships.length, counts, closed, atRisk, needsCheckIn });
}
