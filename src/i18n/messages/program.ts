import { defineMessages } from '../message-catalog';

/** Messages of the programme module: the texts of calendar entries. */
export const programMessages = /* @__PURE__ */ defineMessages({
  'program.calendar.summary': 'Mentoring meeting',
  'program.calendar.summary_with': 'Mentoring: {mentor} and {mentee}',
  'program.calendar.summary_cancelled': 'Cancelled: {summary}',
  'program.calendar.programme': 'Programme: {name}',
  'program.calendar.channel': 'How: {channel}',
  'program.calendar.scheduled_by': 'Set up by: {role}',
  'program.calendar.rescheduled': '{count, plural, one {Moved once} other {Moved # times}}',
  'program.calendar.agenda': 'Agenda:',
  'program.calendar.cancelled_by': 'Cancelled by: {role}',
  'program.calendar.cancel_reason': 'Reason: {reason}',
});
