import { defineMessages } from '../message-catalog';

/** Messages of the checklists module: catalogue labels, statuses, role behaviours and health reasons. */
export const checklistsMessages = /* @__PURE__ */ defineMessages({
  // ── the mentee's duties ───────────────────────────────────────────────────
  'checklists.item.mentee.set-meeting-dates': 'Put the next meeting in the calendar',
  'checklists.item.mentee.send-agenda': 'Send an agenda ahead of each meeting',
  'checklists.item.mentee.be-punctual-prepared': 'Arrive on time and prepared',
  'checklists.item.mentee.define-goals-plan': 'Set goals and a plan to reach them',
  'checklists.item.mentee.finish-follow-ups': 'Finish follow-up tasks before the next meeting',
  'checklists.item.mentee.report-progress': 'Keep the mentor posted on progress',
  'checklists.item.mentee.seek-feedback': 'Ask for feedback and take it on board',
  'checklists.item.mentee.respect-mentor-time': "Treat the mentor's time with care",
  // ── the mentor's duties ───────────────────────────────────────────────────
  'checklists.item.mentor.attend-meetings': 'Show up to the meetings',
  'checklists.item.mentor.ask-career-goals': "Ask about the mentee's career goals",
  'checklists.item.mentor.give-advice-feedback': 'Offer advice, challenges and feedback',
  'checklists.item.mentor.share-and-listen': 'Share own experience and listen',
  'checklists.item.mentor.hold-accountable': 'Expect a lot and follow up on commitments',
  'checklists.item.mentor.keep-confidentiality': 'Keep what is said confidential',
  // ── stage checklists ──────────────────────────────────────────────────────
  'checklists.item.prepare.self-inventory': 'Both sides take stock of strengths and needs',
  'checklists.item.prepare.goal': 'Name one clear goal',
  'checklists.item.prepare.plan': 'Sketch a short plan towards the goal',
  'checklists.item.prepare.wants-offers': 'Say what you want and what you bring',
  'checklists.item.initiate.first-meeting': 'Hold the first meeting',
  'checklists.item.initiate.expectations': 'Agree on expectations',
  'checklists.item.initiate.ground-rules': 'Agree on ground rules',
  'checklists.item.initiate.goals': 'Agree on the goals',
  'checklists.item.initiate.cadence-channels': 'Agree how often and how to meet',
  'checklists.item.cultivate.regular-meetings': 'Meet at the agreed rhythm',
  'checklists.item.cultivate.growth-opportunities': 'Take up growth opportunities',
  'checklists.item.cultivate.plan-progress': 'Move the plan forward',
  'checklists.item.cultivate.feedback-exchanged': 'Exchange feedback both ways',
  'checklists.item.evaluate.growth-measured': 'Take stock of the growth',
  'checklists.item.evaluate.goals-assessed': 'Assess how far each goal was reached',
  'checklists.item.evaluate.next-step-decided': 'Decide: continue or close',
  // ── the three mentee roles and their behaviours ──────────────────────────
  'checklists.role.protege': 'Self-reflective protégé',
  'checklists.role.owner': 'Owner of their own development',
  'checklists.role.learner': 'Learner',
  'checklists.behaviour.protege.relationships-across-levels':
    'Build relationships across levels of responsibility',
  'checklists.behaviour.protege.honest-feedback':
    'Give honest feedback; talk about failures and successes',
  'checklists.behaviour.protege.flexible-channels': 'Be flexible about how to communicate',
  'checklists.behaviour.protege.self-critical': 'Look at yourself critically',
  'checklists.behaviour.protege.explain-needs': 'Recognise and explain your needs',
  'checklists.behaviour.protege.raise-problems':
    'Raise problems and challenges clearly and regularly',
  'checklists.behaviour.protege.proactive-relationships': 'Work on relationships proactively',
  'checklists.behaviour.protege.development-goals':
    'Pin down development goals, priorities and career wishes',
  'checklists.behaviour.owner.commit': 'Commit to your development',
  'checklists.behaviour.owner.work-independently': 'Work on your own',
  'checklists.behaviour.owner.realistic-expectations': 'Set realistic expectations',
  'checklists.behaviour.owner.know-strengths-weaknesses': 'Know your strengths and weaknesses',
  'checklists.behaviour.owner.keep-commitments': 'Keep your commitments',
  'checklists.behaviour.owner.ask-for-help': 'Ask for help when you need it',
  'checklists.behaviour.owner.bring-ideas': 'Bring your own ideas',
  'checklists.behaviour.owner.ask-questions': 'Ask questions',
  'checklists.behaviour.learner.accept-feedback': 'Take feedback on board',
  'checklists.behaviour.learner.question-assumptions': 'Question assumptions',
  'checklists.behaviour.learner.strengthen-personality':
    'Learn and use methods that strengthen your personality',
  'checklists.behaviour.learner.apply-learning': 'Put what you learned into practice',
  'checklists.behaviour.learner.communicate-effectively': 'Communicate well in speech and writing',
  'checklists.behaviour.learner.seek-ways-to-goals': 'Look for ways to reach goals',
  // ── vocabulary of reports and the rendered catalogue ─────────────────────
  'checklists.status.done': 'done',
  'checklists.status.open': 'open',
  'checklists.status.due': 'due',
  'checklists.status.overdue': 'overdue',
  'checklists.status.manual': 'to be confirmed',
  'checklists.status.not-applicable': 'not applicable',
  'checklists.group.mentee-duty': "Mentee's duties",
  'checklists.group.mentor-duty': "Mentor's duties",
  'checklists.group.stage': 'Stage checklists',
  'checklists.group.custom': 'Programme items',
  'checklists.responsible.both': 'both',
  'checklists.frequency.once': 'once per cycle',
  'checklists.frequency.per-meeting': 'every meeting',
  'checklists.frequency.per-cadence': 'every meeting rhythm',
  'checklists.frequency.per-period': '{days, plural, one {every day} other {every # days}}',
  'checklists.frequency.ongoing': 'throughout',
  'checklists.derivation.derived': 'from events',
  'checklists.derivation.manual': 'confirmed by hand',
  'checklists.column.id': 'Id',
  'checklists.column.item': 'Item',
  'checklists.column.responsible': 'Responsible',
  'checklists.column.stages': 'Stages',
  'checklists.column.frequency': 'How often',
  'checklists.column.derivation': 'Status comes',
  'checklists.heading.roles': 'The three mentee roles (one row per row of the source table)',
  // ── who did the work: a duty covered by the other side ───────────────────
  'checklists.covered':
    '{role, select, mentor {The mentor did this instead; it does not count for the mentee} other {The mentee did this instead; it does not count for the mentor}}',
  // ── what the records show of a mentee behaviour (assessRoles) ────────────
  'checklists.evidence.feedback-given':
    '{count, plural, =0 {No feedback given to the mentor yet} one {# piece of feedback given to the mentor} other {# pieces of feedback given to the mentor}}',
  'checklists.evidence.evaluations':
    '{count, plural, =0 {No evaluation recorded yet} one {# evaluation recorded} other {# evaluations recorded}}',
  'checklists.evidence.wants-named':
    '{count, plural, =0 {No self-inventory names wants yet} one {Wants named in # self-inventory} other {Wants named in # self-inventories}}',
  'checklists.evidence.concerns-raised':
    '{count, plural, =0 {No concern or challenge raised yet} one {# concern or challenge raised} other {# concerns or challenges raised}}',
  'checklists.evidence.meetings-scheduled':
    '{count, plural, =0 {No meeting scheduled yet} one {# meeting scheduled} other {# meetings scheduled}}',
  'checklists.evidence.goals-set':
    '{count, plural, =0 {No goal set yet} one {# goal set} other {# goals set}}',
  'checklists.evidence.meetings-attended':
    '{count, plural, =0 {No meeting attended yet} one {# meeting attended} other {# meetings attended}}',
  'checklists.evidence.own-follow-ups':
    '{count, plural, =0 {No follow-up task set for oneself yet} one {# follow-up task set for oneself} other {# follow-up tasks set for oneself}}',
  'checklists.evidence.strengths-needs-named':
    '{count, plural, =0 {No self-inventory names strengths and needs yet} one {Strengths and needs named in # self-inventory} other {Strengths and needs named in # self-inventories}}',
  'checklists.evidence.follow-ups-on-time':
    '{of, plural, =0 {No follow-up task due yet} one {{count} of # follow-up task done on time} other {{count} of # follow-up tasks done on time}}',
  'checklists.evidence.feedback-requests':
    '{count, plural, =0 {No feedback asked for yet} one {Feedback asked for # time} other {Feedback asked for # times}}',
  'checklists.evidence.agendas-sent':
    '{count, plural, =0 {No agenda sent yet} one {# agenda sent} other {# agendas sent}}',
  'checklists.evidence.plan-steps-done':
    '{count, plural, =0 {No plan step done yet} one {# plan step done} other {# plan steps done}}',
  'checklists.evidence.progress-updates':
    '{count, plural, =0 {No progress update posted yet} one {# progress update posted} other {# progress updates posted}}',
  'checklists.evidence.plan-steps-added':
    '{count, plural, =0 {No plan step added yet} one {# plan step added} other {# plan steps added}}',
  'checklists.evidence.feedback-taken-on-board':
    '{count, plural, =0 {No feedback taken on board yet} one {# piece of feedback taken on board} other {# pieces of feedback taken on board}}',
  // ── relationship health ───────────────────────────────────────────────────
  'checklists.health.status.too-early': 'too early to tell',
  'checklists.health.status.on-track': 'on track',
  'checklists.health.status.needs-check-in': 'needs a check-in',
  'checklists.health.status.at-risk': 'at risk',
  'checklists.health.status.closed': 'closed',
  'checklists.health.meeting_gap':
    'No meeting held for {days, plural, one {# day} other {# days}} (rhythm: {cadenceDays, plural, one {every day} other {every # days}})',
  'checklists.health.action_items_overdue':
    '{count, plural, one {# follow-up task is} other {# follow-up tasks are}} past the due date',
  'checklists.health.agenda_missing':
    'No agenda in time for {count, plural, one {# recent meeting} other {# recent meetings}}',
  'checklists.health.no_progress_update':
    'No progress update for {days, plural, one {# day} other {# days}}',
  'checklists.health.proposal_waiting':
    'Proposal waiting for {days, plural, one {# day} other {# days}}, more than half of its {ttlDays, plural, one {#-day} other {#-day}} term',
  'checklists.health.proposal_past_expiry':
    '{days, plural, =0 {Proposal still open on the day it should have expired} one {Proposal still open # day after it should have expired} other {Proposal still open # days after it should have expired}}',
  'checklists.health.paused': 'Paused since {since}; the clock stands still',
  'checklists.health.closed': 'No longer running (stage: {stage})',
});
