// Benchmarks of constrained matching (`solve` with groups and constraints):
// the exact optimum under caps per mentor group and a minimum for a mentee
// group, each objective, and the search for a minimal conflicting set, next
// to the unconstrained optimum on the same matrix. Run:
// npx tsx bench/index.ts constraints (CONSTRAINTS_BENCH_QUICK=1 for a smoke run).
import { solve } from '../src/matching/index';
import { medianMs, printTable } from './table';

const quick = process.env.CONSTRAINTS_BENCH_QUICK === '1';
const sizes: readonly (readonly [number, number])[] = quick
  ? [[100, 25]]
  : [
      [200, 50],
      [500, 125],
      [1000, 250],
    ];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ms = (value: number) =>
  Number.isNaN(value) ? '–' : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export default async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const [n, m] of sizes) {
    const next = random(n * 31 + m);
    const scores = new Float64Array(n * m).map(() => next());
    const capacities = new Array<number>(m).fill(4);
    // Ten companies among the mentors, capped; a third of the mentees with a minimum.
    const groups = [
      ...Array.from({ length: 10 }, (_, g) => ({
        id: `company-${g}`,
        mentors: Array.from({ length: m }, (_, j) => j).filter((j) => j % 10 === g),
      })),
      { id: 'reach', mentees: Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0) },
    ];
    const constraints = [
      ...groups.slice(0, 10).map((group) => ({ group: group.id, maxPairs: Math.floor(n / 12) })),
      { group: 'reach', minPairs: Math.floor(n / 3) },
    ];
    const problem = { scores, mentorCount: m, capacities, groups, constraints };
    // One company must take every mentee: conflicts with its own mentors' places.
    const impossible = {
      ...problem,
      constraints: [...constraints, { group: 'company-0', minPairs: n }],
    };
    const runs = n >= 1000 ? 3 : 5;
    const free = medianMs(() => solve({ scores, mentorCount: m, capacities }), runs);
    const score = medianMs(() => solve(problem), runs);
    const participation = medianMs(() => solve(problem, { objective: 'participation' }), runs);
    // Fairness solves about log2(pairs) times; the conflict search once per constraint.
    const once = n * m > 100_000 ? 1 : 3;
    const fairness = medianMs(() => solve(problem, { objective: 'fairness' }), once, 0);
    const conflict = medianMs(() => solve(impossible), once, 0);
    rows.push([`${n} × ${m}`, ms(free), ms(score), ms(participation), ms(fairness), ms(conflict)]);
  }
  console.log(
    '#### optimal assignment under group constraints (medians; capacity 4, 11 constraints)\n',
  );
  printTable(
    [
      'mentees × mentors',
      'unconstrained',
      'score',
      'participation',
      'fairness',
      'conflict (12 constraints)',
    ],
    rows,
  );
}
