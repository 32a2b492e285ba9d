import type { Locale } from './locale';

/**
 * One message in every supported language. `{name}` placeholders are filled
 * from the params given to {@link formatMessage}.
 *
 * @example
 * ```ts
 * const entry: MessageEntry = { en: 'Hello {name}', de: 'Hallo {name}' };
 * ```
 */
export type MessageEntry = { readonly [L in Locale]: string };

/**
 * A set of messages keyed by a stable message key.
 *
 * @example
 * ```ts
 * const catalog: MessageCatalog = { 'demo.hello': { en: 'Hello', de: 'Hallo' } };
 * ```
 */
export type MessageCatalog = { readonly [key: string]: MessageEntry };

/**
 * Declares a message catalogue. Because every entry must name every locale,
 * a missing translation is a compile error rather than a runtime surprise.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   'demo.hello': { en: 'Hello {name}', de: 'Hallo {name}' },
 * });
 * ```
 */
export function defineMessages<const C extends MessageCatalog>(catalog: C): C {
  return catalog;
}
