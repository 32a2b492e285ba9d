import { isoOf } from './epoch-time';

// Zone arithmetic read from `Intl` (no bundled tz database), written once for
// every module that computes a timestamp in a zone: the lifecycle's expiries,
// the calendars' VTIMEZONEs and slot suggestions. Offsets are exact to the
// second (a VTIMEZONE states them so); timestamps round them to minutes.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 86_400_000;
/** Moments Intl formats in every zone: years 0001–9999, kept a day inside. */
const FIRST_MOMENT = -62_135_596_800_000 + DAY;
const LAST_MOMENT = 253_402_300_799_999 - DAY;

// One formatter per zone; bounded, as a caller may name any number of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 64;

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(zone, formatter);
  }
  return formatter;
}

const gmtPattern = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/** Clamps a moment into the range Intl can format. */
export function clampMoment(ms: number): number {
  return Math.min(Math.max(ms, FIRST_MOMENT), LAST_MOMENT);
}

/** The offset of an IANA zone from UTC at a moment, in seconds (east positive). */
export function offsetSeconds(zone: string, ms: number): number {
  const name = formatterOf(zone)
    .formatToParts(clampMoment(ms))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name === undefined ? null : gmtPattern.exec(name);
  if (match === null || match[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return match[1] === '-' ? -seconds : seconds;
}

/** The wall-clock time of a moment in a zone, as UTC-encoded milliseconds. */
export function wallOf(zone: string, ms: number): number {
  return ms + offsetSeconds(zone, ms) * SECOND;
}

/**
 * The moment at which the wall clock of `zone` shows `wall` (UTC-encoded
 * milliseconds). A time shown twice (autumn) is its earlier moment. A time
 * skipped (spring) is, with `gap: 'shift'` (default), read with the offset
 * before the change, landing as far after the gap as it was into it (as
 * `Temporal`'s "compatible" does); with `gap: 'change'`, the moment of the
 * change itself — what a window of availability that opens or closes inside
 * the gap means.
 */
export function momentOf(zone: string, wall: number, gap: 'shift' | 'change' = 'shift'): number {
  const offsetBefore = offsetSeconds(zone, wall - DAY);
  const before = wall - offsetBefore * SECOND;
  const after = wall - offsetSeconds(zone, wall + DAY) * SECOND;
  const candidates = [before, after].filter((ms) => wallOf(zone, ms) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  if (gap === 'shift') return before;
  // In a gap the offset grew: the change lies between the two readings.
  const change = offsetChanges(zone, after - DAY, before + DAY).find(
    (candidate) => candidate.at >= after && candidate.at <= before,
  );
  return change?.at ?? before;
}

/** A moment at which a zone's offset changes. */
export interface OffsetChange {
  /** The first moment of the new offset. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Every change of a zone's offset in `[fromMs, toMs)`, oldest first. Offsets
 * are sampled at each UTC midnight (no zone changes twice within a day) and a
 * change is bisected to the second.
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let low = clampMoment(fromMs);
  const end = clampMoment(toMs);
  let lowOffset = offsetSeconds(zone, low);
  while (low < end) {
    const next = Math.min(low + DAY, end);
    const nextOffset = offsetSeconds(zone, next);
    if (nextOffset !== lowOffset) {
      let a = low; // still lowOffset
      let b = next; // already nextOffset
      while (b - a > SECOND) {
        const middle = a + Math.floor((b - a) / (2 * SECOND)) * SECOND;
        if (offsetSeconds(zone, middle) === lowOffset) a = middle;
        else b = middle;
      }
      changes.push({ at: b, from: lowOffset, to: nextOffset });
    }
    low = next;
    lowOffset = nextOffset;
  }
  return changes;
}

/** 0000-01-01T00:00 and 9999-12-31T23:59:59.999 as wall-clock epochs: what a timestamp can hold. */
const FIRST_WALL = -62_167_219_200_000;
const LAST_WALL = 253_402_300_799_999;

/** The offset of a zone at a moment in whole minutes, as a timestamp writes it. */
export function offsetMinutes(zone: string, ms: number): number {
  return Math.round(offsetSeconds(zone, ms) / 60);
}

/** `±HH:MM`, or `Z` for no offset. */
export function offsetSuffix(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hours}:${String(abs % 60).padStart(2, '0')}`;
}

const writtenOffset = /(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The offset a timestamp is written in, in minutes, and its suffix exactly as written. */
export function offsetOfTimestamp(timestamp: string): {
  readonly minutes: number;
  readonly suffix: string;
} {
  const match = writtenOffset.exec(timestamp);
  if (match === null || match[1] === undefined) return { minutes: 0, suffix: 'Z' };
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return { minutes, suffix: match[0] };
}

/**
 * Writes a moment as an ISO 8601 timestamp with seconds in an offset (whole
 * minutes); milliseconds only when there are some. A wall-clock time outside
 * the years 0000–9999 is clamped to what a timestamp can hold, so the result
 * always parses.
 */
export function writeTimestamp(
  ms: number,
  minutes: number,
  suffix = offsetSuffix(minutes),
): string {
  const wall = Math.min(Math.max(Math.floor(ms) + minutes * MINUTE, FIRST_WALL), LAST_WALL);
  const utc = isoOf(wall);
  const millis = utc.slice(19, 23);
  return `${utc.slice(0, 19)}${millis === '.000' ? '' : millis}${suffix}`;
}

/** Writes a moment in the offset a zone has at that moment. */
export function writeInZone(zone: string, ms: number): string {
  return writeTimestamp(ms, offsetMinutes(zone, ms));
}
