import type * as z from 'zod';

/**
 * A refinement that reports every id listed both as preferred and as excluded,
 * at its place in the preferred list.
 *
 * @example
 * ```ts
 * schema.superRefine(rejectConflictingPreferences('preferredMentorIds', 'excludedMentorIds'));
 * ```
 */
export function rejectConflictingPreferences<P extends string, E extends string>(
  preferredKey: P,
  excludedKey: E,
) {
  return (
    profile: { readonly [K in P | E]?: readonly string[] | undefined },
    ctx: z.RefinementCtx,
  ): void => {
    const excluded = new Set(profile[excludedKey] ?? []);
    profile[preferredKey]?.forEach((id, index) => {
      if (excluded.has(id)) {
        ctx.addIssue({
          code: 'custom',
          input: id,
          path: [preferredKey, index],
          params: { code: 'conflicting_preference', value: id },
        });
      }
    });
  };
}
