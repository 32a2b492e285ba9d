import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import munkres from 'munkres';
import { describe, expect, it } from 'vitest';
import { findBlockingPairs, type SolveResult, solve } from '../../src/matching/solve';
import { solveOptimal } from '../../src/matching/solvers/optimal';
import type { Problem, SolveProblem } from '../../src/matching/solvers/problem';
import { InvalidOptionsError } from '../../src/model/errors';
import type { Path } from '../../src/model/validation-error';
import { bruteForce, smallProblems } from './brute-force';

const smallProblem = smallProblems(7, { min: 1, max: 2 });

type Small = {
  scores: number[][];
  eligible: boolean[][];
  capacities: number[];
  menteeCapacities: number[];
};

function checkFeasible(problem: Small, result: SolveResult): void {
  const mentorLoad = new Map<number, number>();
  const menteeLoad = new Map<number, number>();
  const seen = new Set<string>();
  for (const [i, j] of result.pairs) {
    expect(problem.eligible[i]?.[j]).toBe(true);
    expect(seen.has(`${i}:${j}`)).toBe(false);
    seen.add(`${i}:${j}`);
    mentorLoad.set(j, (mentorLoad.get(j) ?? 0) + 1);
    menteeLoad.set(i, (menteeLoad.get(i) ?? 0) + 1);
  }
  for (const [j, load] of mentorLoad) expect(load).toBeLessThanOrEqual(problem.capacities[j] ?? 0);
  for (const [i, load] of menteeLoad) {
    expect(load).toBeLessThanOrEqual(problem.menteeCapacities[i] ?? 0);
  }
}

/**
 * A random problem with tied scores (tenths, some negative), a mask and
 * mentor capacities 0–4, as a dense graph; mentees take 1 to `menteePlaces`
 * mentors.
 */
function randomGraph(n: number, m: number, seed: number, menteePlaces: number): Problem {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const density = 0.4 + 0.6 * random();
  const scarce = random() < 0.5;
  const weight = Float64Array.from({ length: n * m }, () => Math.round(random() * 12 - 2) / 10);
  const eligible = Uint8Array.from({ length: n * m }, () => (random() < density ? 1 : 0));
  const capacity = Int32Array.from({ length: m }, () => Math.floor(random() * (scarce ? 3 : 5)));
  capacity[0] = 2; // several places somewhere, so the capacitated paths run
  const rowCapacity = Int32Array.from({ length: n }, () => 1 + Math.floor(random() * menteePlaces));
  return { n, m, weight, start: null, column: null, eligible, capacity, rowCapacity };
}

/** The eligible pairs of a dense graph as compressed rows. */
function compressed(graph: Problem): Problem {
  const { n, m } = graph;
  const start = new Int32Array(n + 1);
  const column: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (graph.eligible?.[i * m + j] === 0) continue;
      column.push(j);
      weight.push(graph.weight[i * m + j] as number);
    }
    start[i + 1] = column.length;
  }
  return {
    ...graph,
    start,
    column: Int32Array.from(column),
    weight: Float64Array.from(weight),
    eligible: null,
  };
}

/** Total and number of pairs of a solver's result, after checking it is feasible. */
function checkedTotal(graph: Problem, pairs: Int32Array): { total: number; matched: number } {
  const { m } = graph;
  const columnLoad = new Int32Array(m);
  const rowLoad = new Int32Array(graph.n);
  const seen = new Set<number>();
  let total = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k] as number;
    const j = pairs[k + 1] as number;
    expect(graph.eligible?.[i * m + j]).not.toBe(0);
    expect(seen.has(i * m + j)).toBe(false);
    seen.add(i * m + j);
    columnLoad[j] = (columnLoad[j] as number) + 1;
    rowLoad[i] = (rowLoad[i] as number) + 1;
    total += graph.weight[i * m + j] as number;
  }
  for (let j = 0; j < m; j++)
    expect(columnLoad[j]).toBeLessThanOrEqual(graph.capacity[j] as number);
  for (let i = 0; i < graph.n; i++) {
    expect(rowLoad[i]).toBeLessThanOrEqual(graph.rowCapacity[i] as number);
  }
  return { total, matched: pairs.length / 2 };
}

