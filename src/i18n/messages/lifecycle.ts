import { defineMessages } from '../message-catalog';

/**
 * Messages of the lifecycle module for display: the notifications of
 * `notificationsFor`. Stages and roles come as params that reference the
 * shared `stage.*` and `role.*` labels.
 */
export const lifecycleMessages = /* @__PURE__ */ defineMessages({
  'lifecycle.notify.proposed': 'You have a new mentoring proposal. Please answer by {expiresAt}.',
  'lifecycle.notify.accepted':
    'The other side has accepted the mentoring proposal; it now waits for you.',
  'lifecycle.notify.started':
    'Both sides have accepted: your mentoring relationship begins in the stage "{stage}".',
  'lifecycle.notify.declined': 'The mentoring proposal was declined: {reason}',
  'lifecycle.notify.withdrawn': 'The programme has withdrawn the mentoring proposal.',
  'lifecycle.notify.expired':
    'The mentoring proposal expired at {expiresAt} without an answer from both sides.',
  'lifecycle.notify.invalidated': 'The mentoring proposal is no longer valid: {reason}',
  'lifecycle.notify.invalidated_mentee_limit':
    'The mentoring proposal is no longer valid: the mentee now has as many mentors as the programme allows.',
  'lifecycle.notify.stage_changed':
    'Your mentoring relationship moved to the stage "{stage}" (cycle {cycle}).',
  'lifecycle.notify.completed': 'Your mentoring relationship is completed. Thank you!',
  'lifecycle.notify.paused': 'The mentoring relationship is paused: {reason}',
  'lifecycle.notify.resumed': 'The mentoring relationship continues in the stage "{stage}".',
  'lifecycle.notify.ended': 'The mentoring relationship was ended early: {reason}',
  'lifecycle.notify.meeting_scheduled': 'A meeting was scheduled for {startsAt}.',
  'lifecycle.notify.meeting_rescheduled': 'A meeting was moved to {startsAt}.',
  'lifecycle.notify.meeting_cancelled':
    'The meeting of {startsAt} was cancelled {noticeHours, plural, one {# hour} other {# hours}} ahead.',
  'lifecycle.notify.agenda_received':
    'The agenda for the meeting of {startsAt} has arrived: {items}.',
  'lifecycle.notify.action_item_assigned': 'New task for you: "{title}", due by {dueAt}.',
  'lifecycle.notify.action_item_assigned_undated':
    'New task for you: "{title}", due by the next meeting.',
  'lifecycle.notify.action_item_completed': 'The task "{title}" is done.',
  'lifecycle.notify.feedback_requested': 'You have been asked for feedback.',
  'lifecycle.notify.feedback_received':
    'You have received new feedback: {kind, select, advice {advice} challenge {a challenge} praise {praise} concern {a concern} other {a general note}}.',
  'lifecycle.notify.feedback_acknowledged':
    'Your feedback was taken on board: {kind, select, advice {advice} challenge {a challenge} praise {praise} concern {a concern} other {a general note}}.',
  'lifecycle.notify.private_feedback':
    'A participant left confidential feedback for the programme team: {kind, select, advice {advice} challenge {a challenge} praise {praise} concern {a concern} other {a general note}}.',
  'lifecycle.notify.progress_update': 'There is a new progress update.',
  'lifecycle.notify.agreement_to_accept':
    'The agreement was written down; please review and accept it.',
  'lifecycle.notify.agreement_accepted': 'The other side has accepted the agreement.',
  'lifecycle.notify.evaluation_recorded': 'An evaluation of cycle {cycle} was recorded.',
});
