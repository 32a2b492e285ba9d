import type * as z from 'zod';
import { storableString } from './text';
import { timestampGotDate } from './validation-error';

// Calendar-checked (no 31 April) and offset-bearing: a timestamp without an
// offset is ambiguous across time zones, which is the bug this library avoids.
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year of the proleptic Gregorian calendar is a leap year (ISO 8601: year 0 is one). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// By arithmetic, not `Date.UTC`, which maps years 0–99 to 1900–1999 and so
// rejected 0000-02-29.
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] as number);
  return day <= last;
}

/**
 * Whether a string is an ISO 8601 timestamp with an offset, see {@link TimestampSchema}.
 *
 * @example
 * ```ts
 * isTimestamp('2026-03-01T09:30:00+01:00'); // true
 * isTimestamp('2026-03-01T09:30:00'); // false: no offset
 * isTimestamp('0000-02-29T00:00:00Z'); // true: year 0 is a leap year
 * ```
 */
export function isTimestamp(value: string): boolean {
  const match = timestampPattern.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dateHint(issue: { readonly input?: unknown }): string | undefined {
  return issue.input instanceof Date ? timestampGotDate : undefined;
}

/**
 * A point in time: ISO 8601 date and time with seconds optional and an
 * offset required (`Z` or `±hh:mm`), e.g. `2026-03-01T09:30:00+01:00`;
 * years 0000–9999, fractions up to nanoseconds. The string is kept as
 * written, so documents round-trip exactly. A `Date` object is refused with
 * a hint to pass `date.toISOString()`.
 *
 * @example
 * ```ts
 * TimestampSchema.parse('2026-03-01T09:30:00+01:00');
 * TimestampSchema.parse(new Date().toISOString());
 * ```
 */
export const TimestampSchema = storableString((value: string, ctx: z.RefinementCtx) => {
  if (!isTimestamp(value)) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_timestamp' } });
  }
}, dateHint).meta({ pattern: timestampPattern.source });

/**
 * An ISO 8601 timestamp with an offset, see {@link TimestampSchema}.
 *
 * @example
 * ```ts
 * const at: Timestamp = '2026-03-01T09:30:00Z';
 * ```
 */
export type Timestamp = z.infer<typeof TimestampSchema>;

/**
 * A calendar date `YYYY-MM-DD` without a time, e.g. a programme's reference week.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse('2026-03-02');
 * ```
 */
export const CalendarDateSchema = storableString((value: string, ctx: z.RefinementCtx) => {
  const match = datePattern.exec(value);
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_date' } });
  }
}).meta({ format: 'date' });

/**
 * A calendar date `YYYY-MM-DD`, see {@link CalendarDateSchema}.
 *
 * @example
 * ```ts
 * const day: CalendarDate = '2026-03-02';
 * ```
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;
