import type { Translation } from '../../message-catalog';
import type { lifecycleMessages } from '../../messages/lifecycle';

/** German texts of `lifecycleMessages`. */
export const lifecycleMessagesDe: Translation<typeof lifecycleMessages> = {
  'lifecycle.notify.proposed':
    'Sie haben einen neuen Mentoring-Vorschlag. Bitte antworten Sie bis {expiresAt}.',
  'lifecycle.notify.accepted':
    'Die andere Seite hat dem Mentoring-Vorschlag zugestimmt; jetzt fehlt Ihre Zustimmung.',
  'lifecycle.notify.started':
    'Beide Seiten haben zugestimmt: Ihre Mentoring-Beziehung beginnt mit der Phase „{stage}“.',
  'lifecycle.notify.declined': 'Der Mentoring-Vorschlag wurde abgelehnt: {reason}',
  'lifecycle.notify.withdrawn': 'Das Programm hat den Mentoring-Vorschlag zurückgezogen.',
  'lifecycle.notify.expired':
    'Der Mentoring-Vorschlag ist um {expiresAt} abgelaufen, ohne dass beide Seiten zugestimmt haben.',
  'lifecycle.notify.invalidated': 'Der Mentoring-Vorschlag ist hinfällig: {reason}',
  'lifecycle.notify.invalidated_mentee_limit':
    'Der Mentoring-Vorschlag ist hinfällig: Auf der Mentee-Seite sind nun so viele Mentor:innen aktiv, wie das Programm erlaubt.',
  'lifecycle.notify.stage_changed':
    'Ihre Mentoring-Beziehung ist in die Phase „{stage}“ übergegangen (Zyklus {cycle}).',
  'lifecycle.notify.completed': 'Ihre Mentoring-Beziehung ist abgeschlossen. Vielen Dank!',
  'lifecycle.notify.paused': 'Die Mentoring-Beziehung ist pausiert: {reason}',
  'lifecycle.notify.resumed': 'Die Mentoring-Beziehung geht in der Phase „{stage}“ weiter.',
  'lifecycle.notify.ended': 'Die Mentoring-Beziehung wurde vorzeitig beendet: {reason}',
  'lifecycle.notify.meeting_scheduled': 'Ein Termin wurde für {startsAt} geplant.',
  'lifecycle.notify.meeting_rescheduled': 'Ein Termin wurde auf {startsAt} verschoben.',
  'lifecycle.notify.meeting_cancelled':
    'Der Termin am {startsAt} wurde {noticeHours, plural, one {# Stunde} other {# Stunden}} vorher abgesagt.',
  'lifecycle.notify.agenda_received': 'Die Agenda für den Termin am {startsAt} ist da: {items}.',
  'lifecycle.notify.action_item_assigned': 'Neue Aufgabe für Sie: „{title}“, fällig bis {dueAt}.',
  'lifecycle.notify.action_item_assigned_undated':
    'Neue Aufgabe für Sie: „{title}“, fällig bis zum nächsten Termin.',
  'lifecycle.notify.action_item_completed': 'Die Aufgabe „{title}“ ist erledigt.',
  'lifecycle.notify.feedback_requested': 'Sie wurden um Feedback gebeten.',
  'lifecycle.notify.feedback_received':
    'Sie haben neues Feedback erhalten: {kind, select, advice {einen Rat} challenge {eine Herausforderung} praise {Lob} concern {ein Bedenken} other {eine allgemeine Rückmeldung}}.',
  'lifecycle.notify.feedback_acknowledged':
    'Ihr Feedback wurde angenommen: {kind, select, advice {ein Rat} challenge {eine Herausforderung} praise {Lob} concern {ein Bedenken} other {eine allgemeine Anmerkung}}.',
  'lifecycle.notify.private_feedback':
    'Eine teilnehmende Person hat vertrauliches Feedback für das Programmteam hinterlassen: {kind, select, advice {einen Rat} challenge {eine Herausforderung} praise {Lob} concern {ein Bedenken} other {eine allgemeine Rückmeldung}}.',
  'lifecycle.notify.progress_update': 'Es gibt einen neuen Fortschrittsbericht.',
  'lifecycle.notify.agreement_to_accept':
    'Die Vereinbarung wurde festgehalten; bitte prüfen Sie sie und stimmen Sie zu.',
  'lifecycle.notify.agreement_accepted': 'Die andere Seite hat der Vereinbarung zugestimmt.',
  'lifecycle.notify.evaluation_recorded': 'Eine Auswertung von Zyklus {cycle} wurde festgehalten.',
};
