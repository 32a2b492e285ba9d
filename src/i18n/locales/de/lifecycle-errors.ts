import type { Translation } from '../../message-catalog';
import type { lifecycleErrorMessages } from '../../messages/lifecycle-errors';

/** German texts of `lifecycleErrorMessages`. */
export const lifecycleErrorMessagesDe: Translation<typeof lifecycleErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'lifecycle.error.invalid_event':
    'Das Ereignis ist ungültig ({count, plural, one {# Problem} other {# Probleme}}):',
  'lifecycle.error.no_events':
    'Es gibt keine Ereignisse: Eine Beziehung beginnt mit einem Vorschlag.',
  'lifecycle.error.not_a_proposal':
    'Eine Beziehung beginnt mit einem Vorschlag, nicht mit „{event}“.',
  'lifecycle.error.duplicate_event_id': 'Ein Ereignis mit der ID „{id}“ wurde bereits angewendet.',
  'lifecycle.error.event_out_of_order':
    'Das Ereignis um {at} liegt vor dem zuletzt angewendeten Ereignis ({lastAt}).',
  'lifecycle.error.relationship_closed':
    'Die Beziehung ist beendet (Phase „{stage}“); „{event}“ ist nicht mehr möglich.',
  'lifecycle.error.event_not_allowed_in_stage':
    '„{event}“ ist in der Phase „{stage}“ nicht möglich.',
  'lifecycle.error.actor_not_permitted':
    'In der Phase „{stage}“ ist „{event}“ nur diesen Rollen vorbehalten: {allowed:or}. Gesendet wurde es als {role}.',
  'lifecycle.error.acting_for_someone_else':
    '„{id}“ ist in dieser Beziehung nicht als {role} eingetragen und kann nicht in dieser Rolle handeln.',
  'lifecycle.error.not_a_coordinator':
    '„{id}“ koordiniert das Programm „{programId}“ nicht und kann darin nicht als Programm-Admin handeln.',
  'lifecycle.error.duplicate_id': 'Die ID „{id}“ ist bereits vergeben.',
  'lifecycle.error.unknown_goal': 'Es gibt kein Ziel „{id}“.',
  'lifecycle.error.unknown_plan_step': 'Das Ziel hat keinen Planschritt „{id}“.',
  'lifecycle.error.unknown_meeting': 'Es gibt keinen Termin „{id}“.',
  'lifecycle.error.unknown_action_item': 'Es gibt keine Aufgabe „{id}“.',
  'lifecycle.error.unknown_feedback_request': 'Es gibt keine Feedback-Anfrage „{id}“.',
  'lifecycle.error.unknown_feedback': 'Es gibt kein Feedback „{id}“.',
  'lifecycle.error.feedback_not_for_actor':
    'Das Feedback „{id}“ wurde nicht mit der Rolle {role} geteilt; nur wer es erhalten hat, kann es annehmen.',
  'lifecycle.error.feedback_already_acknowledged':
    'Das Feedback „{id}“ wurde bereits am {at} angenommen.',
  'lifecycle.error.unknown_agreement': 'Es wurde noch keine Vereinbarung festgehalten.',
  'lifecycle.error.meeting_not_scheduled':
    'Der Termin „{id}“ {status, select, held {hat bereits stattgefunden} missed {wurde verpasst} cancelled {wurde abgesagt} other {ist nicht mehr geplant}}.',
  'lifecycle.error.meeting_in_past':
    'Der Termin „{id}“ hat um {startsAt} begonnen; das ist nur vorher möglich.',
  'lifecycle.error.meeting_not_started':
    'Der Termin „{id}“ beginnt um {startsAt} und kann nicht vorher erfasst werden.',
  'lifecycle.error.item_not_open':
    '„{id}“ ist bereits {status, select, done {erledigt} dropped {verworfen} other {abgeschlossen}}.',
  'lifecycle.error.already_accepted': 'Die Zustimmung ({role}) liegt bereits vor, seit {at}.',
  'lifecycle.error.proposal_expired': 'Der Vorschlag ist um {expiresAt} abgelaufen.',
  'lifecycle.error.proposal_not_expired': 'Der Vorschlag läuft erst um {expiresAt} ab.',
  'lifecycle.error.same_person':
    'Mentor:in und Mentee müssen zwei verschiedene Personen sein („{id}“).',
  'lifecycle.error.limit_reached':
    'Eine Beziehung fasst höchstens {max} {field, select, history {Ereignisse} cycle {Zyklen} goals {Ziele} plan {Planschritte je Ziel} meetings {Termine} previousStartTimes {frühere Startzeiten je Termin} actionItems {Aufgaben} feedbackRequests {Feedback-Anfragen} feedback {Feedbacks} progressUpdates {Fortschrittsberichte} selfInventories {Selbsteinschätzungen} evaluations {Auswertungen} attestations {bestätigte Checklistenpunkte} other {Einträge}}; dieses Ereignis würde das überschreiten.',
  'lifecycle.error.participant_limit_reached':
    'Die Grenze von {max} Ereignissen je teilnehmender Seite ist erreicht ({role}); möglich sind nur noch Ereignisse, die die Beziehung schließen.',
  'lifecycle.error.unknown_relationship': 'Das Programm hat keine Beziehung „{id}“.',
  'lifecycle.error.relationship_id_mismatch':
    'Der Vorschlag gilt der Beziehung „{eventId}“, nicht „{id}“.',
  'lifecycle.error.wrong_program':
    'Die Beziehung gehört zum Programm „{programId}“, nicht zu „{expected}“.',
  'lifecycle.error.pair_already_open':
    'Mentor:in {mentorId} und Mentee {menteeId} haben bereits eine offene Beziehung („{id}“).',
  'lifecycle.error.capacity_exceeded':
    'Mentor:in {mentorId} hat bereits {active, plural, one {# laufende Mentoring-Beziehung} other {# laufende Mentoring-Beziehungen}}; die Kapazität beträgt {capacity}.',
  'lifecycle.error.mentee_mentor_limit_reached':
    'Mentee {menteeId} hat bereits {active, plural, one {# laufende Mentoring-Beziehung} other {# laufende Mentoring-Beziehungen}}; erlaubt {max, plural, one {ist #} other {sind #}} zugleich.',
  // ── guards (the message of a refusal by each guard) ───────────────────────
  'lifecycle.guard.different-people':
    'Mentor:in und Mentee müssen zwei verschiedene Personen sein.',
  'lifecycle.guard.expires-after-proposal':
    'Der Vorschlag muss nach seiner Erstellung ablaufen; er läuft um {expiresAt} ab.',
  'lifecycle.guard.proposal-open': 'Der Vorschlag ist abgelaufen.',
  'lifecycle.guard.proposal-past-expiry': 'Der Vorschlag ist noch nicht abgelaufen.',
  'lifecycle.guard.not-yet-accepted': 'Diese Seite hat dem Vorschlag bereits zugestimmt.',
  'lifecycle.guard.other-side-accepted': 'Die andere Seite hat noch nicht zugestimmt.',
  'lifecycle.guard.other-side-pending': 'Die andere Seite hat bereits zugestimmt.',
  'lifecycle.guard.has-goal-with-plan':
    'Für diesen Schritt braucht es mindestens ein aktives Ziel mit Plan.',
  'lifecycle.guard.has-first-meeting': 'Für diesen Schritt muss das erste Treffen geplant sein.',
  'lifecycle.guard.first-meeting-held':
    'Für diesen Schritt muss das erste Treffen stattgefunden haben.',
  'lifecycle.guard.agreement-accepted-by-both':
    'Zuerst müssen beide Seiten der Vereinbarung zugestimmt haben.',
  'lifecycle.guard.evaluation-recorded':
    'Für Zyklus {cycle} muss zuerst eine Auswertung vorliegen.',
  'lifecycle.guard.paused-from-preparing':
    'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  'lifecycle.guard.paused-from-initiating':
    'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  'lifecycle.guard.paused-from-cultivating':
    'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  'lifecycle.guard.paused-from-evaluating':
    'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  'lifecycle.guard.until-after-start': 'Eine Pause muss nach ihrem Beginn enden (bis {until}).',
  'lifecycle.guard.new-id': 'Die ID ist bereits vergeben.',
  'lifecycle.guard.references-exist': 'Das Ereignis verweist auf etwas, das es nicht gibt.',
  'lifecycle.guard.meeting-scheduled': 'Der Termin ist nicht mehr geplant.',
  'lifecycle.guard.meeting-in-future': 'Der Termin hat bereits begonnen.',
  'lifecycle.guard.meeting-started': 'Der Termin hat noch nicht begonnen.',
  'lifecycle.guard.item-open': 'Der Eintrag ist nicht mehr offen.',
  'lifecycle.guard.feedback-for-actor':
    'Es gibt kein geteiltes Feedback, das die Rolle {role} annehmen könnte.',
  'lifecycle.guard.agreement-recorded': 'Es wurde noch keine Vereinbarung festgehalten.',
  'lifecycle.guard.agreement-not-yet-accepted':
    'Diese Seite hat der Vereinbarung bereits zugestimmt.',
  // ── event types ───────────────────────────────────────────────────────────
  'lifecycle.event.propose': 'Vorschlagen',
  'lifecycle.event.accept': 'Vorschlag annehmen',
  'lifecycle.event.decline': 'Vorschlag ablehnen',
  'lifecycle.event.withdraw': 'Vorschlag zurückziehen',
  'lifecycle.event.expire': 'Vorschlag ablaufen lassen',
  'lifecycle.event.invalidate': 'Vorschlag für hinfällig erklären',
  'lifecycle.event.begin-initiation': 'Mit dem Anbahnen beginnen',
  'lifecycle.event.begin-cultivation': 'Mit dem Pflegen beginnen',
  'lifecycle.event.begin-evaluation': 'Mit dem Bewerten beginnen',
  'lifecycle.event.continue': 'Mit einem neuen Zyklus weitermachen',
  'lifecycle.event.complete': 'Beziehung abschließen',
  'lifecycle.event.pause': 'Pausieren',
  'lifecycle.event.resume': 'Fortsetzen',
  'lifecycle.event.end-early': 'Vorzeitig beenden',
  'lifecycle.event.record-self-inventory': 'Selbsteinschätzung festhalten',
  'lifecycle.event.set-goal': 'Ziel setzen',
  'lifecycle.event.add-plan-step': 'Planschritt hinzufügen',
  'lifecycle.event.complete-plan-step': 'Planschritt erledigen',
  'lifecycle.event.drop-plan-step': 'Planschritt verwerfen',
  'lifecycle.event.schedule-meeting': 'Termin planen',
  'lifecycle.event.reschedule-meeting': 'Termin verschieben',
  'lifecycle.event.cancel-meeting': 'Termin absagen',
  'lifecycle.event.record-meeting': 'Termin erfassen',
  'lifecycle.event.send-agenda': 'Agenda senden',
  'lifecycle.event.add-action-item': 'Aufgabe hinzufügen',
  'lifecycle.event.complete-action-item': 'Aufgabe erledigen',
  'lifecycle.event.drop-action-item': 'Aufgabe verwerfen',
  'lifecycle.event.request-feedback': 'Um Feedback bitten',
  'lifecycle.event.give-feedback': 'Feedback geben',
  'lifecycle.event.acknowledge-feedback': 'Feedback annehmen',
  'lifecycle.event.post-progress-update': 'Fortschritt berichten',
  'lifecycle.event.record-agreement': 'Vereinbarung festhalten',
  'lifecycle.event.accept-agreement': 'Vereinbarung annehmen',
  'lifecycle.event.record-evaluation': 'Auswertung festhalten',
  'lifecycle.event.attest-checklist-item': 'Checklistenpunkt bestätigen',
};
