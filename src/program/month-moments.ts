// The moments the report judges health at for its months: the last
// millisecond of each past month and `now` for the current one. Months are
// the programme's calendar months when it has a time zone, else months in the
// offset `now` is written in (the calendar of whoever asked for the report).

const MINUTE = 60_000;
const writtenOffset = /(?:([+-])(\d{2}):(\d{2})|Z)$/i;
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

/** The offset (ms east of UTC) of a time zone at an instant. */
function zoneOffset(format: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
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
    const offsetMatch = writtenOffset.exec(now);
    const sign = offsetMatch?.[1] === '-' ? -1 : 1;
    const offset =
      offsetMatch?.[1] === undefined
        ? 0
        : sign * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3])) * MINUTE;
    const monthMatch = writtenMonth.exec(now);
    year = Number(monthMatch?.[1]);
    monthIndex = Number(monthMatch?.[2]) - 1;
    startOf = (y, m) => Date.UTC(y, m, 1) - offset;
  } else {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const local = new Date(nowMs + zoneOffset(format, nowMs));
    year = local.getUTCFullYear();
    monthIndex = local.getUTCMonth();
    startOf = (y, m) => {
      const wall = Date.UTC(y, m, 1);
      // Twice: the offset at the guess may differ from the one at the answer (a change near midnight).
      const first = wall - zoneOffset(format, wall);
      return wall - zoneOffset(format, first);
    };
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
