import type * as z from 'zod';
import { displayValue, storableString } from './text';

// Region/City names (and the few single-word zones such as UTC). Offsets like
// "+01:00" are accepted by newer Intl builds but are not IANA zones: they have
// no daylight-saving rules, so they are rejected here on purpose.
const zoneNamePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,3}$/;

// Intl reads zone names in any letter case, so one zone has countless
// spellings. Each spelling seen is memoised with its canonical form (or
// `null`: not a zone), but the memo is bounded: when full it starts afresh,
// so 40,000 spellings of one zone cost no more memory than 1,024.
const MAX_MEMO = 1024;
const memo = new Map<string, string | null>();

// The engine's own spelling of every zone it lists, by lower case. Built once;
// its size is fixed by the engine's time-zone database (about 420 entries).
let spellings: Map<string, string> | undefined;

function listedSpellings(): Map<string, string> {
  if (spellings === undefined) {
    spellings = new Map();
    const supportedValuesOf = (Intl as { supportedValuesOf?: (key: string) => string[] })
      .supportedValuesOf;
    try {
      for (const zone of supportedValuesOf?.('timeZone') ?? []) {
        spellings.set(zone.toLowerCase(), zone);
      }
    } catch {
      // An engine without the list: spellings come from resolvedOptions below.
    }
  }
  return spellings;
}

// Words of zone names whose letter case is not "Capitalised_Words".
const irregularWords: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  [
    'US',
    'UTC',
    'UCT',
    'GMT',
    'GMT0',
    'EST',
    'MST',
    'HST',
    'EST5EDT',
    'CST6CDT',
    'MST7MDT',
    'PST8PDT',
    'NZ',
    'CHAT',
    'GB',
    'SU',
    'W',
    'PRC',
    'ROC',
    'ROK',
    'IN',
    'BajaNorte',
    'BajaSur',
    'DeNoronha',
    'EasterIsland',
    'DumontDUrville',
    'ComodRivadavia',
    'McMurdo',
    'au',
    'of',
    'es',
  ].map((word) => [word.toLowerCase(), word]),
);

/** IANA-style letter case for a zone the engine knows but does not list (a link such as `Asia/Kolkata` on older engines). */
function conventionalCase(zone: string): string {
  return zone.replace(/[A-Za-z0-9]+/g, (word) => {
    const lower = word.toLowerCase();
    const irregular = irregularWords.get(lower);
    if (irregular !== undefined) return irregular;
    if (/^gmt[0-9]/.test(lower)) return `GMT${lower.slice(3)}`;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

function canonicalize(value: string): string | null {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const lower = value.toLowerCase();
  const listed = listedSpellings().get(lower);
  if (listed !== undefined) return listed;
  // Newer engines keep a link as it was named, only fixing its case.
  if (resolved.toLowerCase() === lower) return resolved;
  // Older engines replace a link by its target (`Asia/Kolkata` → `Asia/Calcutta`):
  // keep the name the user gave, in the IANA database's letter case.
  return conventionalCase(value);
}

/**
 * The canonical spelling of an IANA time zone name (`europe/berlin` →
 * `Europe/Berlin`), or `undefined` when the engine does not know the zone.
 * Only the letter case changes: a link keeps its own name (`Asia/Kolkata`
 * stays `Asia/Kolkata`), so the result is the same on every engine.
 *
 * @example
 * ```ts
 * canonicalTimeZone('EUROPE/BERLIN'); // 'Europe/Berlin'
 * canonicalTimeZone('Mars/Olympus_Mons'); // undefined
 * ```
 */
export function canonicalTimeZone(value: string): string | undefined {
  if (typeof value !== 'string' || value.length > 64 || !zoneNamePattern.test(value)) {
    return undefined;
  }
  let canonical = memo.get(value);
  if (canonical === undefined) {
    canonical = canonicalize(value);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(value, canonical);
  }
  return canonical ?? undefined;
}

/** How many spellings the memo holds (for tests that check it stays bounded). */
export function timeZoneMemoSize(): number {
  return memo.size;
}

/**
 * Whether a string names a time zone of the IANA database known to the
 * running JavaScript engine, such as `Europe/Berlin` or `America/Sao_Paulo`,
 * in any letter case.
 *
 * @example
 * ```ts
 * isTimeZone('Europe/Berlin'); // true
 * isTimeZone('europe/berlin'); // true: TimeZoneSchema reads it as Europe/Berlin
 * isTimeZone('Mars/Olympus_Mons'); // false
 * ```
 */
export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) !== undefined;
}

/**
 * An IANA time zone name, checked against the engine's time-zone database and
 * written in its canonical letter case: `europe/berlin` and `EUROPE/BERLIN`
 * both parse to `Europe/Berlin`, so one zone has one spelling in stored
 * documents and in every cache keyed by zone.
 *
 * @example
 * ```ts
 * TimeZoneSchema.parse('Asia/Kolkata'); // 'Asia/Kolkata'
 * TimeZoneSchema.parse('europe/vienna'); // 'Europe/Vienna'
 * ```
 */
export const TimeZoneSchema = storableString((value: string, ctx: z.RefinementCtx) => {
  if (!isTimeZone(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_time_zone', value: displayValue(value, 64) },
    });
  }
})
  .overwrite((value) => canonicalTimeZone(value) ?? value)
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
