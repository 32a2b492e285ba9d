// The lexical rules of iCalendar (RFC 5545 §3.1–3.3): text escaping,
// parameter quoting, date-time forms, and lines folded at 75 octets.

/** The largest number of octets of one physical line, CRLF not counted (RFC 5545 §3.1). */
export const maxLineOctets = 75;

// Control characters other than HTAB are not allowed in a TEXT value; line
// breaks are escaped before this runs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const controlCharacters = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(controlCharacters, '');
}

/**
 * A parameter value (RFC 5545 §3.2): quoted when it holds `:`, `;` or `,`;
 * a double quote cannot be written at all and becomes a single one.
 */
export function paramValue(value: string): string {
  const safe = value.replace(/"/g, "'").replace(controlCharacters, '').replace(/\t/g, ' ');
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}

/** The UTF-8 bytes of one code point (a lone surrogate is written as U+FFFD, as encoders do). */
function utf8(codePoint: number): number[] {
  const point = codePoint >= 0xd800 && codePoint <= 0xdfff ? 0xfffd : codePoint;
  if (point < 0x80) return [point];
  if (point < 0x800) return [0xc0 | (point >> 6), 0x80 | (point & 63)];
  if (point < 0x10000) {
    return [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63)];
  }
  return [
    0xf0 | (point >> 18),
    0x80 | ((point >> 12) & 63),
    0x80 | ((point >> 6) & 63),
    0x80 | (point & 63),
  ];
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The length of a string in UTF-8 octets. */
export function utf8Length(text: string): number {
  let size = 0;
  for (const char of text) size += octets(char.codePointAt(0) ?? 0);
  return size;
}

/**
 * Folds one content line into physical lines of at most 75 octets of UTF-8
 * each, continuation lines starting with a space (which counts). A line is
 * only broken between code points, never inside a character's bytes.
 */
export function foldLine(line: string): string {
  if (line.length <= maxLineOctets / 3 || utf8Length(line) <= maxLineOctets) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = maxLineOctets;
  for (const char of line) {
    const width = octets(char.codePointAt(0) ?? 0);
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = maxLineOctets - 1; // the leading space of a continuation line
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYYMMDDTHHMMSS` of UTC-encoded milliseconds (a wall time, or UTC itself). */
export function dateTimeText(ms: number): string {
  const date = new Date(ms);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}` +
    `T${pad(date.getUTCHours(), 2)}${pad(date.getUTCMinutes(), 2)}${pad(date.getUTCSeconds(), 2)}`
  );
}

/** A UTC-OFFSET value (RFC 5545 §3.3.14): `+HHMM`, or `+HHMMSS` when there are seconds. */
export function utcOffsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const rest = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600), 2)}${pad(Math.floor((abs % 3600) / 60), 2)}${rest === 0 ? '' : pad(rest, 2)}`;
}

/**
 * An id written for a UID: letters, digits, `-`, `_` and `~` as they are,
 * every other character percent-encoded (UTF-8), so that joining ids with
 * `.` and `@` cannot make two meetings share a UID.
 */
export function uidPart(id: string): string {
  let out = '';
  for (const char of id) {
    if (/^[A-Za-z0-9_~-]$/.test(char)) {
      out += char;
    } else {
      for (const byte of utf8(char.codePointAt(0) ?? 0))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}
