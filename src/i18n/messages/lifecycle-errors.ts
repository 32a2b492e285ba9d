import { defineMessages } from '../message-catalog';

/**
 * Messages of the lifecycle's refusals: one per error code and one per guard.
 * Kept apart from the stage names and notifications so that `formatError`
 * carries every error message of the library without the display texts.
 */
export const lifecycleErrorMessages = /* @__PURE__ */ defineMessages({
  // ── errors ────────────────────────────────────────────────────────────────
  'lifecycle.error.invalid_event': {
    en: 'The event is not valid ({count} problem(s)):',
    de: 'Das Ereignis ist ungültig ({count} Problem(e)):',
  },
  'lifecycle.error.not_a_proposal': {
    en: 'A relationship starts with a "propose" event, not with "{event}".',
    de: 'Eine Beziehung beginnt mit einem „propose“-Ereignis, nicht mit „{event}“.',
  },
  'lifecycle.error.duplicate_event_id': {
    en: 'An event with the id "{id}" was already applied.',
    de: 'Ein Ereignis mit der ID „{id}“ wurde bereits angewendet.',
  },
  'lifecycle.error.event_out_of_order': {
    en: 'The event at {at} is earlier than the last applied event ({lastAt}).',
    de: 'Das Ereignis um {at} liegt vor dem zuletzt angewendeten Ereignis ({lastAt}).',
  },
  'lifecycle.error.relationship_closed': {
    en: 'The relationship is closed (stage "{stage}") and accepts no "{event}" any more.',
    de: 'Die Beziehung ist beendet (Phase „{stage}“) und nimmt kein „{event}“ mehr an.',
  },
  'lifecycle.error.event_not_allowed_in_stage': {
    en: '"{event}" is not possible in the stage "{stage}".',
    de: '„{event}“ ist in der Phase „{stage}“ nicht möglich.',
  },
  'lifecycle.error.actor_not_permitted': {
    en: 'A {role} may not send "{event}" in the stage "{stage}"; allowed: {allowed}.',
    de: 'Die Rolle {role} darf „{event}“ in der Phase „{stage}“ nicht senden; erlaubt: {allowed}.',
  },
  'lifecycle.error.acting_for_someone_else': {
    en: '"{id}" is not the {role} of this relationship and cannot act for them.',
    de: '„{id}“ ist nicht die Rolle {role} dieser Beziehung und kann nicht für sie handeln.',
  },
  'lifecycle.error.duplicate_id': {
    en: 'The id "{id}" is already taken.',
    de: 'Die ID „{id}“ ist bereits vergeben.',
  },
  'lifecycle.error.unknown_goal': {
    en: 'There is no goal "{id}".',
    de: 'Es gibt kein Ziel „{id}“.',
  },
  'lifecycle.error.unknown_plan_step': {
    en: 'The goal has no plan step "{id}".',
    de: 'Das Ziel hat keinen Planschritt „{id}“.',
  },
  'lifecycle.error.unknown_meeting': {
    en: 'There is no meeting "{id}".',
    de: 'Es gibt keinen Termin „{id}“.',
  },
  'lifecycle.error.unknown_action_item': {
    en: 'There is no action item "{id}".',
    de: 'Es gibt keine Aufgabe „{id}“.',
  },
  'lifecycle.error.unknown_feedback_request': {
    en: 'There is no feedback request "{id}".',
    de: 'Es gibt keine Feedback-Anfrage „{id}“.',
  },
  'lifecycle.error.unknown_agreement': {
    en: 'No agreement has been recorded yet.',
    de: 'Es wurde noch keine Vereinbarung festgehalten.',
  },
  'lifecycle.error.meeting_not_scheduled': {
    en: 'The meeting "{id}" is {status}, not scheduled.',
    de: 'Der Termin „{id}“ ist nicht mehr geplant (Status: {status}).',
  },
  'lifecycle.error.meeting_in_past': {
    en: 'The meeting "{id}" started at {startsAt}; this is only possible before it.',
    de: 'Der Termin „{id}“ hat um {startsAt} begonnen; das ist nur vorher möglich.',
  },
  'lifecycle.error.meeting_not_started': {
    en: 'The meeting "{id}" starts at {startsAt} and cannot be recorded before.',
    de: 'Der Termin „{id}“ beginnt um {startsAt} und kann nicht vorher erfasst werden.',
  },
  'lifecycle.error.item_not_open': {
    en: '"{id}" is already {status}.',
    de: '„{id}“ ist nicht mehr offen (Status: {status}).',
  },
  'lifecycle.error.already_accepted': {
    en: 'The {role} already accepted at {at}.',
    de: 'Die Rolle {role} hat bereits um {at} zugestimmt.',
  },
  'lifecycle.error.proposal_expired': {
    en: 'The proposal expired at {expiresAt}.',
    de: 'Der Vorschlag ist um {expiresAt} abgelaufen.',
  },
  'lifecycle.error.proposal_not_expired': {
    en: 'The proposal only expires at {expiresAt}.',
    de: 'Der Vorschlag läuft erst um {expiresAt} ab.',
  },
  'lifecycle.error.same_person': {
    en: 'Mentor and mentee must be two different people ("{id}").',
    de: 'Mentor:in und Mentee müssen zwei verschiedene Personen sein („{id}“).',
  },
  'lifecycle.error.limit_reached': {
    en: 'A relationship holds at most {max} of "{field}"; this event would exceed that.',
    de: 'Eine Beziehung fasst höchstens {max} Einträge in „{field}“; dieses Ereignis würde das überschreiten.',
  },
  'lifecycle.error.unknown_relationship': {
    en: 'The programme has no relationship "{id}".',
    de: 'Das Programm hat keine Beziehung „{id}“.',
  },
  'lifecycle.error.relationship_id_mismatch': {
    en: 'The proposal is for relationship "{eventId}", not "{id}".',
    de: 'Der Vorschlag gilt der Beziehung „{eventId}“, nicht „{id}“.',
  },
  'lifecycle.error.wrong_program': {
    en: 'The relationship belongs to programme "{programId}", not "{expected}".',
    de: 'Die Beziehung gehört zum Programm „{programId}“, nicht zu „{expected}“.',
  },
  'lifecycle.error.pair_already_open': {
    en: 'Mentor {mentorId} and mentee {menteeId} already have an open relationship ("{id}").',
    de: 'Mentor:in {mentorId} und Mentee {menteeId} haben bereits eine offene Beziehung („{id}“).',
  },
  'lifecycle.error.capacity_exceeded': {
    en: 'Mentor {mentorId} already has {active} of {capacity} active mentee(s).',
    de: 'Mentor:in {mentorId} hat bereits {active} von {capacity} aktiven Mentee(s).',
  },
  'lifecycle.error.mentee_mentor_limit_reached': {
    en: 'Mentee {menteeId} already has {active} active mentor(s); the programme allows {max}.',
    de: 'Mentee {menteeId} hat bereits {active} aktive Mentor:innen; das Programm erlaubt {max}.',
  },

  // ── guards (the message of a refusal by each guard) ───────────────────────
  'lifecycle.guard.different-people': {
    en: 'Mentor and mentee must be two different people.',
    de: 'Mentor:in und Mentee müssen zwei verschiedene Personen sein.',
  },
  'lifecycle.guard.expires-after-proposal': {
    en: 'The proposal must expire after it is made (expiresAt {expiresAt}).',
    de: 'Der Vorschlag muss nach seiner Erstellung ablaufen (expiresAt {expiresAt}).',
  },
  'lifecycle.guard.proposal-open': {
    en: 'The proposal has expired.',
    de: 'Der Vorschlag ist abgelaufen.',
  },
  'lifecycle.guard.proposal-past-expiry': {
    en: 'The proposal has not expired yet.',
    de: 'Der Vorschlag ist noch nicht abgelaufen.',
  },
  'lifecycle.guard.not-yet-accepted': {
    en: 'This side has already accepted the proposal.',
    de: 'Diese Seite hat dem Vorschlag bereits zugestimmt.',
  },
  'lifecycle.guard.other-side-accepted': {
    en: 'The other side has not accepted yet.',
    de: 'Die andere Seite hat noch nicht zugestimmt.',
  },
  'lifecycle.guard.other-side-pending': {
    en: 'The other side has already accepted.',
    de: 'Die andere Seite hat bereits zugestimmt.',
  },
  'lifecycle.guard.has-goal-with-plan': {
    en: 'The first meeting needs at least one active goal with a plan.',
    de: 'Für den Einstieg braucht es mindestens ein aktives Ziel mit Plan.',
  },
  'lifecycle.guard.has-first-meeting': {
    en: 'The first meeting must be scheduled before the relationship is initiated.',
    de: 'Vor dem Einstieg muss das erste Treffen geplant sein.',
  },
  'lifecycle.guard.first-meeting-held': {
    en: 'The regular work starts after the first meeting was held.',
    de: 'Die Zusammenarbeit beginnt erst, wenn das erste Treffen stattgefunden hat.',
  },
  'lifecycle.guard.agreement-accepted-by-both': {
    en: 'Both sides must have accepted the agreement first.',
    de: 'Zuerst müssen beide Seiten der Vereinbarung zugestimmt haben.',
  },
  'lifecycle.guard.evaluation-recorded': {
    en: 'Cycle {cycle} needs an evaluation first.',
    de: 'Für Zyklus {cycle} muss zuerst eine Auswertung vorliegen.',
  },
  'lifecycle.guard.paused-from-preparing': {
    en: 'The pause returns to "{resumeTo}", not to "{stage}".',
    de: 'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  },
  'lifecycle.guard.paused-from-initiating': {
    en: 'The pause returns to "{resumeTo}", not to "{stage}".',
    de: 'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  },
  'lifecycle.guard.paused-from-cultivating': {
    en: 'The pause returns to "{resumeTo}", not to "{stage}".',
    de: 'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  },
  'lifecycle.guard.paused-from-evaluating': {
    en: 'The pause returns to "{resumeTo}", not to "{stage}".',
    de: 'Die Pause führt zurück zu „{resumeTo}“, nicht zu „{stage}“.',
  },
  'lifecycle.guard.until-after-start': {
    en: 'A pause must end after it starts (until {until}).',
    de: 'Eine Pause muss nach ihrem Beginn enden (bis {until}).',
  },
  'lifecycle.guard.new-id': {
    en: 'The id is already taken.',
    de: 'Die ID ist bereits vergeben.',
  },
  'lifecycle.guard.references-exist': {
    en: 'The event refers to something that does not exist.',
    de: 'Das Ereignis verweist auf etwas, das es nicht gibt.',
  },
  'lifecycle.guard.meeting-scheduled': {
    en: 'The meeting is no longer scheduled.',
    de: 'Der Termin ist nicht mehr geplant.',
  },
  'lifecycle.guard.meeting-in-future': {
    en: 'The meeting has already started.',
    de: 'Der Termin hat bereits begonnen.',
  },
  'lifecycle.guard.meeting-started': {
    en: 'The meeting has not started yet.',
    de: 'Der Termin hat noch nicht begonnen.',
  },
  'lifecycle.guard.item-open': {
    en: 'The item is no longer open.',
    de: 'Der Eintrag ist nicht mehr offen.',
  },
  'lifecycle.guard.agreement-recorded': {
    en: 'No agreement has been recorded yet.',
    de: 'Es wurde noch keine Vereinbarung festgehalten.',
  },
  'lifecycle.guard.agreement-not-yet-accepted': {
    en: 'This side has already accepted the agreement.',
    de: 'Diese Seite hat der Vereinbarung bereits zugestimmt.',
  },
});
