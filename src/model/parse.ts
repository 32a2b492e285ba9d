import type { z } from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { err, ok, type Result } from './result';
import { fromZodIssue, type ValidationError, validationError } from './validation-error';

/**
 * A function that validates unknown input into a typed, deep-frozen document.
 *
 * @example
 * ```ts
 * const parse: Parser<MentorProfile> = parseMentorProfile;
 * ```
 */
export type Parser<T> = (input: unknown) => Result<T, ValidationError>;

/**
 * Makes a `parseX` function from a schema: never throws, reports every issue,
 * returns a fresh deep-frozen value and leaves the input untouched.
 *
 * @example
 * ```ts
 * const parseSlot = createParser(WeeklySlotSchema);
 * parseSlot({ day: 'mon', start: '09:00', end: '10:00' });
 * ```
 */
export function createParser<S extends z.ZodType>(schema: S): Parser<z.output<S>> {
  return (input) => {
    try {
      const result = schema.safeParse(input, { reportInput: true });
      if (result.success) return ok(deepFreeze(result.data));
      return err(validationError(result.error.issues.map(fromZodIssue)));
    } catch (cause) {
      // Hostile inputs (throwing getters, revoked proxies, stack-deep nesting)
      // must come back as an error value, never as an exception.
      const reason = cause instanceof Error ? cause.name : 'unknown';
      return err(
        validationError([
          {
            path: [],
            code: 'unparseable',
            messageKey: 'validation.unparseable',
            params: { reason },
          },
        ]),
      );
    }
  };
}
