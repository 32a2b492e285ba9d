import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, MentorshipKitError, type Relationship } from '../../src/model';
import { type ICalendarOptions, toICalendar } from '../../src/program';
import { dePack, esPack, frPack, relationshipWith, sampleRelationship } from './fixtures';

const now = '2026-04-11T09:00:00+02:00';
const base: ICalendarOptions = { now, domain: 'mentoring.example.org', timeZone: 'Europe/Berlin' };

/** Parses with ical.js, registering the document's VTIMEZONEs so that TZID times resolve. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function eventOf(ics: string, id: string) {
  const found = parse(ics).events.find((event) => event.uid.startsWith(`${id}.`));
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('toICalendar', () => {
  it('writes one VEVENT per meeting with stable UIDs, DTSTAMP from now, CRLF line ends', () => {
    const ics = toICalendar(sampleRelationship(), base);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//mentorship-kit//mentorship-kit//EN');
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(events.map((event) => event.uid)).toEqual([
      'm1.rel-1@mentoring.example.org',
      'm2.rel-1@mentoring.example.org',
      'm3.rel-1@mentoring.example.org',
    ]);
    for (const event of events) {
      const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toString()).toBe('2026-04-11T07:00:00Z');
    }
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes DTSTART/DTEND with TZID and the right offset on both sides of a DST change', () => {
    const ics = toICalendar(sampleRelationship(), base);
    const m1 = eventOf(ics, 'm1'); // 10 March, CET
    const m2 = eventOf(ics, 'm2'); // 31 March, CEST
    expect(m1.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(m1.startDate.toString()).toBe('2026-03-10T18:00:00');
    expect(m1.startDate.toJSDate().toISOString()).toBe('2026-03-10T17:00:00.000Z');
    expect(m1.endDate.toJSDate().toISOString()).toBe('2026-03-10T17:45:00.000Z');
    expect(m1.startDate.utcOffset()).toBe(3600);
    expect(m2.startDate.toString()).toBe('2026-03-31T18:00:00');
    expect(m2.startDate.toJSDate().toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(m2.startDate.utcOffset()).toBe(7200);
    expect(m2.endDate.toJSDate().toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260331T180000\r\n');
    // The VTIMEZONE: CET in winter, CEST from the last Sunday of March 02:00 local.
    const zone = parse(ics).calendar.getFirstSubcomponent('vtimezone');
    const daylight = zone?.getAllSubcomponents('daylight') ?? [];
    expect(daylight.map((part) => part.getFirstPropertyValue('dtstart')?.toString())).toEqual([
      '2026-03-29T02:00:00',
    ]);
    expect(daylight[0]?.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+02:00');
  });

  it('converts into another zone, its own DST dates included (New York is on EDT from 8 March)', () => {
    const ics = toICalendar(sampleRelationship(), { ...base, timeZone: 'America/New_York' });
    const m1 = eventOf(ics, 'm1');
    expect(m1.startDate.toString()).toBe('2026-03-10T13:00:00');
    expect(m1.startDate.toJSDate().toISOString()).toBe('2026-03-10T17:00:00.000Z');
  });

  it("takes the programme's time zone, and writes UTC without any zone", () => {
    const viaProgram = toICalendar(sampleRelationship(), {
      now,
      domain: 'example.org',
      program: { id: 'p', timeZone: 'Europe/Berlin' },
    });
    expect(viaProgram).toContain('DTSTART;TZID=Europe/Berlin:20260310T180000');
    const utc = toICalendar(sampleRelationship(), { now, domain: 'example.org' });
    expect(utc).not.toContain('VTIMEZONE');
    expect(utc).toContain('DTSTART:20260310T170000Z');
    expect(eventOf(utc, 'm2').startDate.toJSDate().toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });

  it('handles the southern hemisphere: summer (DAYLIGHT) in January, winter in July', () => {
    const relationship = relationshipWith(
      [meeting('s1', '2026-01-15T19:00:00+11:00'), meeting('s2', '2026-07-15T19:00:00+10:00')],
      [],
    );
    const ics = toICalendar(relationship, { ...base, timeZone: 'Australia/Sydney' });
    expect(eventOf(ics, 's1').startDate.toJSDate().toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(eventOf(ics, 's2').startDate.toJSDate().toISOString()).toBe('2026-07-15T09:00:00.000Z');
    const zone = parse(ics).calendar.getFirstSubcomponent('vtimezone');
    const opening = zone?.getAllSubcomponents()[0];
    expect(opening?.name).toBe('daylight');
    expect(opening?.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+11:00');
  });

  it('writes the second pass of a repeated hour in UTC, since a TZID time means the first', () => {
    // 2026-10-25 02:30 happens twice in Berlin; 01:30Z is the second (CET) one.
    const relationship = relationshipWith([meeting('late', '2026-10-25T01:30:00Z')], []);
    const ics = toICalendar(relationship, base);
    expect(ics).toContain('DTSTART:20261025T013000Z');
    expect(eventOf(ics, 'late').startDate.toJSDate().toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('derives SEQUENCE and STATUS from the history: reschedules and the cancellation', () => {
    const ics = toICalendar(sampleRelationship(), base);
    expect(eventOf(ics, 'm1').sequence).toBe(0);
    expect(eventOf(ics, 'm1').component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(eventOf(ics, 'm2').sequence).toBe(2); // moved twice
    expect(eventOf(ics, 'm2').component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(eventOf(ics, 'm2').component.getFirstPropertyValue('last-modified')?.toString()).toBe(
      '2026-03-25T08:00:00Z',
    );
    expect(eventOf(ics, 'm3').sequence).toBe(1); // cancelled
    expect(eventOf(ics, 'm3').component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('raises SEQUENCE with each further change and gives the same text when exported again', () => {
    const before = sampleRelationship();
    const after = moved(before, 'm2', '2026-04-02T18:00:00+02:00', '2026-03-30T09:00:00+02:00');
    expect(eventOf(toICalendar(after, base), 'm2').sequence).toBe(3);
    expect(eventOf(toICalendar(after, base), 'm2').startDate.toString()).toBe(
      '2026-04-02T18:00:00',
    );
    expect(toICalendar(before, base)).toBe(toICalendar(sampleRelationship(), base));
  });

  it('renders SUMMARY and DESCRIPTION in the locale', () => {
    const people = { mentor: { name: 'Ada' }, mentee: { name: 'Sam' } };
    const summary = (locale: ICalendarOptions['locale'], id: string) =>
      eventOf(toICalendar(sampleRelationship(), { ...base, ...people, locale }), id).summary;
    expect(summary(undefined, 'm1')).toBe('Mentoring: Ada and Sam');
    expect(summary(dePack, 'm1')).toBe('Mentoring: Ada und Sam');
    expect(summary(frPack, 'm1')).toBe('Mentorat\u00a0: Ada et Sam');
    expect(summary(esPack, 'm1')).toBe('Mentoría: Ada y Sam');
    expect(summary(dePack, 'm3')).toBe('Abgesagt: Mentoring: Ada und Sam');
    expect(summary(esPack, 'm3')).toBe('Cancelada: Mentoría: Ada y Sam');
    expect(summary('de-AT', 'm1')).toBe('Mentoring: Ada and Sam'); // a tag alone renders English
    const noNames = eventOf(toICalendar(sampleRelationship(), { ...base, locale: dePack }), 'm1');
    expect(noNames.summary).toBe('Mentoring-Treffen');
    expect(noNames.description).toBe(
      'Wie: Videoanruf\nAngesetzt von: Mentee\nAgenda:\n- CV review\n- Interview practice; mock questions',
    );
    const m2 = eventOf(toICalendar(sampleRelationship(), { ...base, locale: frPack }), 'm2');
    expect(m2.description).toBe('Fixée par\u00a0: mentoré·e\nDéplacée 2 fois');
    const m3 = eventOf(toICalendar(sampleRelationship(), base), 'm3');
    expect(m3.description).toBe(
      'Set up by: mentor\nCancelled by: mentor\nReason: Travelling for work',
    );
  });

  it('escapes backslashes, semicolons, commas and line breaks, and parses them back', () => {
    const location = 'Room A\\B; Floor 2, left';
    const relationship = relationshipWith(
      [{ ...meeting('x', '2026-05-05T18:00:00+02:00'), location }],
      [],
    );
    const ics = toICalendar(relationship, {
      ...base,
      program: { id: 'p', name: 'Spring, 2026; Berlin' },
    });
    expect(ics).toContain('LOCATION:Room A\\\\B\\; Floor 2\\, left\r\n');
    const event = eventOf(ics, 'x');
    expect(event.location).toBe(location);
    expect(event.description.split('\n')[0]).toBe('Programme: Spring, 2026; Berlin');
  });

  it('folds long UTF-8 lines at 75 octets without splitting a character', () => {
    const location = `Treffpunkt: ${'Grüße aus Köln 🎉 — '.repeat(8)}Ende`.slice(0, 200);
    const relationship = relationshipWith(
      [{ ...meeting('x', '2026-05-05T18:00:00+02:00'), location }],
      [],
    );
    const ics = toICalendar(relationship, base);
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(eventOf(ics, 'x').location).toBe(location);
  });

  it('writes ORGANIZER and ATTENDEE only for people whose e-mail is given', () => {
    expect(toICalendar(sampleRelationship(), base)).not.toMatch(/ORGANIZER|ATTENDEE/);
    const ics = toICalendar(sampleRelationship(), {
      ...base,
      mentor: { name: 'Ada: the mentor', email: 'ada@example.org' },
      mentee: { name: 'Sam' },
    });
    const m1 = eventOf(ics, 'm1'); // scheduled by the mentee, who has no e-mail
    expect(m1.organizer).toBeNull();
    expect(m1.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:ada@example.org']);
    expect(m1.attendees[0]?.getParameter('cn')).toBe('Ada: the mentor');
    const m3 = eventOf(ics, 'm3'); // scheduled by the mentor
    expect(m3.organizer).toBe('mailto:ada@example.org');
  });

  it("writes an iTIP REQUEST for a live meeting and a CANCEL for a cancelled one ('itip')", () => {
    const itip: ICalendarOptions = {
      ...base,
      method: 'itip',
      mentor: { email: 'ada@example.org' },
      mentee: { email: 'sam@example.org' },
    };
    const request = parse(toICalendar(sampleRelationship(), { ...itip, meetingId: 'm2' }));
    expect(request.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(request.events.map((event) => event.uid)).toEqual(['m2.rel-1@mentoring.example.org']);
    expect(request.events[0]?.organizer).toBe('mailto:sam@example.org');
    const cancel = parse(toICalendar(sampleRelationship(), { ...itip, meetingId: 'm3' }));
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.events[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.events[0]?.sequence).toBe(1);
  });

  it('exports one meeting with meetingId, and refuses an unknown one', () => {
    const one = parse(toICalendar(sampleRelationship(), { ...base, meetingId: 'm1' }));
    expect(one.events).toHaveLength(1);
    const attempt = () => toICalendar(sampleRelationship(), { ...base, meetingId: 'nope' });
    expect(attempt).toThrow(InvalidOptionsError);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidOptionsError).issues[0]?.path).toEqual(['meetingId']);
    }
  });

  it('validates options at the door', () => {
    const cases: unknown[] = [
      undefined,
      {},
      { ...base, domain: 'not a domain' },
      { ...base, now: '2026-04-11T09:00:00' },
      { ...base, timeZone: 'Mars/Olympus' },
      { ...base, locales: 'de' },
      { ...base, method: 'itip' },
      { ...base, mentor: { email: 'not-an-address' } },
    ];
    for (const options of cases) {
      expect(() => toICalendar(sampleRelationship(), options as ICalendarOptions)).toThrow(
        InvalidOptionsError,
      );
    }
    try {
      toICalendar(sampleRelationship(), { ...base, method: 'itip', meetingId: 'm1' });
    } catch (error) {
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual([
        ['mentor', 'email'],
        ['mentee', 'email'],
      ]);
    }
  });

  it('refuses a relationship that is not valid, with a MentorshipKitError', () => {
    const broken = { ...sampleRelationship(), meetings: [{ id: 'x' }] } as unknown as Relationship;
    expect(() => toICalendar(broken, base)).toThrow(MentorshipKitError);
    expect(() => toICalendar(broken, base)).not.toThrow(InvalidOptionsError);
  });

  it('neither changes nor freezes its input', () => {
    const relationship = structuredClone(sampleRelationship()); // parsed documents come back frozen
    const copy = structuredClone(relationship);
    toICalendar(relationship, { ...base, meetingId: 'm2' });
    expect(relationship).toEqual(copy);
    expect(Object.isFrozen(relationship)).toBe(false);
    expect(Object.isFrozen(relationship.meetings[0])).toBe(false);
  });

  it('keeps ids with dots or other characters apart in UIDs', () => {
    const a = relationshipWith([meeting('a.b', '2026-05-05T18:00:00Z')], [], 'c');
    const b = relationshipWith([meeting('a', '2026-05-05T18:00:00Z')], [], 'b.c');
    const uidA = parse(toICalendar(a, base)).events[0]?.uid;
    const uidB = parse(toICalendar(b, base)).events[0]?.uid;
    expect(uidA).toBe('a%2Eb.c@mentoring.example.org');
    expect(uidB).toBe('a.b%2Ec@mentoring.example.org');
  });
});

function meeting(id: string, startsAt: string): Relationship['meetings'][number] {
  return {
    id,
    startsAt,
    durationMinutes: 60,
    status: 'scheduled',
    scheduledAt: '2026-01-01T09:00:00Z',
    scheduledBy: 'mentee',
    previousStartTimes: [],
  };
}

/** The relationship after one more `reschedule-meeting` (as the lifecycle would record it). */
function moved(
  relationship: Relationship,
  meetingId: string,
  startsAt: string,
  at: string,
): Relationship {
  const meetings = relationship.meetings.map((m) =>
    m.id === meetingId
      ? { ...m, startsAt, previousStartTimes: [...m.previousStartTimes, m.startsAt] }
      : m,
  );
  const history = [
    ...relationship.history,
    {
      id: 'e-move',
      type: 'reschedule-meeting',
      at,
      actor: { role: 'mentee', id: 'mentee-sam' },
      meetingId,
      startsAt,
    },
  ];
  return relationshipWith(meetings, history as never);
}
