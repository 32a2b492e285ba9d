import type { MessageParams } from './format-message';
import { languageNames, listFormat, numberFormat, pluralRules } from './intl-cache';
import {
  canonicalLocale,
  defaultLocale,
  type Locale,
  languageOf,
  packText,
  type ResolvedLocale,
  resolveLocale,
} from './locale';
import type { MessageCatalog } from './message-catalog';
import { parseTemplate, type TemplateNode } from './message-format';
import { commonMessages } from './messages/common';

/** Where a template's nested message references are looked up. */
type Lookup = (key: string, locale: ResolvedLocale) => string | undefined;

// Nested message references render at most this deep (a catalogue that
// refers to itself must not loop); deeper ones show their key.
const MAX_NESTING = 8;

/**
 * The tag of the text to pick from texts keyed by tag, for a wanted tag: the
 * exact tag, then shorter prefixes of it (`de-AT` finds `de`), then any text of
 * its language (`de-AT` finds `de-DE`), then English, then the first text.
 * `undefined` only when there are no texts.
 */
export function pickTag(
  texts: { readonly [tag: string]: unknown },
  tag: string,
): string | undefined {
  const tags = Object.keys(texts).filter((candidate) => typeof texts[candidate] === 'string');
  const lower = tags.map((candidate) => candidate.toLowerCase());
  const subtags = tag.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const index = lower.indexOf(subtags.slice(0, length).join('-'));
    if (index !== -1) return tags[index];
  }
  const language = languageOf(tag);
  return (
    tags.find((candidate) => languageOf(candidate) === language) ??
    tags.find((candidate) => languageOf(candidate) === 'en') ??
    tags[0]
  );
}

/**
 * Picks the text of a locale from texts keyed by tag (see {@link pickTag});
 * `''` when there is none.
 */
export function pickText(texts: { readonly [tag: string]: unknown }, tag: string): string {
  const chosen = pickTag(texts, tag);
  return chosen === undefined ? '' : (texts[chosen] as string);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `String(value)` that cannot throw (a hostile `toString`, a symbol). */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** A param's own value, `undefined` when absent, inherited or unreadable. */
function paramOf(params: MessageParams, name: string): unknown {
  try {
    return Object.hasOwn(params, name) ? params[name] : undefined;
  } catch {
    return undefined;
  }
}

function languageName(language: string, tag: string): string {
  const canonical = canonicalLocale(language);
  if (canonical === undefined) return language;
  try {
    return languageNames(tag).of(canonical) ?? canonical;
  } catch {
    return canonical;
  }
}

function renderItem(item: unknown, locale: ResolvedLocale, lookup: Lookup, depth: number): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'number' || typeof item === 'bigint')
    return numberFormat(locale.tag).format(item);
  if (!isObject(item)) return text(item);
  try {
    const { key, language, text: texts } = item;
    if (typeof key === 'string') {
      const template = depth < MAX_NESTING ? lookup(key, locale) : undefined;
      if (template === undefined) return key;
      const params = isObject(item.params) ? (item.params as MessageParams) : {};
      return renderNodes(parseTemplate(template), params, locale, lookup, depth + 1, undefined);
    }
    if (typeof language === 'string') return languageName(language, locale.tag);
    if (isObject(texts)) return pickText(texts, locale.tag);
  } catch {
    // A hostile object renders as nothing rather than breaking the message.
    return '';
  }
  return text(item);
}

function renderParam(
  value: unknown,
  locale: ResolvedLocale,
  lookup: Lookup,
  or: boolean,
  depth: number,
): string {
  if (!Array.isArray(value)) return renderItem(value, locale, lookup, depth);
  const items = value.map((item) => renderItem(item, locale, lookup, depth));
  return listFormat(locale.tag, or ? 'disjunction' : 'conjunction').format(items);
}

/** The number a plural selects on: a number, a list's length, a numeric string; else NaN. */
function pluralNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

function renderNodes(
  nodes: readonly TemplateNode[],
  params: MessageParams,
  locale: ResolvedLocale,
  lookup: Lookup,
  depth: number,
  // What `#` shows: the number of the nearest enclosing plural.
  hash: string | undefined,
): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.kind === 'number') {
      out += hash ?? '#';
      continue;
    }
    const value = paramOf(params, node.name);
    if (node.kind === 'param') {
      // A missing param stays visible, so it is noticed rather than silently dropped.
      out +=
        value === undefined || value === null
          ? `{${node.name}${node.or ? ':or' : ''}}`
          : renderParam(value, locale, lookup, node.or, depth);
      continue;
    }
    let branch: readonly TemplateNode[] | undefined;
    let branchHash = hash;
    if (node.kind === 'plural') {
      const number = pluralNumber(value);
      if (Number.isFinite(number)) {
        branch =
          node.branches.get(`=${number}`) ??
          node.branches.get(pluralRules(locale.tag).select(number));
        branchHash = numberFormat(locale.tag).format(number);
      } else {
        branchHash = `{${node.name}}`;
      }
    } else if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      branch = node.branches.get(String(value));
    }
    branch ??= node.branches.get('other');
    if (branch !== undefined) out += renderNodes(branch, params, locale, lookup, depth, branchHash);
  }
  return out;
}

