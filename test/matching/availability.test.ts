import { describe, expect, it } from 'vitest';
import {
  availabilityWords,
  popcount32,
  referenceWeekStart,
  weeklyUtcBitmap,
  ZoneOffsets,
} from '../../src/matching/availability';
import { scorePair } from '../../src/matching/score-pair';
import type { MenteeProfile, MentorProfile, WeeklySlot } from '../../src/model';

function quarters(slots: WeeklySlot[], zone: string, week: string): number[] {
  const bitmap = new Int32Array(availabilityWords);
  weeklyUtcBitmap(slots, zone, referenceWeekStart(week), new ZoneOffsets(), bitmap, 0);
  const set: number[] = [];
  for (let bit = 0; bit < availabilityWords * 32; bit++) {
    if (((bitmap[bit >>> 5] ?? 0) >>> (bit & 31)) & 1) set.push(bit);
  }
  return set;
}

const berlinMentor: MentorProfile = {
  schemaVersion: 1,
  id: 'berlin',
  name: 'Berlin',
  languages: ['en'],
  timeZone: 'Europe/Berlin',
  availability: [{ day: 'mon', start: '15:00', end: '16:00' }],
  channels: ['video'],
  yearsExperience: 10,
  expertise: [],
  role: 'developer',
  capacity: 1,
};
const newYorkMentee: MenteeProfile = {
  schemaVersion: 1,
  id: 'nyc',
  name: 'New York',
  languages: ['en'],
  timeZone: 'America/New_York',
  availability: [{ day: 'mon', start: '10:00', end: '11:00' }],
  channels: ['video'],
  yearsExperience: 0,
  interests: [],
};

const overlap = (week: string) =>
  scorePair(berlinMentor, newYorkMentee, {
    program: { id: 'p', settings: { referenceWeek: week } },
  }).criteria.find((criterion) => criterion.id === 'availability')?.explanation;

describe('weekly availability in UTC', () => {
  it('places slots in UTC quarter hours of the reference week', () => {
    // Tuesday 18:00–19:00 in Berlin (UTC+1 in January) is 17:00–18:00 UTC.
    const expected = 24 * 4 + 17 * 4;
    expect(
      quarters([{ day: 'tue', start: '18:00', end: '19:00' }], 'Europe/Berlin', '2026-01-05'),
    ).toEqual([expected, expected + 1, expected + 2, expected + 3]);
  });

  it('honours daylight saving time of the reference week (late March)', () => {
    // Week of 23 March 2026: New York is already on EDT (UTC−4) while Berlin
    // is still on CET (UTC+1), so 10:00 in New York is 15:00 in Berlin.
    expect(overlap('2026-03-23')).toEqual({
      key: 'matching.availability.overlap',
      params: { minutes: 60, target: 120 },
    });
    // In January the zones are six hours apart and the hours miss each other.
    expect(overlap('2026-01-05')?.key).toBe('matching.availability.no_overlap');
  });

  it('follows a transition inside a slot (Berlin springs forward on 29 March 2026)', () => {
    // 01:00–04:00 local on that Sunday lasts two real hours: 00:00–02:00 UTC.
    const sunday = 6 * 96;
    expect(
      quarters([{ day: 'sun', start: '01:00', end: '04:00' }], 'Europe/Berlin', '2026-03-23'),
    ).toEqual(Array.from({ length: 8 }, (_, k) => sunday + k));
  });

  it('wraps slots that leave the week in UTC, and widens to whole quarters', () => {
    // Monday 00:00–00:30 in Berlin is Sunday 23:00–23:30 UTC of the same weekly cycle.
    expect(
      quarters([{ day: 'mon', start: '00:00', end: '00:30' }], 'Europe/Berlin', '2026-01-05'),
    ).toEqual([668, 669]);
    expect(quarters([{ day: 'wed', start: '10:10', end: '10:20' }], 'UTC', '2026-01-05')).toEqual([
      2 * 96 + 40,
      2 * 96 + 41,
    ]);
    expect(
      quarters([{ day: 'sun', start: '23:00', end: '24:00' }], 'Asia/Kolkata', '2026-01-05'),
    ).toEqual([6 * 96 + 70, 6 * 96 + 71, 6 * 96 + 72, 6 * 96 + 73]);
  });

  it('memoises slots per week and zone, for any spelling of the times', () => {
    const zones = new ZoneOffsets();
    const place = (slot: WeeklySlot, zone: string, week: string) => {
      const bitmap = new Int32Array(availabilityWords);
      weeklyUtcBitmap([slot], zone, referenceWeekStart(week), zones, bitmap, 0);
      return Array.from(bitmap);
    };
    const fresh = (slot: WeeklySlot, zone: string, week: string) => {
      const bitmap = new Int32Array(availabilityWords);
      weeklyUtcBitmap([slot], zone, referenceWeekStart(week), new ZoneOffsets(), bitmap, 0);
      return Array.from(bitmap);
    };
    const slot: WeeklySlot = { day: 'sun', start: '01:00', end: '04:00' };
    // One instance across weeks and zones gives what fresh instances give.
    for (const week of ['2026-03-23', '2026-01-05', '2026-03-23']) {
      for (const zone of ['Europe/Berlin', 'America/New_York']) {
        expect(place(slot, zone, week)).toEqual(fresh(slot, zone, week));
      }
    }
    // Times that are not HH:MM (as from unvalidated data) are keyed apart.
    const loose = { day: 'tue', start: '9:00', end: '10:00' } as WeeklySlot;
    expect(place(loose, 'UTC', '2026-01-05')).toEqual(
      place({ day: 'tue', start: '09:00', end: '10:00' }, 'UTC', '2026-01-05'),
    );
    // A space passes the HH:MM shape but not the digits.
    const spaced = { day: 'tue', start: ' 9:00', end: '10:00' } as WeeklySlot;
    expect(place(spaced, 'UTC', '2026-01-05')).toEqual(place(loose, 'UTC', '2026-01-05'));
  });

  it('reads offsets east positive and measures zone distance on the clock', () => {
    const zones = new ZoneOffsets();
    const january = referenceWeekStart('2026-01-05');
    expect(zones.offsetMinutes('Asia/Kolkata', january)).toBe(330);
    expect(zones.offsetMinutes('America/New_York', january)).toBe(-300);
    expect(zones.offsetMinutes('America/New_York', january)).toBe(-300);
    // Local mean time of Tokyo (+9:18:59) in a year of three digits, read from the parts.
    expect(zones.offsetMinutes('Asia/Tokyo', Date.UTC(999, 0, 5))).toBe(558);
    expect(popcount32(-1)).toBe(32);
    expect(popcount32(0b1011)).toBe(3);
  });
});
