import type { MessageCatalog } from './message-catalog';

// The English error texts of the modules that have made an error so far.
// `formatError` always knows the validation messages and the shared
// vocabulary; each module's own error messages join when that module first
// names an error key (see `errorKeys`). That way `formatError` carries no
// module's texts itself, and an app that imports only the model pays only for
// the model's messages — the way zod v4 keeps its locales out of bundles that
// do not ask for them. Locale packs (`en`, `de`, …) hold every text and render
// any error, whoever made it. This file imports no catalogue and no renderer,
// so naming a key costs a module only its own texts.
// Internal: not re-exported from the i18n barrel.

/** The module catalogues that have joined, in the order they joined. */
export const joinedErrorCatalogs: MessageCatalog[] = [];

/**
 * A function that returns a key of `catalog` unchanged and, on its first call,
 * makes the catalogue's English texts known to `formatError`. Modules name the
 * message keys of their errors through it, so whichever code makes an error
 * also brings its text, and the key is checked against the catalogue at
 * compile time. test/i18n/error-messages.test.ts checks that no module names
 * an error key without it.
 */
export function errorKeys<const C extends MessageCatalog>(
  catalog: C,
): <K extends keyof C & string>(key: K) => K {
  let joined = false;
  return (key) => {
    if (!joined) {
      if (!joinedErrorCatalogs.includes(catalog)) joinedErrorCatalogs.push(catalog);
      joined = true;
    }
    return key;
  };
}
