import type { Weekday, WeeklySlot } from '../model';
import { MentorshipKitError } from '../model/errors';
import { minutesOfDay } from '../model/weekly-slot';

/** Minutes in one week. */
export const minutesPerWeek = 7 * 24 * 60;
/** Resolution of the weekly bitmap in minutes. */
export const quarterMinutes = 15;
/** Quarter hours in a week: 672 bits. */
export const quartersPerWeek = minutesPerWeek / quarterMinutes;
/** 32-bit words of one weekly bitmap (672 / 32 = 21). */
export const availabilityWords = quartersPerWeek / 32;

const quarterMs = quarterMinutes * 60_000;
const dayMs = 86_400_000;

const weekdayIndex: Readonly<Record<Weekday, number>> = {
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};

// One formatter per zone, shared: formatters are immutable, and making one
// costs as much as hundreds of lookups. Zone names are case-insensitive, so
// the cache is keyed by the lower-cased spelling and every spelling of a zone
// shares the formatter of its canonical name; both maps are bounded (an app
// may see any number of spellings over its life) and start afresh when full.
const MAX_SPELLINGS = 1024;
const MAX_ZONES = 1024;
const spellings = new Map<string, Intl.DateTimeFormat>();
const canonicalZones = new Map<string, Intl.DateTimeFormat>();

/** The shared formatter of `zone`, whatever its letter case or alias. */
function formatterOf(zone: string): Intl.DateTimeFormat {
  const key = zone.toLowerCase();
  let format = spellings.get(key);
  if (format !== undefined) return format;
  let created: Intl.DateTimeFormat;
  try {
    created = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch (cause) {
    // Profiles are validated by `parseMentorProfile`; one that was not may name no zone.
    throw new MentorshipKitError(`"${zone.slice(0, 64)}" is not a time zone`, {
      code: 'invalid_time_zone',
      messageKey: 'validation.invalid_time_zone',
      params: { value: zone.slice(0, 64) },
      path: ['timeZone'],
      cause,
    });
  }
  const canonical = created.resolvedOptions().timeZone;
  format = canonicalZones.get(canonical);
  if (format === undefined) {
    if (canonicalZones.size >= MAX_ZONES) canonicalZones.clear();
    canonicalZones.set(canonical, created);
    format = created;
  }
  if (spellings.size >= MAX_SPELLINGS) spellings.clear();
  spellings.set(key, format);
  return format;
}

/** Sizes of the formatter caches, for tests: spellings seen and formatters kept. */
export function zoneCacheSize(): { readonly spellings: number; readonly formatters: number } {
  return { spellings: spellings.size, formatters: canonicalZones.size };
}

/**
 * Offsets of IANA zones from UTC, read with `Intl.DateTimeFormat` and memoised
 * per quarter hour for the life of one cohort build (the caller owns the
 * cache; the module keeps only the formatters). Real zone transitions happen
 * on a quarter hour, so one lookup per quarter is exact.
 */
export class ZoneOffsets {
  /**
   * One memo shared by every cohort build, so repeated builds (a `scorePair`
   * per request) skip `Intl`; bounded by {@link maxMemo} entries.
   */
  static readonly shared = new ZoneOffsets();
  readonly #memo = new Map<string, Map<number, number>>();
  #entries = 0;
  /** Per zone, packed quarters by slot key, for the week `#slotsWeek`. */
  readonly #slots = new Map<string, Map<number | string, number>>();
  #slotsWeek = Number.NaN;

  /** Offset of `zone` from UTC in minutes at the instant `epochMs` (east positive). */
  offsetMinutes(zone: string, epochMs: number): number {
    const quarter = Math.floor(epochMs / quarterMs);
    let memo = this.#memo.get(zone);
    if (memo === undefined) {
      memo = new Map();
      this.#memo.set(zone, memo);
    }
    const known = memo.get(quarter);
    if (known !== undefined) return known;
    const offset = this.#readOffset(zone, quarter * quarterMs);
    if (this.#entries >= maxMemo) {
      // Start afresh: an app may meet any number of zones and weeks.
      this.#memo.clear();
      this.#slots.clear();
      this.#entries = 0;
      memo = new Map();
      this.#memo.set(zone, memo);
    }
    memo.set(quarter, offset);
    this.#entries++;
    return offset;
  }

  /** The UTC instant at which the wall clock in `zone` shows `localMs` (a UTC-encoded wall time). */
  wallToUtc(zone: string, localMs: number): number {
    // Two passes settle the offset on either side of a transition; a wall time
    // inside a spring-forward gap lands after the gap.
    const first = localMs - this.offsetMinutes(zone, localMs) * 60_000;
    return localMs - this.offsetMinutes(zone, first) * 60_000;
  }

  /**
   * First and last-plus-one quarter hour of a weekly slot in the week that
   * starts at `weekStartMs` (UTC), packed as `first * 4096 + last`; memoised,
   * as many people share zone and slot times.
   */
  slotQuarters(zone: string, slot: WeeklySlot, weekStartMs: number): number {
    if (weekStartMs !== this.#slotsWeek) {
      this.#slots.clear();
      this.#slotsWeek = weekStartMs;
    }
    let slots = this.#slots.get(zone);
    if (slots === undefined) {
      slots = new Map();
      this.#slots.set(zone, slots);
    }
    // A number for the usual HH:MM times: building and hashing a string per slot costs more.
    const from = clockMinutes(slot.start);
    const to = clockMinutes(slot.end);
    const key =
      from >= 0 && to >= 0
        ? ((weekdayIndex[slot.day] ?? 7) * 8192 + from) * 8192 + to
        : `${slot.day} ${slot.start} ${slot.end}`;
    const known = slots.get(key);
    if (known !== undefined) return known;
    if (slots.size >= maxMemo) slots.clear();
    const day = weekStartMs + (weekdayIndex[slot.day] as number) * dayMs;
    const start = this.wallToUtc(zone, day + minutesOfDay(slot.start) * 60_000);
    const end = this.wallToUtc(zone, day + minutesOfDay(slot.end) * 60_000);
    const first = Math.floor((start - weekStartMs) / quarterMs);
    const last = Math.ceil((end - weekStartMs) / quarterMs);
    // Both lie within a day and a half of the week: offset them to stay non-negative.
    const packed = (first + 1024) * 4096 + (last + 1024);
    slots.set(key, packed);
    return packed;
  }

  #readOffset(zone: string, epochMs: number): number {
    const format = formatterOf(zone);
    // `format` is several times faster than `formatToParts`: its text is read
    // when it has the usual en-US shape, otherwise the parts are.
    const usual = usualDateTime.exec(format.format(epochMs));
    let wall: number;
    if (usual !== null) {
      const [, month, day, year, hour, minute] = usual.map(Number) as number[];
      wall = Date.UTC(year as number, (month as number) - 1, day, hour, minute);
    } else {
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(epochMs)) {
        if (part.type !== 'literal') parts[part.type] = Number(part.value);
      }
      wall = Date.UTC(
        parts.year as number,
        (parts.month as number) - 1,
        parts.day as number,
        parts.hour as number,
        parts.minute as number,
      );
    }
    return Math.round((wall - epochMs) / 60_000);
  }
}

