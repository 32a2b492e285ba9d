import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import {
  momentOf,
  offsetMinutes,
  offsetOfTimestamp,
  wallOf,
  writeTimestamp,
} from '../_internal/zone-time';
import type { Message } from '../i18n';
import { type EnrolmentStatus, EnrolmentStatusSchema } from '../model/enrolment';
import type { ProgramRef } from '../model/program';
import { err, ok, type Result } from '../model/result';
import { type Round, RoundSchema } from '../model/round';
import { currentSchemaVersion } from '../model/schema-version';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import {
  fromZodIssue,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from '../model/validation-error';
import {
  type EnrolmentFields,
  type ProgramInputFailure,
  readEnrolments,
  readProgram,
  waitingStatuses,
} from './enrolment-input';
import { programErrorKey } from './program-error-key';
import { compareIds } from './waitlist';

const DAY = 86_400_000;
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Schema of {@link PlanRoundOptions}: strict. The round itself is data: it
 * is checked by `planRound`, which returns its problems as a `Result`.
 *
 * @example
 * ```ts
 * PlanRoundOptionsSchema.safeParse({ round: {}, now: '2027-01-01T09:00:00+01:00' }).success; // true
 * ```
 */
export const PlanRoundOptionsSchema = z.strictObject({
  round: z.unknown(),
  now: TimestampSchema,
  enrolments: z.array(z.unknown()).max(2_000_000).optional(),
  rounds: z.array(z.unknown()).max(10_000).optional(),
});

/**
 * A round as a coordinator writes it: a {@link Round} in which
 * `schemaVersion` and `programId` may be left out (the programme's id is
 * used), and every date may be a calendar date `YYYY-MM-DD` read in the
 * programme's time zone (UTC without one): `opensAt` and `matchingAt` at the
 * start of that day, `closesAt` at the end of it (applications are taken all
 * that day).
 *
 * @example
 * ```ts
 * const draft: RoundDraft = {
 *   id: 'spring-2027', name: 'Spring 2027',
 *   applicationWindow: { opensAt: '2027-01-11', closesAt: '2027-02-07' },
 *   matchingAt: '2027-02-15', relationshipMonths: 6,
 * };
 * ```
 */
export interface RoundDraft {
  readonly schemaVersion?: 1 | undefined;
  readonly id: string;
  readonly programId?: string | undefined;
  readonly name: string;
  readonly applicationWindow: { readonly opensAt: string; readonly closesAt: string };
  readonly matchingAt: string;
  readonly relationshipMonths: number;
}

/**
 * Options of {@link planRound}, validated by {@link PlanRoundOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: PlanRoundOptions = { round: draft, now: '2027-01-20T09:00:00+01:00', enrolments, rounds };
 * ```
 */
export interface PlanRoundOptions {
  /** The round to check (a {@link RoundDraft}; a whole `Round` fits). */
  readonly round: RoundDraft | Round;
  /** The moment the plan describes: the phase and the next milestone depend on it. */
  readonly now: Timestamp;
  /** The programme's enrolments; those with the round's `roundId` are its participants. */
  readonly enrolments?: readonly EnrolmentFields[] | undefined;
  /** The programme's other rounds, to find application windows that overlap this one's. */
  readonly rounds?: readonly (RoundDraft | Round)[] | undefined;
}

/**
 * Where a round stands at `now`, by its dates: `upcoming` (applications not
 * open yet), `applications-open`, `awaiting-matching` (applications closed,
 * matching date ahead), `running` (from the matching date for
 * `relationshipMonths`), `finished`.
 *
 * @example
 * ```ts
 * const phase: RoundPhase = 'applications-open';
 * ```
 */
export type RoundPhase =
  | 'upcoming'
  | 'applications-open'
  | 'awaiting-matching'
  | 'running'
  | 'finished';

/**
 * A person enrolled in a round.
 *
 * @example
 * ```ts
 * const line = (p: RoundParticipant) => `${p.side} ${p.personId}: ${p.status}`;
 * ```
 */
export interface RoundParticipant {
  readonly enrolmentId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly status: EnrolmentStatus;
}

/**
 * The plan of a round at `now`: the checked round, its phase, its milestones
 * and its participants.
 *
 * @example
 * ```ts
 * const result = planRound(program, { round: draft, now });
 * if (result.ok) console.log(result.value.phase, result.value.counts.mentee.waitlisted);
 * ```
 */
export interface RoundPlan {
  /** The round, valid and complete; calendar dates became timestamps in the programme's time zone. */
  readonly round: Round;
  readonly phase: RoundPhase;
  /** The phase as a message (`program.round.phase`), for any locale. */
  readonly phaseLabel: Message;
  /** When the round's relationships are meant to end: `matchingAt` plus `relationshipMonths`. */
  readonly endsAt: string;
  /** The next date of the round after `now`, with the whole days until it; absent when finished. */
  readonly next?: {
    readonly milestone: 'applications-open' | 'applications-close' | 'matching' | 'end';
    readonly at: string;
    readonly inDays: number;
  };
  /** True when the matching date has come and people of the round still wait (`ready`/`waitlisted`). */
  readonly matchingDue: boolean;
  /** Enrolments with the round's id, sorted by side (mentors first) and person id. */
  readonly participants: readonly RoundParticipant[];
  /** Participants per side and status, every status listed. */
  readonly counts: {
    readonly mentor: { readonly [S in EnrolmentStatus]: number };
    readonly mentee: { readonly [S in EnrolmentStatus]: number };
  };
  /** Ids of other rounds (from `rounds`) whose application window overlaps this one's. */
  readonly overlappingRoundIds: readonly string[];
  /** Enrolments or rounds that could not be read, by index (`list` is `'enrolments'`; rounds are skipped). */
  readonly failed: readonly ProgramInputFailure[];
}

/** Adds calendar months on a wall clock; a day the month lacks becomes its last day. */
function addMonthsToWall(wall: number, months: number): number {
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(
    year,
    month,
    day,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/** Writes a wall-clock time of the zone (or of UTC) as a timestamp. */
function writeWall(wall: number, timeZone: string | undefined): string {
  if (timeZone === undefined) return writeTimestamp(wall, 0);
  const moment = momentOf(timeZone, wall);
  return writeTimestamp(moment, offsetMinutes(timeZone, moment));
}

function addMonths(timestamp: string, months: number, timeZone: string | undefined): string {
  const ms = Date.parse(timestamp);
  if (timeZone !== undefined)
    return writeWall(addMonthsToWall(wallOf(timeZone, ms), months), timeZone);
  const { minutes, suffix } = offsetOfTimestamp(timestamp);
  const wall = addMonthsToWall(ms + minutes * 60_000, months);
  return writeTimestamp(wall - minutes * 60_000, minutes, suffix);
}

/** A calendar date as the start of that day (or, `end`, of the next) in the zone. */
function fromCalendarDate(value: unknown, timeZone: string | undefined, end: boolean): unknown {
  if (typeof value !== 'string' || !calendarDate.test(value)) return value;
  const wall = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(wall)) return value;
  return writeWall(wall + (end ? DAY : 0), timeZone);
}

// The round's own date-order checks have messages of their own.
function orderKey(code: unknown) {
  if (code === 'window_closes_before_it_opens')
    return programErrorKey('program.round.window_closes_before_it_opens');
  if (code === 'matching_before_applications_close')
    return programErrorKey('program.round.matching_before_applications_close');
  return undefined;
}

function issueOf(issue: z.core.$ZodIssue): ValidationIssue {
  const key = orderKey(issue.code === 'custom' ? issue.params?.code : undefined);
  if (key === undefined) return fromZodIssue(issue);
  return {
    path: issue.path as ValidationIssue['path'],
    code: 'custom',
    messageKey: key,
    params: {},
  };
}

/** Completes and checks a round draft of the programme. */
function readRound(
  value: unknown,
  programId: string,
  timeZone: string | undefined,
): Result<Round, ValidationError> {
  let draft: unknown = value;
  try {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      const window = v.applicationWindow;
      draft = {
        ...v,
        schemaVersion: v.schemaVersion ?? currentSchemaVersion,
        programId: v.programId ?? programId,
        ...(typeof window === 'object' && window !== null && !Array.isArray(window)
          ? {
              applicationWindow: {
                ...window,
                opensAt: fromCalendarDate(
                  (window as Record<string, unknown>).opensAt,
                  timeZone,
                  false,
                ),
                closesAt: fromCalendarDate(
                  (window as Record<string, unknown>).closesAt,
                  timeZone,
                  true,
                ),
              },
            }
          : {}),
        matchingAt: fromCalendarDate(v.matchingAt, timeZone, false),
      };
    }
    const parsed = RoundSchema.safeParse(draft, { reportInput: true });
    if (!parsed.success) return err(validationError(parsed.error.issues.map(issueOf)));
    if (parsed.data.programId !== programId) {
      return err(
        validationError([
          {
            path: ['programId'],
            code: 'custom',
            messageKey: programErrorKey('program.round.program_mismatch'),
            params: { expected: programId, actual: parsed.data.programId },
          },
        ]),
      );
    }
    return ok(parsed.data);
  } catch {
    return err(
      validationError([
        {
          path: [],
          code: 'unparseable',
          messageKey: 'validation.unparseable',
          params: { reason: 'error' },
        },
      ]),
    );
  }
}

function emptyCounts(): Record<EnrolmentStatus, number> {
  return Object.fromEntries(EnrolmentStatusSchema.options.map((s) => [s, 0])) as Record<
    EnrolmentStatus,
    number
  >;
}

/**
 * Checks and completes a round of a programme and describes it at `now`:
 * its phase by its dates, the next milestone, when its relationships are
 * meant to end, who is enrolled in it (enrolments with its `roundId`, counted
 * per side and status), whether matching is due (the matching date has come
 * and people of the round still wait), and which other rounds' application
 * windows overlap its own.
 *
 * The round comes from a coordinator's form, so its problems are data: a
 * round that is invalid (a window that closes before it opens, matching
 * before applications close, another programme's id) comes back as an
 * `err` with every problem and its path. Calendar dates (`2027-02-07`) are
 * read in the programme's `timeZone` (see {@link RoundDraft}). Bad enrolments
 * are listed in `failed`; other rounds that are invalid are ignored. Pure: no
 * clock is read; the result is deep-frozen.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, timeZone?, … }`)
 * @param options - the round, `now`, and optionally the enrolments and other rounds
 * @throws {@link InvalidOptionsError} (`params.function` is `'planRound'`) for
 *   an invalid `program` or invalid options (not for an invalid round).
 * @example
 * ```ts
 * const result = planRound(
 *   { id: 'career-starters', timeZone: 'Europe/Berlin' },
 *   {
 *     round: {
 *       id: 'spring-2027', name: 'Spring 2027',
 *       applicationWindow: { opensAt: '2027-01-11', closesAt: '2027-02-07' },
 *       matchingAt: '2027-02-15', relationshipMonths: 6,
 *     },
 *     now: '2027-01-20T09:00:00+01:00',
 *     enrolments,
 *   },
 * );
 * if (result.ok) result.value.phase; // 'applications-open'
 * else console.log(formatError(result.error, de));
 * ```
 */
export function planRound(
  program: ProgramRef,
  options: PlanRoundOptions,
): Result<RoundPlan, ValidationError> {
  const parsed = parseOptions('planRound', PlanRoundOptionsSchema, options);
  const resolved = readProgram('planRound', program);
  const { timeZone } = resolved;
  const read = readRound(parsed.round, resolved.id, timeZone);
  if (!read.ok) return deepFreeze(read);
  const round = read.value;
  const nowMs = Date.parse(parsed.now);
  const opens = Date.parse(round.applicationWindow.opensAt);
  const closes = Date.parse(round.applicationWindow.closesAt);
  const matching = Date.parse(round.matchingAt);
  const endsAt = addMonths(round.matchingAt, round.relationshipMonths, timeZone);
  const ends = Date.parse(endsAt);
  const phase: RoundPhase =
    nowMs < opens
      ? 'upcoming'
      : nowMs < closes
        ? 'applications-open'
        : nowMs < matching
          ? 'awaiting-matching'
          : nowMs < ends
            ? 'running'
            : 'finished';
  const milestones = [
    { milestone: 'applications-open', at: round.applicationWindow.opensAt, ms: opens },
    { milestone: 'applications-close', at: round.applicationWindow.closesAt, ms: closes },
    { milestone: 'matching', at: round.matchingAt, ms: matching },
    { milestone: 'end', at: endsAt, ms: ends },
  ] as const;
  const upcoming = milestones.find((m) => m.ms > nowMs);

  const failed: ProgramInputFailure[] = [];
  const participants: RoundParticipant[] = readEnrolments(
    resolved.id,
    parsed.enrolments ?? [],
    failed,
  )
    .filter((e) => e.roundId === round.id)
    .map((e) => ({ enrolmentId: e.id, personId: e.personId, side: e.side, status: e.status }))
    .sort(
      (a, b) =>
        (a.side === b.side ? 0 : a.side === 'mentor' ? -1 : 1) ||
        compareIds(a.personId, b.personId) ||
        compareIds(a.enrolmentId, b.enrolmentId),
    );
  const counts = { mentor: emptyCounts(), mentee: emptyCounts() };
  for (const p of participants) counts[p.side][p.status]++;

  const overlappingRoundIds: string[] = [];
  for (const other of parsed.rounds ?? []) {
    const otherRound = readRound(other, resolved.id, timeZone);
    if (!otherRound.ok || otherRound.value.id === round.id) continue;
    const o = otherRound.value.applicationWindow;
    if (Date.parse(o.opensAt) < closes && opens < Date.parse(o.closesAt)) {
      overlappingRoundIds.push(otherRound.value.id);
    }
  }
  overlappingRoundIds.sort(compareIds);

  return deepFreeze(
    ok({
      round,
      phase,
      phaseLabel: { key: 'program.round.phase', params: { phase } },
      endsAt,
      ...(upcoming === undefined
        ? {}
        : {
            next: {
              milestone: upcoming.milestone,
              at: upcoming.at,
              inDays: Math.floor((upcoming.ms - nowMs) / DAY),
            },
          }),
      matchingDue: nowMs >= matching && participants.some((p) => waitingStatuses.has(p.status)),
      participants,
      counts,
      overlappingRoundIds,
      failed,
    }),
  );
}
