import { describe, expect, it } from 'vitest';
import { isTimeZone, ProgramSchema, parseMentorProfile, TimeZoneSchema } from '../../src/index';
import { canonicalTimeZone, timeZoneMemoSize } from '../../src/model/time-zone';
import { copy, mentor } from './fixtures';

describe('time zones', () => {
  it('are canonicalised at parse to their IANA spelling (regression)', () => {
    for (const spelling of ['europe/berlin', 'EUROPE/BERLIN', 'eUrOpE/bErLiN', 'Europe/Berlin']) {
      expect(TimeZoneSchema.parse(spelling)).toBe('Europe/Berlin');
      const result = parseMentorProfile({ ...copy(mentor), timeZone: spelling });
      expect(result.ok && result.value.timeZone).toBe('Europe/Berlin');
    }
    expect(TimeZoneSchema.parse('america/argentina/buenos_aires')).toBe(
      'America/Argentina/Buenos_Aires',
    );
    expect(TimeZoneSchema.parse('america/port-au-prince')).toBe('America/Port-au-Prince');
    expect(TimeZoneSchema.parse('utc')).toBe('UTC');
    expect(TimeZoneSchema.parse('etc/gmt+5')).toBe('Etc/GMT+5');
    expect(
      ProgramSchema.parse({ schemaVersion: 1, id: 'p', name: 'P', timeZone: 'asia/tokyo' })
        .timeZone,
    ).toBe('Asia/Tokyo');
  });

  it('keep the name a link was given, on every engine, only fixing its case', () => {
    // Older engines resolve Asia/Kolkata to Asia/Calcutta; the name written stays.
    expect(TimeZoneSchema.parse('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('asia/kolkata')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(TimeZoneSchema.parse('us/eastern')).toBe('US/Eastern');
    expect(TimeZoneSchema.parse('Etc/UTC')).toBe('Etc/UTC');
    expect(TimeZoneSchema.parse('europe/kyiv')).toBe('Europe/Kyiv');
    expect(TimeZoneSchema.parse('gmt')).toBe('GMT');
    expect(TimeZoneSchema.parse('est5edt')).toBe('EST5EDT');
  });

  it('give every spelling the engine lists back as listed', () => {
    const listed =
      (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ??
      [];
    for (const zone of listed) {
      expect(canonicalTimeZone(zone.toUpperCase())).toBe(zone);
      expect(canonicalTimeZone(zone.toLowerCase())).toBe(zone);
    }
  });

  it('keep the memo bounded: 40,000 spellings of one zone (regression: 600 MB never released)', () => {
    const zone = 'america/argentina/buenos_aires';
    const letters = [...zone]
      .map((char, index) => ({ char, index }))
      .filter(({ char }) => /[a-z]/.test(char));
    let spellings = 0;
    for (let mask = 0; spellings < 40_000; mask++, spellings++) {
      const chars = [...zone];
      letters.forEach(({ index }, bit) => {
        if (mask & (1 << (bit % 30))) chars[index] = (chars[index] as string).toUpperCase();
      });
      expect(isTimeZone(chars.join(''))).toBe(true);
    }
    expect(timeZoneMemoSize()).toBeLessThanOrEqual(1024);
  });

  it('reject what is not a zone, and echo it safely', () => {
    for (const value of ['Mars/Olympus_Mons', '+01:00', '', 'Europe/Berlin ', 'A/'.repeat(40)]) {
      expect(isTimeZone(value)).toBe(false);
    }
    const result = TimeZoneSchema.safeParse(`Mars/${'x'.repeat(70)}`, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(
        String(
          (result.error.issues[0] as { params?: { value?: string } } | undefined)?.params?.value,
        ),
      ).toHaveLength(64);
  });
});
