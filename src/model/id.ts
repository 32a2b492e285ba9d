import type * as z from 'zod';
import { storableString } from './text';

const idPattern = /^[^\s\p{Cc}]{1,128}$/u;

/**
 * An identifier: 1–128 characters without white space or control characters
 * (and storable in a Postgres `jsonb` column). UUIDs, slugs, e-mail
 * addresses and numeric strings all qualify.
 *
 * @example
 * ```ts
 * IdSchema.parse('mentor-7'); // 'mentor-7'
 * ```
 */
export const IdSchema = storableString((value: string, ctx: z.RefinementCtx) => {
  if (!idPattern.test(value)) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_id' } });
  }
}).meta({ pattern: idPattern.source });

/**
 * An identifier, see {@link IdSchema}.
 *
 * @example
 * ```ts
 * const id: Id = 'mentee-12';
 * ```
 */
export type Id = z.infer<typeof IdSchema>;
