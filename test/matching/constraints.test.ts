import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssignConstraintsSchema,
  assign,
  type ConstrainedAssignOptions,
  type ConstrainedSolveProblem,
  formatError,
  type GroupConstraint,
  InvalidOptionsError,
  type MenteeProfile,
  type MentorProfile,
  parseMenteeProfile,
  parseMentorProfile,
  type SolveGroup,
  solve,
} from '../../src/index';
import {
  bruteForce,
  bruteForceConstrained,
  type SmallBound,
  type SmallGroup,
  type SmallProblem,
  smallProblems,
} from './brute-force';

const objectives = ['score', 'participation', 'fairness'] as const;

interface Instance {
  problem: SmallProblem;
  groups: SmallGroup[];
  constraints: GroupConstraint[];
}

/**
 * Small problems with six groups — per side two disjoint groups and one
 * nested in the first (some may be empty) — and up to four random bounds.
 */
function instances(): fc.Arbitrary<Instance> {
  return smallProblems(4, { min: 1, max: 2 }).chain((problem) => {
    const n = problem.scores.length;
    const m = problem.capacities.length;
    const labels = (length: number) =>
      fc.array(fc.tuple(fc.integer({ min: -1, max: 1 }), fc.boolean()), {
        minLength: length,
        maxLength: length,
      });
    const bound = fc
      .record({
        group: fc.integer({ min: 0, max: 5 }),
        min: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined, freq: 2 }),
        max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 2 }),
      })
      .map(({ group, min, max }): GroupConstraint => {
        const constraint: { group: string; minPairs?: number; maxPairs?: number } = {
          group: `g${group}`,
        };
        if (min !== undefined) constraint.minPairs = min;
        if (max !== undefined || min === undefined) constraint.maxPairs = max ?? 1;
        return constraint;
      });
    return fc
      .record({
        mentors: labels(m),
        mentees: labels(n),
        constraints: fc.array(bound, { maxLength: 5 }),
      })
      .map(({ mentors, mentees, constraints }) => {
        const side = (side: 'mentor' | 'mentee', people: [number, boolean][]): SmallGroup[] => [
          { side, members: people.flatMap(([label], k) => (label === 0 ? [k] : [])) },
          { side, members: people.flatMap(([label], k) => (label === 1 ? [k] : [])) },
          {
            side,
            members: people.flatMap(([label, inner], k) => (label === 0 && inner ? [k] : [])),
          },
        ];
        const groups = [...side('mentor', mentors), ...side('mentee', mentees)];
        // Mostly groups with members (an empty group with a minimum is a dull conflict).
        const used = groups.flatMap((group, g) => (group.members.length > 0 ? [g] : []));
        return {
          problem,
          groups,
          constraints: constraints.map((c, k) => {
            const at = Number(c.group.slice(1));
            return used.length === 0 || k === 4 ? c : { ...c, group: `g${used[at % used.length]}` };
          }),
        };
      });
  });
}

function toSolveGroups(groups: readonly SmallGroup[]): SolveGroup[] {
  return groups.map((group, g) =>
    group.side === 'mentor'
      ? { id: `g${g}`, mentors: group.members }
      : { id: `g${g}`, mentees: group.members },
  );
}

function toBounds(constraints: readonly GroupConstraint[]): SmallBound[] {
  return constraints.map((c) => ({
    group: Number(c.group.slice(1)),
    min: c.minPairs ?? 0,
    max: c.maxPairs ?? Number.POSITIVE_INFINITY,
  }));
}

function constrained(
  instance: Instance,
  constraints = instance.constraints,
): ConstrainedSolveProblem {
  return { ...instance.problem, groups: toSolveGroups(instance.groups), constraints };
}

