import { epochOf } from '../_internal/epoch-time';
import {
  momentOf,
  offsetMinutes,
  offsetOfTimestamp,
  wallOf,
  writeTimestamp,
} from '../_internal/zone-time';
import type { Timestamp } from '../model/timestamp';

// Timestamps stay the strings they were written as (offsets included);
// comparisons go through epoch milliseconds. Timestamps the lifecycle
// computes (a proposal's expiry) are written in the programme's time zone
// when it has one, else in the offset of the timestamp they start from.

const DAY_MS = 86_400_000;
const _MINUTE_MS = 60_000;

/** Epoch milliseconds of an ISO timestamp that the schemas have already validated. */
export function toMillis(timestamp: Timestamp): number {
  return epochOf(timestamp);
}

/** The later of two timestamps, as written. */
export function later(a: Timestamp, b: Timestamp): Timestamp {
  return toMillis(b) > toMillis(a) ? b : a;
}

/**
 * `timestamp` plus whole calendar days. With a time zone, the days are counted
 * on the zone's calendar (the same wall-clock time `days` later, across
 * daylight-saving changes; a time the clocks skip moves forward by the gap, a
 * time they repeat is its earlier occurrence) and the result is written in the
 * zone's offset at that moment; without one, in the timestamp's own offset.
 */
export function addDays(timestamp: Timestamp, days: number, timeZone?: string): Timestamp {
  const start = epochOf(timestamp);
  if (timeZone === undefined) {
    const { minutes, suffix } = offsetOfTimestamp(timestamp);
    return writeTimestamp(start + days * DAY_MS, minutes, suffix);
  }
  const moment = momentOf(timeZone, wallOf(timeZone, start) + days * DAY_MS);
  return writeTimestamp(moment, offsetMinutes(timeZone, moment));
}
