import type { Translation } from '../../message-catalog';
import type { programMessages } from '../../messages/program';

/** French texts of `programMessages`. */
export const programMessagesFr: Translation<typeof programMessages> = {
  'program.calendar.summary': 'Rencontre de mentorat',
  'program.calendar.summary_with': 'Mentorat\u00a0: {mentor} et {mentee}',
  'program.calendar.summary_cancelled': 'Annulée\u00a0: {summary}',
  'program.calendar.programme': 'Programme\u00a0: {name}',
  'program.calendar.channel': 'Comment\u00a0: {channel}',
  'program.calendar.scheduled_by': 'Fixée par\u00a0: {role}',
  'program.calendar.rescheduled':
    '{count, plural, one {Déplacée une fois} other {Déplacée # fois}}',
  'program.calendar.agenda': 'Ordre du jour\u00a0:',
  'program.calendar.cancelled_by': 'Annulée par\u00a0: {role}',
  'program.calendar.cancel_reason': 'Motif\u00a0: {reason}',
};
