import { z } from 'zod';

// Region/City names (and the few single-word zones such as UTC). Offsets like
// "+01:00" are accepted by newer Intl builds but are not IANA zones: they have
// no daylight-saving rules, so they are rejected here on purpose.
const zoneNamePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,3}$/;
const knownZones = new Map<string, boolean>();

/**
 * Whether a string names a time zone of the IANA database known to the
 * running JavaScript engine, such as `Europe/Berlin` or `America/Sao_Paulo`.
 *
 * @example
 * ```ts
 * isTimeZone('Europe/Berlin'); // true
 * isTimeZone('Mars/Olympus_Mons'); // false
 * ```
 */
export function isTimeZone(value: string): boolean {
  if (value.length > 64 || !zoneNamePattern.test(value)) return false;
  const cached = knownZones.get(value);
  if (cached !== undefined) return cached;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  // A pure memo: constructing a formatter costs microseconds, and a cohort
  // repeats the same handful of zones thousands of times.
  if (knownZones.size < 1024) knownZones.set(value, valid);
  return valid;
}

/**
 * An IANA time zone name, checked against the engine's time-zone database.
 *
 * @example
 * ```ts
 * TimeZoneSchema.parse('Asia/Kolkata');
 * ```
 */
export const TimeZoneSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isTimeZone(value)) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { code: 'invalid_time_zone', value: value.slice(0, 64) },
      });
    }
  })
  .meta({ pattern: zoneNamePattern.source, maxLength: 64 });

/**
 * An IANA time zone name, see {@link TimeZoneSchema}.
 *
 * @example
 * ```ts
 * const zone: TimeZone = 'Europe/Vienna';
 * ```
 */
export type TimeZone = z.infer<typeof TimeZoneSchema>;
