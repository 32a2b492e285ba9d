import { epochOf } from '../_internal/epoch-time';
import type { Timestamp } from '../model';

// Timestamps stay the strings they were written as (offsets included);
// comparisons go through epoch milliseconds.

/** Epoch milliseconds of an ISO timestamp that the schemas have already validated. */
export function toMillis(timestamp: Timestamp): number {
  return epochOf(timestamp);
}

/** The later of two timestamps, as written. */
export function later(a: Timestamp, b: Timestamp): Timestamp {
  return toMillis(b) > toMillis(a) ? b : a;
}

const offsetPattern = /(Z|[+-]\d{2}:\d{2})$/;

/** `timestamp` plus whole days, written in the timestamp's own offset. */
export function addDays(timestamp: Timestamp, days: number): Timestamp {
  const start = epochOf(timestamp);
  const offset = offsetPattern.exec(timestamp)?.[1];
  if (!Number.isFinite(start) || offset === undefined) return timestamp;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes =
    offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const shifted = new Date(start + days * 86_400_000 + offsetMinutes * 60_000).toISOString();
  const millis = shifted.slice(19, 23);
  return `${shifted.slice(0, 19)}${millis === '.000' ? '' : millis}${offset}`;
}
