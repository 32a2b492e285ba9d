import { defineMessages } from '../message-catalog';

/**
 * Messages of validation errors and thrown errors: the headlines, one key per
 * issue code (per kind of value for sizes) and per custom check, and the names
 * of value types that `validation.invalid_type` refers to.
 */
export const modelMessages = /* @__PURE__ */ defineMessages({
  'error.validation_failed':
    'The input is not valid ({count, plural, one {# problem} other {# problems}}):',
  'error.invalid_options':
    'Invalid options for {function} ({count, plural, one {# problem} other {# problems}}):',
  'error.more_issues': '… and {count, plural, one {# more problem} other {# more problems}}',
  'error.at_path': 'at {path}: {message}',
  'error.root_path': '(document)',
  'validation.invalid_type': 'expected {expected}, got {received}',
  'validation.timestamp_got_date':
    'expected a timestamp string such as 2026-03-01T09:30:00+01:00, got a Date object — pass date.toISOString()',
  'validation.required': 'is required',
  'validation.too_small':
    '{inclusive, select, false {must be more than {minimum}} other {must be at least {minimum}}}',
  'validation.too_small.number':
    '{inclusive, select, false {must be more than {minimum}} other {must be {minimum} or more}}',
  'validation.too_small.string':
    '{minimum, plural, =1 {must not be empty} one {must have at least # character} other {must have at least # characters}}',
  'validation.too_small.array':
    '{minimum, plural, =1 {must have at least one item} one {must have at least # item} other {must have at least # items}}',
  'validation.too_big':
    '{inclusive, select, false {must be less than {maximum}} other {must be at most {maximum}}}',
  'validation.too_big.number':
    '{inclusive, select, false {must be less than {maximum}} other {must be {maximum} or less}}',
  'validation.too_big.string':
    '{maximum, plural, one {must have at most # character} other {must have at most # characters}}',
  'validation.too_big.array':
    '{maximum, plural, =0 {must be empty} one {must have at most # item} other {must have at most # items}}',
  'validation.invalid_format': 'is not a valid {format}',
  'validation.not_multiple_of': 'must be a multiple of {divisor}',
  'validation.unrecognized_keys':
    '{keys, plural, one {unknown field: {keys}} other {unknown fields: {keys}}}',
  'validation.invalid_value':
    '{values, plural, one {must be {values}} other {must be one of {values:or}}}',
  'validation.invalid_union': 'does not match any of the allowed forms',
  'validation.invalid_key': 'has a key that is not allowed',
  'validation.invalid_element': 'has an element that is not valid',
  'validation.custom': 'is not valid',
  'validation.unparseable': 'could not be read: {reason}',
  'validation.invalid_id': 'is not a valid id (1–128 characters, no spaces or control characters)',
  'validation.blank_text': 'must contain more than white space',
  'validation.invalid_character':
    'contains a character that cannot be stored: a NUL character (\\u0000) or half of a surrogate pair',
  'validation.control_character':
    '{lines, select, multi {may contain line breaks and tabs, but no other control characters} other {must be a single line without control characters}}',
  'validation.invalid_timestamp':
    'must be an ISO 8601 date and time with an offset, such as 2026-03-01T09:30:00+01:00',
  'validation.invalid_date': 'must be a calendar date (YYYY-MM-DD)',
  'validation.invalid_time_zone': '"{value}" is not an IANA time zone such as Europe/Berlin',
  'validation.invalid_language_tag': '"{value}" is not a BCP 47 language tag such as en or de-AT',
  'validation.invalid_locale':
    'must be a language tag such as en-GB (up to 256 characters) or a locale pack such as de',
  'validation.invalid_time_of_day': 'must be a time of day HH:MM between 00:00 and 24:00',
  'validation.slot_not_ordered': 'the slot must start before it ends',
  'validation.duplicate_value': '"{value}" appears more than once',
  'validation.duplicate_id': 'the id "{value}" is used more than once',
  'validation.same_person': 'mentor and mentee must be two different people',
  'validation.window_closes_before_it_opens': 'the application window must close after it opens',
  'validation.matching_before_applications_close':
    'the round cannot be matched before applications close',
  'validation.conflicting_preference': '"{value}" is both preferred and excluded',
  'validation.type.string': 'text',
  'validation.type.number': 'a number',
  'validation.type.int': 'a whole number',
  'validation.type.fraction': 'a number with a fraction',
  'validation.type.boolean': 'true or false',
  'validation.type.object': 'an object',
  'validation.type.array': 'a list',
  'validation.type.null': 'null',
  'validation.type.nan': 'NaN (not a number)',
  'validation.type.bigint': 'a BigInt',
  'validation.type.date': 'a Date object',
  'validation.type.function': 'a function',
  'validation.type.symbol': 'a symbol',
});
