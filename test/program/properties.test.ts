import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, type Meeting } from '../../src/model';
import { isTimestamp } from '../../src/model/timestamp';
import { type AvailablePerson, suggestMeetingSlots, toICalendar } from '../../src/program';
import { idArb, labelArb, timeZoneArb } from '../support/arbitraries';
import { dePack, esPack, frPack, relationshipWith, sampleRelationship } from './fixtures';

const zones = fc.oneof(
  timeZoneArb,
  fc.constantFrom('Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'),
);
const offsetArb = fc.constantFrom('Z', '+01:00', '-05:00', '+05:45', '+13:00', '-09:30');
// 1970–2100: ical.js reads offsets in whole minutes, so older local mean times (with seconds) are left out.
const timestampArb = fc
  .tuple(fc.integer({ min: 0, max: 4_102_444_799 }), offsetArb)
  .map(([seconds, offset]) => {
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const wall = new Date(seconds * 1000 + minutes * 60_000).toISOString().slice(0, 19);
    return `${wall}${offset}`;
  });

const meetingArb = fc
  .record({
    startsAt: timestampArb,
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    status: fc.constantFrom('scheduled', 'held', 'missed', 'cancelled'),
    location: fc.option(labelArb, { nil: undefined }),
    moves: fc.integer({ min: 0, max: 3 }),
    scheduledBy: fc.constantFrom('mentor', 'mentee'),
  })
  .map(
    ({ moves, location, ...rest }): Omit<Meeting, 'id'> => ({
      ...rest,
      ...(location === undefined ? {} : { location }),
      scheduledAt: '2000-01-01T00:00:00Z',
      previousStartTimes: Array.from({ length: moves }, () => '2000-01-02T00:00:00Z'),
    }),
  );

const scheduleArb = fc
  .uniqueArray(fc.tuple(idArb, meetingArb), { minLength: 1, maxLength: 5, selector: ([id]) => id })
  .map((pairs) => pairs.map(([id, meeting]) => ({ id, ...meeting }) as Meeting));

