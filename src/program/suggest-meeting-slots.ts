import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import { clampMoment, momentOf, wallOf, writeInZone } from '../_internal/zone-time';
import {
  MentorshipKitError,
  type ProgramRef,
  ProgramRefSchema,
  type Timestamp,
  TimestampSchema,
  type WeeklySlot,
} from '../model';
import { TimeZoneSchema } from '../model/time-zone';
import { validationErrorFromZod } from '../model/validation-error';
import { minutesOfDay, WeeklySlotSchema } from '../model/weekly-slot';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** 9999-12-31T00:00Z: suggestions end before the last day a timestamp can hold. */
const LAST_END = 253_402_214_400_000;

/**
 * Schema of {@link SuggestMeetingSlotsOptions}: a strict object (unknown keys
 * and typos are errors with a path).
 *
 * @example
 * ```ts
 * SuggestMeetingSlotsOptionsSchema.parse({ now: '2026-03-02T09:00:00+01:00' }).count; // 3
 * ```
 */
export const SuggestMeetingSlotsOptionsSchema = z.strictObject({
  now: TimestampSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  count: z.int().min(1).max(100).default(3),
  after: TimestampSchema.optional(),
  cadenceDays: z.int().min(1).max(365).optional(),
  mode: z.enum(['choices', 'series']).default('choices'),
  withinDays: z.int().min(1).max(366).default(56),
  stepMinutes: z.int().min(1).max(60).default(15),
  program: ProgramRefSchema.optional(),
});

/**
 * Options of {@link suggestMeetingSlots}, validated by {@link SuggestMeetingSlotsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: SuggestMeetingSlotsOptions = {
 *   now: '2026-03-02T09:00:00+01:00', durationMinutes: 45, count: 3,
 *   after: lastMeeting.startsAt, cadenceDays: relationship.agreement?.cadenceDays, program,
 * };
 * ```
 */
export interface SuggestMeetingSlotsOptions {
  /** The moment of asking: no suggestion starts before it. */
  readonly now: Timestamp;
  /** How long the meeting lasts: both must be free for all of it. 60 by default. */
  readonly durationMinutes?: number | undefined;
  /** How many times to suggest (1–100); 3 by default. Fewer come back when fewer fit. */
  readonly count?: number | undefined;
  /**
   * The start of the last meeting. The first suggestion then falls on or
   * after the calendar day `cadenceDays` after it (in the zone the results
   * are written in).
   */
  readonly after?: Timestamp | undefined;
  /**
   * Days between meetings: pass the agreement's `cadenceDays` when there is
   * one; defaults to the programme's `meetingCadenceDays` (14 by default).
   */
  readonly cadenceDays?: number | undefined;
  /**
   * `'choices'` (default): the next `count` alternatives for one meeting, one
   * per shared free window. `'series'`: a plan of `count` meetings, each on
   * or after the day `cadenceDays` after the one before.
   */
  readonly mode?: 'choices' | 'series' | undefined;
  /** How many days ahead of the earliest allowed day to look (1–366); 56 by default. */
  readonly withinDays?: number | undefined;
  /** Start times fall on multiples of this many minutes of the wall clock; 15 by default. */
  readonly stepMinutes?: number | undefined;
  /** The programme: its cadence (when `cadenceDays` is not given) and its `timeZone` (see the result). */
  readonly program?: ProgramRef | undefined;
}

/**
 * What {@link suggestMeetingSlots} needs of a person: a mentor or mentee
 * profile fits.
 *
 * @example
 * ```ts
 * const person: AvailablePerson = { timeZone: 'Asia/Kolkata', availability: [{ day: 'sat', start: '10:00', end: '13:00' }] };
 * ```
 */
export interface AvailablePerson {
  /** The IANA zone the availability is written in. */
  readonly timeZone: string;
  /** Weekly windows in `timeZone`; absent or empty: no time can be suggested. */
  readonly availability?: readonly WeeklySlot[] | undefined;
}

/**
 * One suggested meeting time.
 *
 * @example
 * ```ts
 * const slot: SuggestedSlot = { startsAt: '2026-03-03T18:00:00+01:00', endsAt: '2026-03-03T19:00:00+01:00' };
 * ```
 */
export interface SuggestedSlot {
  /** The start, written in the offset of the programme's `timeZone`, else of the mentee's zone. */
  readonly startsAt: Timestamp;
  /** The end (`startsAt` plus `durationMinutes`), in the same zone's offset. */
  readonly endsAt: Timestamp;
}

const AvailablePersonSchema = z.object({
  timeZone: TimeZoneSchema,
  availability: z.array(WeeklySlotSchema).max(70).optional(),
});

const functionName = 'suggestMeetingSlots';

