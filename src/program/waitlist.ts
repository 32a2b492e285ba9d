import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import { IdSchema } from '../model/id';
import type { ProgramRef } from '../model/program';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import {
  type EnrolmentFields,
  isPaused,
  type ProgramInputFailure,
  type ReadEnrolment,
  readEnrolments,
  readProgram,
} from './enrolment-input';
import { medianOfSorted, round2 } from './report-statistics';

const DAY = 86_400_000;

/**
 * Schema of {@link WaitlistOptions}: a strict object (unknown keys and typos
 * are errors with a path). The enrolments themselves are data: each is read
 * on its own, and a bad one is reported in `failed`, never thrown.
 *
 * @example
 * ```ts
 * WaitlistOptionsSchema.safeParse({ enrolments: [], now: '2027-03-01T09:00:00+01:00' }).success; // true
 * ```
 */
export const WaitlistOptionsSchema = z.strictObject({
  enrolments: z.array(z.unknown()).max(1_000_000),
  now: TimestampSchema,
  side: z.enum(['mentor', 'mentee']).optional(),
  roundId: IdSchema.optional(),
  includeReady: z.boolean().optional(),
});

/**
 * Options of {@link waitlist}, validated by {@link WaitlistOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: WaitlistOptions = { enrolments, now: '2027-03-01T09:00:00+01:00', side: 'mentee' };
 * ```
 */
export interface WaitlistOptions {
  /** The programme's enrolments (whole documents fit); those not waiting are skipped. */
  readonly enrolments: readonly EnrolmentFields[];
  /** The moment the waiting times are measured to. */
  readonly now: Timestamp;
  /** Only mentors or only mentees (default: both, in one order). */
  readonly side?: 'mentor' | 'mentee' | undefined;
  /** Only the people who applied to this round. */
  readonly roundId?: string | undefined;
  /** Also list people `ready` to match who were not matched yet (default: only `waitlisted`). */
  readonly includeReady?: boolean | undefined;
}

/**
 * One person on the waitlist.
 *
 * @example
 * ```ts
 * const line = (e: WaitlistEntry) => `${e.position}. ${e.personId} (${e.waitingDays} days)`;
 * ```
 */
export interface WaitlistEntry {
  /** Place on the list, from 1. */
  readonly position: number;
  readonly enrolmentId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly status: 'ready' | 'waitlisted';
  readonly roundId?: string;
  /** Since when the person waits: the enrolment's `waitingSince`, else when they applied. */
  readonly waitingSince: string;
  /** Days waited until `now`, two decimals (0 when `waitingSince` is later). */
  readonly waitingDays: number;
  /** The flag that ranks the person: their highest one in the programme's `waitlistPriorities`. */
  readonly priority?: string;
  /** True while the person's availability is paused: they keep their place but are not matched. */
  readonly paused: boolean;
}

/**
 * The ordered waitlist of a programme at `now`, with its figures.
 *
 * @example
 * ```ts
 * const list: Waitlist = waitlist(program, { enrolments, now });
 * console.log(`${list.figures.length} waiting, median ${list.figures.medianWaitingDays ?? '–'} days`);
 * ```
 */
export interface Waitlist {
  readonly programId: string;
  /** The `now` the list was made for. */
  readonly asOf: string;
  readonly entries: readonly WaitlistEntry[];
  readonly figures: {
    /** People on the list. */
    readonly length: number;
    readonly mentors: number;
    readonly mentees: number;
    /** People on the list whose availability is paused. */
    readonly paused: number;
    /** People per priority flag (each person under their ranking flag), in the programme's order. */
    readonly byPriority: readonly { readonly flag: string; readonly count: number }[];
    /** Median days waited, two decimals; absent for an empty list. */
    readonly medianWaitingDays?: number;
    /** Longest wait in days, two decimals; absent for an empty list. */
    readonly longestWaitingDays?: number;
  };
  /** Enrolments that could not be read or belong to another programme, by index. */
  readonly failed: readonly ProgramInputFailure[];
}

/** Orders ids by code unit, independent of the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A person's ranking flag: the first of the programme's priorities they carry. */
export function rankingFlag(
  enrolment: Pick<ReadEnrolment, 'priorityFlags'>,
  priorities: readonly string[],
): { readonly rank: number; readonly flag?: string } {
  let rank = priorities.length;
  for (const flag of enrolment.priorityFlags) {
    const index = priorities.indexOf(flag);
    if (index !== -1 && index < rank) rank = index;
  }
  const flag = priorities[rank];
  return flag === undefined ? { rank } : { rank, flag };
}

