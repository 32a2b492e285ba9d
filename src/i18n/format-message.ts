import { type MessageKey, messages } from './catalog';
import { defaultLocale, type Locale } from './locale';

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

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const cacheKey = `${locale}:${type}`;
  let format = listFormats.get(cacheKey);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type });
    listFormats.set(cacheKey, format);
  }
  return format;
}

function renderParam(value: MessageParam, locale: Locale, alternatives: boolean): string {
  if (typeof value === 'number') return numberFormat(locale).format(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return listFormat(locale, alternatives ? 'disjunction' : 'conjunction').format(
    value.map((item) => (typeof item === 'number' ? numberFormat(locale).format(item) : item)),
  );
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
  const template = messages[key][locale];
  return template.replace(/\{(\w+)(:or)?\}/g, (placeholder, name: string, or?: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : renderParam(value, locale, or !== undefined);
  });
}
