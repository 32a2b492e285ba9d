import { type MessageKey, messages } from './catalog';
import { defaultLocale, type Locale } from './locale';
import { renderFrom } from './render-message';

/**
 * A reference to another message, rendered in the same locale: how a param
 * names a stage, a role or a channel instead of pasting its id.
 *
 * @example
 * ```ts
 * const stage: MessageRef = { key: 'stage.preparing' };
 * ```
 */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * A language, rendered by name in the reader's language (`Intl.DisplayNames`):
 * `{ language: 'es' }` reads "Spanish" in English and "Spanisch" in German.
 *
 * @example
 * ```ts
 * const spanish: LanguageName = { language: 'es' };
 * ```
 */
export interface LanguageName {
  readonly language: string;
}

/**
 * Text given in several languages by tag (`{ en: 'First job', de: 'Erster Job' }`),
 * such as a programme's topic labels; the reader's language is picked, else
 * English, else the first.
 *
 * @example
 * ```ts
 * const label: LocalizedTextParam = { text: { en: 'First job', de: 'Erster Job' } };
 * ```
 */
export interface LocalizedTextParam {
  readonly text: { readonly [tag: string]: string };
}

/**
 * One item of a list param.
 *
 * @example
 * ```ts
 * const item: MessageListItem = { language: 'de' };
 * ```
 */
export type MessageListItem = string | number | MessageRef | LanguageName | LocalizedTextParam;

/**
 * A value that can fill a `{placeholder}` of a message: numbers use the
 * locale's number format, arrays its list format, and message references,
 * language names and localized texts are rendered in the same locale.
 *
 * @example
 * ```ts
 * const params: MessageParams = { count: 3, stage: { key: 'stage.preparing' }, languages: [{ language: 'de' }] };
 * ```
 */
export type MessageParam = string | number | boolean | MessageListItem | readonly MessageListItem[];

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
 * formatMessage(message.key, message.params, de);
 * ```
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * Renders a message of the library's catalogue in a locale: English for any
 * tag (`'en'`, `'en-GB'`, unknown tags), another language through its locale
 * pack. Never throws for a locale. See {@link renderMessage} for the template syntax.
 *
 * @param key - a stable message key
 * @param params - values for the message's `{placeholders}`
 * @param locale - a BCP 47 tag or a locale pack; English by default
 * @example
 * ```ts
 * formatMessage('validation.invalid_time_zone', { value: 'Mars/Base' });
 * // '"Mars/Base" is not an IANA time zone such as Europe/Berlin'
 * formatMessage('validation.invalid_time_zone', { value: 'Mars/Base' }, de);
 * ```
 */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = defaultLocale,
): string {
  return renderFrom([messages], key, params, locale);
}
