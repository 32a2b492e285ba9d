import { z } from 'zod';

function notBlank(value: string, ctx: z.RefinementCtx): void {
  if (value.length > 0 && value.trim().length === 0) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'blank_text' } });
  }
}

/**
 * A short human-written label: a name, a title, an agenda item (1–200 characters,
 * not only white space).
 *
 * @example
 * ```ts
 * LabelSchema.parse('Prepare my CV'); // 'Prepare my CV'
 * ```
 */
export const LabelSchema = z.string().min(1).max(200).superRefine(notBlank);

/**
 * Free text such as notes or feedback (up to 10,000 characters).
 *
 * @example
 * ```ts
 * TextSchema.parse('We talked about interview strategy.');
 * ```
 */
export const TextSchema = z.string().max(10_000);
