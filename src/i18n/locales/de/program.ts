import type { Translation } from '../../message-catalog';
import type { programMessages } from '../../messages/program';

/** German texts of `programMessages`. */
export const programMessagesDe: Translation<typeof programMessages> = {
  'program.calendar.summary': 'Mentoring-Treffen',
  'program.calendar.summary_with': 'Mentoring: {mentor} und {mentee}',
  'program.calendar.summary_cancelled': 'Abgesagt: {summary}',
  'program.calendar.programme': 'Programm: {name}',
  'program.calendar.channel': 'Wie: {channel}',
  'program.calendar.scheduled_by': 'Angesetzt von: {role}',
  'program.calendar.rescheduled':
    '{count, plural, one {Einmal verschoben} other {# Mal verschoben}}',
  'program.calendar.agenda': 'Agenda:',
  'program.calendar.cancelled_by': 'Abgesagt von: {role}',
  'program.calendar.cancel_reason': 'Grund: {reason}',
};
