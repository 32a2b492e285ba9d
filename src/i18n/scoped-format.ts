import type { MessageParams } from './format-message';
import type { Locale } from './locale';
import type { MessageCatalog } from './message-catalog';
import { commonMessages } from './messages/common';
import { lifecycleErrorMessages } from './messages/lifecycle-errors';
import { matchingMessages } from './messages/matching';
import { matchingErrorMessages } from './messages/matching-errors';
import { modelMessages } from './messages/model';
import { renderMessage } from './render-message';

// Renderers that look a key up in one module's catalogues only, so that a
// bundle of that module carries its own texts and not the whole library's
// (the union `messages` is for the root `formatMessage`, which takes any key).
// Internal: not re-exported from the i18n barrel.

/** Renders `key` from the first catalogue that has it; a key none has is returned as it is. */
function formatFrom(
  catalogs: readonly MessageCatalog[],
  key: string,
  params: MessageParams,
  locale: Locale,
): string {
  for (const catalog of catalogs) {
    const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
    if (entry !== undefined) return renderMessage(entry, params, locale);
  }
  return key;
}

/**
 * Renders a message of the error catalogues (validation, lifecycle errors and
 * guards, matching errors) and the common messages: what `formatError` needs.
 */
export function formatErrorMessage(key: string, params: MessageParams, locale: Locale): string {
  return formatFrom(
    [modelMessages, lifecycleErrorMessages, matchingErrorMessages, commonMessages],
    key,
    params,
    locale,
  );
}

/** Renders a message of the matching catalogue (labels, explanations, vetoes) and the common messages. */
export function formatMatchingMessage(key: string, params: MessageParams, locale: Locale): string {
  return formatFrom([matchingMessages, commonMessages], key, params, locale);
}
