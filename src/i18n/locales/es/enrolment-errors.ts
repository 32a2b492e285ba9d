import type { Translation } from '../../message-catalog';
import type { enrolmentErrorMessages } from '../../messages/enrolment-errors';

/** Spanish texts of `enrolmentErrorMessages`. */
export const enrolmentErrorMessagesEs: Translation<typeof enrolmentErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'enrolment.error.invalid_event':
    'El evento de la inscripción no es válido ({count, plural, one {# problema} other {# problemas}}):',
  'enrolment.error.no_events': 'No hay eventos: una inscripción empieza con una solicitud.',
  'enrolment.error.not_an_application':
    'Una inscripción empieza con una solicitud, no con «{event}».',
  'enrolment.error.duplicate_event_id': 'Ya se aplicó un evento con el id «{id}».',
  'enrolment.error.event_out_of_order':
    'El evento de {at} es anterior al último evento aplicado ({lastAt}).',
  'enrolment.error.enrolment_closed':
    'La inscripción ha terminado (estado «{status}»); «{event}» ya no es posible.',
  'enrolment.error.event_not_allowed_in_status': '«{event}» no es posible en el estado «{status}».',
  'enrolment.error.actor_not_permitted':
    'En el estado «{status}», «{event}» es solo para estos roles: {allowed:or}. Se envió como {role}.',
  'enrolment.error.acting_for_someone_else':
    '«{id}» no es la persona inscrita y no puede actuar por ella como {role}.',
  'enrolment.error.not_a_coordinator':
    '«{id}» no coordina el programa «{programId}» y no puede actuar en él como administrador.',
  'enrolment.error.wrong_program':
    'La inscripción pertenece al programa «{programId}», no a «{expected}».',
  'enrolment.error.reason_required': 'Rechazar una solicitud requiere un motivo.',
  'enrolment.error.unknown_requirement':
    '«{id}» no es un requisito de incorporación de esta inscripción (son: {known}).',
  'enrolment.error.requirement_already_met': 'El requisito «{id}» ya se cumplió el {at}.',
  'enrolment.error.availability_paused':
    'La persona ha pausado su disponibilidad desde {since}{withUntil, select, true { (hasta {until})} other {}}; no recibe nuevos emparejamientos.',
  'enrolment.error.already_paused': 'La disponibilidad ya está pausada (desde {since}).',
  'enrolment.error.not_paused': 'La disponibilidad no está pausada.',
  'enrolment.error.duplicate_id': 'La relación «{id}» ya forma parte de esta inscripción.',
  'enrolment.error.same_person': 'Una persona no puede emparejarse consigo misma («{id}»).',
  'enrolment.error.proposal_not_open':
    'La relación «{id}» no es una propuesta abierta de esta persona.',
  'enrolment.error.relationship_not_active':
    'La relación «{id}» no es una relación activa de esta persona.',
  'enrolment.error.unknown_priority_flag': 'El programa no usa la prioridad «{id}» (usa: {known}).',
  'enrolment.error.limit_reached':
    'Una inscripción admite como máximo {max} {field, select, history {eventos} matches {propuestas y relaciones} other {entradas}}; este evento lo superaría.',
  // ── guards ────────────────────────────────────────────────────────────────
  'enrolment.guard.own-application': 'Solo se puede presentar una solicitud para uno mismo.',
  'enrolment.guard.screening-accepted': 'La solicitud no fue aceptada.',
  'enrolment.guard.screening-declined': 'La solicitud no fue rechazada.',
  'enrolment.guard.reason-given': 'Rechazar una solicitud requiere un motivo.',
  'enrolment.guard.no-requirements': 'Primero hay requisitos de incorporación que cumplir.',
  'enrolment.guard.has-requirements': 'No hay requisitos de incorporación que cumplir.',
  'enrolment.guard.requirement-known': 'El requisito no es de esta inscripción.',
  'enrolment.guard.requirement-open': 'El requisito ya se cumplió.',
  'enrolment.guard.completes-onboarding':
    '{count, plural, =0 {No falta ningún requisito.} one {Falta # requisito.} other {Faltan # requisitos, no solo este.}}',
  'enrolment.guard.onboarding-continues': 'Es el último requisito que falta.',
  'enrolment.guard.available': 'La persona ha pausado su disponibilidad.',
  'enrolment.guard.different-people': 'Una persona no puede emparejarse consigo misma.',
  'enrolment.guard.new-relationship': 'La relación ya forma parte de esta inscripción.',
  'enrolment.guard.proposal-open': 'No hay ninguna propuesta abierta.',
  'enrolment.guard.relationship-active': 'No hay ninguna relación activa.',
  'enrolment.guard.others-active': 'Ninguna otra relación está activa.',
  'enrolment.guard.others-proposed': 'Ninguna otra propuesta está abierta.',
  'enrolment.guard.nothing-else-open': 'Aún hay otras relaciones o propuestas abiertas.',
  'enrolment.guard.rematch-requested': 'La persona no pidió un nuevo emparejamiento.',
  'enrolment.guard.no-rematch': 'La persona pidió un nuevo emparejamiento.',
  'enrolment.guard.not-paused': 'La disponibilidad ya está pausada.',
  'enrolment.guard.paused': 'La disponibilidad no está pausada.',
  'enrolment.guard.until-after-start': 'La pausa debe terminar después de empezar (no {until}).',
  // ── events ────────────────────────────────────────────────────────────────
  'enrolment.event.apply': 'presentar la solicitud',
  'enrolment.event.screen': 'evaluar la solicitud',
  'enrolment.event.meet-requirement': 'cumplir un requisito',
  'enrolment.event.waitlist': 'poner en lista de espera',
  'enrolment.event.match': 'proponer un emparejamiento',
  'enrolment.event.proposal-closed': 'cerrar una propuesta',
  'enrolment.event.relationship-started': 'empezar una relación',
  'enrolment.event.relationship-ended': 'terminar una relación',
  'enrolment.event.graduate': 'terminar el programa',
  'enrolment.event.pause': 'pausar la disponibilidad',
  'enrolment.event.resume': 'reanudar la disponibilidad',
  'enrolment.event.set-priority-flags': 'fijar prioridades de espera',
  'enrolment.event.withdraw': 'retirarse',
  'enrolment.event.remove': 'excluir del programa',
  // ── statuses ──────────────────────────────────────────────────────────────
  'enrolment.status.applied': 'Solicitud presentada',
  'enrolment.status.declined': 'Rechazada',
  'enrolment.status.onboarding': 'En incorporación',
  'enrolment.status.ready': 'Lista para emparejar',
  'enrolment.status.waitlisted': 'En lista de espera',
  'enrolment.status.matched': 'Emparejamiento propuesto',
  'enrolment.status.active': 'Activa',
  'enrolment.status.alumni': 'Alumni',
  'enrolment.status.withdrawn': 'Retirada',
  'enrolment.status.removed': 'Excluida',
};
