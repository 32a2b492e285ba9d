import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTimestamps,
  epochOf,
  isoOf,
  subMillisecondNanos,
} from '../../src/_internal/epoch-time';
import { isTimestamp } from '../../src/model';

const two = (n: number) => String(n).padStart(2, '0');

// Timestamps in every shape the model accepts: seconds and fractions optional, Z or an offset.
const timestampArb = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9998, 11, 31) }),
    seconds: fc.boolean(),
    fraction: fc.oneof(
      fc.constantFrom(
        '',
        '.5',
        '.25',
        '.123',
        '.123456789',
        '.999999999',
        '.123999999',
        '.0000001',
      ),
      fc.stringMatching(/^\.\d{1,9}$/),
    ),
    offsetMinutes: fc.option(fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), {
      nil: undefined,
    }),
  })
  .map(({ ms, seconds, fraction, offsetMinutes }) => {
    const local = new Date(ms + (offsetMinutes ?? 0) * 60_000).toISOString().slice(0, 19);
    const base = seconds ? `${local}${fraction}` : local.slice(0, 16);
    if (offsetMinutes === undefined) return `${base}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${base}${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  });

describe('epochOf and isoOf', () => {
  it('agree with Date.parse on every timestamp the model accepts', () => {
    fc.assert(
      fc.property(timestampArb, (text) => {
        expect(isTimestamp(text)).toBe(true);
        expect(epochOf(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('fall back to Date.parse for other shapes', () => {
    for (const text of [
      '2026-03-01',
      '2026-03-01T10:00:00',
      'not a date',
      '2026-03-01T1x:00Z',
      '2026-03-01T10:00:0xZ',
      '2026-03-01T10:00:00+0100',
    ]) {
      expect(Number.isNaN(epochOf(text)) ? Number.NaN : epochOf(text)).toStrictEqual(
        Date.parse(text),
      );
    }
  });

  it('agree with toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-300, 0, 1), max: Date.UTC(12000, 0, 1) }), (ms) => {
        expect(isoOf(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
    expect(isoOf(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoOf(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59.999Z');
  });
});

describe('fractions of a second', () => {
  it('are read exactly: .123999999 is not a millisecond late (regression)', () => {
    expect(epochOf('2026-03-01T10:00:00.123999999Z')).toBe(Date.parse('2026-03-01T10:00:00.123Z'));
    expect(epochOf('2026-03-01T10:00:00.999999999Z')).toBe(Date.parse('2026-03-01T10:00:00.999Z'));
    expect(epochOf('2026-03-01T10:00:00.999999999+01:00')).toBe(
      Date.parse('2026-03-01T09:00:00.999Z'),
    );
  });

  it('order exactly, to the nanosecond', () => {
    const a = '2026-03-01T10:00:00.123Z';
    const b = '2026-03-01T10:00:00.123999999Z';
    const c = '2026-03-01T10:00:00.124Z';
    expect(compareTimestamps(a, b)).toBeLessThan(0);
    expect(compareTimestamps(b, c)).toBeLessThan(0);
    expect(compareTimestamps(c, b)).toBeGreaterThan(0);
    expect(compareTimestamps(b, '2026-03-01T11:00:00.123999999+01:00')).toBe(0);
    expect(compareTimestamps('2026-03-01T10:00:00.1230Z', a)).toBe(0);
    expect(subMillisecondNanos(b)).toBe(999_999);
    expect(subMillisecondNanos('2026-03-01T10:00:00.12+01:00')).toBe(0);
    expect(subMillisecondNanos('2026-03-01T10:00+01:00')).toBe(0);
    expect(subMillisecondNanos('2026-03-01T10:00:00.1234Z')).toBe(400_000);
    // Beyond nanoseconds (not a valid timestamp, but never misread).
    expect(subMillisecondNanos('2026-03-01T10:00:00.1234567891Z')).toBe(456_789);
  });

  it('compare like exact decimal arithmetic does (property)', () => {
    const exact = (text: string) => {
      const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
      return (
        BigInt(Date.parse(text.replace(/\.\d+/, ''))) * 1_000_000n +
        BigInt(fraction.padEnd(9, '0').slice(0, 9))
      );
    };
    fc.assert(
      fc.property(timestampArb, timestampArb, (a, b) => {
        const expected = exact(a) < exact(b) ? -1 : exact(a) > exact(b) ? 1 : 0;
        expect(Math.sign(compareTimestamps(a, b))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('year 0', () => {
  it('has a leap day, as ISO 8601 counts it (regression)', () => {
    expect(isTimestamp('0000-02-29T00:00:00Z')).toBe(true);
    expect(isTimestamp('0100-02-29T00:00:00Z')).toBe(false);
    expect(isTimestamp('0400-02-29T00:00:00Z')).toBe(true);
    expect(isTimestamp('0004-02-29T12:00:00+01:00')).toBe(true);
    expect(epochOf('0000-02-29T00:00:00Z')).toBe(Date.parse('0000-02-29T00:00:00Z'));
    expect(isoOf(epochOf('0000-02-29T00:00:00Z'))).toBe('0000-02-29T00:00:00.000Z');
  });
});
