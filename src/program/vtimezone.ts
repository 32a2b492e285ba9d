// A VTIMEZONE (RFC 5545 §3.6.5) derived from `Intl` instead of a bundled tz
// database. Deriving yearly rules (RRULE) from observed changes is guesswork
// for zones whose rules changed; instead every change in the years the
// meetings fall in gets its own observance with a single DTSTART, which is
// exact for any zone and what every client reads. Each run of consecutive
// years opens with the offset in force on its first day.

import { offsetChanges, offsetSeconds, wallOf } from '../_internal/zone-time';
import { dateTimeText, utcOffsetText } from './ics-text';

const DAY = 86_400_000;
/** Far enough around a UTC year's bounds to cover its first and last local day in every zone. */
const MARGIN = 2 * DAY;

interface Observance {
  /** Local time of the onset, in the offset before it, UTC-encoded. */
  readonly wall: number;
  readonly from: number;
  readonly to: number;
  readonly year: number;
}

/** Runs of consecutive years, `[first, last]`, from a set of years. */
function yearRuns(years: ReadonlySet<number>): [number, number][] {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

/**
 * The lines of a VTIMEZONE for `zone` covering the local years of `moments`
 * (epoch milliseconds): STANDARD or DAYLIGHT observances, DAYLIGHT being any
 * offset above the smallest of its year (so southern and northern summers,
 * and zones without summer time, come out right).
 */
export function vtimezoneLines(zone: string, moments: readonly number[]): string[] {
  const years = new Set<number>();
  for (const moment of moments) years.add(new Date(wallOf(zone, moment)).getUTCFullYear());
  const observances: Observance[] = [];
  for (const [first, last] of yearRuns(years)) {
    const start = Date.UTC(first, 0, 1) - MARGIN;
    const end = Date.UTC(last + 1, 0, 1) + MARGIN;
    const opening = offsetSeconds(zone, start);
    observances.push({ wall: start + opening * 1000, from: opening, to: opening, year: first });
    for (const change of offsetChanges(zone, start, end)) {
      const wall = change.at + change.from * 1000;
      observances.push({
        wall,
        from: change.from,
        to: change.to,
        year: new Date(wall).getUTCFullYear(),
      });
    }
  }
  // The standard offset of a year: the smallest offset in force during it.
  const smallest = new Map<number, number>();
  const note = (year: number, offset: number) =>
    smallest.set(year, Math.min(smallest.get(year) ?? offset, offset));
  for (const year of years) {
    note(year, offsetSeconds(zone, Date.UTC(year, 0, 15)));
    note(year, offsetSeconds(zone, Date.UTC(year, 6, 15)));
  }
  for (const observance of observances) note(observance.year, observance.to);

  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const observance of observances) {
    const kind =
      observance.to > (smallest.get(observance.year) ?? observance.to) ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dateTimeText(observance.wall)}`,
      `TZOFFSETFROM:${utcOffsetText(observance.from)}`,
      `TZOFFSETTO:${utcOffsetText(observance.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
