import { errorKeys } from '../i18n/error-catalogues';
import { programMessages } from '../i18n/messages/program';

/**
 * Names the message key of a programme error (a document of another
 * programme, a mentor not on the shortlist, a round's dates out of order) and
 * brings the programme's English texts to `formatError`.
 */
export const programErrorKey = /* @__PURE__ */ errorKeys(programMessages);
