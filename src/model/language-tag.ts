import type * as z from 'zod';
import { displayValue, storableString } from './text';

/**
 * Whether a string is a well-formed BCP 47 language tag (`en`, `de-AT`, `zh-Hant-TW`).
 *
 * @example
 * ```ts
 * isLanguageTag('de-AT'); // true
 * isLanguageTag('english'); // false
 * ```
 */
export function isLanguageTag(value: string): boolean {
  if (value.length === 0 || value.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag, kept as written (compare with {@link primaryLanguage}).
 *
 * @example
 * ```ts
 * LanguageTagSchema.parse('pt-BR');
 * ```
 */
export const LanguageTagSchema = storableString((value: string, ctx: z.RefinementCtx) => {
  if (!isLanguageTag(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_language_tag', value: displayValue(value, 35) },
    });
  }
}).meta({ minLength: 1, maxLength: 35, pattern: '^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$' });

/**
 * A BCP 47 language tag, see {@link LanguageTagSchema}.
 *
 * @example
 * ```ts
 * const language: LanguageTag = 'en-GB';
 * ```
 */
export type LanguageTag = z.infer<typeof LanguageTagSchema>;

/**
 * The primary language subtag of a tag, lower-cased: two people who speak
 * `de-AT` and `de-CH` share a language.
 *
 * @example
 * ```ts
 * primaryLanguage('de-AT'); // 'de'
 * ```
 */
export function primaryLanguage(tag: LanguageTag): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}
