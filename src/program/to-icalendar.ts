import * as z from 'zod';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import { momentOf, wallOf } from '../_internal/zone-time';
import type { MessageParams } from '../i18n/format-message';
import { type Locale, LocaleSchema } from '../i18n/locale';
import { formatProgramMessage } from '../i18n/scoped-format';
import {
  IdSchema,
  InvalidOptionsError,
  type Meeting,
  MentorshipKitError,
  type ProgramRef,
  ProgramRefSchema,
  type Relationship,
  type Timestamp,
  TimestampSchema,
} from '../model';
import { parseRelationship } from '../model/parsers';
import { LabelSchema } from '../model/text';
import { TimeZoneSchema } from '../model/time-zone';
import { dateTimeText, escapeText, foldLine, paramValue, uidPart } from './ics-text';
import { type MeetingRevision, meetingRevisions } from './meeting-revision';
import { vtimezoneLines } from './vtimezone';

const hostnamePattern =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Schema of one side's contact details in {@link ICalendarOptions} (strict).
 *
 * @example
 * ```ts
 * CalendarPersonSchema.parse({ name: 'Ada Lovelace', email: 'ada@example.org' });
 * ```
 */
export const CalendarPersonSchema = z.strictObject({
  name: LabelSchema.optional(),
  email: z.email().max(254).optional(),
});

/**
 * One side's contact details for a calendar, see {@link CalendarPersonSchema}.
 *
 * @example
 * ```ts
 * const mentee: CalendarPerson = { name: 'Sam', email: 'sam@example.org' };
 * ```
 */
export interface CalendarPerson {
  /** The name shown in SUMMARY and as the attendee's CN. */
  readonly name?: string | undefined;
  /** The e-mail address; only with it is the person written as ORGANIZER or ATTENDEE. */
  readonly email?: string | undefined;
}

/**
 * Schema of {@link ICalendarOptions}: a strict object (unknown keys and typos
 * are errors with a path). `method: 'itip'` needs `meetingId` and both e-mails.
 *
 * @example
 * ```ts
 * ICalendarOptionsSchema.safeParse({ now: '2026-03-01T09:00:00Z', domain: 'example.org' }).success; // true
 * ICalendarOptionsSchema.safeParse({ now: '2026-03-01T09:00:00Z', domain: 'example.org', method: 'itip' }).success; // false
 * ```
 */
export const ICalendarOptionsSchema = z
  .strictObject({
    now: TimestampSchema,
    domain: z.string().regex(hostnamePattern),
    meetingId: IdSchema.optional(),
    method: z.enum(['feed', 'itip']).default('feed'),
    timeZone: TimeZoneSchema.optional(),
    program: ProgramRefSchema.optional(),
    locale: LocaleSchema.optional(),
    mentor: CalendarPersonSchema.optional(),
    mentee: CalendarPersonSchema.optional(),
  })
  .superRefine((options, ctx) => {
    if (options.method !== 'itip') return;
    if (options.meetingId === undefined) {
      ctx.addIssue({
        code: 'invalid_type',
        expected: 'string',
        input: undefined,
        path: ['meetingId'],
      });
    }
    for (const side of ['mentor', 'mentee'] as const) {
      if (options[side]?.email === undefined) {
        ctx.addIssue({
          code: 'invalid_type',
          expected: 'string',
          input: undefined,
          path: [side, 'email'],
        });
      }
    }
  });

/**
 * Options of {@link toICalendar}, validated by {@link ICalendarOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = {
 *   now: '2026-03-01T09:00:00+01:00', domain: 'mentoring.example.org', locale: de,
 *   program: { id: 'spring-2026', name: 'Career starters', timeZone: 'Europe/Berlin' },
 *   mentor: { name: 'Ada', email: 'ada@example.org' }, mentee: { name: 'Sam', email: 'sam@example.org' },
 * };
 * ```
 */
export interface ICalendarOptions {
  /** The moment the calendar is made, written as every entry's DTSTAMP (in UTC). */
  readonly now: Timestamp;
  /**
   * Your app's domain name, the right-hand part of every UID
   * (`<meetingId>.<relationshipId>@<domain>`): UIDs must be unique worldwide.
   */
  readonly domain: string;
  /** Export only this meeting of the relationship (required for `method: 'itip'`). */
  readonly meetingId?: string | undefined;
  /**
   * `'feed'` (default): a calendar file or subscription feed without METHOD;
   * cancelled meetings stay in it with STATUS:CANCELLED and a raised SEQUENCE,
   * so a calendar that imported an earlier copy updates in place.
   * `'itip'`: an invitation to send by e-mail (RFC 5546) for one meeting:
   * METHOD:REQUEST (a new or moved meeting), or METHOD:CANCEL for a cancelled
   * one; needs `meetingId` and both people's e-mail addresses.
   */
  readonly method?: 'feed' | 'itip' | undefined;
  /**
   * The IANA zone the times are written in (DTSTART/DTEND with TZID and a
   * VTIMEZONE). Defaults to the programme's `timeZone`; without either, times
   * are written in UTC.
   */
  readonly timeZone?: string | undefined;
  /** The programme: its `timeZone` (see above) and its `name`, shown in DESCRIPTION. */
  readonly program?: ProgramRef | undefined;
  /** The language of SUMMARY and DESCRIPTION: a locale pack or a BCP 47 tag; English by default. */
  readonly locale?: Locale | undefined;
  /** The mentor's name and e-mail; the library stores neither. */
  readonly mentor?: CalendarPerson | undefined;
  /** The mentee's name and e-mail; the library stores neither. */
  readonly mentee?: CalendarPerson | undefined;
}

