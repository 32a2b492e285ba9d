import type { Translation } from '../../message-catalog';
import type { enrolmentMessages } from '../../messages/enrolment';

/** Spanish texts of `enrolmentMessages`. */
export const enrolmentMessagesEs: Translation<typeof enrolmentMessages> = {
  // ── notifications ─────────────────────────────────────────────────────────
  'enrolment.notify.applied': 'Una nueva solicitud como {role} espera la evaluación.',
  'enrolment.notify.accepted':
    'Tu solicitud fue aceptada. {count, plural, one {Queda un paso de incorporación} other {Quedan # pasos de incorporación}} antes del emparejamiento.',
  'enrolment.notify.ready': 'La incorporación está completa: lista para emparejar ({role}).',
  'enrolment.notify.declined': 'Tu solicitud fue rechazada: {reason}',
  'enrolment.notify.waitlisted':
    'Estás en la lista de espera; te avisaremos cuando encontremos a alguien.',
  'enrolment.notify.matched': 'Te hemos propuesto un emparejamiento.',
  'enrolment.notify.proposal_closed':
    'El emparejamiento propuesto no sigue adelante{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.rematch_requested':
    'Una persona ({role}) cuya relación terminó pide un nuevo emparejamiento.',
  'enrolment.notify.alumni': 'Has completado el programa. ¡Gracias por participar!',
  'enrolment.notify.paused':
    'Disponibilidad pausada ({role}){withUntil, select, true { hasta {until}} other {}}{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.resumed': 'Disponibilidad reanudada ({role}).',
  'enrolment.notify.withdrawn':
    'Una persona ({role}) se retiró del programa{withReason, select, true {: {reason}} other {.}} {count, plural, =0 {Ninguna relación está activa.} one {Una relación sigue activa.} other {# relaciones siguen activas.}}',
  'enrolment.notify.removed': 'Te excluyeron del programa: {reason}',
};
