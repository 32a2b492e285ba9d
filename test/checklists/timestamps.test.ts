// How the checklists write the times they compute (an internal module, tested
// directly for the corners the reports rarely reach).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  timestampWriter,
  writerInOffsetOf,
  writerInZone,
  zoneOffsetMinutes,
} from '../../src/checklists/timestamps';
import { isTimestamp } from '../../src/model';

/** The offset Intl reports, in whole minutes. */
function intlOffset(timeZone: string, ms: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(ms)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (match?.[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return (match[1] === '-' ? -1 : 1) * Math.round(seconds / 60);
}

describe('writing in the offset of now', () => {
  it('keeps the offset as written, and milliseconds only when there are some', () => {
    const at = Date.parse('2026-04-03T07:00:00Z');
    expect(writerInOffsetOf('2026-04-01T09:00:00+02:00')(at)).toBe('2026-04-03T09:00:00+02:00');
    expect(writerInOffsetOf('2026-04-01T09:00:00Z')(at + 5)).toBe('2026-04-03T07:00:00.005Z');
    expect(writerInOffsetOf('2026-04-01T09:00:00-00:00')(at)).toBe('2026-04-03T07:00:00-00:00');
    expect(writerInOffsetOf('2026-04-01T09:00-09:30')(at)).toBe('2026-04-02T21:30:00-09:30');
  });

  it('clamps to the years a timestamp can hold', () => {
    const write = writerInOffsetOf('2026-01-01T00:00:00+14:00');
    expect(write(Date.parse('9999-12-31T12:00:00Z'))).toBe('9999-12-31T23:59:59.999+14:00');
    expect(writerInOffsetOf('2026-01-01T00:00:00-12:00')(Date.parse('0000-01-01T06:00:00Z'))).toBe(
      '0000-01-01T00:00:00-12:00',
    );
  });
});

describe('writing in a programme’s time zone', () => {
  it('writes a zero offset as Z, and follows summer time', () => {
    expect(writerInZone('UTC')(Date.parse('2026-07-01T10:00:00Z'))).toBe('2026-07-01T10:00:00Z');
    const london = writerInZone('Europe/London');
    expect(london(Date.parse('2026-01-15T10:00:00Z'))).toBe('2026-01-15T10:00:00Z');
    expect(london(Date.parse('2026-07-15T10:00:00Z'))).toBe('2026-07-15T11:00:00+01:00');
    expect(writerInZone('Asia/Kathmandu')(Date.parse('2026-07-15T10:00:00Z'))).toBe(
      '2026-07-15T15:45:00+05:45',
    );
  });

  it('finds the moment of a change to the second, on either side of it', () => {
    // Europe/Berlin switched to summer time at 2026-03-29T01:00:00Z.
    const change = Date.parse('2026-03-29T01:00:00Z');
    expect(zoneOffsetMinutes('Europe/Berlin', change - 1000)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', change)).toBe(120);
    // Lord Howe changes by 30 minutes at half past the hour in UTC.
    const lordHowe = Date.parse('2026-04-04T15:00:00Z');
    expect(zoneOffsetMinutes('Australia/Lord_Howe', lordHowe - 1000)).toBe(
      intlOffset('Australia/Lord_Howe', lordHowe - 1000),
    );
    expect(zoneOffsetMinutes('Australia/Lord_Howe', lordHowe)).toBe(
      intlOffset('Australia/Lord_Howe', lordHowe),
    );
  });

  it('rounds historical offsets with seconds to minutes', () => {
    // New York kept local mean time (-04:56:02) until 1883.
    expect(zoneOffsetMinutes('America/New_York', Date.parse('1850-06-01T00:00:00Z'))).toBe(-296);
    expect(writerInZone('America/New_York')(Date.parse('1850-06-01T00:00:00Z'))).toBe(
      '1850-05-31T19:04:00-04:56',
    );
  });

  it('agrees with Intl at any moment in any zone, and always writes a valid timestamp (property)', () => {
    const zones = [
      'Europe/Berlin',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Africa/Casablanca',
      'America/Sao_Paulo',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Tehran',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({
          min: Date.parse('1900-01-01T00:00:00Z'),
          max: Date.parse('2100-01-01T00:00:00Z'),
        }),
        (zone, ms) => {
          expect(zoneOffsetMinutes(zone, ms)).toBe(intlOffset(zone, ms));
          expect(isTimestamp(writerInZone(zone)(ms))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps its caches bounded while many zones come and go', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 80);
    for (const zone of zones) writerInZone(zone)(Date.parse('2026-01-01T00:00:00Z'));
    expect(zoneOffsetMinutes(zones[0] ?? 'UTC', Date.parse('2026-07-01T00:00:00Z'))).toBe(
      intlOffset(zones[0] ?? 'UTC', Date.parse('2026-07-01T00:00:00Z')),
    );
  });
});

describe('the writer of a report', () => {
  it('uses the zone when given, else the offset of now, and writes each moment once', () => {
    const at = Date.parse('2026-07-01T10:00:00Z');
    expect(timestampWriter('Europe/Berlin', '2026-07-01T09:00:00-05:00')(at)).toBe(
      '2026-07-01T12:00:00+02:00',
    );
    const write = timestampWriter(undefined, '2026-07-01T09:00:00-05:00');
    expect(write(at)).toBe('2026-07-01T05:00:00-05:00');
    expect(write(at)).toBe(write(at));
  });
});
