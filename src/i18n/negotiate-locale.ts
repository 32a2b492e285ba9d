import { canonicalLocale, defaultLocale, isLocalePack, type Locale, languageOf } from './locale';
import type { LocalePack } from './locale-pack';

// An Accept-Language header is short; anything longer is cut before splitting,
// and only the first tags count.
const MAX_REQUEST_LENGTH = 4096;
const MAX_TAGS = 32;

/**
 * A requested tag in the form BCP 47 wants: POSIX spellings such as
 * `de_DE.UTF-8` or `de_DE@euro` (from `LANG`) become `de-DE`.
 */
function tidy(tag: string): string {
  return tag
    .trim()
    .replace(/[.@].*$/, '')
    .replaceAll('_', '-');
}

function candidates(requested: string | readonly unknown[]): string[] {
  const entries =
    typeof requested === 'string'
      ? requested.slice(0, MAX_REQUEST_LENGTH).split(',', MAX_TAGS)
      : requested.slice(0, MAX_TAGS);
  // Tags carry optional `;q=` weights (Accept-Language); higher weights first,
  // equal weights in the order given; `q=0` means "not this one".
  const weighted: { tag: string; weight: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string') return;
    const [tag = '', ...rest] = entry.slice(0, 256).split(';');
    const q = rest.map((part) => part.trim()).find((part) => /^q=/i.test(part));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > 0) weighted.push({ tag: tidy(tag), weight, index });
  });
  weighted.sort((a, b) => b.weight - a.weight || a.index - b.index);
  const tags: string[] = [];
  for (const { tag } of weighted) {
    const canonical = canonicalLocale(tag);
    if (canonical !== undefined) tags.push(canonical);
  }
  return tags;
}

/**
 * The pack for a tag: the whole tag, then shorter prefixes (RFC 4647 lookup),
 * then any pack of its language (`de-AT` finds a pack tagged `de-DE`) — except
 * for English, which is built in: `en-GB` does not pick a pack `en-x-pirate`.
 */
function packFor(
  tag: string,
  packs: readonly { tag: string; pack: LocalePack }[],
): LocalePack | undefined {
  const subtags = tag.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const prefix = subtags.slice(0, length).join('-');
    const found = packs.find((candidate) => candidate.tag === prefix);
    if (found !== undefined) return found.pack;
  }
  const language = languageOf(tag);
  if (language === 'en') return undefined;
  return packs.find((candidate) => languageOf(candidate.tag) === language)?.pack;
}

/**
 * Picks the locale nearest to what a user asked for among English (built in)
 * and the packs an app ships: the first requested tag whose language has a
 * pack (or is English) wins, `de-AT` → German, `fr-CA` → French, anything
 * else → English. Accepts one tag, a list, or an `Accept-Language` header
 * (`'fr-CH, fr;q=0.9, en;q=0.8'`, weights respected), tolerates POSIX
 * spellings (`de_DE.UTF-8`), and never throws.
 *
 * The result is a pack, or for English a tag (`'en-GB'` keeps British number
 * formats); pass it as the `locale` option of any function.
 *
 * @param requested - a tag, a list of tags or an `Accept-Language` header
 * @param packs - the locale packs the app ships
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * import { fr } from 'mentorship-kit/locales/fr';
 * negotiateLocale('de-AT', [de, fr]); // de
 * negotiateLocale('it-IT, fr;q=0.8', [de, fr]); // fr
 * negotiateLocale('ja', [de, fr]); // 'en'
 * const locale = negotiateLocale(request.headers.get('accept-language') ?? 'en', [de, fr]);
 * formatError(error, locale);
 * ```
 */
export function negotiateLocale(
  requested: string | readonly string[] | undefined,
  packs: readonly LocalePack[] = [],
): Locale {
  try {
    if (typeof requested !== 'string' && !Array.isArray(requested)) return defaultLocale;
    const usable = (Array.isArray(packs) ? packs : [])
      .filter(isLocalePack)
      .map((pack) => ({ tag: (canonicalLocale(pack.tag) ?? pack.tag).toLowerCase(), pack }));
    for (const tag of candidates(requested)) {
      const pack = packFor(tag, usable);
      if (pack !== undefined) return pack;
      if (languageOf(tag) === 'en') return tag;
    }
  } catch {
    // A hostile argument (a proxy, a throwing getter) gets the default.
  }
  return defaultLocale;
}
