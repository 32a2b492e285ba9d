import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochOf, isoOf } from '../../src/_internal/epoch-time';
import { isTimestamp } from '../../src/model';

const two = (n: number) => String(n).padStart(2, '0');

// Timestamps in every shape the model accepts: seconds and fractions optional, Z or an offset.
const timestampArb = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9998, 11, 31) }),
    seconds: fc.boolean(),
    fraction: fc.constantFrom('', '.5', '.25', '.123', '.123456789'),
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
