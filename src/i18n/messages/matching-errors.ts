import { defineMessages } from '../message-catalog';

/** Messages of the matching module's errors, kept apart so that `formatError` carries them without the explanations. */
export const matchingErrorMessages = /* @__PURE__ */ defineMessages({
  'matching.error.invalid_options': {
    en: 'The matching options are not valid ({count} problem(s)):',
    de: 'Die Matching-Optionen sind ungültig ({count} Problem(e)):',
  },
  'matching.error.duplicate_id': {
    en: 'the id "{value}" appears twice among the {side}',
    de: 'die ID „{value}“ kommt unter den {side} doppelt vor',
  },
});
