import { defineMessages } from '../message-catalog';

// Params, as the scorer fills them: topics are the programme's labels
// (`{ text }`, or the id where a topic has none), languages `{ language }`,
// channels and stages message references; `role`, `targetRole` and
// `organization` are free text as people wrote them, so they are quoted.

/** Messages of the matching module for display: criterion labels, explanations, vetoes and unmatched reasons. */
export const matchingMessages = /* @__PURE__ */ defineMessages({
  // Criterion labels
  'matching.criterion.topics': 'Topic fit',
  'matching.criterion.role': 'Role fit',
  'matching.criterion.experience': 'Experience gap',
  'matching.criterion.language': 'Shared language',
  'matching.criterion.availability': 'Availability',
  'matching.criterion.channels': 'Communication channels',
  'matching.criterion.organization': 'Organisation',
  'matching.criterion.preference': 'Mentee’s choice',
  'matching.criterion.capacity': 'Free places',
  'matching.criterion.history': 'Earlier pairing',
  // Explanations per criterion
  'matching.topics.covered':
    '{total, plural, one {covers the one topic the mentee asked for: {topics}} other {covers {count} of the # topics the mentee asked for: {topics}}}',
  'matching.topics.none_covered':
    '{total, plural, one {does not cover the one topic the mentee asked for} other {covers none of the # topics the mentee asked for}}',
  'matching.topics.unknown': 'unknown: the mentee named no topics',
  'matching.role.same': 'works as “{role}”, the role the mentee is aiming for',
  'matching.role.related':
    'works as “{role}”, close to the role the mentee is aiming for, “{targetRole}”',
  'matching.role.different':
    'works as “{role}”, unlike the role the mentee is aiming for, “{targetRole}”',
  'matching.role.unknown': 'unknown: the mentee named no target role',
  'matching.experience.gap':
    '{gap, plural, one {# more year} other {# more years}} of experience ({mentorYears} against {menteeYears})',
  'matching.experience.not_more':
    'not more experienced than the mentee ({mentorYears} against {menteeYears, plural, one {# year} other {# years}})',
  'matching.experience.too_junior':
    'has {years, plural, one {# year} other {# years}} of experience; the programme asks for at least {minimum, plural, one {# year} other {# years}}',
  'matching.language.shared': 'both speak {languages}',
  'matching.language.none': 'no shared language',
  'matching.availability.overlap':
    '{minutes, plural, one {# minute} other {# minutes}} a week when both are available (the aim is {target, plural, one {# minute} other {# minutes}})',
  'matching.availability.no_overlap': 'their weekly availability never overlaps',
  'matching.availability.unknown':
    '{side, select, mentor {unknown: the mentor gave no weekly slots} mentee {unknown: the mentee gave no weekly slots} other {unknown: neither gave weekly slots}}',
  'matching.availability.too_little':
    '{minutes, plural, one {# minute} other {# minutes}} a week in common; the programme requires at least {minimum, plural, one {# minute} other {# minutes}}',
  'matching.availability.required_unknown':
    'no weekly slots to compare; the programme requires at least {minimum, plural, one {# minute} other {# minutes}} a week in common',
  'matching.channels.required':
    'no communication channel in common, and the programme requires one',
  'matching.same_person': 'mentor and mentee are the same person',
  'matching.channels.shared':
    '{total, plural, one {share the mentee’s one channel: {channels}} other {share {count} of the mentee’s # channels: {channels}}}',
  'matching.channels.none': 'no communication channel in common',
  'matching.organization.different': 'from different organisations',
  'matching.organization.unknown': 'organisation not stated for both',
  'matching.organization.same': 'both work at “{organization}”',
  'matching.organization.same_allowed':
    'both work at “{organization}”, which this programme allows',
  'matching.preference.ranked':
    '{total, plural, one {the mentee’s only choice} other {the mentee’s choice number {rank} of #}}',
  'matching.preference.not_ranked': 'not among the mentee’s preferred mentors',
  'matching.preference.excluded_by_mentee': 'the mentee excluded this mentor',
  'matching.preference.excluded_by_mentor': 'the mentor excluded this mentee',
  'matching.capacity.available':
    '{free} of {capacity, plural, one {# place} other {# places}} free',
  'matching.capacity.full':
    'no free place: {active} of {capacity, plural, one {# place} other {# places}} taken',
  'matching.capacity.mentee_full':
    'the mentee already has {active, plural, one {# mentor} other {# mentors}}, as many as allowed ({maximum})',
  'matching.history.ended': 'already had a relationship together, which ended ({stage})',
  'matching.history.open': 'already paired in an open relationship ({stage})',
  'matching.custom.note': '{criterion}: {note}',
  'matching.custom.value': '{criterion}: {value}',
  'matching.custom.veto': '{criterion} rules this pair out',
  // Pair summary
  'matching.pair.summary': '{score} % match',
  'matching.pair.line': '{criterion} ({percent} % of the score): {reason}',
  'matching.pair.unknown_line': '{criterion} (not counted): {reason}',
  'matching.pair.ineligible': 'not eligible: {reasons}',
  // Why a mentee stayed unmatched
  'matching.unmatched.no_eligible_mentor':
    'no mentor fits the hard limits (language, experience, exclusions)',
  'matching.unmatched.capacity_exhausted': 'every mentor who would fit has no free place left',
  'matching.unmatched.lost_to_better_pair':
    'the places of every fitting mentor went to pairs with a better fit',
  'matching.unmatched.mentee_full': 'the mentee already has as many mentors as allowed',
  'matching.criterion.questionnaire': 'Questionnaire answers',
  'matching.criterion.program': '{criterion}',
  'matching.attribute.same': 'same {attribute}: “{value}”',
  'matching.attribute.different': 'different {attribute}: “{mentorValue}” and “{menteeValue}”',
  'matching.attribute.unknown':
    '{side, select, mentor {unknown: the mentor gave no {attribute}} mentee {unknown: the mentee gave no {attribute}} other {unknown: neither gave a {attribute}}}',
  'matching.questionnaire.similar':
    '{percent} % agreement on {count, plural, one {the one question} other {the # questions}} both answered',
  'matching.questionnaire.unknown':
    '{side, select, mentor {unknown: the mentor answered no question of the questionnaire} mentee {unknown: the mentee answered no question of the questionnaire} other {unknown: no question was answered by both}}',
  'matching.why.assigned': 'this pair is part of the assignment ({score} %)',
  'matching.why.vetoed': 'ruled out: {reasons}',
  'matching.why.score': 'this pair would score {score} %',
  'matching.why.mentor_full':
    '{count, plural, one {the mentor’s only free place went to {pairs}} other {the mentor’s # free places went to {pairs}}}',
  'matching.why.mentor_free':
    '{count, plural, one {the mentor still has a free place} other {the mentor still has # free places}}',
  'matching.why.mentee_matched':
    '{count, plural, one {the mentee got another mentor: {pairs}} other {the mentee got other mentors: {pairs}}}',
  'matching.why.mentee_unmatched': 'the mentee got no mentor in this assignment',
  'matching.why.pair_item': '{id} at {score} % ({comparison})',
  'matching.why.better': '{points, plural, one {# point better} other {# points better}}',
  'matching.why.worse': '{points, plural, one {# point lower} other {# points lower}}',
  'matching.why.equal': 'the same score',
  'matching.why.forced':
    'forcing this pair would lower the total score by {loss} (from {before} to {after})',
  'matching.why.forced_free':
    'forcing this pair would not lower the total score ({before} → {after})',
  'matching.why.forced_constrained':
    'what forcing this pair would cost is not computed under assignment-wide constraints',
});
