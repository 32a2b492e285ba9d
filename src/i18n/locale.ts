import { z } from 'zod';

/**
 * The languages every message of the library is written in.
 *
 * @example
 * ```ts
 * locales.includes('de'); // true
 * ```
 */
export const locales = ['en', 'de'] as const;

/**
 * A language the library can render messages in: `'en'` (default) or `'de'`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'de';
 * ```
 */
export type Locale = (typeof locales)[number];

/**
 * Schema for {@link Locale}, for validating a locale option that comes from user input.
 *
 * @example
 * ```ts
 * LocaleSchema.parse('de'); // 'de'
 * ```
 */
export const LocaleSchema = z.enum(locales);

/**
 * The locale used when none is given.
 *
 * @example
 * ```ts
 * formatMessage('validation.invalid_type', { expected: 'string' }, defaultLocale);
 * ```
 */
export const defaultLocale: Locale = 'en';
