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
});