/**
 * Renders `key` from the first catalogue that has it, in a pack's text where
 * the locale has one; a key no catalogue has is returned as it is. Never throws
 * for a locale.
 */
export function renderFrom(
  catalogs: readonly MessageCatalog[],
  key: string,
  params: MessageParams,
  locale: Locale | undefined,
  packKnowsEveryKey = false,
): string {
  const resolved = resolveLocale(locale);
  const lookup: Lookup = (name, at) => {
    const translated = packText(at, name);
    if (translated !== undefined) {
      // A pack's text counts only for keys the catalogues know (a pack must
      // not make a module render another module's keys), unless the caller
      // renders any key of the library, as `formatError` does.
      if (packKnowsEveryKey) return translated;
      for (const catalog of catalogs) if (Object.hasOwn(catalog, name)) return translated;
      return undefined;
    }
    for (const catalog of catalogs) if (Object.hasOwn(catalog, name)) return catalog[name];
    return undefined;
  };
  const template = typeof key === 'string' ? lookup(key, resolved) : undefined;
  if (template === undefined) return text(key);
  return renderNodes(
    parseTemplate(template),
    isObject(params) ? params : {},
    resolved,
    lookup,
    0,
    undefined,
  );
}

// App templates may refer to the shared vocabulary (stages, roles, channels),
// which renders in the same locale; other library keys need `formatMessage`.
const commonLookup: Lookup = (name, at) => {
  if (!Object.hasOwn(commonMessages, name)) return undefined;
  return packText(at, name) ?? commonMessages[name as keyof typeof commonMessages];
};

/**
 * Renders a template of your own in a locale, with the library's formatting:
 *
 * - `{name}` fills in a param; a placeholder without a param stays visible.
 *   Numbers follow the locale's number format; an array fills `{name}` as
 *   "a, b and c" and `{name:or}` as "a, b or c" in the locale's list format.
 * - `{n, plural, =0 {none} one {# hour} other {# hours}}` picks the plural
 *   form with `Intl.PluralRules` (`=N` for exact numbers; `#` is the number;
 *   an array param counts its items).
 * - `{role, select, mentor {…} mentee {…} other {…}}` picks by value.
 * - Params may be `{ key: 'stage.preparing' }` (a term of the library's shared
 *   vocabulary — stages, roles, channels — in the same locale),
 *   `{ language: 'es' }` (the language's name, "Spanish" / "Spanisch") or
 *   `{ text: { en: 'First job', de: 'Erster Job' } }` (the reader's language
 *   is picked, else English).
 *
 * Give the template in several languages as an object keyed by tag to have
 * the locale's picked: the pack's language, or for a tag the tag's language
 * (`'de-AT'` picks `de`), else English, else the first. Never throws for a
 * locale or a template: text that is not a well-formed `{…}` block is kept
 * as it is.
 *
 * @param template - the template, or templates keyed by language tag
 * @param params - values for the template's `{placeholders}`
 * @param locale - a BCP 47 tag or a locale pack; English by default
 * @example
 * ```ts
 * renderMessage('{n, plural, one {# hour} other {# hours}} with {names}', { n: 1, names: ['Ada', 'Sam'] });
 * // '1 hour with Ada and Sam'
 * renderMessage({ en: 'Hello {name}', de: 'Hallo {name}' }, { name: 'Ada' }, 'de-AT'); // 'Hallo Ada'
 * renderMessage({ en: 'Now in {stage}', de: 'Jetzt in „{stage}“' }, { stage: { key: 'stage.cultivating' } }, de);
 * // 'Jetzt in „Pflegen“'
 * ```
 */
export function renderMessage(
  template: string | { readonly [tag: string]: string },
  params: MessageParams = {},
  locale: Locale = defaultLocale,
): string {
  const values = isObject(params) ? params : {};
  const resolved = resolveLocale(locale);
  if (typeof template === 'string') {
    return renderNodes(parseTemplate(template), values, resolved, commonLookup, 0, undefined);
  }
  if (!isObject(template)) return '';
  let chosen: string | undefined;
  let wanted = resolved.tag;
  try {
    if (typeof locale === 'string') wanted = canonicalLocale(locale) ?? defaultLocale;
    chosen = pickTag(template, wanted);
  } catch {
    chosen = undefined;
  }
  if (chosen === undefined) return '';
  const picked = template[chosen] as string;
  // Numbers, lists and plurals follow the language of the text picked: the
  // locale's own tag when it is that language, else the text's tag.
  const language = languageOf(chosen);
  const at: ResolvedLocale =
    languageOf(resolved.tag) === language
      ? resolved
      : languageOf(wanted) === language
        ? { tag: wanted, texts: undefined }
        : { tag: canonicalLocale(chosen) ?? defaultLocale, texts: undefined };
  return renderNodes(parseTemplate(picked), values, at, commonLookup, 0, undefined);
}