/** Since when an enrolment waits: `waitingSince`, else `appliedAt`. */
export function waitingSinceOf(enrolment: ReadEnrolment): string {
  return enrolment.waitingSince ?? enrolment.appliedAt;
}

/**
 * Sorts enrolments into waitlist order: the highest priority flag first (in
 * the order of `priorities`; no flag or unknown flags last), then the longest
 * wait, then the enrolment id. Returns a new array.
 */
export function sortByWaitlistOrder<T extends ReadEnrolment>(
  enrolments: readonly T[],
  priorities: readonly string[],
): T[] {
  const keyed = enrolments.map((enrolment) => ({
    enrolment,
    rank: rankingFlag(enrolment, priorities).rank,
    since: Date.parse(waitingSinceOf(enrolment)),
  }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.since - b.since ||
      compareIds(a.enrolment.id, b.enrolment.id) ||
      compareIds(a.enrolment.personId, b.enrolment.personId),
  );
  return keyed.map((k) => k.enrolment);
}

/**
 * The waitlist of a programme at `now`: everyone with status `waitlisted`
 * (and, with `includeReady`, `ready`), in the order they will be matched —
 * priority flags first, in the order of the programme's
 * `settings.waitlistPriorities` (a person ranks by their highest flag;
 * unknown flags count as none), then the longest wait (`waitingSince`, else
 * `appliedAt`), then the enrolment id, so equal people keep a stable order.
 * Each entry carries the days waited; the figures give the length, the
 * median and longest wait and the count per flag.
 *
 * Paused people stay on the list in their place (`paused: true`); matching
 * skips them. A bad enrolment never aborts the list: it is reported in
 * `failed` with its index. Pure: no clock is read; the result is deep-frozen.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, settings? }`)
 * @param options - the enrolments, `now`, and filters
 * @throws {@link InvalidOptionsError} (`params.function` is `'waitlist'`) for
 *   an invalid `program` or invalid options.
 * @example
 * ```ts
 * const list = waitlist(
 *   { id: 'career-starters', settings: { waitlistPriorities: ['rematch'] } },
 *   { enrolments, now: '2027-03-01T09:00:00+01:00', side: 'mentee' },
 * );
 * for (const entry of list.entries) console.log(entry.position, entry.personId, entry.waitingDays);
 * ```
 */
export function waitlist(program: ProgramRef, options: WaitlistOptions): Waitlist {
  const parsed = parseOptions('waitlist', WaitlistOptionsSchema, options);
  const resolved = readProgram('waitlist', program);
  const nowMs = Date.parse(parsed.now);
  const priorities = resolved.settings.waitlistPriorities;
  const failed: ProgramInputFailure[] = [];
  const waiting = readEnrolments(resolved.id, parsed.enrolments, failed).filter(
    (enrolment) =>
      (enrolment.status === 'waitlisted' ||
        (parsed.includeReady === true && enrolment.status === 'ready')) &&
      (parsed.side === undefined || enrolment.side === parsed.side) &&
      (parsed.roundId === undefined || enrolment.roundId === parsed.roundId),
  );
  const entries: WaitlistEntry[] = sortByWaitlistOrder(waiting, priorities).map(
    (enrolment, index) => {
      const waitingSince = waitingSinceOf(enrolment);
      const { flag } = rankingFlag(enrolment, priorities);
      return {
        position: index + 1,
        enrolmentId: enrolment.id,
        personId: enrolment.personId,
        side: enrolment.side,
        status: enrolment.status as 'ready' | 'waitlisted',
        ...(enrolment.roundId === undefined ? {} : { roundId: enrolment.roundId }),
        waitingSince,
        waitingDays: round2(Math.max(0, nowMs - Date.parse(waitingSince)) / DAY),
        ...(flag === undefined ? {} : { priority: flag }),
        paused: isPaused(enrolment, nowMs),
      };
    },
  );
  const days = entries.map((entry) => entry.waitingDays).sort((a, b) => a - b);
  const median = medianOfSorted(days);
  const longest = days.at(-1);
  const byPriority = priorities
    .map((flag) => ({ flag, count: entries.filter((entry) => entry.priority === flag).length }))
    .filter((row) => row.count > 0);
  return deepFreeze({
    programId: resolved.id,
    asOf: parsed.now,
    entries,
    figures: {
      length: entries.length,
      mentors: entries.filter((entry) => entry.side === 'mentor').length,
      mentees: entries.filter((entry) => entry.side === 'mentee').length,
      paused: entries.filter((entry) => entry.paused).length,
      byPriority,
      ...(median === undefined ? {} : { medianWaitingDays: round2(median) }),
      ...(longest === undefined ? {} : { longestWaitingDays: longest }),
    },
    failed,
  });
}
