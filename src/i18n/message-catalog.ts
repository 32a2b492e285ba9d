/**
 * A set of message templates keyed by a stable message key. A template is
 * text with `{placeholders}`, lists (`{names}`, `{names:or}`), plurals
 * (`{count, plural, one {# hour} other {# hours}}`) and selections
 * (`{role, select, mentor {…} other {…}}`); see {@link renderMessage}.
 *
 * @example
 * ```ts
 * const catalog: MessageCatalog = { 'demo.hello': 'Hello {name}' };
 * ```
 */
export type MessageCatalog = { readonly [key: string]: string };

/**
 * The texts of a catalogue in another language: exactly the catalogue's keys,
 * so a missing or a stray key is a compile error.
 *
 * @example
 * ```ts
 * const english = defineMessages({ 'demo.hello': 'Hello {name}' });
 * const german: Translation<typeof english> = { 'demo.hello': 'Hallo {name}' };
 * ```
 */
export type Translation<C extends MessageCatalog> = { readonly [K in keyof C]: string };

/**
 * Declares a message catalogue (in English, the built-in language) and keeps
 * its keys as literal types, so translations can be checked against it with
 * {@link Translation}.
 *
 * @example
 * ```ts
 * const messages = defineMessages({ 'demo.hello': 'Hello {name}' });
 * ```
 */
export function defineMessages<const C extends MessageCatalog>(catalog: C): C {
  return Object.freeze(catalog);
}
