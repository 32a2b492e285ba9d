import { defineMessages } from '../message-catalog';

/**
 * Messages of the lifecycle's refusals: one per error code and one per guard,
 * and the names of the event types they mention. Kept apart from the
 * notifications so that `formatError` carries every error message of the
 * library without the display texts. Stages and roles come as params that
 * reference the shared `stage.*` and `role.*` labels.
 */
export const lifecycleErrorMessages = /* @__PURE__ */ defineMessages({
  // ── errors ────────────────────────────────────────────────────────────────
  'lifecycle.error.invalid_event':
    'The event is not valid ({count, plural, one {# problem} other {# problems}}):',
  'lifecycle.error.no_events': 'There are no events: a relationship starts with a proposal.',
  'lifecycle.error.not_a_proposal': 'A relationship starts with a proposal, not with "{event}".',
  'lifecycle.error.duplicate_event_id': 'An event with the id "{id}" was already applied.',
  'lifecycle.error.event_out_of_order':
    'The event at {at} is earlier than the last applied event ({lastAt}).',
  'lifecycle.error.relationship_closed':
    'The relationship is closed (stage "{stage}"); "{event}" is no longer possible.',
  'lifecycle.error.event_not_allowed_in_stage': '"{event}" is not possible in the stage "{stage}".',
  'lifecycle.error.actor_not_permitted':
    'In the stage "{stage}", "{event}" is for these roles only: {allowed:or}. It was sent as {role}.',
  'lifecycle.error.acting_for_someone_else':
    '"{id}" is not this relationship’s {role} and cannot act in that role.',
  'lifecycle.error.not_a_coordinator':
    '"{id}" is not a coordinator of the programme "{programId}" and cannot act for it as an admin.',
  'lifecycle.error.duplicate_id': 'The id "{id}" is already taken.',
  'lifecycle.error.unknown_goal': 'There is no goal "{id}".',
  'lifecycle.error.unknown_plan_step': 'The goal has no plan step "{id}".',
  'lifecycle.error.unknown_meeting': 'There is no meeting "{id}".',
  'lifecycle.error.unknown_action_item': 'There is no task "{id}".',
  'lifecycle.error.unknown_feedback_request': 'There is no feedback request "{id}".',
  'lifecycle.error.unknown_feedback': 'There is no feedback "{id}".',
  'lifecycle.error.feedback_not_for_actor':
    'The feedback "{id}" was not shared with the {role}; only its recipient can take it on board.',
  'lifecycle.error.feedback_already_acknowledged':
    'The feedback "{id}" was already taken on board at {at}.',
  'lifecycle.error.unknown_agreement': 'No agreement has been recorded yet.',
  'lifecycle.error.meeting_not_scheduled':
    'The meeting "{id}" {status, select, held {has already taken place} missed {was missed} cancelled {was cancelled} other {is no longer scheduled}}.',
  'lifecycle.error.meeting_in_past':
    'The meeting "{id}" started at {startsAt}; this is only possible before it.',
  'lifecycle.error.meeting_not_started':
    'The meeting "{id}" starts at {startsAt} and cannot be recorded before.',
  'lifecycle.error.item_not_open':
    '"{id}" is already {status, select, done {done} dropped {dropped} other {closed}}.',
  'lifecycle.error.already_accepted': 'The {role} already accepted at {at}.',
  'lifecycle.error.proposal_expired': 'The proposal expired at {expiresAt}.',
  'lifecycle.error.proposal_not_expired': 'The proposal only expires at {expiresAt}.',
  'lifecycle.error.same_person': 'Mentor and mentee must be two different people ("{id}").',
  'lifecycle.error.limit_reached':
    'A relationship holds at most {max} {field, select, history {events} cycle {cycles} goals {goals} plan {plan steps per goal} meetings {meetings} previousStartTimes {earlier start times per meeting} actionItems {tasks} feedbackRequests {feedback requests} feedback {pieces of feedback} progressUpdates {progress updates} selfInventories {self-assessments} evaluations {evaluations} attestations {confirmed checklist items} other {entries}}; this event would exceed that.',
  'lifecycle.error.participant_limit_reached':
    'The limit of {max} events from one participant is reached ({role}); only events that close the relationship are still possible.',
  'lifecycle.error.unknown_relationship': 'The programme has no relationship "{id}".',
  'lifecycle.error.relationship_id_mismatch':
    'The proposal is for relationship "{eventId}", not "{id}".',
  'lifecycle.error.wrong_program':
    'The relationship belongs to programme "{programId}", not "{expected}".',
  'lifecycle.error.pair_already_open':
    'Mentor {mentorId} and mentee {menteeId} already have an open relationship ("{id}").',
  'lifecycle.error.capacity_exceeded':
    'Mentor {mentorId} already has {active, plural, one {# active mentee} other {# active mentees}}; their capacity is {capacity}.',
  'lifecycle.error.mentee_mentor_limit_reached':
    'Mentee {menteeId} already has {active, plural, one {# active mentor} other {# active mentors}}; {max} at a time is the most allowed.',
  // ── guards (the message of a refusal by each guard) ───────────────────────
  'lifecycle.guard.different-people': 'Mentor and mentee must be two different people.',
  'lifecycle.guard.expires-after-proposal':
    'The proposal must expire after it is made; it expires at {expiresAt}.',
  'lifecycle.guard.proposal-open': 'The proposal has expired.',
  'lifecycle.guard.proposal-past-expiry': 'The proposal has not expired yet.',
  'lifecycle.guard.not-yet-accepted': 'This side has already accepted the proposal.',
  'lifecycle.guard.other-side-accepted': 'The other side has not accepted yet.',
  'lifecycle.guard.other-side-pending': 'The other side has already accepted.',
  'lifecycle.guard.has-goal-with-plan': 'This step needs at least one active goal with a plan.',
  'lifecycle.guard.has-first-meeting': 'This step needs a scheduled first meeting.',
  'lifecycle.guard.first-meeting-held': 'This step needs the first meeting to have taken place.',
  'lifecycle.guard.agreement-accepted-by-both':
    'Both sides must have accepted the agreement first.',
  'lifecycle.guard.evaluation-recorded': 'Cycle {cycle} needs an evaluation first.',
  'lifecycle.guard.paused-from-preparing': 'The pause returns to "{resumeTo}", not to "{stage}".',
  'lifecycle.guard.paused-from-initiating': 'The pause returns to "{resumeTo}", not to "{stage}".',
  'lifecycle.guard.paused-from-cultivating': 'The pause returns to "{resumeTo}", not to "{stage}".',
  'lifecycle.guard.paused-from-evaluating': 'The pause returns to "{resumeTo}", not to "{stage}".',
  'lifecycle.guard.until-after-start': 'A pause must end after it starts (until {until}).',
  'lifecycle.guard.new-id': 'The id is already taken.',
  'lifecycle.guard.references-exist': 'The event refers to something that does not exist.',
  'lifecycle.guard.meeting-scheduled': 'The meeting is no longer scheduled.',
  'lifecycle.guard.meeting-in-future': 'The meeting has already started.',
  'lifecycle.guard.meeting-started': 'The meeting has not started yet.',
  'lifecycle.guard.item-open': 'The item is no longer open.',
  'lifecycle.guard.feedback-for-actor':
    'There is no shared feedback for the {role} to take on board.',
  'lifecycle.guard.agreement-recorded': 'No agreement has been recorded yet.',
  'lifecycle.guard.agreement-not-yet-accepted': 'This side has already accepted the agreement.',
  // ── event types, as the errors name them (and apps may, e.g. on buttons) ──
  'lifecycle.event.propose': 'Propose',
  'lifecycle.event.accept': 'Accept proposal',
  'lifecycle.event.decline': 'Decline proposal',
  'lifecycle.event.withdraw': 'Withdraw proposal',
  'lifecycle.event.expire': 'Let proposal expire',
  'lifecycle.event.invalidate': 'Invalidate proposal',
  'lifecycle.event.begin-initiation': 'Begin initiation',
  'lifecycle.event.begin-cultivation': 'Begin cultivation',
  'lifecycle.event.begin-evaluation': 'Begin evaluation',
  'lifecycle.event.continue': 'Continue with a new cycle',
  'lifecycle.event.complete': 'Complete relationship',
  'lifecycle.event.pause': 'Pause',
  'lifecycle.event.resume': 'Resume',
  'lifecycle.event.end-early': 'End early',
  'lifecycle.event.record-self-inventory': 'Record self-assessment',
  'lifecycle.event.set-goal': 'Set goal',
  'lifecycle.event.add-plan-step': 'Add plan step',
  'lifecycle.event.complete-plan-step': 'Complete plan step',
  'lifecycle.event.drop-plan-step': 'Drop plan step',
  'lifecycle.event.schedule-meeting': 'Schedule meeting',
  'lifecycle.event.reschedule-meeting': 'Move meeting',
  'lifecycle.event.cancel-meeting': 'Cancel meeting',
  'lifecycle.event.record-meeting': 'Record meeting',
  'lifecycle.event.send-agenda': 'Send agenda',
  'lifecycle.event.add-action-item': 'Add task',
  'lifecycle.event.complete-action-item': 'Complete task',
  'lifecycle.event.drop-action-item': 'Drop task',
  'lifecycle.event.request-feedback': 'Ask for feedback',
  'lifecycle.event.give-feedback': 'Give feedback',
  'lifecycle.event.acknowledge-feedback': 'Take feedback on board',
  'lifecycle.event.post-progress-update': 'Post progress update',
  'lifecycle.event.record-agreement': 'Record agreement',
  'lifecycle.event.accept-agreement': 'Accept agreement',
  'lifecycle.event.record-evaluation': 'Record evaluation',
  'lifecycle.event.attest-checklist-item': 'Confirm checklist item',
});
