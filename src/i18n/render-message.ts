import type { MessageParam, MessageParams } from './format-message';
import { defaultLocale, type Locale } from './locale';
import type { MessageEntry } from './message-catalog';

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
 * Renders one catalogue entry in a locale, without looking anything up: the
 * building block of {@link formatMessage}, for your own catalogues made with
 * {@link defineMessages}. Numbers and lists follow the locale; an array fills
 * `{name}` as "a, b and c" and `{name:or}` as "a, b or c"; a placeholder
 * without a param stays visible.
 *
 * @param entry - the message in every locale
 * @param params - values for the message's `{placeholders}`
 * @param locale - `'en'` (default) or `'de'`
 * @example
 * ```ts
 * renderMessage({ en: 'Hello {names}', de: 'Hallo {names}' }, { names: ['Ada', 'Sam'] }, 'de');
 * // 'Hallo Ada und Sam'
 * ```
 */
export function renderMessage(
  entry: MessageEntry,
  params: MessageParams = {},
  locale: Locale = defaultLocale,
): string {
  return entry[locale].replace(/\{(\w+)(:or)?\}/g, (placeholder, name: string, or?: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : renderParam(value, locale, or !== undefined);
  });
}
