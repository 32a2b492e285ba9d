import type { MessageKey } from './catalog';

/**
 * The texts of the whole library in one language other than English, as an
 * app imports it from its own subpath (`mentorship-kit/locales/de`, `/fr`,
 * `/es`), date-fns style: an app bundles only the languages it ships. Every
 * message key must have a text, so a pack that lacks one is a type error.
 *
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * formatError(error, de);
 * ```
 */
export interface LocalePack {
  /** The pack's language as a BCP 47 tag (`'de'`); numbers, lists and plurals follow it. */
  readonly tag: string;
  /** The language's name in itself (`'Deutsch'`). */
  readonly name: string;
  /** A text for every message key. */
  readonly messages: Readonly<Record<MessageKey, string>>;
}

/**
 * Declares a locale pack; the result is frozen.
 *
 * @example
 * ```ts
 * const pirate = defineLocalePack({ tag: 'en-x-pirate', name: 'Pirate', messages: { ...piratesTexts } });
 * ```
 */
export function defineLocalePack(pack: LocalePack): LocalePack {
  return Object.freeze({ ...pack, messages: Object.freeze({ ...pack.messages }) });
}
