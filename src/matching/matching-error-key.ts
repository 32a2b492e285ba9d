import { errorKeys } from '../i18n/error-catalogues';
import { matchingErrorMessages } from '../i18n/messages/matching-errors';

/**
 * Names the message key of a matching error and brings its English text to
 * `formatError`: every matching error's key goes through it (or through
 * `problemError`, which calls it).
 */
export const matchingErrorKey = /* @__PURE__ */ errorKeys(matchingErrorMessages);

/** A message key of the matching errors. */
export type MatchingErrorKey = keyof typeof matchingErrorMessages;
