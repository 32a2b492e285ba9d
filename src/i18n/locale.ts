import * as z from 'zod';
import type { LocalePack } from './locale-pack';

/**
 * The language to render text in: any BCP 47 tag, or a {@link LocalePack}.
 *
 * English is built in. A tag renders English (`'en-GB'` with British number
 * formats); any other tag, malformed ones included, falls back to English and
 * never throws. For another language pass its pack (`de` from
 * `mentorship-kit/locales/de`), or let {@link negotiateLocale} pick the
 * nearest pack for a tag such as a browser's `de-AT`.
 *
 * @example
 * ```ts
 * const locale: Locale = negotiateLocale('de-AT', [de, fr]); // the German pack
 * ```
 */
export type Locale = string | LocalePack;

/**
 * Whether a value is shaped like a {@link LocalePack}: a string `tag` and an
 * object of `messages`. Never throws, even for hostile objects.
 *
 * @example
 * ```ts
 * isLocalePack(de); // true
 * isLocalePack('de'); // false
 * ```
 */
export function isLocalePack(value: unknown): value is LocalePack {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const { tag, messages } = value as { tag?: unknown; messages?: unknown };
    return typeof tag === 'string' && typeof messages === 'object' && messages !== null;
  } catch {
    return false;
  }
}

/**
 * Schema of a {@link Locale} option: any string (a tag; unknown, malformed
 * or overlong ones render English, so a browser's locale never fails a
 * request) or a locale pack.
 *
 * @example
 * ```ts
 * LocaleSchema.safeParse('fr-CA').success; // true
 * LocaleSchema.safeParse(42).success; // false
 * ```
 */
export const LocaleSchema: z.ZodType<Locale> = z.custom<Locale>(
  (value) => typeof value === 'string' || isLocalePack(value),
  { params: { code: 'invalid_locale' } },
);

/**
 * The locale used when none is given: English.
 *
 * @example
 * ```ts
 * formatMessage('validation.required', {}, defaultLocale); // 'is required'
 * ```
 */
export const defaultLocale = 'en';

/** A locale resolved for rendering: the tag `Intl` formats with, and a pack's texts (none for English). */
export interface ResolvedLocale {
  readonly tag: string;
  readonly texts: { readonly [key: string]: unknown } | undefined;
}

const english: ResolvedLocale = Object.freeze({ tag: defaultLocale, texts: undefined });

// Canonical forms of the tags seen, bounded: tags come from requests, and an
// app may meet many distinct ones over time.
const MAX_CANONICAL = 512;
const canonicalTags = new Map<string, string | null>();

/**
 * The canonical form of a tag, or `undefined` for a malformed one. Never throws.
 *
 * @example
 * ```ts
 * canonicalLocale('DE-at'); // 'de-AT'
 * canonicalLocale('not a tag'); // undefined
 * ```
 */
export function canonicalLocale(tag: string): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 256) return undefined;
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
    if (canonicalTags.size >= MAX_CANONICAL) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical ?? undefined;
}

/** How many canonical tags are cached (for tests that check the cache stays bounded). */
export function canonicalLocaleCacheSize(): number {
  return canonicalTags.size;
}

/**
 * The primary language subtag of a tag, lower-cased (`'de'` for `'de-AT'`).
 *
 * @example
 * ```ts
 * languageOf('de-AT'); // 'de'
 * ```
 */
export function languageOf(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * Resolves any locale option for rendering; never throws. A tag that is not
 * English, a malformed tag or a value of the wrong type resolves to English;
 * a pack resolves to its texts, formatted with its tag (English's if the
 * pack's tag is malformed).
 *
 * @example
 * ```ts
 * resolveLocale('en-GB'); // { tag: 'en-GB', texts: undefined }
 * resolveLocale('de-DE'); // { tag: 'en', texts: undefined }: a German tag without the pack
 * ```
 */
export function resolveLocale(locale: unknown): ResolvedLocale {
  if (locale === undefined || locale === defaultLocale) return english;
  if (typeof locale === 'string') {
    const tag = canonicalLocale(locale);
    return tag !== undefined && languageOf(tag) === 'en' ? { tag, texts: undefined } : english;
  }
  if (typeof locale !== 'object' || locale === null) return english;
  try {
    // Read each property once: a hostile object may answer differently twice.
    const { tag, messages } = locale as { tag?: unknown; messages?: unknown };
    if (typeof tag !== 'string' || typeof messages !== 'object' || messages === null)
      return english;
    return {
      tag: canonicalLocale(tag) ?? defaultLocale,
      texts: messages as ResolvedLocale['texts'],
    };
  } catch {
    return english;
  }
}

/**
 * A pack's text for a key, or `undefined` when it has none (or reading it
 * throws, as a hostile pack's getter might).
 */
export function packText(locale: ResolvedLocale, key: string): string | undefined {
  const texts = locale.texts;
  if (texts === undefined) return undefined;
  try {
    if (!Object.hasOwn(texts, key)) return undefined;
    const text = texts[key];
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}
