// The expiries the lifecycle computes: calendar days in the programme's time
// zone, across daylight-saving changes, written in the zone's offset.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lifecycle/time';

describe('addDays', () => {
  it('keeps the offset of the timestamp without a time zone, milliseconds only when there are some', () => {
    expect(addDays('2026-03-01T09:00:00+01:00', 14)).toBe('2026-03-15T09:00:00+01:00');
    expect(addDays('2026-03-01T23:00:00.250-05:30', 1)).toBe('2026-03-02T23:00:00.250-05:30');
    expect(addDays('2026-03-01T09:00:00Z', 1)).toBe('2026-03-02T09:00:00Z');
  });

  it('counts calendar days in the zone across a change of its offset', () => {
    expect(addDays('2026-03-20T09:00:00+01:00', 14, 'Europe/Berlin')).toBe(
      '2026-04-03T09:00:00+02:00',
    );
    expect(addDays('2026-10-20T09:00:00+02:00', 14, 'Europe/Berlin')).toBe(
      '2026-11-03T09:00:00+01:00',
    );
    expect(addDays('2026-03-20T09:00:00Z', 1, 'Asia/Kolkata')).toBe('2026-03-21T14:30:00+05:30');
  });

  it('moves a wall-clock time that does not exist past the gap, and takes the first of one that occurs twice', () => {
    // New York skips 02:00–03:00 on 8 March 2026 and repeats 01:00–02:00 on 1 November 2026.
    expect(addDays('2026-03-07T02:30:00-05:00', 1, 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    expect(addDays('2026-10-31T01:30:00-04:00', 1, 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    );
    expect(addDays('2026-11-01T01:30:00-05:00', 1, 'America/New_York')).toBe(
      '2026-11-02T01:30:00-05:00',
    );
  });

  it('stays within what a timestamp can hold, and handles more zones than it caches', () => {
    expect(addDays('9999-12-30T00:00:00Z', 14)).toBe('9999-12-31T23:59:59.999Z');
    expect(addDays('9999-12-30T00:00:00Z', 14, 'Europe/Berlin')).toMatch(
      /^9999-12-31T23:59:59\.999\+01:00$/,
    );
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 40);
    for (const zone of zones)
      expect(addDays('2026-06-01T12:00:00Z', 1, zone)).toMatch(/^2026-06-0[12]T/);
  });
});
