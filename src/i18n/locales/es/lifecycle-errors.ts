import type { Translation } from '../../message-catalog';
import type { lifecycleErrorMessages } from '../../messages/lifecycle-errors';

/** Spanish texts of `lifecycleErrorMessages`. */
export const lifecycleErrorMessagesEs: Translation<typeof lifecycleErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'lifecycle.error.invalid_event':
    'El evento no es válido ({count, plural, one {# problema} other {# problemas}}):',
  'lifecycle.error.no_events':
    'No hay ningún evento: una relación empieza siempre con una propuesta.',
  'lifecycle.error.not_a_proposal': 'Una relación empieza con una propuesta, no con «{event}».',
  'lifecycle.error.duplicate_event_id': 'Ya se aplicó un evento con el identificador «{id}».',
  'lifecycle.error.event_out_of_order':
    'El evento del {at} es anterior al último evento aplicado ({lastAt}).',
  'lifecycle.error.relationship_closed':
    'La relación está cerrada (etapa «{stage}»); «{event}» ya no es posible.',
  'lifecycle.error.event_not_allowed_in_stage': '«{event}» no es posible en la etapa «{stage}».',
  'lifecycle.error.actor_not_permitted':
    'En la etapa «{stage}», «{event}» está reservado a estos roles: {allowed:or}. Se envió con el rol {role}.',
  'lifecycle.error.acting_for_someone_else':
    '«{id}» no tiene el rol {role} en esta relación y no puede actuar con ese rol.',
  'lifecycle.error.not_a_coordinator':
    '«{id}» no coordina el programa «{programId}» y no puede actuar en él como administrador.',
  'lifecycle.error.duplicate_id': 'El identificador «{id}» ya está en uso.',
  'lifecycle.error.unknown_goal': 'No existe ningún objetivo «{id}».',
  'lifecycle.error.unknown_plan_step': 'El objetivo no tiene ningún paso «{id}».',
  'lifecycle.error.unknown_meeting': 'No existe ninguna reunión «{id}».',
  'lifecycle.error.unknown_action_item': 'No existe ninguna tarea «{id}».',
  'lifecycle.error.unknown_feedback_request': 'No existe ninguna solicitud de comentarios «{id}».',
  'lifecycle.error.unknown_feedback': 'No existe ningún comentario «{id}».',
  'lifecycle.error.feedback_not_for_actor':
    'El comentario «{id}» no se compartió con el rol {role}; solo quien lo recibió puede asumirlo.',
  'lifecycle.error.feedback_already_acknowledged': 'El comentario «{id}» ya se asumió el {at}.',
  'lifecycle.error.unknown_agreement': 'Todavía no se ha registrado ningún acuerdo.',
  'lifecycle.error.meeting_not_scheduled':
    'La reunión «{id}» {status, select, held {ya se celebró} missed {no se celebró} cancelled {se canceló} other {ya no está programada}}.',
  'lifecycle.error.meeting_in_past':
    'La reunión «{id}» empezó el {startsAt}; esto solo es posible antes de que empiece.',
  'lifecycle.error.meeting_not_started':
    'La reunión «{id}» empieza el {startsAt} y no se puede registrar antes.',
  'lifecycle.error.item_not_open':
    '«{id}» ya está {status, select, done {hecho} dropped {descartado} other {cerrado}}.',
  'lifecycle.error.already_accepted': 'La aceptación ({role}) ya se dio el {at}.',
  'lifecycle.error.proposal_expired': 'La propuesta caducó el {expiresAt}.',
  'lifecycle.error.proposal_not_expired': 'La propuesta no caduca hasta el {expiresAt}.',
  'lifecycle.error.same_person':
    'La persona mentora y la mentorizada deben ser dos personas distintas («{id}»).',
  'lifecycle.error.limit_reached':
    'Una relación admite como máximo {max} {field, select, history {eventos} cycle {ciclos} goals {objetivos} plan {pasos por objetivo} meetings {reuniones} previousStartTimes {horas de inicio anteriores por reunión} actionItems {tareas} feedbackRequests {solicitudes de comentarios} feedback {comentarios} progressUpdates {informes de avance} selfInventories {autoevaluaciones} evaluations {evaluaciones} attestations {puntos de lista confirmados} other {entradas}}; este evento superaría ese límite.',
  'lifecycle.error.participant_limit_reached':
    'Se ha alcanzado el límite de {max} eventos por participante ({role}); solo siguen siendo posibles los eventos que cierran la relación.',
  'lifecycle.error.unknown_relationship': 'El programa no tiene ninguna relación «{id}».',
  'lifecycle.error.relationship_id_mismatch':
    'La propuesta es para la relación «{eventId}», no para «{id}».',
  'lifecycle.error.wrong_program':
    'La relación pertenece al programa «{programId}», no a «{expected}».',
  'lifecycle.error.pair_already_open':
    'La pareja {mentorId} / {menteeId} ya tiene una relación abierta («{id}»).',
  'lifecycle.error.capacity_exceeded':
    'La persona mentora {mentorId} ya tiene {active, plural, one {# relación en curso} other {# relaciones en curso}}; su capacidad es de {capacity}.',
  'lifecycle.error.mentee_mentor_limit_reached':
    'La persona mentorizada {menteeId} ya tiene {active, plural, one {# relación en curso} other {# relaciones en curso}}; el máximo permitido a la vez es {max}.',
  // ── guards (the message of a refusal by each guard) ───────────────────────
  'lifecycle.guard.different-people':
    'La persona mentora y la mentorizada deben ser dos personas distintas.',
  'lifecycle.guard.expires-after-proposal':
    'La propuesta debe caducar después de hacerse; caduca el {expiresAt}.',
  'lifecycle.guard.proposal-open': 'La propuesta ha caducado.',
  'lifecycle.guard.proposal-past-expiry': 'La propuesta todavía no ha caducado.',
  'lifecycle.guard.not-yet-accepted': 'Esta parte ya aceptó la propuesta.',
  'lifecycle.guard.other-side-accepted': 'La otra parte todavía no ha aceptado.',
  'lifecycle.guard.other-side-pending': 'La otra parte ya ha aceptado.',
  'lifecycle.guard.has-goal-with-plan':
    'Este paso necesita al menos un objetivo activo con un plan.',
  'lifecycle.guard.has-first-meeting': 'Este paso necesita una primera reunión programada.',
  'lifecycle.guard.first-meeting-held':
    'Este paso necesita que la primera reunión se haya celebrado.',
  'lifecycle.guard.agreement-accepted-by-both':
    'Primero ambas partes deben haber aceptado el acuerdo.',
  'lifecycle.guard.evaluation-recorded': 'Primero hay que evaluar el ciclo {cycle}.',
  'lifecycle.guard.paused-from-preparing': 'La pausa vuelve a «{resumeTo}», no a «{stage}».',
  'lifecycle.guard.paused-from-initiating': 'La pausa vuelve a «{resumeTo}», no a «{stage}».',
  'lifecycle.guard.paused-from-cultivating': 'La pausa vuelve a «{resumeTo}», no a «{stage}».',
  'lifecycle.guard.paused-from-evaluating': 'La pausa vuelve a «{resumeTo}», no a «{stage}».',
  'lifecycle.guard.until-after-start':
    'Una pausa debe terminar después de empezar (hasta el {until}).',
  'lifecycle.guard.new-id': 'El identificador ya está en uso.',
  'lifecycle.guard.references-exist': 'El evento hace referencia a algo que no existe.',
  'lifecycle.guard.meeting-scheduled': 'La reunión ya no está programada.',
  'lifecycle.guard.meeting-in-future': 'La reunión ya ha empezado.',
  'lifecycle.guard.meeting-started': 'La reunión todavía no ha empezado.',
  'lifecycle.guard.item-open': 'El elemento ya no está abierto.',
  'lifecycle.guard.feedback-for-actor':
    'No hay comentarios compartidos que el rol {role} pueda asumir.',
  'lifecycle.guard.agreement-recorded': 'Todavía no se ha registrado ningún acuerdo.',
  'lifecycle.guard.agreement-not-yet-accepted': 'Esta parte ya aceptó el acuerdo.',
  // ── event types ───────────────────────────────────────────────────────────
  'lifecycle.event.propose': 'Proponer',
  'lifecycle.event.accept': 'Aceptar la propuesta',
  'lifecycle.event.decline': 'Rechazar la propuesta',
  'lifecycle.event.withdraw': 'Retirar la propuesta',
  'lifecycle.event.expire': 'Dejar caducar la propuesta',
  'lifecycle.event.invalidate': 'Anular la propuesta',
  'lifecycle.event.begin-initiation': 'Empezar el primer contacto',
  'lifecycle.event.begin-cultivation': 'Empezar a cultivar la relación',
  'lifecycle.event.begin-evaluation': 'Empezar la evaluación',
  'lifecycle.event.continue': 'Continuar con un nuevo ciclo',
  'lifecycle.event.complete': 'Concluir la relación',
  'lifecycle.event.pause': 'Pausar',
  'lifecycle.event.resume': 'Reanudar',
  'lifecycle.event.end-early': 'Terminar antes de tiempo',
  'lifecycle.event.record-self-inventory': 'Registrar una autoevaluación',
  'lifecycle.event.set-goal': 'Fijar un objetivo',
  'lifecycle.event.add-plan-step': 'Añadir un paso al plan',
  'lifecycle.event.complete-plan-step': 'Completar un paso del plan',
  'lifecycle.event.drop-plan-step': 'Descartar un paso del plan',
  'lifecycle.event.schedule-meeting': 'Programar una reunión',
  'lifecycle.event.reschedule-meeting': 'Cambiar la fecha de una reunión',
  'lifecycle.event.cancel-meeting': 'Cancelar una reunión',
  'lifecycle.event.record-meeting': 'Registrar una reunión',
  'lifecycle.event.send-agenda': 'Enviar el orden del día',
  'lifecycle.event.add-action-item': 'Añadir una tarea',
  'lifecycle.event.complete-action-item': 'Completar una tarea',
  'lifecycle.event.drop-action-item': 'Descartar una tarea',
  'lifecycle.event.request-feedback': 'Pedir comentarios',
  'lifecycle.event.give-feedback': 'Dar comentarios',
  'lifecycle.event.acknowledge-feedback': 'Asumir comentarios',
  'lifecycle.event.post-progress-update': 'Compartir un avance',
  'lifecycle.event.record-agreement': 'Registrar el acuerdo',
  'lifecycle.event.accept-agreement': 'Aceptar el acuerdo',
  'lifecycle.event.record-evaluation': 'Registrar la evaluación',
  'lifecycle.event.attest-checklist-item': 'Confirmar un punto de la lista',
};