/** Most offsets (and slots per zone) a {@link ZoneOffsets} keeps before starting afresh. */
const maxMemo = 50_000;

/** `M/D/YYYY, HH:MM`, as en-US writes the numeric date and 24-hour time. */
const usualDateTime = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2})$/;

/** Minutes of an `HH:MM` time of day (digits only), else -1. */
function clockMinutes(time: string): number {
  if (time.length !== 5 || time.charCodeAt(2) !== 58) return -1;
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  // Unsigned: a character below '0' wraps to a large value.
  if (h1 >>> 0 > 9 || h2 >>> 0 > 9 || m1 >>> 0 > 9 || m2 >>> 0 > 9) return -1;
  return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
}

/** Epoch milliseconds of 00:00 UTC on the Monday `referenceWeek` (YYYY-MM-DD). */
export function referenceWeekStart(referenceWeek: string): number {
  const [year, month, day] = referenceWeek.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * Writes the weekly availability of a person into `out` (21 words from
 * `offset`) as a bitmap of the 672 quarter hours of the reference week in UTC
 * (Monday 00:00 UTC is bit 0). Each slot is placed on its own calendar day of
 * the reference week in the person's zone, so a daylight-saving change inside
 * that week is honoured. Slots are widened to whole quarter hours; times that
 * fall before or after the week wrap around, as weekly slots recur.
 */
export function weeklyUtcBitmap(
  slots: readonly WeeklySlot[],
  timeZone: string,
  weekStartMs: number,
  zones: ZoneOffsets,
  out: Int32Array,
  offset: number,
): void {
  for (const slot of slots) {
    const packed = zones.slotQuarters(timeZone, slot, weekStartMs);
    const first = Math.floor(packed / 4096) - 1024;
    const last = (packed % 4096) - 1024;
    for (let quarter = first; quarter < last; quarter++) {
      const bit = ((quarter % quartersPerWeek) + quartersPerWeek) % quartersPerWeek;
      const index = offset + (bit >>> 5);
      out[index] = (out[index] as number) | (1 << (bit & 31));
    }
  }
}

/** Number of set bits of a 32-bit integer. */
export function popcount32(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
