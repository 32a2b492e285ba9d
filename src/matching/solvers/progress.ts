import * as z from 'zod';
import { MentorshipKitError } from '../../model/errors';
import { matchingErrorKey } from '../matching-error-key';

/**
 * What a long run reports to `onProgress`: the phase it is in and an
 * estimate of the share of the whole run done, in [0, 1], never decreasing;
 * the last event is `{ phase: 'done', fraction: 1 }`.
 *
 * - `scoring`: `assign` scores the pairs.
 * - `start`: the optimal solver's starting assignment (an auction or a row reduction).
 * - `search`: augmenting paths, one per missing place.
 * - `check`: pricing every pair out against the final duals (large problems).
 * - `threshold`: `fairness` searching for the highest lowest pair score.
 * - `done`: finished.
 *
 * @example
 * ```ts
 * const onProgress = ({ phase, fraction }: SolveProgress) =>
 *   console.log(phase, `${Math.round(fraction * 100)} %`);
 * ```
 */
export interface SolveProgress {
  readonly phase: 'scoring' | 'start' | 'search' | 'check' | 'threshold' | 'done';
  readonly fraction: number;
}

/**
 * What `signal` needs of an `AbortSignal` (the library does not assume DOM
 * or Node types): an `AbortController`'s signal fits.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const signal: AbortSignalLike = controller.signal;
 * ```
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Schemas of the `onProgress` and `signal` options of `solve` and `assign`. */
export const progressOptionsShape = {
  /** Called with the phase and the fraction done while a long run works (at most every 50 ms). */
  onProgress: z
    .custom<(progress: SolveProgress) => void>((value) => typeof value === 'function', {
      message: 'a function',
    })
    .optional(),
  signal: z
    .custom<AbortSignalLike>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { aborted?: unknown }).aborted === 'boolean',
      { message: 'an AbortSignal' },
    )
    .optional(),
};

/** Milliseconds between two progress events at least. */
const interval = 50;

/**
 * Progress reporting and cancellation for one run. Solvers call `report`
 * every so many steps (never in their innermost loops); without a callback
 * and a signal there is no `Progress` at all (`null`), so an unused option
 * costs one null check per step.
 */
export class Progress {
  readonly #onProgress: ((progress: SolveProgress) => void) | undefined;
  readonly #signal: AbortSignalLike | undefined;
  readonly #functionName: string;
  #fraction = 0;
  #last = Number.NEGATIVE_INFINITY;
  /** Local fractions map to `from + span × fraction` of the whole run. */
  from = 0;
  span = 1;

  constructor(
    onProgress: ((progress: SolveProgress) => void) | undefined,
    signal: AbortSignalLike | undefined,
    functionName: string,
  ) {
    this.#onProgress = onProgress;
    this.#signal = signal;
    this.#functionName = functionName;
  }

  /** A `Progress` for the options, or null when neither is given. */
  static of(
    options: {
      readonly onProgress?: ((progress: SolveProgress) => void) | undefined;
      readonly signal?: AbortSignalLike | undefined;
    },
    functionName: string,
  ): Progress | null {
    return options.onProgress === undefined && options.signal === undefined
      ? null
      : new Progress(options.onProgress, options.signal, functionName);
  }

  /**
   * Throws {@link MentorshipKitError} `aborted` when the signal has been
   * aborted (its `reason` is the error's `cause`).
   */
  check(): void {
    const signal = this.#signal;
    if (signal?.aborted === true) {
      throw new MentorshipKitError(`${this.#functionName}: aborted`, {
        code: 'aborted',
        messageKey: matchingErrorKey('matching.error.aborted'),
        params: { function: this.#functionName },
        cause: signal.reason,
      });
    }
  }

  /** Checks for cancellation and reports `fraction` of the current part, at most every 50 ms. */
  report(phase: SolveProgress['phase'], fraction: number): void {
    this.check();
    const onProgress = this.#onProgress;
    if (onProgress === undefined) return;
    const local = Math.max(0, Math.min(fraction, 1));
    const overall = this.from + this.span * local;
    if (overall > this.#fraction) this.#fraction = Math.min(overall, 1);
    const now = Date.now();
    if (now - this.#last < interval) return;
    this.#last = now;
    onProgress(Object.freeze({ phase, fraction: this.#fraction }));
  }

  /** Sets the share of the whole run that the next reports cover. */
  part(from: number, to: number): void {
    this.from = Math.max(from, this.#fraction);
    this.span = Math.max(0, to - this.from);
  }

  /** Reports the end: `{ phase: 'done', fraction: 1 }`, always. */
  done(): void {
    this.check();
    this.#fraction = 1;
    this.#onProgress?.(Object.freeze({ phase: 'done', fraction: 1 }));
  }
}