type ResolvedOptions = z.output<typeof ICalendarOptionsSchema>;

const functionName = 'toICalendar';
const productId = '-//mentorship-kit//mentorship-kit//EN';

function validRelationship(relationship: Relationship): Relationship {
  const parsed = parseRelationship(relationship);
  if (parsed.ok) return parsed.value;
  const count = parsed.error.params.count;
  throw new MentorshipKitError(
    `${functionName}: the relationship is not valid (${count} ${count === 1 ? 'problem' : 'problems'})`,
    {
      code: parsed.error.code,
      messageKey: parsed.error.messageKey,
      params: parsed.error.params,
      issues: parsed.error.issues,
    },
  );
}

function selectedMeetings(relationship: Relationship, meetingId: string | undefined): Meeting[] {
  if (meetingId === undefined) return relationship.meetings;
  const meeting = relationship.meetings.find((candidate) => candidate.id === meetingId);
  if (meeting !== undefined) return [meeting];
  const known = relationship.meetings.slice(0, 20).map((candidate) => candidate.id);
  throw new InvalidOptionsError(functionName, [
    {
      path: ['meetingId'],
      code: 'invalid_value',
      messageKey: 'validation.invalid_value',
      params: { values: known },
    },
  ]);
}

/** The start of a meeting in whole seconds (a DATE-TIME has no fractions). */
function startOf(meeting: Meeting): number {
  return Math.floor(epochOf(meeting.startsAt) / 1000) * 1000;
}

function utcText(timestamp: string): string {
  return `${dateTimeText(Math.floor(epochOf(timestamp) / 1000) * 1000)}Z`;
}

function timeProperty(name: string, ms: number, zone: string | undefined): string {
  if (zone !== undefined) {
    const wall = wallOf(zone, ms);
    // A local time shown twice means its first moment (RFC 5545 §3.3.5): a
    // meeting in the repeated hour's second pass is written in UTC instead.
    if (momentOf(zone, wall) === ms) return `${name};TZID=${zone}:${dateTimeText(wall)}`;
  }
  return `${name}:${dateTimeText(ms)}Z`;
}

function personLine(
  name: 'ORGANIZER' | 'ATTENDEE',
  person: { readonly name?: string | undefined; readonly email?: string | undefined },
  extra: string,
): string | undefined {
  if (person.email === undefined) return undefined;
  const cn = person.name === undefined ? '' : `;CN=${paramValue(person.name)}`;
  return `${name}${cn}${extra}:mailto:${person.email}`;
}

function summaryOf(meeting: Meeting, options: ResolvedOptions): string {
  const mentor = options.mentor?.name;
  const mentee = options.mentee?.name;
  const summary =
    mentor !== undefined && mentee !== undefined
      ? formatProgramMessage('program.calendar.summary_with', { mentor, mentee }, options.locale)
      : formatProgramMessage('program.calendar.summary', {}, options.locale);
  return meeting.status === 'cancelled'
    ? formatProgramMessage('program.calendar.summary_cancelled', { summary }, options.locale)
    : summary;
}

function descriptionOf(meeting: Meeting, options: ResolvedOptions, reschedules: number): string {
  const locale = options.locale;
  const text = (key: Parameters<typeof formatProgramMessage>[0], params: MessageParams = {}) =>
    formatProgramMessage(key, params, locale);
  const lines: string[] = [];
  const programName = options.program?.name;
  if (programName !== undefined)
    lines.push(text('program.calendar.programme', { name: programName }));
  if (meeting.channel !== undefined) {
    lines.push(
      text('program.calendar.channel', { channel: { key: `channel.${meeting.channel}` } }),
    );
  }
  lines.push(
    text('program.calendar.scheduled_by', { role: { key: `role.${meeting.scheduledBy}` } }),
  );
  if (reschedules > 0) lines.push(text('program.calendar.rescheduled', { count: reschedules }));
  if (meeting.agenda !== undefined) {
    lines.push(text('program.calendar.agenda'), ...meeting.agenda.items.map((item) => `- ${item}`));
  }
  if (meeting.status === 'cancelled') {
    if (meeting.cancelledBy !== undefined) {
      lines.push(
        text('program.calendar.cancelled_by', { role: { key: `role.${meeting.cancelledBy}` } }),
      );
    }
    if (meeting.cancelReason !== undefined) {
      lines.push(text('program.calendar.cancel_reason', { reason: meeting.cancelReason }));
    }
  }
  return lines.join('\n');
}

