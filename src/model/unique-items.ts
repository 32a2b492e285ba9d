import * as z from 'zod';

/**
 * An array whose items must be distinct; each repeat is reported at its own index.
 *
 * @example
 * ```ts
 * uniqueArray(LanguageTagSchema).parse(['en', 'de']);
 * ```
 */
export function uniqueArray<T extends z.ZodType<string>>(item: T, max = 100) {
  return z
    .array(item)
    .max(max)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            input: value,
            path: [index],
            params: { code: 'duplicate_value', value },
          });
        }
        seen.add(value);
      });
    });
}

/**
 * An array of records with an `id` that must be distinct; repeats are reported at `[index, 'id']`.
 *
 * @example
 * ```ts
 * withUniqueIds(z.array(GoalSchema));
 * ```
 */
export function withUniqueIds<T extends z.ZodType<readonly { readonly id: string }[]>>(schema: T) {
  return schema.superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          input: item.id,
          path: [index, 'id'],
          params: { code: 'duplicate_id', value: item.id },
        });
      }
      seen.add(item.id);
    });
  });
}
