import { defineMessages } from '../message-catalog';

/**
 * Messages of the enrolment machine's notifications (`enrolmentNotificationsFor`);
 * its refusals, events and statuses are in `enrolmentErrorMessages`.
 */
export const enrolmentMessages = /* @__PURE__ */ defineMessages({
  // ── notifications ─────────────────────────────────────────────────────────
  'enrolment.notify.applied': 'A new application as {role} is waiting to be screened.',
  'enrolment.notify.accepted':
    'Your application was accepted. {count, plural, one {One onboarding step is} other {# onboarding steps are}} left before you can be matched.',
  'enrolment.notify.ready': 'Onboarding is complete: ready to be matched ({role}).',
  'enrolment.notify.declined': 'Your application was declined: {reason}',
  'enrolment.notify.waitlisted':
    'You are on the waitlist; we will let you know when we find a match.',
  'enrolment.notify.matched': 'We have proposed a match for you.',
  'enrolment.notify.proposal_closed':
    'The proposed match did not go ahead{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.rematch_requested': 'A {role} whose relationship ended asks for a new match.',
  'enrolment.notify.alumni': 'You have completed the programme. Thank you for taking part!',
  'enrolment.notify.paused':
    'Availability paused ({role}){withUntil, select, true { until {until}} other {}}{withReason, select, true {: {reason}} other {.}}',
  'enrolment.notify.resumed': 'Availability resumed ({role}).',
  'enrolment.notify.withdrawn':
    'A {role} withdrew from the programme{withReason, select, true {: {reason}} other {.}} {count, plural, =0 {No relationship is active.} one {One relationship is still active.} other {# relationships are still active.}}',
  'enrolment.notify.removed': 'You were removed from the programme: {reason}',
});
