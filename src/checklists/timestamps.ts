// How the checklists write the timestamps they compute (deadlines, `asOf`):
// in the programme's time zone when it has one, else in the offset `now` was
// written in — never UTC with milliseconds when the inputs carried offsets.
import {
  clampMoment,
  offsetMinutes,
  offsetOfTimestamp,
  writeTimestamp,
} from '../_internal/zone-time';
import type { Timestamp } from '../model';

/** Writes an epoch-millisecond moment as a {@link Timestamp}. */
export type TimestampWriter = (ms: number) => Timestamp;

/** A writer in the offset a timestamp was written in (`Z` stays `Z`, `+02:00` stays `+02:00`). */
export function writerInOffsetOf(timestamp: Timestamp): TimestampWriter {
  const { minutes, suffix } = offsetOfTimestamp(timestamp);
  return (ms) => writeTimestamp(ms, minutes, suffix);
}

// Asking Intl for every deadline of thousands of reports is slow, and a
// zone's offset changes only a few times a year. So offsets are read once
// per UTC midnight of a block of days; a day whose two midnights agree has
// one offset throughout (no zone changes twice within a day), and the moment
// of a change inside a day is found by bisection, to the second, and kept.
const DAY = 86_400_000;
const BLOCK_DAYS = 128;
interface OffsetBlock {
  /** The offset at each UTC midnight of the block and the one after it. */
  readonly midnights: Int16Array;
  /** Day in the block → the first moment (to the second) of the next offset. */
  readonly changes: Map<number, number>;
}
const blocks = new Map<string, OffsetBlock>();
const MAX_BLOCKS = 64;

function blockOf(timeZone: string, index: number): OffsetBlock {
  const key = `${index}|${timeZone}`;
  let block = blocks.get(key);
  if (block === undefined) {
    const midnights = new Int16Array(BLOCK_DAYS + 1);
    const first = index * BLOCK_DAYS * DAY;
    for (let day = 0; day <= BLOCK_DAYS; day++)
      midnights[day] = offsetMinutes(timeZone, first + day * DAY);
    block = { midnights, changes: new Map() };
    if (blocks.size >= MAX_BLOCKS) blocks.clear();
    blocks.set(key, block);
  }
  return block;
}

/** The offset of an IANA zone at a moment, in whole minutes. */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  const at = clampMoment(ms);
  const day = Math.floor(at / DAY);
  const index = Math.floor(day / BLOCK_DAYS);
  const block = blockOf(timeZone, index);
  const inBlock = day - index * BLOCK_DAYS;
  const before = block.midnights[inBlock] ?? 0;
  const after = block.midnights[inBlock + 1] ?? before;
  if (before === after) return before;
  let change = block.changes.get(inBlock);
  if (change === undefined) {
    let low = day * DAY; // still `before`
    let high = low + DAY; // already `after`
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (offsetMinutes(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    change = high;
    block.changes.set(inBlock, change);
  }
  return at < change ? before : after;
}

/** A writer in a zone's offset at each moment written (summer and winter time alike). */
export function writerInZone(timeZone: string): TimestampWriter {
  return (ms) => {
    return writeTimestamp(ms, zoneOffsetMinutes(timeZone, ms));
  };
}

/**
 * The writer a report uses: the programme's zone when it has one, else the
 * offset of `now`. Memoised per report: many items share a deadline.
 */
export function timestampWriter(timeZone: string | undefined, now: Timestamp): TimestampWriter {
  const write = timeZone === undefined ? writerInOffsetOf(now) : writerInZone(timeZone);
  const written = new Map<number, Timestamp>();
  return (ms) => {
    let text = written.get(ms);
    if (text === undefined) {
      text = write(ms);
      written.set(ms, text);
    }
    return text;
  };
}