/**
 * The optimum by munkres with one column per place (mentees with one place
 * only): an ineligible pair is worth 0 like staying unmatched, and with
 * `participation` every eligible pair is worth 1000 more.
 */
function munkresOptimum(graph: Problem, objective: 'score' | 'participation') {
  const { n, m } = graph;
  const bonus = objective === 'participation' ? 1000 : 0;
  const places: number[] = [];
  for (let j = 0; j < m; j++)
    for (let c = 0; c < (graph.capacity[j] as number); c++) places.push(j);
  const value = (i: number, j: number) =>
    graph.eligible?.[i * m + j] === 0
      ? 0
      : Math.max(0, (graph.weight[i * m + j] as number) + bonus);
  const cost = Array.from({ length: n }, (_, i) => places.map((j) => -value(i, j)));
  let total = 0;
  let matched = 0;
  for (const [i, place] of places.length === 0 ? [] : munkres(cost)) {
    const j = places[place] as number;
    if (value(i, j) <= 0) continue;
    total += graph.weight[i * m + j] as number;
    matched++;
  }
  return { total, matched };
}

describe('solve: optimal', () => {
  it('equals a brute-force optimum on every small instance (up to 7×7 with capacities)', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        for (const objective of ['score', 'participation'] as const) {
          const expected = bruteForce(problem, objective);
          const result = solve(problem, { objective });
          checkFeasible(problem, result);
          expect(result.total).toBeCloseTo(expected.total, 9);
          if (objective === 'participation') {
            expect(new Set(result.pairs.map(([i]) => i)).size).toBe(expected.mentees);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is at least as good as stable and greedy on the same problem', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const optimal = solve(problem).total;
        for (const strategy of ['stable', 'greedy'] as const) {
          const other = solve(problem, { strategy });
          checkFeasible(problem, other);
          expect(optimal).toBeGreaterThanOrEqual(other.total - 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  const fixtures = JSON.parse(
    readFileSync(new URL('../fixtures/matching/scipy-assignments.json', import.meta.url), 'utf8'),
  ) as {
    fixtures: {
      name: string;
      objective: 'score' | 'participation';
      scores: number[][];
      eligible?: number[][];
      capacities: number[];
      total: number;
      matched: number;
    }[];
  };
  for (const fixture of fixtures.fixtures) {
    it(`equals scipy's linear_sum_assignment: ${fixture.name}`, () => {
      const problem: SolveProblem = {
        scores: fixture.scores,
        capacities: fixture.capacities,
        ...(fixture.eligible === undefined
          ? {}
          : { eligible: fixture.eligible.map((row) => row.map((cell) => cell === 1)) }),
      };
      const result = solve(problem, { objective: fixture.objective });
      expect(result.total).toBeCloseTo(fixture.total, 9);
      if (fixture.objective === 'participation') expect(result.matched).toBe(fixture.matched);
    });
  }

  it('agrees with munkres on random one-place problems, dense and sparsified', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 49, max: 110 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (n, m, seed) => {
          let state = seed;
          const random = () => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return state / 2 ** 32;
          };
          const scores = Array.from({ length: n }, () =>
            Array.from({ length: m }, () => Math.round(random() * 50) / 50),
          );
          const expected = munkres(scores.map((row) => row.map((value) => -value))).reduce(
            (sum, [i, j]) => sum + (scores[i]?.[j] ?? 0),
            0,
          );
          expect(solve({ scores }).total).toBeCloseTo(expected, 9);
          const flat = Float64Array.from(scores.flat());
          const graph = {
            n,
            m,
            weight: flat,
            start: null,
            column: null,
            eligible: null,
            capacity: new Int32Array(m).fill(1),
            rowCapacity: new Int32Array(n).fill(1),
          };
          const dense = solveOptimal(graph, 'score', false);
          let denseTotal = 0;
          for (let k = 0; k < dense.length; k += 2) {
            denseTotal += flat[(dense[k] ?? 0) * m + (dense[k + 1] ?? 0)] ?? 0;
          }
          expect(denseTotal).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('agrees with munkres on capacitated problems with ties and masks, dense, sparse and plain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 49, max: 80 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.constantFrom('score' as const, 'participation' as const),
        (n, m, seed, objective) => {
          const graph = randomGraph(n, m, seed, 1);
          const expected = munkresOptimum(graph, objective);
          for (const pairs of [
            solveOptimal(graph, objective),
            solveOptimal(graph, objective, false),
            solveOptimal(compressed(graph), objective),
          ]) {
            const found = checkedTotal(graph, pairs);
            expect(found.total).toBeCloseTo(expected.total, 9);
            if (objective === 'participation') expect(found.matched).toBe(expected.matched);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same optimum on every path when mentees have several places', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 49, max: 70 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.constantFrom('score' as const, 'participation' as const),
        (n, m, seed, objective) => {
          const graph = randomGraph(n, m, seed, 3);
          const reference = checkedTotal(graph, solveOptimal(graph, objective, false));
          for (const pairs of [
            solveOptimal(graph, objective),
            solveOptimal(compressed(graph), objective),
          ]) {
            const found = checkedTotal(graph, pairs);
            expect(found.total).toBeCloseTo(reference.total, 9);
            expect(found.matched).toBe(reference.matched);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('adds the pairs a warm sparse solve missed and keeps mentors past a tie at the cut', () => {
    const dense = (n: number, m: number, score: (i: number, j: number) => number) => ({
      n,
      m,
      weight: Float64Array.from({ length: n * m }, (_, k) => score(Math.floor(k / m), k % m)),
      start: null,
      column: null,
      eligible: null,
    });
    // Every mentee ranks the mentors alike and wants two: the best few run out.
    const crowded: Problem = {
      ...dense(40, 60, (_, j) => 1 - j / 100),
      capacity: Int32Array.from({ length: 60 }, (_, j) => (j === 0 ? 2 : 1)),
      rowCapacity: new Int32Array(40).fill(2),
    };
    // The same with one place per mentor and one mentor per mentee.
    const single: Problem = {
      ...dense(40, 60, (_, j) => 1 - j / 100),
      capacity: new Int32Array(60).fill(1),
      rowCapacity: new Int32Array(40).fill(1),
    };
    // All scores tie and the first mentors have no place: mentees get
    // mentors past the first few of a row.
    const tied: Problem = {
      ...dense(150, 60, () => 0.5),
      capacity: Int32Array.from({ length: 60 }, (_, j) => (j < 30 ? 0 : 2)),
      rowCapacity: new Int32Array(150).fill(1),
    };
    for (const graph of [crowded, single, tied]) {
      for (const objective of ['score', 'participation'] as const) {
        const reference = checkedTotal(graph, solveOptimal(graph, objective, false));
        const found = checkedTotal(graph, solveOptimal(graph, objective));
        expect(found.total).toBeCloseTo(reference.total, 9);
        expect(found.matched).toBe(reference.matched);
      }
    }
    expect(checkedTotal(tied, solveOptimal(tied, 'score')).total).toBeCloseTo(
      munkresOptimum(tied, 'score').total,
      9,
    );
  });

  it('accepts flat typed arrays and an eligibility mask', () => {
    const result = solve({
      scores: new Float64Array([0.9, 0.4, 0.8, 0.1, 0.2, 0.7]),
      mentorCount: 2,
      eligible: new Uint8Array([1, 1, 0, 1, 1, 1]),
      capacities: [1, 2],
    });
    expect(result.pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(result.total).toBeCloseTo(1.7, 12);
  });

  it('leaves a mentee unmatched rather than use a pair with a negative score', () => {
    expect(solve({ scores: [[-0.5]] }).pairs).toEqual([]);
    expect(solve({ scores: [[-0.5]] }, { objective: 'participation' }).pairs).toEqual([[0, 0]]);
  });

  /** The one issue of the InvalidOptionsError that `run` throws. */
  function issueOf(run: () => unknown) {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      const { issues, params } = error as InvalidOptionsError;
      expect(issues).toHaveLength(1);
      return { ...issues[0], function: params.function };
    }
    return expect.unreachable();
  }

  it('rejects malformed problems and options with InvalidOptionsError', () => {
    expect(issueOf(() => solve({ scores: [[1, 2], [3]] }))).toMatchObject({
      path: ['scores', 1],
      code: 'too_small',
      function: 'solve',
    });
    expect(issueOf(() => solve({ scores: [1, 2, 3] })).path).toEqual(['mentorCount']);
    expect(issueOf(() => solve({ scores: [[Number.NaN]] })).path).toEqual(['scores', 0, 0]);
    expect(issueOf(() => solve({ scores: [[1]], capacities: [1.5] })).path).toEqual([
      'capacities',
      0,
    ]);
    expect(issueOf(() => solve({ scores: [[1]], menteeRanks: [[3]] })).path).toEqual([
      'menteeRanks',
      0,
      0,
    ]);
    expect(issueOf(() => solve({ scores: [[1]], eligible: [[true, false]] })).path).toEqual([
      'eligible',
      0,
    ]);
    expect(
      issueOf(() =>
        solve({ scores: [[1]] }, { strategy: 'fair' } as unknown as { strategy: 'optimal' }),
      ).path,
    ).toEqual(['strategy']);
    expect(issueOf(() => solve(null as unknown as SolveProblem)).path).toEqual([]);
    expect(issueOf(() => solve({ scores: 'abc' } as unknown as SolveProblem)).path).toEqual([
      'scores',
    ]);
    const hostile = new Proxy({} as SolveProblem, {
      get() {
        throw new Error('no');
      },
    });
    expect(issueOf(() => solve(hostile)).code).toBe('unparseable');
    expect(issueOf(() => findBlockingPairs({ scores: [[1]] }, [[0, 3]]))).toMatchObject({
      path: ['matching', 0],
      function: 'findBlockingPairs',
    });
  });

  it.each<[string, SolveProblem, Path, string]>([
    [
      'a flat list of the wrong length',
      { scores: [1, 2, 3], mentorCount: 2 },
      ['scores'],
      'too_big',
    ],
    [
      'a non-finite entry in a flat list',
      { scores: [1, Number.POSITIVE_INFINITY], mentorCount: 2 },
      ['scores', 1],
      'invalid_type',
    ],
    [
      'mentee scores with a row too many',
      { scores: [[1]], menteeScores: [[1], [2]] },
      ['menteeScores'],
      'too_big',
    ],
    [
      'mentor scores with a short row',
      { scores: [[1, 2]], mentorScores: [[1]] },
      ['mentorScores', 0],
      'too_small',
    ],
    [
      'eligible with a row too many',
      { scores: [[1]], eligible: [[true], [true]] },
      ['eligible'],
      'too_big',
    ],
    [
      'a flat eligible list of the wrong length',
      { scores: [[1, 2]], eligible: [1, 0, 1] },
      ['eligible'],
      'too_big',
    ],
    [
      'capacities of the wrong length',
      { scores: [[1, 2]], capacities: [1] },
      ['capacities'],
      'too_small',
    ],
    [
      'a negative mentee capacity',
      { scores: [[1]], menteeCapacities: [-1] },
      ['menteeCapacities', 0],
      'too_small',
    ],
    [
      'mentor ranks for too few mentors',
      { scores: [[1, 2]], mentorRanks: [[0]] },
      ['mentorRanks'],
      'too_small',
    ],
    [
      'a repeated index in a ranking',
      { scores: [[1, 2]], menteeRanks: [[1, 1]] },
      ['menteeRanks', 0, 1],
      'duplicate_value',
    ],
  ])('rejects %s with an issue at the field', (_, problem, path, code) => {
    const issue = issueOf(() => solve(problem));
    expect(issue.path).toEqual(path);
    expect(issue.code).toBe(code);
    // The message names the field, for logs.
    expect(() => solve(problem)).toThrow(path[0] as string);
  });

  it('accepts a flat list of scores and a flat eligible list of numbers', () => {
    const problem = { scores: [0.9, 0.1, 0.2, 0.8], mentorCount: 2, eligible: [0, 1, 1, 1] };
    // Mentee 0 may only have mentor 1, which mentee 1 values most.
    expect(solve(problem).pairs).toEqual([[1, 1]]);
    expect(solve(problem, { objective: 'participation' }).pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('rejects non-finite scores in typed arrays for the stable strategy, whoever proposes', () => {
    // The stable solver checks finiteness during its first pass over the
    // matrix instead of a separate one; the error must be the same.
    for (const proposing of ['mentee', 'mentor'] as const) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        const scores = Float64Array.from([0.5, 0.2, bad, 0.1]);
        const eligible = Uint8Array.from([1, 1, 0, 1]);
        for (const problem of [
          { scores, mentorCount: 2 },
          { scores, mentorCount: 2, eligible },
          { scores, mentorCount: 2, menteeCapacities: [1, 0] },
        ]) {
          expect(issueOf(() => solve(problem, { strategy: 'stable', proposing }))).toMatchObject({
            path: ['scores', 2],
            code: 'invalid_type',
            messageKey: 'matching.error.not_finite',
          });
        }
      }
    }
  });
});

/**
 * Gale and Shapley, "College Admissions and the Stability of Marriage",
 * American Mathematical Monthly 69 (1962) 9–15. Each cell is (the man's rank
 * of the woman, the woman's rank of the man); men are mentees, women mentors.
 */
function galeShapley(cells: readonly (readonly (readonly [number, number])[])[]): SolveProblem {
  const n = cells.length;
  const m = cells[0]?.length ?? 0;
  const order = (count: number, rank: (k: number) => number) =>
    Array.from({ length: count }, (_, k) => k).sort((a, b) => rank(a) - rank(b));
  return {
    scores: cells.map((row) => row.map(() => 0)),
    menteeRanks: cells.map((row) => order(m, (j) => row[j]?.[0] ?? 0)),
    mentorRanks: Array.from({ length: m }, (_, j) => order(n, (i) => cells[i]?.[j]?.[1] ?? 0)),
  };
}

describe('solve: stable', () => {
  it('reproduces Gale & Shapley (1962), example with three stable matchings', () => {
    // Men α, β, γ and women A, B, C: the men-optimal matching gives every man
    // his first choice, the women-optimal one every woman hers.
    const problem = galeShapley([
      [
        [1, 3],
        [2, 2],
        [3, 1],
      ],
      [
        [3, 1],
        [1, 3],
        [2, 2],
      ],
      [
        [2, 2],
        [3, 1],
        [1, 3],
      ],
    ]);
    expect(solve(problem, { strategy: 'stable' }).pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(solve(problem, { strategy: 'stable', proposing: 'mentor' }).pairs).toEqual([
      [0, 2],
      [1, 0],
      [2, 1],
    ]);
  });

  it('reproduces Gale & Shapley (1962), the 4×4 example with a single stable matching', () => {
    // Their only stable set of marriages: αC, βD, γA, δB.
    const problem = galeShapley([
      [
        [1, 3],
        [2, 2],
        [3, 1],
        [4, 3],
      ],
      [
        [1, 4],
        [2, 3],
        [3, 2],
        [4, 4],
      ],
      [
        [3, 1],
        [1, 4],
        [2, 3],
        [4, 2],
      ],
      [
        [2, 2],
        [3, 1],
        [1, 4],
        [4, 1],
      ],
    ]);
    const expected = [
      [0, 2],
      [1, 3],
      [2, 0],
      [3, 1],
    ];
    expect(solve(problem, { strategy: 'stable' }).pairs).toEqual(expected);
    expect(solve(problem, { strategy: 'stable', proposing: 'mentor' }).pairs).toEqual(expected);
  });

  // The NRMP's worked example of its matching algorithm ("How the Matching
  // Algorithm Works"): five applicants, three programmes with two positions
  // each; a pair is acceptable only when both sides rank each other.
  const applicants = ['Arthur', 'Sunny', 'Joseph', 'Latha', 'Darrius'];
  const applicantLists: Record<string, string[]> = {
    Arthur: ['City'],
    Sunny: ['City', 'Mercy'],
    Joseph: ['City', 'General', 'Mercy'],
    Latha: ['Mercy', 'City', 'General'],
    Darrius: ['City', 'Mercy', 'General'],
  };
  const programmes = ['Mercy', 'City', 'General'];

  function hospitalsResidents(programmeLists: Record<string, string[]>): SolveProblem {
    const acceptable = (a: string, p: string) =>
      (applicantLists[a] ?? []).includes(p) && (programmeLists[p] ?? []).includes(a);
    return {
      scores: applicants.map(() => programmes.map(() => 0)),
      eligible: applicants.map((a) => programmes.map((p) => acceptable(a, p))),
      capacities: programmes.map(() => 2),
      menteeRanks: applicants.map((a) =>
        (applicantLists[a] ?? []).filter((p) => acceptable(a, p)).map((p) => programmes.indexOf(p)),
      ),
      mentorRanks: programmes.map((p) =>
        (programmeLists[p] ?? []).filter((a) => acceptable(a, p)).map((a) => applicants.indexOf(a)),
      ),
    };
  }

  function named(result: SolveResult): Record<string, string[]> {
    const byProgramme: Record<string, string[]> = {};
    for (const [i, j] of result.pairs) {
      const programme = programmes[j] ?? '';
      byProgramme[programme] = [...(byProgramme[programme] ?? []), applicants[i] ?? ''].sort();
    }
    return byProgramme;
  }

  it("reproduces the NRMP's published example: Sunny unmatched, Mercy unfilled", () => {
    const problem = hospitalsResidents({
      Mercy: ['Darrius', 'Joseph'],
      City: ['Darrius', 'Arthur', 'Sunny', 'Latha', 'Joseph'],
      General: ['Darrius', 'Arthur', 'Joseph', 'Latha'],
    });
    const expected = { City: ['Arthur', 'Darrius'], General: ['Joseph', 'Latha'] };
    expect(named(solve(problem, { strategy: 'stable' }))).toEqual(expected);
    // The instance has a single stable matching, so the programmes proposing
    // reach the same one.
    expect(named(solve(problem, { strategy: 'stable', proposing: 'mentor' }))).toEqual(expected);
    expect(findBlockingPairs(problem, solve(problem, { strategy: 'stable' }))).toEqual([]);
  });

  it('reproduces the published variant of the NRMP example (Wilde, Knight & Gillard, JOSS 2020)', () => {
    // The `matching` library's README instance: Mercy and General rank more
    // applicants, so Sunny and Latha find a place at Mercy.
    const problem = hospitalsResidents({
      Mercy: ['Darrius', 'Latha', 'Sunny', 'Joseph'],
      City: ['Darrius', 'Arthur', 'Sunny', 'Latha', 'Joseph'],
      General: ['Darrius', 'Joseph', 'Latha'],
    });
    expect(named(solve(problem, { strategy: 'stable' }))).toEqual({
      Mercy: ['Latha', 'Sunny'],
      City: ['Arthur', 'Darrius'],
      General: ['Joseph'],
    });
  });

  it('solves hospitals/residents exactly like the stable-marriage instance with cloned hospitals', () => {
    // Gusfield & Irving (1989), §1.6.5: an HR instance is an SM instance in
    // which each hospital is split into one copy per place, ranked in place order.
    fc.assert(
      fc.property(smallProblem, fc.integer({ min: 0, max: 1000 }), (problem, seed) => {
        const n = problem.scores.length;
        const m = problem.capacities.length;
        const mentorScores = problem.scores.map((row, i) =>
          row.map((_, j) => ((i * 7 + j * 13 + seed) % 11) / 10),
        );
        const hr: SolveProblem = {
          scores: problem.scores,
          mentorScores,
          eligible: problem.eligible,
          capacities: problem.capacities,
        };
        const slots = problem.capacities.flatMap((capacity, j) =>
          Array.from({ length: capacity }, () => j),
        );
        const expand = (matrix: number[][]) => matrix.map((row) => slots.map((j) => row[j] ?? 0));
        const sm: SolveProblem = {
          scores: expand(problem.scores),
          mentorScores: expand(mentorScores),
          eligible: problem.eligible.map((row) => slots.map((j) => row[j] ?? false)),
          // Residents rank a hospital's copies consecutively, first place first.
          menteeRanks: problem.scores.map((row, i) =>
            slots
              .map((j, slot) => ({ j, slot }))
              .filter(({ j }) => problem.eligible[i]?.[j])
              .sort((a, b) => (row[b.j] ?? 0) - (row[a.j] ?? 0) || a.j - b.j || a.slot - b.slot)
              .map(({ slot }) => slot),
          ),
        };
        const fromHr = solve(hr, { strategy: 'stable' }).pairs.map(([i, j]) => `${i}:${j}`);
        const fromSm = solve(sm, { strategy: 'stable' }).pairs.map(
          ([i, slot]) => `${i}:${slots[slot]}`,
        );
        expect(fromHr).toEqual(fromSm.sort());
        expect(n).toBeGreaterThan(0);
        expect(m).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  const twoSided = smallProblem.chain((problem) =>
    fc.record({
      problem: fc.constant(problem),
      mentorScores: fc.array(
        fc.array(fc.integer({ min: 0, max: 5 }), {
          minLength: problem.capacities.length,
          maxLength: problem.capacities.length,
        }),
        { minLength: problem.scores.length, maxLength: problem.scores.length },
      ),
      ranked: fc.boolean(),
    }),
  );

  function twoSidedProblem(input: {
    problem: Small;
    mentorScores: number[][];
    ranked: boolean;
  }): SolveProblem {
    const { problem, mentorScores, ranked } = input;
    return {
      scores: problem.scores,
      mentorScores,
      eligible: problem.eligible,
      capacities: problem.capacities,
      menteeCapacities: problem.menteeCapacities.map(() => 1),
      ...(ranked
        ? {
            menteeRanks: problem.scores.map((row) =>
              row.map((_, j) => j).filter((j) => j % 2 === 1),
            ),
            mentorRanks: problem.capacities.map((_, j) =>
              problem.scores.map((_, i) => i).filter((i) => (i + j) % 3 === 0),
            ),
          }
        : {}),
    };
  }

  it('has no blocking pairs, from either side', () => {
    fc.assert(
      fc.property(twoSided, (input) => {
        const problem = twoSidedProblem(input);
        for (const proposing of ['mentee', 'mentor'] as const) {
          const result = solve(problem, { strategy: 'stable', proposing });
          expect(findBlockingPairs(problem, result)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every mentee a mentor at least as good when mentees propose', () => {
    fc.assert(
      fc.property(twoSided, (input) => {
        const problem = twoSidedProblem(input);
        const byMentees = solve(problem, { strategy: 'stable' });
        const byMentors = solve(problem, { strategy: 'stable', proposing: 'mentor' });
        // The mentee's own ranking: declared choices, then score, then index.
        const declared = problem.menteeRanks;
        const key = (i: number, j: number | undefined): number[] => {
          if (j === undefined) return [Number.POSITIVE_INFINITY, 0, 0];
          const position = declared?.[i]?.indexOf(j) ?? -1;
          return [position < 0 ? 1e9 : position, -(input.problem.scores[i]?.[j] ?? 0), j];
        };
        const partner = (result: SolveResult, i: number) =>
          result.pairs.find(([mentee]) => mentee === i)?.[1];
        for (let i = 0; i < input.problem.scores.length; i++) {
          const a = key(i, partner(byMentees, i));
          const b = key(i, partner(byMentors, i));
          const notWorse =
            (a[0] ?? 0) < (b[0] ?? 0) ||
            (a[0] === b[0] &&
              ((a[1] ?? 0) < (b[1] ?? 0) || (a[1] === b[1] && (a[2] ?? 0) <= (b[2] ?? 0))));
          expect(notWorse).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds blocking pairs in an unstable matching', () => {
    const problem = {
      scores: [
        [1, 0],
        [0, 1],
      ],
    };
    expect(
      findBlockingPairs(problem, [
        [0, 1],
        [1, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('coincides with greedy for one symmetric score and no declared ranking', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const symmetric = { ...problem, menteeCapacities: problem.menteeCapacities.map(() => 1) };
        expect(solve(symmetric, { strategy: 'stable' }).pairs).toEqual(
          solve(symmetric, { strategy: 'greedy' }).pairs,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('handles mentees with several places (many-to-many deferred acceptance)', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const result = solve(problem, { strategy: 'stable' });
        checkFeasible(problem, result);
        expect(findBlockingPairs(problem, result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** The textbook algorithm with fully sorted lists, as a reference for long lists. */
function referenceStable(
  scores: number[][],
  mentorScores: number[][],
  eligible: boolean[][],
  capacities: number[],
): string[] {
  const n = scores.length;
  const m = capacities.length;
  const lists = scores.map((row, i) =>
    row
      .map((_, j) => j)
      .filter((j) => eligible[i]?.[j])
      .sort((a, b) => (row[b] ?? 0) - (row[a] ?? 0) || a - b),
  );
  const prefers = (j: number, a: number, b: number) => {
    const sa = mentorScores[a]?.[j] ?? 0;
    const sb = mentorScores[b]?.[j] ?? 0;
    return sa !== sb ? sa > sb : a < b;
  };
  const next = new Array<number>(n).fill(0);
  const held: number[][] = Array.from({ length: m }, () => []);
  const free = Array.from({ length: n }, (_, i) => i);
  while (free.length > 0) {
    const i = free.pop() as number;
    const list = lists[i] ?? [];
    while ((next[i] ?? 0) < list.length) {
      const j = list[next[i] ?? 0] as number;
      next[i] = (next[i] ?? 0) + 1;
      const mine = held[j] as number[];
      if (mine.length < (capacities[j] ?? 0)) {
        mine.push(i);
        break;
      }
      if ((capacities[j] ?? 0) === 0) continue;
      let worst = 0;
      for (let k = 1; k < mine.length; k++)
        if (prefers(j, mine[worst] ?? 0, mine[k] ?? 0)) worst = k;
      if (prefers(j, i, mine[worst] ?? 0)) {
        free.push(mine[worst] ?? 0);
        mine[worst] = i;
        break;
      }
    }
  }
  return held.flatMap((list, j) => list.map((i) => `${i}:${j}`)).sort();
}

describe('solve: stable on long preference lists', () => {
  it('equals the textbook algorithm and has no blocking pairs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 160 }),
        fc.integer({ min: 70, max: 120 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (n, m, seed) => {
          let state = seed;
          const random = () => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return state / 2 ** 32;
          };
          const matrix = () =>
            Array.from({ length: n }, () =>
              Array.from({ length: m }, () => Math.round(random() * 20) / 20),
            );
          const scores = matrix();
          const mentorScores = matrix();
          const eligible = Array.from({ length: n }, () =>
            Array.from({ length: m }, () => random() < 0.9),
          );
          const capacities = Array.from({ length: m }, () => Math.floor(random() * 2));
          const problem = { scores, mentorScores, eligible, capacities };
          const result = solve(problem, { strategy: 'stable' });
          expect(result.pairs.map(([i, j]) => `${i}:${j}`).sort()).toEqual(
            referenceStable(scores, mentorScores, eligible, capacities),
          );
          expect(findBlockingPairs(problem, result)).toEqual([]);
          const byMentors = solve(problem, { strategy: 'stable', proposing: 'mentor' });
          expect(findBlockingPairs(problem, byMentors)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
