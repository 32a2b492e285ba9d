import { joinedErrorCatalogs } from './error-catalogues';
import type { MessageParams } from './format-message';
import type { Locale } from './locale';
import type { MessageCatalog } from './message-catalog';
import { commonMessages } from './messages/common';
import { modelMessages } from './messages/model';
import { renderFrom } from './render-message';

// Internal: not re-exported from the i18n barrel.

const alwaysKnown: readonly MessageCatalog[] = [modelMessages, commonMessages];
// The catalogues to render from, rebuilt only when another module has joined.
let known: readonly MessageCatalog[] = alwaysKnown;

/**
 * Renders a message for `formatError`: the validation messages, the shared
 * vocabulary, and each module's errors once that module has made one (see
 * `errorKeys` in error-catalogues.ts). A locale pack renders any key it has,
 * so an error read back from storage renders without the code that made it.
 */
export function formatErrorMessage(
  key: string,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  if (known.length !== alwaysKnown.length + joinedErrorCatalogs.length)
    known = [...alwaysKnown, ...joinedErrorCatalogs];
  return renderFrom(known, key, params, locale, true);
}
