import { describe, expect, it } from 'vitest';
import {
  assign,
  InvalidOptionsError,
  MentorshipKitError,
  type SolveProgress,
  solve,
} from '../../src/index';
import { makeCohort } from './support/cohort';

function randomProblem(n: number, m: number, seed: number) {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return { scores: Float64Array.from({ length: n * m }, random), mentorCount: m };
}

function abortedError(run: () => unknown): MentorshipKitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MentorshipKitError);
    expect((error as MentorshipKitError).code).toBe('aborted');
    expect((error as MentorshipKitError).messageKey).toBe('matching.error.aborted');
    return error as MentorshipKitError;
  }
  throw new Error('did not throw');
}

describe('solve: progress and cancellation', () => {
  it('throws `aborted` before any work when the signal is already aborted', () => {
    const controller = new AbortController();
    const reason = new Error('request closed');
    controller.abort(reason);
    for (const strategy of ['optimal', 'stable', 'greedy'] as const) {
      const error = abortedError(() =>
        solve({ scores: [[1]] }, { strategy, signal: controller.signal }),
      );
      expect(error.cause).toBe(reason);
    }
    abortedError(() =>
      solve({ scores: [[1]] }, { objective: 'fairness', signal: controller.signal }),
    );
  });

  it('stops a long run soon after the abort', () => {
    for (const problem of [
      randomProblem(1500, 1500, 1),
      { ...randomProblem(1200, 400, 2), capacities: new Array(400).fill(3) },
    ]) {
      const controller = new AbortController();
      const events: SolveProgress[] = [];
      abortedError(() =>
        solve(problem, {
          signal: controller.signal,
          onProgress: (event) => {
            events.push(event);
            controller.abort();
          },
        }),
      );
      // Aborted at the first event, in the middle of the run.
      expect(events).toHaveLength(1);
      expect(events[0]?.fraction).toBeLessThan(1);
    }
  });

  it('reports phases with fractions in [0, 1], never decreasing, ending at done / 1', () => {
    for (const [options, problem] of [
      [{}, randomProblem(1200, 1200, 3)],
      [
        { objective: 'participation' as const },
        { ...randomProblem(300, 200, 4), menteeCapacities: new Array(300).fill(2) },
      ],
      [{ objective: 'fairness' as const }, randomProblem(300, 300, 5)],
      [{ strategy: 'stable' as const }, randomProblem(200, 200, 6)],
    ] as const) {
      const events: SolveProgress[] = [];
      const result = solve(problem, { ...options, onProgress: (event) => events.push(event) });
      expect(events.length).toBeGreaterThanOrEqual(1);
      let last = 0;
      for (const event of events) {
        expect(event.fraction).toBeGreaterThanOrEqual(last);
        expect(event.fraction).toBeLessThanOrEqual(1);
        last = event.fraction;
      }
      expect(events.at(-1)).toEqual({ phase: 'done', fraction: 1 });
      expect(events.filter((event) => event.phase === 'done')).toHaveLength(1);
      // The same result as without listening.
      expect(result).toEqual(solve(problem, options));
    }
  });

  it('rejects a callback that is not a function and a signal that is not one', () => {
    expect(() => solve({ scores: [[1]] }, { onProgress: 'yes' as never })).toThrow(
      InvalidOptionsError,
    );
    expect(() => solve({ scores: [[1]] }, { signal: {} as never })).toThrow(InvalidOptionsError);
  });
});

describe('assign: progress and cancellation', () => {
  const { mentors, mentees } = makeCohort({ mentors: 40, mentees: 60, capacity: 2, seed: 9 });

  it('threads onProgress and signal through, dense and in scale mode', () => {
    for (const topK of [undefined, 5]) {
      const events: SolveProgress[] = [];
      const result = assign(mentors, mentees, { topK, onProgress: (event) => events.push(event) });
      expect(result.pairs).toEqual(assign(mentors, mentees, { topK }).pairs);
      expect(events.at(-1)).toEqual({ phase: 'done', fraction: 1 });
      expect(events[0]?.phase).toBe('scoring');
      const controller = new AbortController();
      controller.abort();
      abortedError(() => assign(mentors, mentees, { topK, signal: controller.signal }));
    }
  });

  it("accepts objective 'fairness' and matches as many mentees as 'participation'", () => {
    const fair = assign(mentors, mentees, { objective: 'fairness' });
    const participation = assign(mentors, mentees, { objective: 'participation' });
    expect(fair.totals.matchedMentees).toBe(participation.totals.matchedMentees);
    expect(fair.totals.min).toBeGreaterThanOrEqual(participation.totals.min);
  });
});
