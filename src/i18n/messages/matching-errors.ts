import { defineMessages } from '../message-catalog';

/** Messages of the matching module's errors, kept apart so that `formatError` carries them without the explanations. */
export const matchingErrorMessages = /* @__PURE__ */ defineMessages({
  'matching.error.invalid_pair':
    'The pair {mentorId} → {menteeId} cannot be proposed ({count, plural, one {# problem} other {# problems}}):',
  'matching.error.duplicate_id':
    'the id "{value}" appears more than once among the {side, select, mentors {mentors} other {mentees}}',
  'matching.error.invalid_criterion_value':
    'the criterion "{criterion}" answered {value}; a criterion must answer with a number from 0 to 1',
  'matching.error.criterion_id':
    '"{value}" cannot name a criterion: start with a letter, then use letters, digits, - or _ (64 characters at most)',
  'matching.error.builtin_criterion_id': '"{value}" is already the id of a built-in criterion',
  'matching.error.not_a_matrix': 'must be a list of rows or a flat list of numbers',
  'matching.error.rows': 'must have {expected, plural, one {# row} other {# rows}}, one per mentee',
  'matching.error.entries': 'must have {expected, plural, one {# entry} other {# entries}}',
  'matching.error.capacity': 'must be a whole number from 0 to {maximum}, not {value}',
  'matching.error.not_finite': 'must be a finite number; to rule a pair out, use eligible',
  'matching.error.whole_number': 'must be a whole number, 0 or more',
  'matching.error.rank_index': '{value} is not the index of a candidate, or is listed twice',
  'matching.error.pair': 'must be a pair [mentee, mentor] of indices of the problem',
  'matching.error.aborted': 'The matching was cancelled before it finished.',
  'matching.error.unknown_attribute': '“{value}” is not an attribute the programme defines',
  'matching.error.attribute_value': 'must be text',
  'matching.error.attributes_type': 'must be an object of attribute values by attribute id',
  'matching.error.answers_type': 'must be an object of answers by question id',
  'matching.error.unknown_question': '“{value}” is not a question of the programme’s questionnaire',
  'matching.error.answer_out_of_scale': 'must be a whole number from {min} to {max}, not {value}',
  'matching.error.infeasible_constraints':
    'No assignment meets {count, plural, one {the constraint on {groups}} other {these # constraints on {groups} together}} with the capacities and eligible pairs; dropping any one of them would make the rest possible.',
  'matching.error.constraints_strategy':
    'constraints on the whole assignment need strategy "optimal"',
  'matching.error.unknown_group': 'no group has the id "{value}"',
  'matching.error.duplicate_group': 'the group id "{value}" appears more than once',
  'matching.error.group_side': 'a group lists either mentors or mentees, not both and not neither',
  'matching.error.constraint_bounds': 'a constraint needs minPairs, maxPairs or both',
  'matching.error.group_member':
    '{value} is not the index of a {side, select, mentor {mentor} other {mentee}} of the problem',
  'matching.error.crossing_groups':
    'the groups "{group}" and "{other}" share people but neither contains the other; constrained groups of one side must be disjoint or nested',
  'matching.error.not_in_cohort': '“{value}” is not the id of a mentor or mentee of the cohort',
  'matching.error.output_length':
    'must hold {expected, plural, one {# entry} other {# entries}} (mentees × mentors), not {actual}',
});