function validPerson(
  person: unknown,
  side: 'mentor' | 'mentee',
): z.output<typeof AvailablePersonSchema> {
  let parsed: ReturnType<typeof AvailablePersonSchema.safeParse>;
  try {
    parsed = AvailablePersonSchema.safeParse(person, { reportInput: true });
  } catch {
    parsed = AvailablePersonSchema.safeParse(undefined, { reportInput: true });
  }
  if (parsed.success) return parsed.data;
  const error = validationErrorFromZod(parsed.error.issues);
  throw new MentorshipKitError(`${functionName}: the ${side} is not valid`, {
    code: error.code,
    messageKey: error.messageKey,
    params: error.params,
    issues: error.issues,
  });
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

type Interval = [start: number, end: number];

/** The moments a person is free in `[from, to)`, merged and sorted. */
function freeIntervals(
  person: z.output<typeof AvailablePersonSchema>,
  from: number,
  to: number,
): Interval[] {
  const slots = person.availability ?? [];
  if (slots.length === 0) return [];
  const zone = person.timeZone;
  const intervals: Interval[] = [];
  const firstDay = Math.floor(wallOf(zone, from) / DAY) - 1;
  const lastDay = Math.floor(wallOf(zone, to) / DAY) + 1;
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * DAY;
    const weekday = weekdays[new Date(midnight).getUTCDay()];
    for (const slot of slots) {
      if (slot.day !== weekday) continue;
      // Each real date: the slot's wall-clock times in its own zone that day.
      const start = Math.max(
        momentOf(zone, midnight + minutesOfDay(slot.start) * MINUTE, 'change'),
        from,
      );
      const end = Math.min(
        momentOf(zone, midnight + minutesOfDay(slot.end) * MINUTE, 'change'),
        to,
      );
      if (end > start) intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] as Interval;
    const [bStart, bEnd] = b[j] as Interval;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (end > start) out.push([start, end]);
    if (aEnd < bEnd) i++;
    else j++;
  }
  return out;
}

/** The first moment at or after `ms` whose wall clock in `zone` is on a multiple of `step` minutes. */
function alignUp(zone: string, ms: number, step: number): number {
  const stepMs = step * MINUTE;
  const wall = wallOf(zone, ms);
  return ms + (Math.ceil(wall / stepMs) * stepMs - wall);
}

/** The start of the calendar day `days` days after the day of `ms`, in `zone`. */
function dayStartAfter(zone: string, ms: number, days: number): number {
  return momentOf(zone, (Math.floor(wallOf(zone, ms) / DAY) + days) * DAY);
}

/**
 * The next times both mentor and mentee are free for a meeting: read from
 * both weekly availabilities, each slot taken as wall-clock time in its
 * owner's IANA zone on each real date (so a daylight-saving change in either
 * zone moves the shared window as it really moves), honouring the agreed
 * cadence after the last meeting, never before `now`. Deterministic for a
 * given `now`; an empty list when no shared time fits within `withinDays`
 * (or a person states no availability).
 *
 * Times are written in the offset of the programme's `timeZone` when it has
 * one, else in the mentee's zone (the mentee sets the dates).
 *
 * @param mentor - the mentor's profile (its `timeZone` and `availability`)
 * @param mentee - the mentee's profile (its `timeZone` and `availability`)
 * @param options - see {@link SuggestMeetingSlotsOptions}
 * @returns the suggestions, earliest first (frozen)
 * @throws {@link InvalidOptionsError} when the options are invalid
 * @throws {@link MentorshipKitError} with code `validation_failed` when a
 *   person's `timeZone` or `availability` is not valid
 * @example
 * ```ts
 * const slots = suggestMeetingSlots(mentor, mentee, {
 *   now: '2026-03-02T09:00:00+01:00', durationMinutes: 45,
 *   after: '2026-02-24T18:00:00+01:00', cadenceDays: 14,
 * });
 * // [{ startsAt: '2026-03-10T18:00:00+01:00', endsAt: '2026-03-10T18:45:00+01:00' }, …]
 * ```
 */
export function suggestMeetingSlots(
  mentor: AvailablePerson,
  mentee: AvailablePerson,
  options: SuggestMeetingSlotsOptions,
): readonly SuggestedSlot[] {
  const resolved = parseOptions(functionName, SuggestMeetingSlotsOptionsSchema, options);
  const mentorFree = validPerson(mentor, 'mentor');
  const menteeFree = validPerson(mentee, 'mentee');
  const zone = resolved.program?.timeZone ?? menteeFree.timeZone;
  const cadence = resolved.cadenceDays ?? resolved.program?.settings.meetingCadenceDays ?? 14;
  const duration = resolved.durationMinutes * MINUTE;

  let earliest = clampMoment(epochOf(resolved.now));
  if (resolved.after !== undefined) {
    earliest = Math.max(
      earliest,
      dayStartAfter(zone, clampMoment(epochOf(resolved.after)), cadence),
    );
  }
  const slots: SuggestedSlot[] = [];
  const write = (start: number) => {
    slots.push({ startsAt: writeInZone(zone, start), endsAt: writeInZone(zone, start + duration) });
  };
  /** The first fitting start in each shared window from `from` on, at most `max` of them. */
  const fitting = (from: number, max: number): number[] => {
    const to = Math.min(from + resolved.withinDays * DAY, LAST_END);
    const starts: number[] = [];
    if (to <= from) return starts;
    const shared = intersect(
      freeIntervals(mentorFree, from, to),
      freeIntervals(menteeFree, from, to),
    );
    for (const [start, end] of shared) {
      const aligned = alignUp(zone, start, resolved.stepMinutes);
      if (aligned + duration > end) continue;
      starts.push(aligned);
      if (starts.length >= max) break;
    }
    return starts;
  };

  if (resolved.mode === 'choices') {
    for (const start of fitting(earliest, resolved.count)) write(start);
  } else {
    let from = earliest;
    while (slots.length < resolved.count) {
      const [start] = fitting(from, 1);
      if (start === undefined) break;
      write(start);
      from = Math.max(start + duration, dayStartAfter(zone, start, cadence));
    }
  }
  return deepFreeze(slots);
}
