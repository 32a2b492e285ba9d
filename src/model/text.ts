import * as z from 'zod';

// Postgres refuses a NUL character (\u0000) and an unpaired UTF-16 surrogate
// in `jsonb` (and `text`) values; a relationship holding one could never be
// saved again, since its history only grows. No string schema accepts them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this pattern finds.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string can be stored as it is in a Postgres `jsonb` or `text`
 * column: it holds no NUL character (`\u0000`) and no half of a surrogate pair.
 * Every string the library's schemas accept passes.
 *
 * @example
 * ```ts
 * isStorableText('Grüße 👋'); // true
 * isStorableText('a\u0000b'); // false
 * isStorableText('\ud83d'); // false: half of an emoji
 * ```
 */
export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}

/**
 * A string schema whose values are all storable (see {@link isStorableText}),
 * followed by the schema's own `check`: the one place that check is written,
 * used by every string schema of the model (ids, labels, texts, timestamps, …).
 * A string with a NUL or a lone surrogate gets the issue `invalid_character`
 * and no other. `typeError` may name the message of a value that is not a
 * string at all (used to give a `Date` a hint).
 */
export function storableString(
  check?: (value: string, ctx: z.RefinementCtx) => void,
  typeError?: (issue: { readonly input?: unknown }) => string | undefined,
) {
  const base = typeError === undefined ? z.string() : z.string({ error: typeError });
  return base.superRefine((value, ctx) => {
    if (unstorable.test(value)) {
      ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_character' } });
      return;
    }
    check?.(value, ctx);
  });
}

// A single line: no control characters (C0, DEL, C1) and no Unicode line or
// paragraph separators, so a label cannot forge extra lines in a rendered text.
const notSingleLine = /[\p{Cc}\u2028\u2029]/u;
// Multi-line text: line breaks (\n, \r\n) and tabs, but no other control characters.
const notMultiLine = /\r(?!\n)|(?![\t\n\r])\p{Cc}/u;

function singleLine(value: string, ctx: z.RefinementCtx): void {
  if (notSingleLine.test(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'control_character', lines: 'single' },
    });
  } else if (value.length > 0 && value.trim().length === 0) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'blank_text' } });
  }
}

function multiLine(value: string, ctx: z.RefinementCtx): void {
  if (notMultiLine.test(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'control_character', lines: 'multi' },
    });
  }
}

/**
 * A short human-written label on one line: a name, a title, an agenda item
 * (1–200 characters, not only white space, no line breaks or other control
 * characters, storable in Postgres).
 *
 * @example
 * ```ts
 * LabelSchema.parse('Prepare my CV'); // 'Prepare my CV'
 * LabelSchema.safeParse('Line one\nLine two').success; // false: code control_character
 * ```
 */
export const LabelSchema = storableString(singleLine)
  .min(1)
  .max(200)
  // For the generated JSON Schemas: the control characters a label refuses.
  .meta({ pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$' });

/**
 * Free text such as notes or feedback (up to 10,000 characters): line breaks
 * (`\n`, `\r\n`) and tabs are welcome, other control characters are not, and
 * every text is storable in Postgres.
 *
 * @example
 * ```ts
 * TextSchema.parse('We talked about interview strategy.\nNext: mock interview.');
 * ```
 */
export const TextSchema = storableString(multiLine)
  .max(10_000)
  .meta({ pattern: '^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\r\\n)*$' });

/**
 * A value as an error message may echo it: at most `max` UTF-16 units, never
 * cut inside a surrogate pair, with control characters and line separators
 * replaced by U+FFFD so an echoed value cannot forge lines of a message.
 */
export function displayValue(value: string, max: number): string {
  let end = Math.min(value.length, max);
  const last = value.charCodeAt(end - 1);
  if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end).replace(/[\p{Cc}\u2028\u2029]|[\uD800-\uDFFF]/gu, '\uFFFD');
}
