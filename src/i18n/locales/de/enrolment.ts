import type { Translation } from '../../message-catalog';
import type { enrolmentMessages } from '../../messages/enrolment';

/** German texts of `enrolmentMessages`. */
export const enrolmentMessagesDe: Translation<typeof enrolmentMessages> = {
  // ── notifications ─────────────────────────────────────────────────────────
  'enrolment.notify.applied': 'Eine neue Bewerbung als {role} wartet auf die Prüfung.',
  'enrolment.notify.accepted':
    'Deine Bewerbung wurde angenommen. {count, plural, one {Ein Einstiegsschritt fehlt} other {# Einstiegsschritte fehlen}} noch, bevor wir dich vermitteln können.',
  'enrolment.notify.ready': 'Der Einstieg ist abgeschlossen: bereit zur Vermittlung ({role}).',
  'enrolment.notify.declined': 'Deine Bewerbung wurde abgelehnt: {reason}',
  'enrolment.notify.waitlisted':
    'Du stehst auf der Warteliste; wir melden uns, sobald wir eine passende Person finden.',
  'enrolment.notify.matched': 'Wir haben dir eine Vermittlung vorgeschlagen.',
  'enrolment.notify.proposal_closed':
    'Die vorgeschlagene Vermittlung kommt nicht zustande{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.rematch_requested':
    'Eine Person ({role}), deren Beziehung endete, wünscht eine neue Vermittlung.',
  'enrolment.notify.alumni': 'Du hast das Programm abgeschlossen. Danke fürs Mitmachen!',
  'enrolment.notify.paused':
    'Verfügbarkeit pausiert ({role}){withUntil, select, true { bis {until}} other {}}{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.resumed': 'Verfügbarkeit fortgesetzt ({role}).',
  'enrolment.notify.withdrawn':
    'Eine Person ({role}) hat sich aus dem Programm zurückgezogen{withReason, select, true {: {reason}} other {.}} {count, plural, =0 {Keine Beziehung ist aktiv.} one {Eine Beziehung ist noch aktiv.} other {# Beziehungen sind noch aktiv.}}',
  'enrolment.notify.removed': 'Du wurdest aus dem Programm entfernt: {reason}',
};
