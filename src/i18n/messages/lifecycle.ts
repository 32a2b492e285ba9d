import { defineMessages } from '../message-catalog';

/** Messages of the lifecycle module for display: stage names and notifications. */
export const lifecycleMessages = /* @__PURE__ */ defineMessages({
  // ── stages ────────────────────────────────────────────────────────────────
  'lifecycle.stage.proposed': { en: 'Proposed', de: 'Vorgeschlagen' },
  'lifecycle.stage.preparing': { en: 'Preparing', de: 'Vorbereitung' },
  'lifecycle.stage.initiating': { en: 'Getting started', de: 'Einstieg' },
  'lifecycle.stage.cultivating': { en: 'Working together', de: 'Zusammenarbeit' },
  'lifecycle.stage.evaluating': { en: 'Evaluating', de: 'Auswertung' },
  'lifecycle.stage.paused': { en: 'Paused', de: 'Pausiert' },
  'lifecycle.stage.completed': { en: 'Completed', de: 'Abgeschlossen' },
  'lifecycle.stage.ended': { en: 'Ended early', de: 'Vorzeitig beendet' },
  'lifecycle.stage.declined': { en: 'Declined', de: 'Abgelehnt' },
  'lifecycle.stage.withdrawn': { en: 'Withdrawn', de: 'Zurückgezogen' },
  'lifecycle.stage.expired': { en: 'Expired', de: 'Abgelaufen' },
  'lifecycle.stage.invalidated': { en: 'No longer valid', de: 'Hinfällig' },

  // ── notifications ─────────────────────────────────────────────────────────
  'lifecycle.notify.proposed': {
    en: 'You have a new mentoring proposal. Please answer by {expiresAt}.',
    de: 'Sie haben einen neuen Mentoring-Vorschlag. Bitte antworten Sie bis {expiresAt}.',
  },
  'lifecycle.notify.accepted': {
    en: 'The other side has accepted the mentoring proposal; it now waits for you.',
    de: 'Die andere Seite hat dem Mentoring-Vorschlag zugestimmt; jetzt fehlt Ihre Zustimmung.',
  },
  'lifecycle.notify.started': {
    en: 'Both sides have accepted: your mentoring relationship begins with preparation.',
    de: 'Beide Seiten haben zugestimmt: Ihre Mentoring-Beziehung beginnt mit der Vorbereitung.',
  },
  'lifecycle.notify.declined': {
    en: 'The mentoring proposal was declined: {reason}',
    de: 'Der Mentoring-Vorschlag wurde abgelehnt: {reason}',
  },
  'lifecycle.notify.withdrawn': {
    en: 'The programme has withdrawn the mentoring proposal.',
    de: 'Das Programm hat den Mentoring-Vorschlag zurückgezogen.',
  },
  'lifecycle.notify.expired': {
    en: 'The mentoring proposal expired at {expiresAt} without an answer from both sides.',
    de: 'Der Mentoring-Vorschlag ist um {expiresAt} ohne Zustimmung beider Seiten abgelaufen.',
  },
  'lifecycle.notify.invalidated': {
    en: 'The mentoring proposal is no longer valid: {reason}',
    de: 'Der Mentoring-Vorschlag ist hinfällig: {reason}',
  },
  'lifecycle.notify.stage_changed': {
    en: 'Your mentoring relationship moved to the stage "{stage}" (cycle {cycle}).',
    de: 'Ihre Mentoring-Beziehung ist in die Phase „{stage}“ übergegangen (Zyklus {cycle}).',
  },
  'lifecycle.notify.completed': {
    en: 'Your mentoring relationship is completed. Thank you!',
    de: 'Ihre Mentoring-Beziehung ist abgeschlossen. Vielen Dank!',
  },
  'lifecycle.notify.paused': {
    en: 'The mentoring relationship is paused: {reason}',
    de: 'Die Mentoring-Beziehung ist pausiert: {reason}',
  },
  'lifecycle.notify.resumed': {
    en: 'The mentoring relationship continues in the stage "{stage}".',
    de: 'Die Mentoring-Beziehung geht in der Phase „{stage}“ weiter.',
  },
  'lifecycle.notify.ended': {
    en: 'The mentoring relationship was ended early: {reason}',
    de: 'Die Mentoring-Beziehung wurde vorzeitig beendet: {reason}',
  },
  'lifecycle.notify.meeting_scheduled': {
    en: 'A meeting was scheduled for {startsAt}.',
    de: 'Ein Termin wurde für {startsAt} geplant.',
  },
  'lifecycle.notify.meeting_rescheduled': {
    en: 'A meeting was moved to {startsAt}.',
    de: 'Ein Termin wurde auf {startsAt} verschoben.',
  },
  'lifecycle.notify.meeting_cancelled': {
    en: 'The meeting of {startsAt} was cancelled ({noticeHours} hours ahead).',
    de: 'Der Termin am {startsAt} wurde abgesagt ({noticeHours} Stunden vorher).',
  },
  'lifecycle.notify.agenda_received': {
    en: 'The agenda for the meeting of {startsAt} has arrived: {items}.',
    de: 'Die Agenda für den Termin am {startsAt} ist da: {items}.',
  },
  'lifecycle.notify.action_item_assigned': {
    en: 'New task for you: "{title}", due by {dueAt}.',
    de: 'Neue Aufgabe für Sie: „{title}“, fällig bis {dueAt}.',
  },
  'lifecycle.notify.action_item_assigned_undated': {
    en: 'New task for you: "{title}", due by the next meeting.',
    de: 'Neue Aufgabe für Sie: „{title}“, fällig bis zum nächsten Termin.',
  },
  'lifecycle.notify.action_item_completed': {
    en: 'The task "{title}" is done.',
    de: 'Die Aufgabe „{title}“ ist erledigt.',
  },
  'lifecycle.notify.feedback_requested': {
    en: 'You have been asked for feedback.',
    de: 'Sie wurden um Feedback gebeten.',
  },
  'lifecycle.notify.feedback_received': {
    en: 'You have received new feedback ({kind}).',
    de: 'Sie haben neues Feedback erhalten ({kind}).',
  },
  'lifecycle.notify.private_feedback': {
    en: 'A participant left private feedback ({kind}) for the programme team.',
    de: 'Eine teilnehmende Person hat vertrauliches Feedback ({kind}) für das Programmteam hinterlassen.',
  },
  'lifecycle.notify.progress_update': {
    en: 'There is a new progress update.',
    de: 'Es gibt einen neuen Fortschrittsbericht.',
  },
  'lifecycle.notify.agreement_to_accept': {
    en: 'The agreement was written down; please review and accept it.',
    de: 'Die Vereinbarung wurde festgehalten; bitte prüfen Sie sie und stimmen Sie zu.',
  },
  'lifecycle.notify.agreement_accepted': {
    en: 'The other side has accepted the agreement.',
    de: 'Die andere Seite hat der Vereinbarung zugestimmt.',
  },
  'lifecycle.notify.evaluation_recorded': {
    en: 'An evaluation of cycle {cycle} was recorded.',
    de: 'Eine Auswertung von Zyklus {cycle} wurde festgehalten.',
  },
});
