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
  'program.report.column.scope': 'Ámbito',
  'program.report.column.scope_id': 'Identificador',
  'program.report.column.metric': 'Indicador',
  'program.report.column.breakdown': 'Desglose',
  'program.report.column.label': 'Descripción',
  'program.report.column.value': 'Valor',
  'program.report.scope': '{scope, select, round {Ronda} other {Programa}}',
  'program.report.relationships': 'Relaciones',
  'program.report.stage': 'Relaciones en la etapa {stage}',
  'program.report.proposals': 'Propuestas',
  'program.report.accepted': 'Propuestas aceptadas por ambas partes',
  'program.report.pending': 'Propuestas sin respuesta',
  'program.report.match_rate': 'Tasa de emparejamiento (aceptadas de todas las propuestas)',
  'program.report.first_meeting_measured': 'Relaciones iniciadas con una reunión celebrada',
  'program.report.first_meeting_waiting': 'Relaciones iniciadas aún sin reunión celebrada',
  'program.report.first_meeting_median_days': 'Días del inicio a la primera reunión (mediana)',
  'program.report.first_meeting_p90_days': 'Días del inicio a la primera reunión (percentil 90)',
  'program.report.meetings_held': 'Reuniones celebradas',
  'program.report.meetings_per_relationship': 'Reuniones celebradas por relación iniciada',
  'program.report.meetings_in_month': 'Reuniones celebradas en {month}',
  'program.report.duties_done': 'Responsabilidades cumplidas ({role})',
  'program.report.duties_due': 'Responsabilidades vencidas ({role})',
  'program.report.duties_total': 'Responsabilidades aplicables ({role})',
  'program.report.duties_rate': 'Responsabilidades cumplidas de las vencidas ({role})',
  'program.report.health':
    '{status, select, too-early {Estado: demasiado pronto} on-track {Estado: en buen camino} needs-check-in {Estado: requiere seguimiento} at-risk {Estado: en riesgo} other {Estado: cerrada}}',
  'program.report.completed': 'Relaciones completadas',
  'program.report.ended_early': 'Relaciones terminadas antes de tiempo',
  'program.report.early_end_reason': 'Terminada antes de tiempo, motivo: {reason}',
  'program.report.evaluated': 'Relaciones con una evaluación',
  'program.report.goals':
    '{outcome, select, achieved {Objetivos alcanzados} partly {Objetivos alcanzados en parte} other {Objetivos no alcanzados}}',
  'program.report.failed': 'Documentos que no se pudieron leer',
  'program.report.health_in_month':
    '{status, select, too-early {Estado en {month}: demasiado pronto} on-track {Estado en {month}: en buen camino} needs-check-in {Estado en {month}: requiere seguimiento} at-risk {Estado en {month}: en riesgo} other {Estado en {month}: cerrada}}',
  'program.report.waitlist_length': 'Personas en la lista de espera',
  'program.report.waitlist_mentors': 'Mentores en la lista de espera',
  'program.report.waitlist_mentees': 'Mentees en la lista de espera',
  'program.report.waitlist_paused': 'Personas en la lista de espera con la disponibilidad en pausa',
  'program.report.waitlist_priority': 'Personas en la lista de espera con prioridad «{flag}»',
  'program.report.waitlist_median_days': 'Días de espera en la lista (mediana)',
  'program.report.waitlist_longest_days': 'Días de espera en la lista (la espera más larga)',
  'program.report.failed_enrolments': 'Inscripciones que no se pudieron leer',
  'program.report.program_mismatch':
    'Esta relación pertenece al programa «{actual}», no a «{expected}».',
  // Rounds, waitlist, re-matching and shortlists
  'program.enrolment.program_mismatch':
    'Esta inscripción pertenece al programa «{actual}», no a «{expected}».',
  'program.round.program_mismatch':
    'Esta ronda pertenece al programa «{actual}», no a «{expected}».',
  'program.round.phase':
    '{phase, select, upcoming {Inscripciones abren pronto} applications-open {Inscripciones abiertas} awaiting-matching {Inscripciones cerradas, emparejamiento pendiente} running {Relaciones en curso} other {Terminada}}',
  'program.unmatched.taken_by_earlier':
    'había mentores adecuados con plazas, pero personas por delante en la lista de espera las ocuparon',
  'program.unmatched.proposal_failed': 'se encontró un mentor, pero no se pudo crear la propuesta',
  'program.unmatched.no_mentee': 'esta vez no se asignó ningún mentee a este mentor',
  'program.shortlist.not_on_shortlist':
    'El mentor «{mentorId}» no está en la preselección del mentee «{menteeId}».',
  'program.shortlist.no_free_place': 'El mentor «{mentorId}» no tiene plazas libres.',
  'program.round.window_closes_before_it_opens':
    'Las inscripciones deben cerrarse después de abrirse.',
  'program.round.matching_before_applications_close':
    'El emparejamiento no puede ser antes del cierre de inscripciones.',
};
