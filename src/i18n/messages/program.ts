import { defineMessages } from '../message-catalog';

/** Messages of the programme module: the texts of calendar entries. */
export const programMessages = /* @__PURE__ */ defineMessages({
  'program.calendar.summary': 'Mentoring meeting',
  'program.calendar.summary_with': 'Mentoring: {mentor} and {mentee}',
  'program.calendar.summary_cancelled': 'Cancelled: {summary}',
  'program.calendar.programme': 'Programme: {name}',
  'program.calendar.channel': 'How: {channel}',
  'program.calendar.scheduled_by': 'Set up by: {role}',
  'program.calendar.rescheduled': '{count, plural, one {Moved once} other {Moved # times}}',
  'program.calendar.agenda': 'Agenda:',
  'program.calendar.cancelled_by': 'Cancelled by: {role}',
  'program.calendar.cancel_reason': 'Reason: {reason}',
  'program.report.column.scope': 'Scope',
  'program.report.column.scope_id': 'Id',
  'program.report.column.metric': 'Metric',
  'program.report.column.breakdown': 'Breakdown',
  'program.report.column.label': 'Description',
  'program.report.column.value': 'Value',
  'program.report.scope': '{scope, select, round {Round} other {Programme}}',
  'program.report.relationships': 'Relationships',
  'program.report.stage': 'Relationships in stage {stage}',
  'program.report.proposals': 'Proposals',
  'program.report.accepted': 'Proposals accepted by both sides',
  'program.report.pending': 'Proposals awaiting an answer',
  'program.report.match_rate': 'Match rate (accepted of all proposals)',
  'program.report.first_meeting_measured': 'Started relationships with a meeting held',
  'program.report.first_meeting_waiting': 'Started relationships without a meeting held yet',
  'program.report.first_meeting_median_days': 'Days from start to first meeting held (median)',
  'program.report.first_meeting_p90_days':
    'Days from start to first meeting held (90th percentile)',
  'program.report.meetings_held': 'Meetings held',
  'program.report.meetings_per_relationship': 'Meetings held per started relationship',
  'program.report.meetings_in_month': 'Meetings held in {month}',
  'program.report.duties_done': 'Duties of the {role} done',
  'program.report.duties_due': 'Duties of the {role} due',
  'program.report.duties_total': 'Duties of the {role} that apply',
  'program.report.duties_rate': 'Duties of the {role} done of due',
  'program.report.health':
    '{status, select, too-early {Health: too early to tell} on-track {Health: on track} needs-check-in {Health: needs a check-in} at-risk {Health: at risk} other {Health: closed}}',
  'program.report.completed': 'Relationships completed',
  'program.report.ended_early': 'Relationships ended early',
  'program.report.early_end_reason': 'Ended early because: {reason}',
  'program.report.evaluated': 'Relationships with an evaluation',
  'program.report.goals':
    '{outcome, select, achieved {Goals achieved} partly {Goals partly achieved} other {Goals not achieved}}',
  'program.report.failed': 'Documents that could not be read',
  'program.report.health_in_month':
    '{status, select, too-early {Health in {month}: too early to tell} on-track {Health in {month}: on track} needs-check-in {Health in {month}: needs a check-in} at-risk {Health in {month}: at risk} other {Health in {month}: closed}}',
  'program.report.waitlist_length': 'People on the waitlist',
  'program.report.waitlist_mentors': 'Mentors on the waitlist',
  'program.report.waitlist_mentees': 'Mentees on the waitlist',
  'program.report.waitlist_paused': 'People on the waitlist with their availability paused',
  'program.report.waitlist_priority': 'People on the waitlist with priority “{flag}”',
  'program.report.waitlist_median_days': 'Days waited on the waitlist (median)',
  'program.report.waitlist_longest_days': 'Days waited on the waitlist (longest)',
  'program.report.failed_enrolments': 'Enrolments that could not be read',
  'program.report.program_mismatch':
    'This relationship belongs to programme “{actual}”, not to “{expected}”.',
  // Rounds, waitlist, re-matching and shortlists
  'program.enrolment.program_mismatch':
    'This enrolment belongs to programme “{actual}”, not to “{expected}”.',
  'program.round.program_mismatch':
    'This round belongs to programme “{actual}”, not to “{expected}”.',
  'program.round.phase':
    '{phase, select, upcoming {Applications open soon} applications-open {Applications open} awaiting-matching {Applications closed, matching ahead} running {Relationships running} other {Finished}}',
  'program.unmatched.taken_by_earlier':
    'mentors who would fit had places, but people ahead on the waitlist took them',
  'program.unmatched.proposal_failed': 'a mentor was found, but the proposal could not be made',
  'program.unmatched.no_mentee': 'no mentee was matched to this mentor this time',
  'program.shortlist.not_on_shortlist':
    'Mentor “{mentorId}” is not on the shortlist of mentee “{menteeId}”.',
  'program.shortlist.no_free_place': 'Mentor “{mentorId}” has no free place left.',
  'program.round.window_closes_before_it_opens': 'Applications must close after they open.',
  'program.round.matching_before_applications_close':
    'Matching cannot be before applications close.',
});
