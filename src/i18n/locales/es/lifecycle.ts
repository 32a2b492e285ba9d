import type { Translation } from '../../message-catalog';
import type { lifecycleMessages } from '../../messages/lifecycle';

/** Spanish texts of `lifecycleMessages`. */
export const lifecycleMessagesEs: Translation<typeof lifecycleMessages> = {
  'lifecycle.notify.proposed':
    'Tienes una nueva propuesta de mentoría. Por favor, responde antes del {expiresAt}.',
  'lifecycle.notify.accepted':
    'La otra parte ha aceptado la propuesta de mentoría; ahora solo falta tu respuesta.',
  'lifecycle.notify.started':
    'Ambas partes han aceptado: la relación de mentoría empieza con la etapa «{stage}».',
  'lifecycle.notify.declined': 'La propuesta de mentoría fue rechazada: {reason}',
  'lifecycle.notify.withdrawn': 'El programa ha retirado la propuesta de mentoría.',
  'lifecycle.notify.expired':
    'La propuesta de mentoría caducó el {expiresAt} sin la aceptación de ambas partes.',
  'lifecycle.notify.invalidated': 'La propuesta de mentoría ya no es válida: {reason}',
  'lifecycle.notify.invalidated_mentee_limit':
    'La propuesta de mentoría ya no es válida: la persona mentorizada ya tiene tantos mentores como permite el programa.',
  'lifecycle.notify.stage_changed':
    'La relación de mentoría ha pasado a la etapa «{stage}» (ciclo {cycle}).',
  'lifecycle.notify.completed': 'La relación de mentoría ha concluido. ¡Gracias!',
  'lifecycle.notify.paused': 'La relación de mentoría está en pausa: {reason}',
  'lifecycle.notify.resumed': 'La relación de mentoría continúa en la etapa «{stage}».',
  'lifecycle.notify.ended': 'La relación de mentoría terminó antes de tiempo: {reason}',
  'lifecycle.notify.meeting_scheduled': 'Se ha programado una reunión para el {startsAt}.',
  'lifecycle.notify.meeting_rescheduled': 'Una reunión se ha cambiado al {startsAt}.',
  'lifecycle.notify.meeting_cancelled':
    'La reunión del {startsAt} se canceló con {noticeHours, plural, one {# hora} other {# horas}} de antelación.',
  'lifecycle.notify.agenda_received':
    'Ha llegado el orden del día de la reunión del {startsAt}: {items}.',
  'lifecycle.notify.action_item_assigned': 'Tienes una tarea nueva: «{title}», para el {dueAt}.',
  'lifecycle.notify.action_item_assigned_undated':
    'Tienes una tarea nueva: «{title}», para la próxima reunión.',
  'lifecycle.notify.action_item_completed': 'La tarea «{title}» está hecha.',
  'lifecycle.notify.feedback_requested': 'Te han pedido tu opinión.',
  'lifecycle.notify.feedback_received':
    'Has recibido un comentario nuevo: {kind, select, advice {un consejo} challenge {un reto} praise {un elogio} concern {una preocupación} other {una observación general}}.',
  'lifecycle.notify.feedback_acknowledged':
    'Se asumieron tus comentarios: {kind, select, advice {un consejo} challenge {un reto} praise {un elogio} concern {una inquietud} other {una nota general}}.',
  'lifecycle.notify.private_feedback':
    'Una persona participante dejó un comentario confidencial para el equipo del programa: {kind, select, advice {un consejo} challenge {un reto} praise {un elogio} concern {una preocupación} other {una observación general}}.',
  'lifecycle.notify.progress_update': 'Hay un nuevo informe de avance.',
  'lifecycle.notify.agreement_to_accept':
    'Se ha registrado el acuerdo; revísalo y acéptalo, por favor.',
  'lifecycle.notify.agreement_accepted': 'La otra parte ha aceptado el acuerdo.',
  'lifecycle.notify.evaluation_recorded': 'Se ha registrado una evaluación del ciclo {cycle}.',
};
