import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FlowGroup, solveWithGroups } from '../../src/matching/solvers/constrained-flow';
import type { Problem } from '../../src/matching/solvers/problem';

// The constrained flow starts from each mentee's best pairs and prices the
// others out; forcing one or two candidates must give what all pairs give.
const instances = fc
  .record({ n: fc.integer({ min: 1, max: 9 }), m: fc.integer({ min: 1, max: 7 }) })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      weight: fc.array(
        fc.oneof(
          fc.integer({ min: -3, max: 10 }).map((v) => v / 10),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        { minLength: n * m, maxLength: n * m },
      ),
      eligible: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n * m, maxLength: n * m }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
      rowCapacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
      mentorLabel: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: m, maxLength: m }),
      menteeLabel: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: n, maxLength: n }),
      bounds: fc.array(
        fc.record({
          side: fc.constantFrom('mentor' as const, 'mentee' as const),
          label: fc.integer({ min: 0, max: 2 }),
          min: fc.integer({ min: 0, max: 3 }),
          max: fc.integer({ min: 0, max: 6 }),
        }),
        { maxLength: 4 },
      ),
      candidates: fc.integer({ min: 1, max: 3 }),
      objective: fc.constantFrom(
        'score' as const,
        'participation' as const,
        'feasibility' as const,
      ),
    }),
  );

describe('constrained flow with candidate lists', () => {
  it('prices every left-out pair: the same optimum and feasibility as on all pairs', () => {
    fc.assert(
      fc.property(instances, (x) => {
        const problem: Problem = {
          n: x.n,
          m: x.m,
          weight: Float64Array.from(x.weight),
          start: null,
          column: null,
          eligible: Uint8Array.from(x.eligible, (v) => (v === 0 ? 0 : 1)),
          capacity: Int32Array.from(x.capacity),
          rowCapacity: Int32Array.from(x.rowCapacity),
        };
        // One bound per (side, label) at most, so groups stay disjoint.
        const seen = new Set<string>();
        const groups: FlowGroup[] = [];
        for (const bound of x.bounds) {
          const key = `${bound.side}${bound.label}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const labels = bound.side === 'mentor' ? x.mentorLabel : x.menteeLabel;
          const members = labels.flatMap((label, k) => (label === bound.label ? [k] : []));
          groups.push({
            side: bound.side,
            members,
            min: Math.min(bound.min, bound.max),
            max: bound.max,
          });
        }
        const all = solveWithGroups(
          problem,
          groups,
          x.objective,
          null,
          Number.NEGATIVE_INFINITY,
          1e9,
        );
        const few = solveWithGroups(
          problem,
          groups,
          x.objective,
          null,
          Number.NEGATIVE_INFINITY,
          x.candidates,
        );
        expect(few === null).toBe(all === null);
        if (all === null || few === null) return;
        const total = (flat: Int32Array) => {
          let sum = 0;
          for (let k = 0; k < flat.length; k += 2) {
            sum += problem.weight[(flat[k] as number) * x.m + (flat[k + 1] as number)] as number;
          }
          return sum;
        };
        const mentees = (flat: Int32Array) => new Set(flat.filter((_, k) => k % 2 === 0)).size;
        if (x.objective === 'score') expect(total(few)).toBeCloseTo(total(all), 8);
        if (x.objective === 'participation') {
          expect(mentees(few)).toBe(mentees(all));
          expect(total(few)).toBeCloseTo(total(all), 8);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
