/**
 * The English locale pack: every text of the library in English, as one
 * pack. English is built in, so apps rarely need it; pass it where an error
 * was made elsewhere — read back from storage, or sent by a server — and
 * `formatError` should render it in English without the code that made it.
 *
 * @example
 * ```ts
 * import { en } from 'mentorship-kit/locales/en';
 * formatError(JSON.parse(storedError), en);
 * ```
 *
 * @module locales/en
 */
import { messages } from '../../catalog';
import { defineLocalePack, type LocalePack } from '../../locale-pack';

/**
 * English (`en`): the built-in texts as a locale pack.
 *
 * @example
 * ```ts
 * formatError({ code: 'no_events', messageKey: 'lifecycle.error.no_events', params: {} }, en);
 * // 'There are no events: a relationship starts with a proposal.'
 * ```
 */
export const en: LocalePack = /* @__PURE__ */ defineLocalePack({
  tag: 'en',
  name: 'English',
  messages,
});
