import type * as z from 'zod';
import { InvalidOptionsError } from '../model/errors';
import { errorName } from '../model/parse';
import { fromZodIssue } from '../model/validation-error';

/**
 * Validates a function's options at the door: returns the parsed options, or
 * throws {@link InvalidOptionsError} naming the function and every problem
 * (the first 100 listed, the rest counted). Hostile objects (throwing
 * getters, revoked proxies) are reported the same way instead of escaping as
 * a `TypeError`. A value of the wrong type is reported as such ("expected
 * text, got a number"), an absent one as required.
 */
export function parseOptions<S extends z.ZodType>(
  functionName: string,
  schema: S,
  input: unknown,
): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    // reportInput: the issues need the value to tell "wrong type" from "missing".
    result = schema.safeParse(input, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch (cause) {
    throw new InvalidOptionsError(
      functionName,
      [
        {
          path: [],
          code: 'unparseable',
          messageKey: 'validation.unparseable',
          params: { reason: errorName(cause) },
        },
      ],
      cause,
    );
  }
  if (result.success) return result.data as z.output<S>;
  throw new InvalidOptionsError(functionName, result.error.issues.map(fromZodIssue));
}
