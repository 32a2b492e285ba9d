/**
 * The outcome of an operation that can fail in an expected way.
 *
 * Functions of this library return a `Result` instead of throwing when the
 * failure is part of normal use (bad input, a rule that forbids an event).
 *
 * @example
 * ```ts
 * const result = parseMentorProfile(input);
 * if (result.ok) console.log(result.value.name);
 * else console.log(formatError(result.error, 'en'));
 * ```
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * The success branch of a {@link Result}.
 *
 * @example
 * ```ts
 * const success: Ok<number> = { ok: true, value: 1 };
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The failure branch of a {@link Result}.
 *
 * @example
 * ```ts
 * const failure: Err<string> = { ok: false, error: 'nope' };
 * ```
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value in a successful {@link Result}.
 *
 * @example
 * ```ts
 * const result = ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error in a failed {@link Result}.
 *
 * @example
 * ```ts
 * const result = err({ code: 'not_found' }); // { ok: false, error: { code: 'not_found' } }
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
