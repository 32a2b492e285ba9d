import type { Translation } from '../../message-catalog';
import type { enrolmentErrorMessages } from '../../messages/enrolment-errors';

/** German texts of `enrolmentErrorMessages`. */
export const enrolmentErrorMessagesDe: Translation<typeof enrolmentErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'enrolment.error.invalid_event':
    'Das Ereignis der Anmeldung ist ungültig ({count, plural, one {# Problem} other {# Probleme}}):',
  'enrolment.error.no_events':
    'Es gibt keine Ereignisse: Eine Anmeldung beginnt mit einer Bewerbung.',
  'enrolment.error.not_an_application':
    'Eine Anmeldung beginnt mit einer Bewerbung, nicht mit „{event}“.',
  'enrolment.error.duplicate_event_id': 'Ein Ereignis mit der ID „{id}“ wurde bereits angewendet.',
  'enrolment.error.event_out_of_order':
    'Das Ereignis um {at} liegt vor dem zuletzt angewendeten Ereignis ({lastAt}).',
  'enrolment.error.enrolment_closed':
    'Die Anmeldung ist beendet (Status „{status}“); „{event}“ ist nicht mehr möglich.',
  'enrolment.error.event_not_allowed_in_status':
    '„{event}“ ist im Status „{status}“ nicht möglich.',
  'enrolment.error.actor_not_permitted':
    'Im Status „{status}“ ist „{event}“ nur diesen Rollen vorbehalten: {allowed:or}. Gesendet wurde es als {role}.',
  'enrolment.error.acting_for_someone_else':
    '„{id}“ ist nicht die angemeldete Person und kann nicht als {role} für sie handeln.',
  'enrolment.error.not_a_coordinator':
    '„{id}“ koordiniert das Programm „{programId}“ nicht und kann darin nicht als Programm-Admin handeln.',
  'enrolment.error.wrong_program':
    'Die Anmeldung gehört zum Programm „{programId}“, nicht zu „{expected}“.',
  'enrolment.error.reason_required': 'Eine Bewerbung abzulehnen braucht eine Begründung.',
  'enrolment.error.unknown_requirement':
    '„{id}“ ist keine Einstiegsvoraussetzung dieser Anmeldung (diese sind: {known}).',
  'enrolment.error.requirement_already_met':
    'Die Voraussetzung „{id}“ wurde bereits am {at} erfüllt.',
  'enrolment.error.availability_paused':
    'Die Person hat ihre Verfügbarkeit seit {since} pausiert{withUntil, select, true { (bis {until})} other {}}; sie bekommt keine neuen Vermittlungen.',
  'enrolment.error.already_paused': 'Die Verfügbarkeit ist bereits pausiert (seit {since}).',
  'enrolment.error.not_paused': 'Die Verfügbarkeit ist nicht pausiert.',
  'enrolment.error.duplicate_id': 'Die Beziehung „{id}“ gehört bereits zu dieser Anmeldung.',
  'enrolment.error.same_person':
    'Eine Person kann nicht mit sich selbst zusammengebracht werden („{id}“).',
  'enrolment.error.proposal_not_open':
    'Die Beziehung „{id}“ ist kein offener Vorschlag für diese Person.',
  'enrolment.error.relationship_not_active':
    'Die Beziehung „{id}“ ist keine aktive Beziehung dieser Person.',
  'enrolment.error.unknown_priority_flag':
    'Das Programm kennt die Priorität „{id}“ nicht (es kennt: {known}).',
  'enrolment.error.limit_reached':
    'Eine Anmeldung umfasst höchstens {max} {field, select, history {Ereignisse} matches {Vorschläge und Beziehungen} other {Einträge}}; dieses Ereignis würde das überschreiten.',
  // ── guards ────────────────────────────────────────────────────────────────
  'enrolment.guard.own-application': 'Man kann sich nur selbst bewerben.',
  'enrolment.guard.screening-accepted': 'Die Bewerbung wurde nicht angenommen.',
  'enrolment.guard.screening-declined': 'Die Bewerbung wurde nicht abgelehnt.',
  'enrolment.guard.reason-given': 'Eine Bewerbung abzulehnen braucht eine Begründung.',
  'enrolment.guard.no-requirements': 'Zuerst sind Einstiegsvoraussetzungen zu erfüllen.',
  'enrolment.guard.has-requirements': 'Es gibt keine Einstiegsvoraussetzungen zu erfüllen.',
  'enrolment.guard.requirement-known': 'Die Voraussetzung gehört nicht zu dieser Anmeldung.',
  'enrolment.guard.requirement-open': 'Die Voraussetzung ist bereits erfüllt.',
  'enrolment.guard.completes-onboarding':
    '{count, plural, =0 {Es fehlt keine Voraussetzung.} one {Es fehlt # Voraussetzung.} other {Es fehlen # Voraussetzungen, nicht nur diese.}}',
  'enrolment.guard.onboarding-continues': 'Das ist die letzte fehlende Voraussetzung.',
  'enrolment.guard.available': 'Die Person hat ihre Verfügbarkeit pausiert.',
  'enrolment.guard.different-people':
    'Eine Person kann nicht mit sich selbst zusammengebracht werden.',
  'enrolment.guard.new-relationship': 'Die Beziehung gehört bereits zu dieser Anmeldung.',
  'enrolment.guard.proposal-open': 'Es gibt keinen offenen Vorschlag.',
  'enrolment.guard.relationship-active': 'Es gibt keine aktive Beziehung.',
  'enrolment.guard.others-active': 'Keine andere Beziehung ist aktiv.',
  'enrolment.guard.others-proposed': 'Kein anderer Vorschlag ist offen.',
  'enrolment.guard.nothing-else-open': 'Andere Beziehungen oder Vorschläge sind noch offen.',
  'enrolment.guard.rematch-requested': 'Die Person hat keine neue Vermittlung gewünscht.',
  'enrolment.guard.no-rematch': 'Die Person hat eine neue Vermittlung gewünscht.',
  'enrolment.guard.not-paused': 'Die Verfügbarkeit ist bereits pausiert.',
  'enrolment.guard.paused': 'Die Verfügbarkeit ist nicht pausiert.',
  'enrolment.guard.until-after-start': 'Die Pause muss nach ihrem Beginn enden (nicht {until}).',
  // ── events ────────────────────────────────────────────────────────────────
  'enrolment.event.apply': 'bewerben',
  'enrolment.event.screen': 'Bewerbung prüfen',
  'enrolment.event.meet-requirement': 'Voraussetzung erfüllen',
  'enrolment.event.waitlist': 'auf die Warteliste setzen',
  'enrolment.event.match': 'Vermittlung vorschlagen',
  'enrolment.event.proposal-closed': 'Vorschlag schließen',
  'enrolment.event.relationship-started': 'Beziehung beginnen',
  'enrolment.event.relationship-ended': 'Beziehung beenden',
  'enrolment.event.graduate': 'Programm abschließen',
  'enrolment.event.pause': 'Verfügbarkeit pausieren',
  'enrolment.event.resume': 'Verfügbarkeit fortsetzen',
  'enrolment.event.set-priority-flags': 'Wartelisten-Prioritäten setzen',
  'enrolment.event.withdraw': 'zurückziehen',
  'enrolment.event.remove': 'aus dem Programm entfernen',
  // ── statuses ──────────────────────────────────────────────────────────────
  'enrolment.status.applied': 'Beworben',
  'enrolment.status.declined': 'Abgelehnt',
  'enrolment.status.onboarding': 'Im Einstieg',
  'enrolment.status.ready': 'Bereit zur Vermittlung',
  'enrolment.status.waitlisted': 'Auf der Warteliste',
  'enrolment.status.matched': 'Vermittelt',
  'enrolment.status.active': 'Aktiv',
  'enrolment.status.alumni': 'Alumni',
  'enrolment.status.withdrawn': 'Zurückgezogen',
  'enrolment.status.removed': 'Entfernt',
};
