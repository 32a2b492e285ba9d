import { z } from 'zod';

// Calendar-checked (no 31 April) and offset-bearing: a timestamp without an
// offset is ambiguous across time zones, which is the bug this library avoids.
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Whether a string is an ISO 8601 timestamp with an offset, see {@link TimestampSchema}.
 *
 * @example
 * ```ts
 * isTimestamp('2026-03-01T09:30:00+01:00'); // true
 * isTimestamp('2026-03-01T09:30:00'); // false: no offset
 * ```
 */
export function isTimestamp(value: string): boolean {
  const match = timestampPattern.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A point in time: ISO 8601 date and time with seconds optional and an
 * offset required (`Z` or `±hh:mm`), e.g. `2026-03-01T09:30:00+01:00`.
 * The string is kept as written, so documents round-trip exactly.
 *
 * @example
 * ```ts
 * TimestampSchema.parse('2026-03-01T09:30:00+01:00');
 * ```
 */
export const TimestampSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isTimestamp(value)) {
      ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_timestamp' } });
    }
  })
  .meta({ pattern: timestampPattern.source });

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
export const CalendarDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    const match = datePattern.exec(value);
    if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_date' } });
    }
  })
  .meta({ format: 'date' });

/**
 * A calendar date `YYYY-MM-DD`, see {@link CalendarDateSchema}.
 *
 * @example
 * ```ts
 * const day: CalendarDate = '2026-03-02';
 * ```
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;
