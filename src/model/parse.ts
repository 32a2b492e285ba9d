import type * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { err, ok, type Result } from './result';
import {
  type ValidationError,
  type ValidationIssue,
  validationError,
  validationErrorFromZod,
} from './validation-error';

/**
 * A function that validates unknown input into a typed, deep-frozen document.
 *
 * @example
 * ```ts
 * const parse: Parser<MentorProfile> = parseMentorProfile;
 * ```
 */
export type Parser<T> = (input: unknown) => Result<T, ValidationError>;

// Documents nest about eight levels deep (relationship → history → event →
// goal → plan → step); nulls deeper than this are left for the schema to
// report, and hostile nesting never exhausts the stack.
const MAX_NULL_DEPTH = 32;

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The input with every object key whose value is `null` or `undefined`
 * removed, copying only the objects and arrays that change (the caller's
 * input is never changed). Database rows carry `null` for an absent optional
 * field; removed, an optional field is absent and a required one reports
 * "is required". `null` inside arrays stays, and is reported where it is.
 */
export function absentNulls(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_NULL_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== 'object' || item === null) continue;
      const next = absentNulls(item, depth + 1);
      if (next !== item) {
        copy ??= value.slice();
        copy[index] = next;
      }
    }
    return copy ?? value;
  }
  if (!isPlainObject(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const item = record[key];
    const absent = item === null || item === undefined;
    const next = absent || typeof item !== 'object' ? item : absentNulls(item, depth + 1);
    if (copy === undefined) {
      if (!absent && next === item) continue;
      // The first change: copy the keys before it, then go on copying.
      copy = {};
      for (let before = 0; before < index; before++) {
        const earlier = keys[before] as string;
        define(copy, earlier, record[earlier]);
      }
    }
    if (!absent) define(copy, key, next);
  }
  return copy ?? value;
}

// defineProperty, not assignment: a `__proto__` key stays an own key
// (reported as unknown) instead of setting the copy's prototype.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The name of a thrown error (`TypeError`, `RangeError`), `'unknown'` for anything else; never throws. */
export function errorName(cause: unknown): string {
  try {
    const name = cause instanceof Error ? cause.name : undefined;
    return typeof name === 'string' && name !== '' ? name.slice(0, 64) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The issue for input that could not even be read (a throwing getter, a
 * revoked proxy, nesting deep enough to overflow the stack): at the root,
 * naming only the kind of error, never its message.
 */
export function unreadableIssue(cause: unknown): ValidationIssue {
  return {
    path: [],
    code: 'unparseable',
    messageKey: 'validation.unparseable',
    params: { reason: errorName(cause) },
  };
}

/**
 * Makes a `parseX` function from a schema: never throws, reads `null` for an
 * optional field as absent, reports every issue (up to 100, counting the
 * rest), returns a fresh deep-frozen
 * value in the schema's key order and leaves the input untouched.
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
      const result = schema.safeParse(absentNulls(input), { reportInput: true });
      if (result.success) return ok(deepFreeze(result.data));
      return err(validationErrorFromZod(result.error.issues));
    } catch (cause) {
      // Hostile inputs (throwing getters, revoked proxies, stack-deep nesting)
      // must come back as an error value, never as an exception.
      return err(validationError([unreadableIssue(cause)]));
    }
  };
}
