// `Intl` formatters per (kind, tag). Tags reaching here are canonical (from a
// pack or an English tag), but an app may pass many distinct tags over time,
// so each cache is bounded and starts afresh when full. A formatter that
// cannot be built for a tag (an engine without the locale data, a tag Intl
// refuses) falls back to English, so rendering never throws for a locale.
const MAX_ENTRIES = 128;

function bounded<T>(
  create: (tag: string, variant: string) => T,
): ((tag: string, variant?: string) => T) & { readonly size: () => number } {
  const cache = new Map<string, T>();
  const get = (tag: string, variant = '') => {
    const key = `${tag}\u0000${variant}`;
    let value = cache.get(key);
    if (value === undefined) {
      try {
        value = create(tag, variant);
      } catch {
        value = create('en', variant);
      }
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
  return Object.assign(get, { size: () => cache.size });
}

export const numberFormat = bounded(
  (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
);
export const listFormat = bounded(
  (tag, type) =>
    new Intl.ListFormat(tag, { style: 'long', type: type as 'conjunction' | 'disjunction' }),
);
export const pluralRules = bounded((tag) => new Intl.PluralRules(tag));
export const languageNames = bounded(
  (tag) => new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' }),
);
