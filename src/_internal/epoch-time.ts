// Fast conversions between the library's timestamps and epoch milliseconds.
// Evaluating thousands of relationships reads and writes a few dozen
// timestamps each; Date.parse and toISOString dominated that work, so the
// strict format the model guarantees (YYYY-MM-DDTHH:MM[:SS[.fff…]] with Z or
// ±HH:MM) is handled here by arithmetic. Anything else falls back to Date.

const DAY_MS = 86_400_000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function twoDigits(text: string, index: number): number {
  return (text.charCodeAt(index) - 48) * 10 + text.charCodeAt(index + 1) - 48;
}

/** The digit at `index` (0–9), or a value above 9 when it is not a digit. */
function digitAt(text: string, index: number): number {
  // Unsigned: a code below '0' wraps to a large number, so one comparison tests both ends.
  return (text.charCodeAt(index) - 48) >>> 0;
}

/** Epoch ms of a timestamp; same result as `Date.parse` for every valid timestamp. */
export function epochOf(text: string): number {
  const length = text.length;
  if (
    length < 17 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 // :
  ) {
    return Date.parse(text);
  }
  // The digits of YYYY-MM-DDTHH:MM, read once (straight-line: this runs for every timestamp).
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  const h0 = digitAt(text, 11);
  const h1 = digitAt(text, 12);
  const n0 = digitAt(text, 14);
  const n1 = digitAt(text, 15);
  if (
    y0 > 9 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    m0 > 9 ||
    m1 > 9 ||
    d0 > 9 ||
    d1 > 9 ||
    h0 > 9 ||
    h1 > 9 ||
    n0 > 9 ||
    n1 > 9
  ) {
    return Date.parse(text);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  let ms =
    (daysFromCivil(year, m0 * 10 + m1, d0 * 10 + d1) * 24 + h0 * 10 + h1) * 3_600_000 +
    (n0 * 10 + n1) * 60_000;
  let index = 16;
  if (text.charCodeAt(index) === 58) {
    if (!isDigitAt(text, 17) || !isDigitAt(text, 18)) return Date.parse(text);
    ms += twoDigits(text, 17) * 1000;
    index = 19;
    if (text.charCodeAt(index) === 46) {
      // Whole milliseconds from the first three digits, by integer arithmetic:
      // summing digit × 0.1, × 0.01, … in floating point read .123999999 as
      // .124, a millisecond late. Digits beyond are cut off, as Date.parse does.
      index++;
      let scale = 100;
      while (index < length && isDigitAt(text, index)) {
        if (scale >= 1) ms += (text.charCodeAt(index) - 48) * scale;
        scale /= 10;
        index++;
      }
    }
  }
  const sign = text.charCodeAt(index);
  if (sign === 90 && index + 1 === length) return ms; // Z
  if ((sign === 43 || sign === 45) && index + 6 === length && text.charCodeAt(index + 3) === 58) {
    const offset = (twoDigits(text, index + 1) * 60 + twoDigits(text, index + 4)) * 60_000;
    return sign === 43 ? ms - offset : ms + offset;
  }
  return Date.parse(text);
}

/**
 * The part of a timestamp's fraction below the millisecond, in nanoseconds
 * (0–999,999): `…00.123999999Z` has 999,999. 0 without such digits.
 */
export function subMillisecondNanos(text: string): number {
  if (text.charCodeAt(19) !== 46) return 0;
  let nanos = 0;
  let scale = 100_000;
  for (let index = 20; isDigitAt(text, index); index++) {
    if (index < 23) continue;
    if (scale < 1) break;
    nanos += (text.charCodeAt(index) - 48) * scale;
    scale /= 10;
  }
  return nanos;
}

/**
 * Compares two valid timestamps as instants, exactly: negative when `a` is
 * earlier, positive when later, 0 when they name the same instant (in any
 * offsets). Fractions count to the nanosecond, which epoch milliseconds
 * cannot hold: `.123999999` is after `.123` and before `.124`.
 */
export function compareTimestamps(a: string, b: string): number {
  const difference = epochOf(a) - epochOf(b);
  if (difference !== 0) return difference;
  return subMillisecondNanos(a) - subMillisecondNanos(b);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The UTC ISO form of epoch ms; same result as `new Date(ms).toISOString()`. */
export function isoOf(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  // Civil date from days (H. Hinnant's civil_from_days).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isInteger(ms) || year < 0 || year > 9999) return new Date(ms).toISOString();
  const inDay = ms - days * DAY_MS;
  const hours = Math.floor(inDay / 3_600_000);
  const minutes = Math.floor((inDay % 3_600_000) / 60_000);
  const seconds = Math.floor((inDay % 60_000) / 1000);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(inDay % 1000, 3)}Z`;
}