describe('solve with constraints on the whole assignment', () => {
  it('takes the best pairs the bounds allow (the documented example)', () => {
    const result = solve({
      scores: [
        [0.9, 0.4],
        [0.8, 0.1],
        [0.2, 0.7],
      ],
      capacities: [2, 1],
      groups: [
        { id: 'first', mentors: [0] },
        { id: 'last', mentees: [2] },
      ],
      constraints: [
        { group: 'first', maxPairs: 1 },
        { group: 'last', minPairs: 1 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        pairs: [
          [0, 0],
          [2, 1],
        ],
        matched: 2,
        total: 1.6,
      },
    });
    expect(Object.isFrozen(result)).toBe(true);
  });

  for (const objective of objectives) {
    it(`is exact for objective ${objective}: caps hold, minimums are met, infeasibility is reported exactly`, () => {
      fc.assert(
        fc.property(instances(), (instance) => {
          const bounds = toBounds(instance.constraints);
          const expected = bruteForceConstrained(
            instance.problem,
            instance.groups,
            bounds,
            objective,
          );
          const result = solve(constrained(instance), { objective });
          if (expected === null) {
            expect(result.ok).toBe(false);
            if (result.ok) return;
            const set = result.error.conflicting;
            expect(set.length).toBeGreaterThan(0);
            expect(result.error.constraints).toEqual(set.map((k) => instance.constraints[k]));
            // The set conflicts, and is irreducible: without any one member it is feasible.
            const pick = (ks: readonly number[]) => ks.map((k) => bounds[k] as SmallBound);
            expect(bruteForceConstrained(instance.problem, instance.groups, pick(set))).toBeNull();
            for (const k of set) {
              const rest = set.filter((c) => c !== k);
              expect(
                bruteForceConstrained(instance.problem, instance.groups, pick(rest)),
              ).not.toBeNull();
            }
            return;
          }
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { pairs, total } = result.value;
          expect(total).toBeCloseTo(expected.total, 9);
          const rows = new Set(pairs.map(([i]) => i));
          if (objective !== 'score') expect(rows.size).toBe(expected.mentees);
          if (objective === 'fairness' && pairs.length > 0) {
            const min = Math.min(...pairs.map(([i, j]) => instance.problem.scores[i]?.[j] ?? 0));
            expect(min).toBe(expected.min);
          }
          // Every pair eligible, capacities and every bound respected.
          const seen = new Set<string>();
          for (const [i, j] of pairs) {
            expect(instance.problem.eligible[i]?.[j]).toBe(true);
            expect(seen.has(`${i}/${j}`)).toBe(false);
            seen.add(`${i}/${j}`);
          }
          instance.problem.capacities.forEach((c, j) => {
            expect(pairs.filter(([, col]) => col === j).length).toBeLessThanOrEqual(c);
          });
          instance.problem.menteeCapacities.forEach((c, i) => {
            expect(pairs.filter(([row]) => row === i).length).toBeLessThanOrEqual(c);
          });
          for (const bound of bounds) {
            const group = instance.groups[bound.group] as SmallGroup;
            const count = pairs.filter(([i, j]) =>
              group.members.includes(group.side === 'mentor' ? j : i),
            ).length;
            expect(count).toBeLessThanOrEqual(bound.max);
            expect(count).toBeGreaterThanOrEqual(bound.min);
          }
        }),
        { numRuns: 250 },
      );
    });
  }

  it('without constraints, gives the unconstrained optimum', () => {
    fc.assert(
      fc.property(instances(), (instance) => {
        for (const objective of ['score', 'participation'] as const) {
          const result = solve(constrained(instance, []), { objective });
          if (!result.ok) throw new Error('an empty constraint set is always feasible');
          const expected = bruteForce(instance.problem, objective);
          expect(result.value.total).toBeCloseTo(expected.total, 9);
          expect(result.value.total).toBeCloseTo(solve(instance.problem, { objective }).total, 9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never changes its input and round-trips through JSON', () => {
    fc.assert(
      fc.property(instances(), (instance) => {
        const problem = constrained(instance);
        const before = structuredClone(problem);
        const result = solve(problem);
        expect(problem).toEqual(before);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });

  it('reports a conflict with a localized message in every shipped language', () => {
    const result = solve({
      scores: [[1, 1]],
      capacities: [1, 1],
      groups: [
        { id: 'left', mentors: [0] },
        { id: 'right', mentors: [1] },
        { id: 'all', mentees: [0] },
      ],
      constraints: [
        { group: 'all', maxPairs: 5 },
        { group: 'left', minPairs: 1 },
        { group: 'right', minPairs: 1 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('infeasible_constraints');
    expect(result.error.conflicting).toEqual([1, 2]);
    expect(formatError(result.error, 'en')).toContain('left and right');
    for (const locale of ['de', 'fr', 'es', 'xx-invalid-', 'en-GB']) {
      expect(formatError(result.error, locale)).toMatch(/left.*right/);
    }
  });

  it('reports progress and ends with done, also when the constraints conflict', () => {
    const scores = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 12 }, (_, j) => ((i * 7 + j * 13) % 17) / 17),
    );
    const groups = [{ id: 'low', mentors: [0, 1, 2] }];
    for (const [objective, minPairs] of [
      ['score', 2],
      ['fairness', 2],
      ['score', 99],
    ] as const) {
      const events: { phase: string; fraction: number }[] = [];
      solve(
        {
          scores,
          capacities: new Array(12).fill(2),
          groups,
          constraints: [{ group: 'low', minPairs }],
        },
        { objective, onProgress: (event) => events.push(event) },
      );
      expect(events.at(-1)).toEqual({ phase: 'done', fraction: 1 });
      for (let k = 1; k < events.length; k++) {
        expect(events[k]?.fraction).toBeGreaterThanOrEqual(events[k - 1]?.fraction ?? 0);
      }
    }
  });

  it('rejects malformed constraints as a programmer error with a path', () => {
    const base = { scores: [[1, 1]], capacities: [1, 1] };
    const cases: [ConstrainedSolveProblem, readonly (string | number)[]][] = [
      [{ ...base, constraints: [{ group: 'none', maxPairs: 1 }] }, ['constraints', 0, 'group']],
      [
        { ...base, groups: [{ id: 'a', mentors: [0], mentees: [0] }], constraints: [] },
        ['groups', 0],
      ],
      [
        { ...base, groups: [{ id: 'a', mentors: [2] }], constraints: [] },
        ['groups', 0, 'mentors', 0],
      ],
      [
        {
          ...base,
          groups: [
            { id: 'a', mentors: [0] },
            { id: 'a', mentors: [1] },
          ],
          constraints: [],
        },
        ['groups', 1, 'id'],
      ],
      [
        { ...base, groups: [{ id: 'a', mentors: [0] }], constraints: [{ group: 'a' }] },
        ['constraints', 0],
      ],
      [
        {
          ...base,
          groups: [
            { id: 'a', mentors: [0, 1] },
            { id: 'b', mentors: [1] },
            { id: 'c', mentors: [0] },
            { id: 'd', mentors: [] },
          ],
          constraints: [
            { group: 'a', maxPairs: 1 },
            { group: 'b', maxPairs: 1 },
          ],
        },
        [],
      ],
    ];
    for (const [problem, path] of cases) {
      if (path.length === 0) {
        // Nested groups are fine.
        expect(solve(problem).ok).toBe(true);
        continue;
      }
      expect(() => solve(problem)).toThrow(InvalidOptionsError);
      try {
        solve(problem);
      } catch (error) {
        expect((error as InvalidOptionsError).issues[0]?.path).toEqual(path);
      }
    }
    const crossing: ConstrainedSolveProblem = {
      scores: [[1, 1, 1]],
      capacities: [1, 1, 1],
      groups: [
        { id: 'company', mentors: [0, 1] },
        { id: 'women', mentors: [1, 2] },
      ],
      constraints: [
        { group: 'company', maxPairs: 1 },
        { group: 'women', minPairs: 1 },
      ],
    };
    expect(() => solve(crossing)).toThrow(/crossing|overlap|invalid/i);
    try {
      solve(crossing);
    } catch (error) {
      const issue = (error as InvalidOptionsError).issues[0];
      expect(issue?.messageKey).toBe('matching.error.crossing_groups');
      expect(formatError(error as InvalidOptionsError, 'de')).toContain('company');
    }
    // Groups that cross but are not both constrained are fine.
    expect(solve({ ...crossing, constraints: [{ group: 'women', minPairs: 1 }] }).ok).toBe(true);
    expect(() => solve({ ...base, constraints: [] }, { strategy: 'stable' })).toThrow(
      InvalidOptionsError,
    );
  });
});

function mentor(id: string, organization: string, company?: string): MentorProfile {
  const result = parseMentorProfile({
    schemaVersion: 1,
    id,
    name: id,
    languages: ['en'],
    timeZone: 'Europe/Berlin',
    channels: ['video'],
    yearsExperience: 10,
    organization,
    ...(company === undefined ? {} : { attributes: { company } }),
    expertise: ['career'],
    role: 'engineer',
    capacity: 2,
  });
  if (!result.ok) throw new Error('bad mentor');
  return result.value;
}

function mentee(id: string): MenteeProfile {
  const result = parseMenteeProfile({
    schemaVersion: 1,
    id,
    name: id,
    languages: ['en'],
    timeZone: 'Europe/Berlin',
    channels: ['video'],
    yearsExperience: 1,
    interests: ['career'],
  });
  if (!result.ok) throw new Error('bad mentee');
  return result.value;
}

describe('assign with constraints', () => {
  const mentors = [mentor('ada', 'acme'), mentor('grace', 'acme'), mentor('linus', 'other')];
  const mentees = ['sam', 'kim', 'lee', 'max'].map(mentee);

  it('caps the pairs of a group and returns a frozen Result', () => {
    const free = assign(mentors, mentees);
    const result = assign(mentors, mentees, {
      groups: [{ id: 'acme', mentorIds: ['ada', 'grace', 'someone-who-left'] }],
      constraints: [{ group: 'acme', maxPairs: 1 }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const acme = result.value.pairs.filter((p) => p.mentorId === 'ada' || p.mentorId === 'grace');
    expect(acme.length).toBeLessThanOrEqual(1);
    expect(result.value.totals.pairs).toBeLessThanOrEqual(free.totals.pairs);
    expect(Object.isFrozen(result.value.pairs)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reports a minimal conflicting set', () => {
    const result = assign(mentors, mentees, {
      groups: [
        { id: 'acme', mentorIds: ['ada', 'grace'] },
        { id: 'pair', menteeIds: ['sam', 'kim'] },
        { id: 'rest', menteeIds: ['sam', 'kim', 'lee', 'max'] },
      ],
      constraints: [
        { group: 'pair', maxPairs: 4 },
        { group: 'acme', maxPairs: 0 },
        { group: 'rest', minPairs: 3 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // linus has 2 places: a third pair needs an acme mentor.
    expect(result.error.conflicting).toEqual([1, 2]);
    expect(result.error.params.groups).toEqual(['acme', 'rest']);
  });

  it('takes constraints in scale mode and for every objective, and can be cancelled', () => {
    const options = {
      groups: [{ id: 'acme', mentorIds: ['ada', 'grace'] }],
      constraints: [{ group: 'acme', maxPairs: 1 }],
    };
    for (const objective of ['score', 'participation', 'fairness'] as const) {
      for (const topK of [undefined, 2]) {
        const withObjective: ConstrainedAssignOptions = {
          ...options,
          objective,
          ...(topK === undefined ? {} : { topK }),
        };
        const result = assign(mentors, mentees, withObjective);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const acme = result.value.pairs.filter((p) => p.mentorId !== 'linus');
        expect(acme.length).toBeLessThanOrEqual(1);
      }
    }
    const controller = new AbortController();
    controller.abort('gone');
    expect(() => assign(mentors, mentees, { ...options, signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'aborted' }),
    );
  });

  it('bounds the pairs per value of a profile attribute', () => {
    const staff = [
      mentor('ada', 'x', 'acme'),
      mentor('grace', 'y', 'acme'),
      mentor('linus', 'z', 'initech'),
      mentor('margaret', 'w'),
    ];
    const capped = assign(staff, mentees, {
      constraints: [{ attribute: 'company', side: 'mentor', maxPairsPerValue: 1 }],
    });
    expect(capped.ok).toBe(true);
    if (!capped.ok) return;
    const company = (id: string) => staff.find((m) => m.id === id)?.attributes?.company;
    for (const value of ['acme', 'initech']) {
      expect(capped.value.pairs.filter((p) => company(p.mentorId) === value).length).toBe(1);
    }
    // margaret has no company: in no group, so she takes two mentees.
    expect(capped.value.totals.pairs).toBe(4);
    const conflict = assign(staff, mentees, {
      groups: [{ id: 'acme', mentorIds: ['ada', 'grace'] }],
      constraints: [
        { group: 'acme', maxPairs: 4 },
        { attribute: 'company', side: 'mentor', minPairsPerValue: 3 },
      ],
    });
    expect(conflict.ok).toBe(false);
    if (conflict.ok) return;
    // initech's one mentor has two places.
    expect(conflict.error.conflicting).toEqual([1]);
    expect(conflict.error.params.groups).toEqual(['company']);
    expect(formatError(conflict.error, 'fr')).toContain('company');
  });

  it('accepts the constraint keys through its schema and refuses other strategies', () => {
    expect(
      AssignConstraintsSchema.safeParse({ constraints: [{ group: 'acme', maxPairs: 1 }] }).success,
    ).toBe(true);
    expect(
      AssignConstraintsSchema.safeParse({ constraints: [{ group: 'acme', max: 1 }] }).success,
    ).toBe(false);
    expect(() => assign(mentors, mentees, { strategy: 'greedy', constraints: [] })).toThrow(
      InvalidOptionsError,
    );
  });
});
