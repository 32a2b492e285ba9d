import { type MessageKey, messages } from './catalog';
import { defaultLocale, type Locale } from './locale';
import { renderMessage } from './render-message';

/**
 * A value that can fill a `{placeholder}` of a message. Arrays are joined
 * with the locale's list format; numbers use the locale's number format.
 *
 * @example
 * ```ts
 * const params: MessageParams = { count: 3, keys: ['a', 'b'] };
 * ```
 */
export type MessageParam = string | number | boolean | readonly (string | number)[];

/**
 * The parameters of a message, by placeholder name.
 *
 * @example
 * ```ts
 * const params: MessageParams = { value: 'Mars/Olympus' };
 * ```
 */
export type MessageParams = { readonly [name: string]: MessageParam | undefined };

/**
 * Anything that carries a message key and its parameters — errors, checklist
 * items, match explanations — so it can be rendered in any locale later.
 *
 * @example
 * ```ts
 * const message: Message = { key: 'validation.same_person', params: {} };
 * formatMessage(message.key, message.params, 'de');
 * ```
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * Renders a message of the library's catalogue in a locale. Placeholders
 * without a param are left visible (`{name}`) so a missing param is noticed
 * rather than silently dropped. An array fills `{name}` as "a, b and c" and
 * `{name:or}` as "a, b or c".
 *
 * @param key - a stable message key
 * @param params - values for the message's `{placeholders}`
 * @param locale - `'en'` (default) or `'de'`
 * @example
 * ```ts
 * formatMessage('validation.invalid_time_zone', { value: 'Mars/Base' }, 'en');
 * // '"Mars/Base" is not an IANA time zone such as Europe/Berlin'
 * ```
 */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = defaultLocale,
): string {
  return renderMessage(messages[key], params, locale);
}
