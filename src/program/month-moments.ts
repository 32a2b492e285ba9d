// The moments the report judges health at for its months: the last
// millisecond of each past month and `now` for the current one. Months are
// the programme's calendar months when it has a time zone, else months in the
// offset `now` is written in (the calendar of whoever asked for the report).

import { momentOf, offsetOfTimestamp, wallOf } from '../_internal/zone-time';

const MINUTE = 60_000;
const writtenMonth = /^([+-]?\d{4,6})-(\d{2})-/;

/** Months (`YYYY-MM`, ascending) and the moment (epoch ms) each is judged at; the last is `now`. */
export interface MonthMoments {
  readonly months: readonly string[];
  readonly moments: readonly number[];
}

function key(year: number, monthIndex: number): string {
  const y = year < 0 ? `-${String(-year).padStart(6, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(monthIndex + 1).padStart(2, '0')}`;
}

/**
 * The last `count` calendar months up to the month of `now`, each with the
 * moment it is judged at: the end of a past month (one millisecond before the
 * next begins), and `now` itself for the current month.
 */
export function monthMoments(
  timeZone: string | undefined,
  now: string,
  nowMs: number,
  count: number,
): MonthMoments {
  let year: number;
  let monthIndex: number;
  let startOf: (year: number, monthIndex: number) => number;
  if (timeZone === undefined) {
    const offset = offsetOfTimestamp(now).minutes * MINUTE;
    const monthMatch = writtenMonth.exec(now);
    year = Number(monthMatch?.[1]);
    monthIndex = Number(monthMatch?.[2]) - 1;
    startOf = (y, m) => Date.UTC(y, m, 1) - offset;
  } else {
    const local = new Date(wallOf(timeZone, nowMs));
    year = local.getUTCFullYear();
    monthIndex = local.getUTCMonth();
    startOf = (y, m) => momentOf(timeZone, Date.UTC(y, m, 1));
  }
  const months: string[] = [];
  const moments: number[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(year, monthIndex - back, 1));
    d.setUTCFullYear(year + Math.floor((monthIndex - back) / 12));
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    months.push(key(y, m));
    moments.push(back === 0 ? nowMs : Math.min(nowMs, startOf(y, m + 1) - 1));
  }
  return { months, moments };
}
