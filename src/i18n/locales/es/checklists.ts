import type { Translation } from '../../message-catalog';
import type { checklistsMessages } from '../../messages/checklists';

/** Spanish texts of `checklistsMessages`. */
export const checklistsMessagesEs: Translation<typeof checklistsMessages> = {
  // ── the mentee's duties ───────────────────────────────────────────────────
  'checklists.item.mentee.set-meeting-dates': 'Poner la próxima reunión en el calendario',
  'checklists.item.mentee.send-agenda': 'Enviar un orden del día antes de cada reunión',
  'checklists.item.mentee.be-punctual-prepared': 'Llegar puntual y con la preparación hecha',
  'checklists.item.mentee.define-goals-plan': 'Fijar metas y un plan para alcanzarlas',
  'checklists.item.mentee.finish-follow-ups':
    'Terminar las tareas de seguimiento antes de la siguiente reunión',
  'checklists.item.mentee.report-progress': 'Mantener al mentor al tanto de los avances',
  'checklists.item.mentee.seek-feedback': 'Pedir retroalimentación y aprovecharla',
  'checklists.item.mentee.respect-mentor-time': 'Cuidar el tiempo del mentor',
  // ── the mentor's duties ───────────────────────────────────────────────────
  'checklists.item.mentor.attend-meetings': 'Estar presente en las reuniones',
  'checklists.item.mentor.ask-career-goals': 'Preguntar por las metas profesionales',
  'checklists.item.mentor.give-advice-feedback':
    'Aconsejar, plantear retos y dar retroalimentación',
  'checklists.item.mentor.share-and-listen': 'Compartir la propia experiencia y escuchar',
  'checklists.item.mentor.hold-accountable': 'Exigir mucho y dar seguimiento a los compromisos',
  'checklists.item.mentor.keep-confidentiality': 'Guardar la confidencialidad de lo hablado',
  // ── stage checklists ──────────────────────────────────────────────────────
  'checklists.item.prepare.self-inventory':
    'Ambas partes hacen balance de fortalezas y necesidades',
  'checklists.item.prepare.goal': 'Definir una meta clara',
  'checklists.item.prepare.plan': 'Esbozar un plan breve hacia la meta',
  'checklists.item.prepare.wants-offers': 'Decir qué se busca y qué se aporta',
  'checklists.item.initiate.first-meeting': 'Celebrar la primera reunión',
  'checklists.item.initiate.expectations': 'Acordar las expectativas',
  'checklists.item.initiate.ground-rules': 'Acordar las reglas básicas',
  'checklists.item.initiate.goals': 'Acordar las metas',
  'checklists.item.initiate.cadence-channels': 'Acordar la frecuencia y los canales de contacto',
  'checklists.item.cultivate.regular-meetings': 'Reunirse al ritmo acordado',
  'checklists.item.cultivate.growth-opportunities': 'Aprovechar las oportunidades de crecer',
  'checklists.item.cultivate.plan-progress': 'Hacer avanzar el plan',
  'checklists.item.cultivate.feedback-exchanged':
    'Intercambiar retroalimentación en ambos sentidos',
  'checklists.item.evaluate.growth-measured': 'Hacer balance del crecimiento',
  'checklists.item.evaluate.goals-assessed': 'Valorar hasta dónde se alcanzó cada meta',
  'checklists.item.evaluate.next-step-decided': 'Decidir: continuar o cerrar',
  // ── the three mentee roles and their behaviours ──────────────────────────
  'checklists.role.protege': 'Protegido/a que reflexiona sobre sí',
  'checklists.role.owner': 'Responsable de su propio desarrollo',
  'checklists.role.learner': 'Aprendiz',
  'checklists.behaviour.protege.relationships-across-levels':
    'Tejer relaciones en todos los niveles de responsabilidad',
  'checklists.behaviour.protege.honest-feedback':
    'Dar una opinión sincera; hablar tanto de fracasos como de éxitos',
  'checklists.behaviour.protege.flexible-channels': 'Ser flexible con los medios de comunicación',
  'checklists.behaviour.protege.self-critical': 'Mirarse con sentido crítico',
  'checklists.behaviour.protege.explain-needs': 'Reconocer y explicar las propias necesidades',
  'checklists.behaviour.protege.raise-problems':
    'Plantear problemas y obstáculos con claridad y de forma regular',
  'checklists.behaviour.protege.proactive-relationships':
    'Cuidar las relaciones de forma proactiva',
  'checklists.behaviour.protege.development-goals':
    'Concretar metas de desarrollo, prioridades y deseos profesionales',
  'checklists.behaviour.owner.commit': 'Comprometerse con el propio desarrollo',
  'checklists.behaviour.owner.work-independently': 'Trabajar con autonomía',
  'checklists.behaviour.owner.realistic-expectations': 'Fijarse expectativas realistas',
  'checklists.behaviour.owner.know-strengths-weaknesses':
    'Conocer las propias fortalezas y debilidades',
  'checklists.behaviour.owner.keep-commitments': 'Cumplir los compromisos',
  'checklists.behaviour.owner.ask-for-help': 'Pedir ayuda cuando haga falta',
  'checklists.behaviour.owner.bring-ideas': 'Aportar ideas propias',
  'checklists.behaviour.owner.ask-questions': 'Hacer preguntas',
  'checklists.behaviour.learner.accept-feedback': 'Acoger la retroalimentación',
  'checklists.behaviour.learner.question-assumptions': 'Cuestionar los supuestos',
  'checklists.behaviour.learner.strengthen-personality':
    'Aprender y usar métodos que fortalecen la personalidad',
  'checklists.behaviour.learner.apply-learning': 'Llevar a la práctica lo aprendido',
  'checklists.behaviour.learner.communicate-effectively':
    'Comunicarse bien de palabra y por escrito',
  'checklists.behaviour.learner.seek-ways-to-goals': 'Buscar caminos hacia las metas',
  // ── vocabulary of reports and the rendered catalogue ─────────────────────
  'checklists.status.done': 'hecho',
  'checklists.status.open': 'pendiente',
  'checklists.status.due': 'por vencer',
  'checklists.status.overdue': 'vencido',
  'checklists.status.manual': 'por confirmar',
  'checklists.status.not-applicable': 'no aplica',
  'checklists.group.mentee-duty': 'Compromisos del mentee',
  'checklists.group.mentor-duty': 'Compromisos del mentor',
  'checklists.group.stage': 'Listas por etapa',
  'checklists.group.custom': 'Puntos propios del programa',
  'checklists.responsible.both': 'ambos',
  'checklists.frequency.once': 'una vez por ciclo',
  'checklists.frequency.per-meeting': 'en cada reunión',
  'checklists.frequency.per-cadence': 'en cada periodo del ritmo acordado',
  'checklists.frequency.per-period': '{days, plural, one {cada día} other {cada # días}}',
  'checklists.frequency.ongoing': 'de forma continua',
  'checklists.derivation.derived': 'a partir de los eventos',
  'checklists.derivation.manual': 'confirmado a mano',
  'checklists.column.id': 'Id',
  'checklists.column.item': 'Punto',
  'checklists.column.responsible': 'Responsable',
  'checklists.column.stages': 'Etapas',
  'checklists.column.frequency': 'Frecuencia',
  'checklists.column.derivation': 'Origen del estado',
  'checklists.heading.roles':
    'Los tres roles del mentee (una fila por cada fila de la tabla de origen)',
  // ── who did the work: a duty covered by the other side ───────────────────
  'checklists.covered':
    '{role, select, mentor {Lo hizo el/la mentor/a en su lugar; no cuenta para el/la mentee} other {Lo hizo el/la mentee en su lugar; no cuenta para el/la mentor/a}}',
  // ── what the records show of a mentee behaviour (assessRoles) ────────────
  'checklists.evidence.feedback-given':
    '{count, plural, =0 {Aún no se ha dado retroalimentación al mentor/a} one {# retroalimentación dada al mentor/a} other {# retroalimentaciones dadas al mentor/a}}',
  'checklists.evidence.evaluations':
    '{count, plural, =0 {Aún no hay evaluaciones registradas} one {# evaluación registrada} other {# evaluaciones registradas}}',
  'checklists.evidence.wants-named':
    '{count, plural, =0 {Ningún autoinventario nombra deseos todavía} one {Deseos nombrados en # autoinventario} other {Deseos nombrados en # autoinventarios}}',
  'checklists.evidence.concerns-raised':
    '{count, plural, =0 {Aún no se ha planteado ningún problema ni reto} one {# problema o reto planteado} other {# problemas o retos planteados}}',
  'checklists.evidence.meetings-scheduled':
    '{count, plural, =0 {Aún no hay reuniones programadas} one {# reunión programada} other {# reuniones programadas}}',
  'checklists.evidence.goals-set':
    '{count, plural, =0 {Aún no hay objetivos fijados} one {# objetivo fijado} other {# objetivos fijados}}',
  'checklists.evidence.meetings-attended':
    '{count, plural, =0 {Aún sin asistir a ninguna reunión} one {Asistencia a # reunión} other {Asistencia a # reuniones}}',
  'checklists.evidence.own-follow-ups':
    '{count, plural, =0 {Aún sin tareas de seguimiento propias} one {# tarea de seguimiento propia} other {# tareas de seguimiento propias}}',
  'checklists.evidence.strengths-needs-named':
    '{count, plural, =0 {Ningún autoinventario nombra fortalezas y necesidades todavía} one {Fortalezas y necesidades nombradas en # autoinventario} other {Fortalezas y necesidades nombradas en # autoinventarios}}',
  'checklists.evidence.follow-ups-on-time':
    '{of, plural, =0 {Aún no vence ninguna tarea de seguimiento} one {{count} de # tarea de seguimiento hecha a tiempo} other {{count} de # tareas de seguimiento hechas a tiempo}}',
  'checklists.evidence.feedback-requests':
    '{count, plural, =0 {Aún sin pedir retroalimentación} one {Retroalimentación pedida # vez} other {Retroalimentación pedida # veces}}',
  'checklists.evidence.agendas-sent':
    '{count, plural, =0 {Aún no se ha enviado ningún orden del día} one {# orden del día enviado} other {# órdenes del día enviados}}',
  'checklists.evidence.plan-steps-done':
    '{count, plural, =0 {Aún no hay pasos del plan hechos} one {# paso del plan hecho} other {# pasos del plan hechos}}',
  'checklists.evidence.progress-updates':
    '{count, plural, =0 {Aún no se ha publicado ningún avance} one {# actualización de avance publicada} other {# actualizaciones de avance publicadas}}',
  'checklists.evidence.plan-steps-added':
    '{count, plural, =0 {Aún no se han añadido pasos al plan} one {# paso añadido al plan} other {# pasos añadidos al plan}}',
  'checklists.evidence.feedback-taken-on-board':
    '{count, plural, =0 {Aún no se ha acogido ninguna retroalimentación} one {# retroalimentación acogida} other {# retroalimentaciones acogidas}}',
  // ── relationship health ───────────────────────────────────────────────────
  'checklists.health.status.too-early': 'demasiado pronto para saberlo',
  'checklists.health.status.on-track': 'en buen camino',
  'checklists.health.status.needs-check-in': 'conviene hablar',
  'checklists.health.status.at-risk': 'en riesgo',
  'checklists.health.status.closed': 'cerrada',
  'checklists.health.meeting_gap':
    'Sin reuniones desde hace {days, plural, one {# día} other {# días}} (ritmo: {cadenceDays, plural, one {cada día} other {cada # días}})',
  'checklists.health.action_items_overdue':
    '{count, plural, one {# tarea de seguimiento ha superado su plazo} other {# tareas de seguimiento han superado su plazo}}',
  'checklists.health.agenda_missing':
    'Sin orden del día a tiempo para {count, plural, one {# reunión reciente} other {# reuniones recientes}}',
  'checklists.health.no_progress_update':
    'Sin informe de avance desde hace {days, plural, one {# día} other {# días}}',
  'checklists.health.proposal_waiting':
    'Propuesta en espera desde hace {days, plural, one {# día} other {# días}}, más de la mitad de su plazo de {ttlDays, plural, one {# día} other {# días}}',
  'checklists.health.proposal_past_expiry':
    '{days, plural, =0 {Propuesta aún abierta el día en que debía caducar} one {Propuesta aún abierta # día después de caducar} other {Propuesta aún abierta # días después de caducar}}',
  'checklists.health.paused': 'En pausa desde el {since}; el reloj está detenido',
  'checklists.health.closed': 'Ya no está en curso (etapa: {stage})',
};