const localeArb = fc.oneof(
  fc.constantFrom(undefined, dePack, frPack, esPack),
  fc.string({ maxLength: 20 }),
);

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('toICalendar (properties)', () => {
  it('always parses, folds at 75 octets, and every event keeps its instant and fields', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.option(zones, { nil: undefined }),
        localeArb,
        fc.option(labelArb, { nil: undefined }),
        (meetings, timeZone, locale, name) => {
          const relationship = relationshipWith(meetings, []);
          const ics = toICalendar(relationship, {
            now: '2026-01-01T00:00:00Z',
            domain: 'example.org',
            ...(timeZone === undefined ? {} : { timeZone }),
            locale,
            ...(name === undefined ? {} : { mentor: { name }, mentee: { name } }),
          });
          const lines = ics.split('\r\n');
          expect(lines.pop()).toBe('');
          for (const line of lines) {
            expect(octets(line)).toBeLessThanOrEqual(75);
            expect(line).not.toMatch(/[\r\n]/);
          }
          const calendar = new ICAL.Component(ICAL.parse(ics));
          ICAL.TimezoneService.reset();
          for (const zone of calendar.getAllSubcomponents('vtimezone'))
            ICAL.TimezoneService.register(zone);
          const events = calendar
            .getAllSubcomponents('vevent')
            .map((vevent) => new ICAL.Event(vevent));
          expect(events).toHaveLength(meetings.length);
          meetings.forEach((meeting, index) => {
            const event = events[index] as ICAL.Event;
            const start = Math.floor(Date.parse(meeting.startsAt) / 1000) * 1000;
            expect(event.uid).toMatch(/@example\.org$/);
            expect(event.startDate.toJSDate().getTime()).toBe(start);
            expect(event.endDate.toJSDate().getTime()).toBe(
              start + meeting.durationMinutes * 60_000,
            );
            expect(event.sequence).toBe(
              meeting.previousStartTimes.length + (meeting.status === 'cancelled' ? 1 : 0),
            );
            expect(event.component.getFirstPropertyValue('status')).toBe(
              meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
            );
            expect(event.location ?? undefined).toBe(meeting.location);
            if (name !== undefined && meeting.status !== 'cancelled')
              expect(event.summary).toContain(name);
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const slotArb = fc
  .tuple(
    fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'),
    fc.integer({ min: 0, max: 1439 }),
    fc.integer({ min: 1, max: 600 }),
  )
  .map(([day, start, length]) => ({
    day,
    start: hhmm(start),
    end: hhmm(Math.min(1440, start + length)),
  }));
const personArb = fc.record({ timeZone: zones, availability: fc.array(slotArb, { maxLength: 4 }) });
const nowArb = fc
  .tuple(fc.integer({ min: 1_577_836_800, max: 2_082_758_400 }), offsetArb)
  .map(([seconds, offset]) => {
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return `${new Date(seconds * 1000 + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
  });

const weekdayNames: Record<string, string> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
/** Whether the person's weekly slots cover the moment, read independently with Intl. */
function freeAt(person: AvailablePerson, ms: number): boolean {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: person.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  const day = weekdayNames[get('weekday')];
  return (person.availability ?? []).some((slot) => {
    const [sh = 0, sm = 0] = slot.start.split(':').map(Number);
    const [eh = 0, em = 0] = slot.end.split(':').map(Number);
    return slot.day === day && sh * 60 + sm <= minute && minute < eh * 60 + em;
  });
}

/** Days since 1970 of a moment's calendar date in a zone. */
function localDay(zone: string, ms: number): number {
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
  return Date.parse(`${text}T00:00:00Z`) / 86_400_000;
}

describe('suggestMeetingSlots (properties)', () => {
  it('suggests only times inside both availabilities, after now and the cadence, of the right length', () => {
    fc.assert(
      fc.property(
        personArb,
        personArb,
        nowArb,
        fc.record({
          durationMinutes: fc.integer({ min: 5, max: 120 }),
          count: fc.integer({ min: 1, max: 5 }),
          mode: fc.constantFrom('choices', 'series') as fc.Arbitrary<'choices' | 'series'>,
          cadenceDays: fc.integer({ min: 1, max: 30 }),
          afterDays: fc.option(fc.integer({ min: -20, max: 10 }), { nil: undefined }),
        }),
        (mentor, mentee, now, { afterDays, ...options }) => {
          const nowMs = Date.parse(now);
          const after =
            afterDays === undefined
              ? undefined
              : new Date(nowMs + afterDays * 86_400_000).toISOString();
          const slots = suggestMeetingSlots(mentor, mentee, {
            now,
            ...options,
            ...(after === undefined ? {} : { after }),
            withinDays: 21,
          });
          expect(Object.isFrozen(slots)).toBe(true);
          expect(slots.length).toBeLessThanOrEqual(options.count);
          let previous: number | undefined;
          for (const slot of slots) {
            expect(Object.isFrozen(slot)).toBe(true);
            expect(isTimestamp(slot.startsAt) && isTimestamp(slot.endsAt)).toBe(true);
            const start = Date.parse(slot.startsAt);
            const end = Date.parse(slot.endsAt);
            expect(end - start).toBe(options.durationMinutes * 60_000);
            expect(start).toBeGreaterThanOrEqual(nowMs);
            if (after !== undefined) {
              expect(localDay(mentee.timeZone, start)).toBeGreaterThanOrEqual(
                localDay(mentee.timeZone, Date.parse(after)) + options.cadenceDays,
              );
            }
            if (previous !== undefined) {
              expect(start).toBeGreaterThan(previous);
              if (options.mode === 'series') {
                expect(localDay(mentee.timeZone, start)).toBeGreaterThanOrEqual(
                  localDay(mentee.timeZone, previous) + options.cadenceDays,
                );
              }
            }
            for (let t = start; t < end; t += 60_000) {
              expect(freeAt(mentor, t) && freeAt(mentee, t)).toBe(true);
            }
            previous = start;
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('finds a time whenever both share a long enough window every day', () => {
    fc.assert(
      fc.property(zones, zones, nowArb, (a, b, now) => {
        const always = (timeZone: string): AvailablePerson => ({
          timeZone,
          availability: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({
            day: day as 'mon',
            start: '00:00',
            end: '24:00',
          })),
        });
        const slots = suggestMeetingSlots(always(a), always(b), { now, count: 2 });
        expect(slots.length).toBeGreaterThanOrEqual(1);
        expect(Date.parse(slots[0]?.startsAt ?? '') - Date.parse(now)).toBeLessThan(15 * 60_000);
      }),
      { numRuns: 30 },
    );
  });
});

describe('options at the door (properties)', () => {
  const keys = [
    'now',
    'domain',
    'meetingId',
    'method',
    'timeZone',
    'program',
    'locale',
    'mentor',
    'mentee',
    'durationMinutes',
    'count',
    'after',
    'cadenceDays',
    'mode',
    'withinDays',
    'stepMinutes',
    'typo',
  ];
  const optionsArb = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: 6 }),
    fc.dictionary(
      fc.constantFrom(...keys),
      fc.oneof(
        fc.constantFrom(
          '2026-03-02T09:00:00Z',
          'example.org',
          'm1',
          'itip',
          'Europe/Berlin',
          3,
          'series',
          'de',
        ),
        fc.anything(),
      ),
      { maxKeys: 8 },
    ),
  );
  const mentor: AvailablePerson = {
    timeZone: 'Europe/Berlin',
    availability: [{ day: 'tue', start: '18:00', end: '20:00' }],
  };

  it('either works or throws InvalidOptionsError, for both functions', () => {
    const relationship = sampleRelationship();
    fc.assert(
      fc.property(optionsArb, (options) => {
        for (const call of [
          () => toICalendar(relationship, options as never),
          () => suggestMeetingSlots(mentor, mentor, options as never),
        ]) {
          try {
            call();
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a hostile options object as InvalidOptionsError', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => toICalendar(sampleRelationship(), hostile as never)).toThrow(InvalidOptionsError);
    expect(() => suggestMeetingSlots(mentor, mentor, hostile as never)).toThrow(
      InvalidOptionsError,
    );
  });
});
