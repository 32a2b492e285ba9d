import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, MentorshipKitError } from '../../src/model';
import { type AvailablePerson, suggestMeetingSlots } from '../../src/program';

// Berlin: Tuesdays 18–20 and Sunday nights 02–04; New York: Tuesdays 12–15 and Saturdays 20–23.
// Before 8 March (US summer time) Berlin 18:00 is 12:00 in New York, from then until
// 29 March (EU summer time) it is 13:00, and after that 12:00 again.
const mentor: AvailablePerson = {
  timeZone: 'Europe/Berlin',
  availability: [
    { day: 'tue', start: '18:00', end: '20:00' },
    { day: 'sun', start: '02:00', end: '04:00' },
  ],
};
const mentee: AvailablePerson = {
  timeZone: 'America/New_York',
  availability: [
    { day: 'tue', start: '12:00', end: '15:00' },
    { day: 'sat', start: '20:00', end: '23:00' },
  ],
};
const now = '2026-03-02T09:00:00+01:00';

describe('suggestMeetingSlots', () => {
  it('finds the shared windows across zones and both DST changes, in the mentee’s offset', () => {
    const slots = suggestMeetingSlots(mentor, mentee, { now, count: 10 });
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      '2026-03-03T12:00:00-05:00', // Tue, both on winter time
      '2026-03-07T20:00:00-05:00', // Sat NY = Sun 02:00 Berlin
      '2026-03-10T13:00:00-04:00', // New York moved on 8 March, Berlin not yet
      '2026-03-14T21:00:00-04:00',
      '2026-03-17T13:00:00-04:00',
      '2026-03-21T21:00:00-04:00',
      '2026-03-24T13:00:00-04:00',
      '2026-03-28T21:00:00-04:00', // = Sun 29 March 03:00 CEST: Berlin skips 02:00–03:00 that night
      '2026-03-31T12:00:00-04:00', // both on summer time
      '2026-04-04T20:00:00-04:00',
    ]);
    expect(slots[0]?.endsAt).toBe('2026-03-03T13:00:00-05:00');
  });

  it("writes the programme's zone when it has one", () => {
    const [first] = suggestMeetingSlots(mentor, mentee, {
      now,
      count: 1,
      program: { id: 'p', timeZone: 'Europe/Berlin' },
    });
    expect(first).toEqual({
      startsAt: '2026-03-03T18:00:00+01:00',
      endsAt: '2026-03-03T19:00:00+01:00',
    });
  });

  it('waits for the cadence after the last meeting (by calendar day in the zone)', () => {
    const slots = suggestMeetingSlots(mentor, mentee, {
      now,
      after: '2026-03-03T12:00:00-05:00',
      cadenceDays: 14,
      count: 2,
    });
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      '2026-03-17T13:00:00-04:00',
      '2026-03-21T21:00:00-04:00',
    ]);
    // Without cadenceDays, the programme's cadence applies.
    const weekly = suggestMeetingSlots(mentor, mentee, {
      now,
      after: '2026-03-03T12:00:00-05:00',
      count: 1,
      program: { id: 'p', settings: { meetingCadenceDays: 7 } },
    });
    expect(weekly[0]?.startsAt).toBe('2026-03-10T13:00:00-04:00');
  });

  it("plans a series of meetings at the cadence ('series')", () => {
    const slots = suggestMeetingSlots(mentor, mentee, {
      now,
      mode: 'series',
      cadenceDays: 14,
      count: 3,
    });
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      '2026-03-03T12:00:00-05:00',
      '2026-03-17T13:00:00-04:00',
      '2026-03-31T12:00:00-04:00',
    ]);
  });

  it('starts no earlier than now, on the step, and fits the duration in the window', () => {
    const slots = suggestMeetingSlots(mentor, mentee, {
      now: '2026-03-03T12:20:00-05:00',
      durationMinutes: 90,
      count: 1,
    });
    expect(slots).toEqual([
      { startsAt: '2026-03-03T12:30:00-05:00', endsAt: '2026-03-03T14:00:00-05:00' },
    ]);
    expect(suggestMeetingSlots(mentor, mentee, { now, durationMinutes: 150 })).toEqual([]);
  });

  it('returns nothing (frozen) when a person states no availability', () => {
    const none = suggestMeetingSlots(mentor, { timeZone: 'America/New_York' }, { now });
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    const some = suggestMeetingSlots(mentor, mentee, { now });
    expect(Object.isFrozen(some)).toBe(true);
    expect(Object.isFrozen(some[0])).toBe(true);
  });

  it('neither changes nor freezes the profiles', () => {
    const person = structuredClone(mentee);
    suggestMeetingSlots(mentor, person, { now });
    expect(person).toEqual(mentee);
    expect(Object.isFrozen(person)).toBe(false);
    expect(Object.isFrozen(person.availability)).toBe(false);
  });

  it('throws InvalidOptionsError for bad options and MentorshipKitError for a bad profile', () => {
    expect(() => suggestMeetingSlots(mentor, mentee, { now: '2026-03-02' })).toThrow(
      InvalidOptionsError,
    );
    expect(() => suggestMeetingSlots(mentor, mentee, { now, count: 0 } as never)).toThrow(
      InvalidOptionsError,
    );
    expect(() => suggestMeetingSlots(mentor, mentee, { now, cadence: 7 } as never)).toThrow(
      InvalidOptionsError,
    );
    const badZone = { timeZone: 'Mars/Base', availability: [] };
    expect(() => suggestMeetingSlots(badZone, mentee, { now })).toThrow(MentorshipKitError);
    expect(() => suggestMeetingSlots(badZone, mentee, { now })).not.toThrow(InvalidOptionsError);
  });

  it('treats a window that opens inside the spring gap as opening at the change', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026; a window 02:30–04:00 opens at 03:00 CEST.
    const early: AvailablePerson = {
      timeZone: 'Europe/Berlin',
      availability: [{ day: 'sun', start: '02:30', end: '04:00' }],
    };
    const [slot] = suggestMeetingSlots(early, early, {
      now: '2026-03-28T12:00:00+01:00',
      count: 1,
      program: { id: 'p', timeZone: 'Europe/Berlin' },
    });
    expect(slot).toEqual({
      startsAt: '2026-03-29T03:00:00+02:00',
      endsAt: '2026-03-29T04:00:00+02:00',
    });
  });
});