function eventLines(
  relationship: Relationship,
  meeting: Meeting,
  revision: MeetingRevision,
  options: ResolvedOptions,
  zone: string | undefined,
): string[] {
  const start = startOf(meeting);
  const end = start + meeting.durationMinutes * 60_000;
  const cancelled = meeting.status === 'cancelled';
  const reschedules = revision.sequence - (cancelled ? 1 : 0);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uidPart(meeting.id)}.${uidPart(relationship.id)}@${options.domain.toLowerCase()}`,
    `DTSTAMP:${utcText(options.now)}`,
    timeProperty('DTSTART', start, zone),
    timeProperty('DTEND', end, zone),
    `SEQUENCE:${revision.sequence}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(summaryOf(meeting, options))}`,
    `DESCRIPTION:${escapeText(descriptionOf(meeting, options, Math.max(0, reschedules)))}`,
  ];
  if (meeting.location !== undefined) lines.push(`LOCATION:${escapeText(meeting.location)}`);
  lines.push(
    `CREATED:${utcText(meeting.scheduledAt)}`,
    `LAST-MODIFIED:${utcText(revision.changedAt)}`,
  );
  // The side that set the meeting up organises it: in the source's model, the mentee.
  const organizer = meeting.scheduledBy;
  const organizerLine = personLine('ORGANIZER', options[organizer] ?? {}, '');
  if (organizerLine !== undefined) lines.push(organizerLine);
  for (const side of ['mentor', 'mentee'] as const) {
    const status = side === organizer ? 'ACCEPTED' : 'NEEDS-ACTION';
    const line = personLine(
      'ATTENDEE',
      options[side] ?? {},
      `;ROLE=REQ-PARTICIPANT;PARTSTAT=${status}`,
    );
    if (line !== undefined) lines.push(line);
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes meetings as an iCalendar document (RFC 5545): a relationship's whole
 * schedule, or one meeting of it (`meetingId`), as a `.ics` text with CRLF
 * line ends and lines folded at 75 octets of UTF-8.
 *
 * - **UIDs are stable**: `<meetingId>.<relationshipId>@<domain>` (characters
 *   other than letters, digits, `-`, `_`, `~` percent-encoded), so a calendar
 *   recognises a meeting it has seen before.
 * - **Updates and cancellations**: SEQUENCE counts the meeting's reschedules
 *   and its cancellation in the relationship's history, so exporting the
 *   same relationship again writes the same text; a cancelled meeting has
 *   STATUS:CANCELLED (and METHOD:CANCEL with `method: 'itip'`).
 * - **Time zones**: in the zone of `timeZone` or the programme, times are
 *   written with TZID and a VTIMEZONE whose observances are read from `Intl`
 *   for the years the meetings fall in (no bundled tz database); otherwise in UTC.
 * - SUMMARY and DESCRIPTION are rendered in `locale`; private meeting notes
 *   are never written. ORGANIZER (the side that scheduled the meeting) and
 *   ATTENDEE appear only for people whose e-mail address you pass.
 *
 * @param relationship - the relationship whose meetings to write (not changed)
 * @param options - see {@link ICalendarOptions}
 * @returns the iCalendar text
 * @throws {@link InvalidOptionsError} when the options are invalid (an unknown
 *   key, a `now` without offset, a missing `domain`, `method: 'itip'` without
 *   `meetingId` or e-mails) or `meetingId` names no meeting of the relationship
 * @throws {@link MentorshipKitError} with code `validation_failed` when
 *   `relationship` is not a valid relationship document
 * @example
 * ```ts
 * const ics = toICalendar(relationship, {
 *   now: '2026-03-01T09:00:00+01:00', domain: 'mentoring.example.org',
 *   program: { id: 'spring-2026', timeZone: 'Europe/Berlin' }, locale: de,
 * });
 * response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
 * response.end(ics);
 * ```
 */
export function toICalendar(relationship: Relationship, options: ICalendarOptions): string {
  const resolved = parseOptions(functionName, ICalendarOptionsSchema, options);
  const valid = validRelationship(relationship);
  const meetings = selectedMeetings(valid, resolved.meetingId);
  const zone = resolved.timeZone ?? resolved.program?.timeZone;
  const revisions = meetingRevisions(valid);

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN'];
  if (resolved.method === 'itip') {
    lines.push(`METHOD:${meetings[0]?.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`);
  }
  if (zone !== undefined && meetings.length > 0) {
    const moments: number[] = [];
    for (const meeting of meetings) {
      const start = startOf(meeting);
      moments.push(start, start + meeting.durationMinutes * 60_000);
    }
    lines.push(...vtimezoneLines(zone, moments));
  }
  for (const meeting of meetings) {
    const revision = revisions.get(meeting.id) ?? { sequence: 0, changedAt: meeting.scheduledAt };
    lines.push(...eventLines(valid, meeting, revision, resolved, zone));
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
