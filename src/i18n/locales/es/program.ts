import type { Translation } from '../../message-catalog';
import type { programMessages } from '../../messages/program';

/** Spanish texts of `programMessages`. */
export const programMessagesEs: Translation<typeof programMessages> = {
  'program.calendar.summary': 'Reunión de mentoría',
  'program.calendar.summary_with': 'Mentoría: {mentor} y {mentee}',
  'program.calendar.summary_cancelled': 'Cancelada: {summary}',
  'program.calendar.programme': 'Programa: {name}',
  'program.calendar.channel': 'Cómo: {channel}',
  'program.calendar.scheduled_by': 'Fijada por: {role}',
  'program.calendar.rescheduled': '{count, plural, one {Movida una vez} other {Movida # veces}}',
  'program.calendar.agenda': 'Orden del día:',
  'program.calendar.cancelled_by': 'Cancelada por: {role}',
  'program.calendar.cancel_reason': 'Motivo: {reason}',
};
