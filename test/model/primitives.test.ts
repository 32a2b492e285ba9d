import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  IdSchema,
  isLanguageTag,
  isTimestamp,
  isTimeZone,
  LabelSchema,
  minutesOfDay,
  primaryLanguage,
  WeeklySlotSchema,
} from '../../src/model';

describe('timestamps', () => {
  it.each([
    '2026-03-01T09:30:00+01:00',
    '2026-03-01T09:30:00Z',
    '2026-03-01T09:30+05:30',
    '2026-03-01T09:30:00.123456-08:00',
    '2024-02-29T00:00:00Z',
  ])('accepts %s', (value) => {
    expect(isTimestamp(value)).toBe(true);
  });

  it.each([
    ['no offset', '2026-03-01T09:30:00'],
    ['a date only', '2026-03-01'],
    ['31 April', '2026-04-31T09:30:00Z'],
    ['29 February of a common year', '2026-02-29T09:30:00Z'],
    ['hour 24', '2026-03-01T24:00:00Z'],
    ['an offset of 25 hours', '2026-03-01T09:30:00+25:00'],
    ['a space separator', '2026-03-01 09:30:00Z'],
    ['month 13', '2026-13-01T09:30:00Z'],
  ])('rejects %s', (_name, value) => {
    expect(isTimestamp(value)).toBe(false);
  });

  it('checks calendar dates', () => {
    expect(CalendarDateSchema.safeParse('2026-03-02').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(CalendarDateSchema.safeParse('2026-3-2').success).toBe(false);
  });
});

describe('time zones', () => {
  it('accepts IANA zones known to the engine', () => {
    for (const zone of ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5']) {
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it('rejects names that are not zones, offsets and oversized strings', () => {
    for (const zone of [
      'Europe/Atlantis',
      '+01:00',
      'CEST!',
      '',
      'A/'.repeat(40),
      'Europe/Berlin ',
    ]) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });

  it('gives the same answer from its memo as on first sight', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Asia/Atlantis')).toBe(false);
    expect(isTimeZone('Asia/Atlantis')).toBe(false);
  });
});

describe('language tags', () => {
  it('accepts well-formed BCP 47 tags and finds their primary language', () => {
    expect(isLanguageTag('de-AT')).toBe(true);
    expect(isLanguageTag('zh-Hant-TW')).toBe(true);
    expect(primaryLanguage('de-AT')).toBe('de');
    expect(primaryLanguage('EN')).toBe('en');
  });

  it('rejects malformed tags', () => {
    for (const tag of ['', 'english!', 'de_AT', 'x'.repeat(40), 'de--AT']) {
      expect(isLanguageTag(tag)).toBe(false);
    }
  });
});

describe('ids and labels', () => {
  it('accepts UUIDs, e-mail addresses and slugs as ids', () => {
    for (const id of [
      '3f1c2b1e-8a5d-4b8e-9c1d-2a7b6c5d4e3f',
      'ada@example.org',
      'mentor-7',
      '42',
    ]) {
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('rejects control characters in ids', () => {
    expect(IdSchema.safeParse('a\u0000b').success).toBe(false);
    expect(IdSchema.safeParse('tab\tid').success).toBe(false);
  });

  it('rejects labels that are only white space', () => {
    expect(LabelSchema.safeParse(' \n ').success).toBe(false);
    expect(LabelSchema.safeParse(' ok ').success).toBe(true);
  });
});

describe('weekly slots', () => {
  it('allows a slot to end at 24:00 and counts minutes of the day', () => {
    expect(WeeklySlotSchema.safeParse({ day: 'sun', start: '22:00', end: '24:00' }).success).toBe(
      true,
    );
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('09:30')).toBe(570);
  });

  it('rejects a slot that starts at 24:00 or has no length', () => {
    expect(WeeklySlotSchema.safeParse({ day: 'sun', start: '24:00', end: '24:00' }).success).toBe(
      false,
    );
    expect(WeeklySlotSchema.safeParse({ day: 'sun', start: '10:00', end: '10:00' }).success).toBe(
      false,
    );
  });
});
