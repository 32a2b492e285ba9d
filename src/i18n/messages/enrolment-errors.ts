import { defineMessages } from '../message-catalog';

/**
 * Messages of the enrolment machine's refusals (one per error code, one per
 * guard) and the names of its events and statuses they mention. Kept apart
 * from the notifications so that `formatError` carries only what errors
 * need. Roles come as params that reference the shared `role.*` labels.
 */
export const enrolmentErrorMessages = /* @__PURE__ */ defineMessages({
  // ── errors ────────────────────────────────────────────────────────────────
  'enrolment.error.invalid_event':
    'The enrolment event is not valid ({count, plural, one {# problem} other {# problems}}):',
  'enrolment.error.no_events': 'There are no events: an enrolment starts with an application.',
  'enrolment.error.not_an_application':
    'An enrolment starts with an application, not with "{event}".',
  'enrolment.error.duplicate_event_id': 'An event with the id "{id}" was already applied.',
  'enrolment.error.event_out_of_order':
    'The event at {at} is earlier than the last applied event ({lastAt}).',
  'enrolment.error.enrolment_closed':
    'The enrolment has ended (status "{status}"); "{event}" is no longer possible.',
  'enrolment.error.event_not_allowed_in_status':
    '"{event}" is not possible in the status "{status}".',
  'enrolment.error.actor_not_permitted':
    'In the status "{status}", "{event}" is for these roles only: {allowed:or}. It was sent as {role}.',
  'enrolment.error.acting_for_someone_else':
    '"{id}" is not the person of this enrolment and cannot act for them as {role}.',
  'enrolment.error.not_a_coordinator':
    '"{id}" is not a coordinator of the programme "{programId}" and cannot act for it as an admin.',
  'enrolment.error.wrong_program':
    'The enrolment belongs to programme "{programId}", not "{expected}".',
  'enrolment.error.reason_required': 'Declining an application needs a reason.',
  'enrolment.error.unknown_requirement':
    '"{id}" is not an onboarding requirement of this enrolment (they are: {known}).',
  'enrolment.error.requirement_already_met': 'The requirement "{id}" was already met at {at}.',
  'enrolment.error.availability_paused':
    'The person has paused their availability since {since}{withUntil, select, true { (until {until})} other {}}; they take no new matches.',
  'enrolment.error.already_paused': 'The availability is already paused (since {since}).',
  'enrolment.error.not_paused': 'The availability is not paused.',
  'enrolment.error.duplicate_id': 'The relationship "{id}" is already part of this enrolment.',
  'enrolment.error.same_person': 'A person cannot be matched with themselves ("{id}").',
  'enrolment.error.proposal_not_open':
    'The relationship "{id}" is not an open proposal of this person.',
  'enrolment.error.relationship_not_active':
    'The relationship "{id}" is not an active relationship of this person.',
  'enrolment.error.unknown_priority_flag':
    'The programme does not use the priority "{id}" (it uses: {known}).',
  'enrolment.error.limit_reached':
    'An enrolment holds at most {max} {field, select, history {events} matches {proposals and relationships} other {entries}}; this event would exceed that.',
  // ── guards ────────────────────────────────────────────────────────────────
  'enrolment.guard.own-application': 'A person can only apply for themselves.',
  'enrolment.guard.screening-accepted': 'The application was not accepted.',
  'enrolment.guard.screening-declined': 'The application was not declined.',
  'enrolment.guard.reason-given': 'Declining an application needs a reason.',
  'enrolment.guard.no-requirements': 'There are onboarding requirements to meet first.',
  'enrolment.guard.has-requirements': 'There are no onboarding requirements to meet.',
  'enrolment.guard.requirement-known': 'The requirement is not one of this enrolment’s.',
  'enrolment.guard.requirement-open': 'The requirement was already met.',
  'enrolment.guard.completes-onboarding':
    '{count, plural, =0 {No requirement is missing.} one {# requirement is missing.} other {# requirements are missing, not just this one.}}',
  'enrolment.guard.onboarding-continues': 'This is the last missing requirement.',
  'enrolment.guard.available': 'The person has paused their availability.',
  'enrolment.guard.different-people': 'A person cannot be matched with themselves.',
  'enrolment.guard.new-relationship': 'The relationship is already part of this enrolment.',
  'enrolment.guard.proposal-open': 'There is no open proposal.',
  'enrolment.guard.relationship-active': 'There is no active relationship.',
  'enrolment.guard.others-active': 'No other relationship is active.',
  'enrolment.guard.others-proposed': 'No other proposal is open.',
  'enrolment.guard.nothing-else-open': 'Other relationships or proposals are still open.',
  'enrolment.guard.rematch-requested': 'The person did not ask for a new match.',
  'enrolment.guard.no-rematch': 'The person asked for a new match.',
  'enrolment.guard.not-paused': 'The availability is already paused.',
  'enrolment.guard.paused': 'The availability is not paused.',
  'enrolment.guard.until-after-start': 'The pause must end after it starts (not {until}).',
  // ── events ────────────────────────────────────────────────────────────────
  'enrolment.event.apply': 'apply',
  'enrolment.event.screen': 'screen the application',
  'enrolment.event.meet-requirement': 'meet a requirement',
  'enrolment.event.waitlist': 'put on the waitlist',
  'enrolment.event.match': 'propose a match',
  'enrolment.event.proposal-closed': 'close a proposal',
  'enrolment.event.relationship-started': 'start a relationship',
  'enrolment.event.relationship-ended': 'end a relationship',
  'enrolment.event.graduate': 'graduate',
  'enrolment.event.pause': 'pause availability',
  'enrolment.event.resume': 'resume availability',
  'enrolment.event.set-priority-flags': 'set waitlist priorities',
  'enrolment.event.withdraw': 'withdraw',
  'enrolment.event.remove': 'remove from the programme',
  // ── statuses ──────────────────────────────────────────────────────────────
  'enrolment.status.applied': 'Applied',
  'enrolment.status.declined': 'Declined',
  'enrolment.status.onboarding': 'Onboarding',
  'enrolment.status.ready': 'Ready to match',
  'enrolment.status.waitlisted': 'Waitlisted',
  'enrolment.status.matched': 'Matched',
  'enrolment.status.active': 'Active',
  'enrolment.status.alumni': 'Alumni',
  'enrolment.status.withdrawn': 'Withdrawn',
  'enrolment.status.removed': 'Removed',
});
