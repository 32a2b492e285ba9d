import type * as z from 'zod';
import { InvalidOptionsError } from '../model/errors';
import { unreadableIssue } from '../model/parse';
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
    throw unreadableOptions(functionName, cause);
  }
  if (result.success) return result.data as z.output<S>;
  throw new InvalidOptionsError(functionName, result.error.issues.map(fromZodIssue));
}

/**
 * The error for options that could not even be read (a throwing getter, a
 * revoked proxy), for functions that read some options before validating them.
 */
export function unreadableOptions(functionName: string, cause: unknown): InvalidOptionsError {
  return new InvalidOptionsError(functionName, [unreadableIssue(cause)], cause);
}
