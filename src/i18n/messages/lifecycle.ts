import { defineMessages } from '../message-catalog';

/** Messages of the lifecycle module: stage names, errors, guards and notifications. */
export const lifecycleMessages = defineMessages({
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
