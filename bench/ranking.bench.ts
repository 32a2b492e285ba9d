// Benchmarks of per-request scoring: scorePair on repeated calls, rankMentors
// and a prepared mentor pool ranking one mentee over 5,000 mentors, and the
// bulk scoreMatrix next to them. Run: npx tsx bench/index.ts ranking
// RANKING_BENCH_BASELINE=<dir with an older src/> adds its figures as "before"
// (e.g. `git archive <rev> src | tar -x -C /tmp/old`, then `/tmp/old/src`;
// link `/tmp/old/node_modules` to this checkout's so the old code finds zod).
// RANKING_BENCH_QUICK=1 shrinks the sizes for a smoke run. The last table
// splits the bulk scoreMatrix into its parts (current version only).
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { buildCohortFeatures } from '../src/matching/cohort';
import * as current from '../src/matching/index';
import { MatchingOptionsSchema, readOptions, resolveOptions } from '../src/matching/options';
import { createScratch, scoreRow } from '../src/matching/score-kernel';
import { makeCohort } from '../test/matching/support/cohort';
import { medianMs, printTable } from './table';

type Matching = typeof current;
const quick = process.env.RANKING_BENCH_QUICK === '1';
const mentorCount = quick ? 500 : 5000;

async function baseline(): Promise<Partial<Matching> | null> {
  const dir = process.env.RANKING_BENCH_BASELINE;
  if (dir === undefined || dir === '') return null;
  return (await import(pathToFileURL(`${dir}/matching/index.ts`).href)) as Partial<Matching>;
}

/** Median milliseconds of one call with tinybench (at least `time` ms of samples). */
async function tiny(fn: () => unknown, time = 400): Promise<number> {
  const bench = new Bench({ time, warmupTime: 100 });
  bench.add('case', fn);
  await bench.run();
  const result = bench.tasks[0]?.result as { latency?: { p50?: number } } | undefined;
  return result?.latency?.p50 ?? Number.NaN;
}

const ms = (value: number) =>
  Number.isNaN(value) ? '–' : value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
const rate = (pairs: number, milliseconds: number) =>
  Number.isNaN(milliseconds) ? '–' : `${(((pairs / milliseconds) * 1000) / 1e6).toFixed(2)} M`;

export default async function run(): Promise<void> {
  const old = await baseline();
  const libraries: [string, Partial<Matching>][] = [['after', current]];
  if (old !== null) libraries.unshift(['before', old]);

  const { mentors, mentees } = makeCohort({ mentors: mentorCount, mentees: 1000, seed: 12 });
  const few = mentors.slice(0, 100);
  const batch = 10_000;

  // scorePair: the same 1,000 pairs again and again (profiles and options kept),
  // then fresh copies of the profiles (nothing cached).
  const options = {};
  const rows: string[][] = [];
  for (const [name, lib] of libraries) {
    const scorePair = lib.scorePair as Matching['scorePair'];
    const repeated = () => {
      for (let k = 0; k < batch; k++) {
        scorePair(few[k % 100] as never, mentees[k % 10] as never, options);
      }
    };
    const fresh = () => {
      for (let k = 0; k < 200; k++) {
        scorePair(
          { ...(few[k % 100] as object) } as never,
          { ...(mentees[k % 10] as object) } as never,
          options,
        );
      }
    };
    const repeatedMs = await tiny(repeated);
    const freshMs = await tiny(fresh);
    rows.push([name, 'scorePair, repeated pairs', ms(repeatedMs / batch), rate(batch, repeatedMs)]);
    rows.push([name, 'scorePair, fresh profiles', ms(freshMs / 200), rate(200, freshMs)]);
  }
  console.log('#### scorePair (medians; per call, and pairs per second)\n');
  printTable(['version', 'case', 'per call', 'pairs/s'], rows);

  const rankRows: string[][] = [];
  const mentee = mentees[7] as (typeof mentees)[number];
  for (const [name, lib] of libraries) {
    const rankMentors = lib.rankMentors as Matching['rankMentors'];
    const limited = await tiny(() => rankMentors(mentee, mentors, { limit: 10 }), 1000);
    rankRows.push([name, `rankMentors, ${mentorCount} mentors, limit 10`, ms(limited)]);
    if (lib.createMentorPool !== undefined) {
      const create = lib.createMentorPool;
      const build = medianMs(() => create(mentors), 5);
      const pool = create(mentors);
      let k = 0;
      // A different mentee per request, as on a platform.
      const explained = await tiny(
        () => pool.rank(mentees[k++ % 1000] as never, { limit: 10 }),
        1000,
      );
      const bare = await tiny(
        () => pool.rank(mentees[k++ % 1000] as never, { limit: 10, explain: false }),
        1000,
      );
      rankRows.push([name, `createMentorPool, ${mentorCount} mentors (once)`, ms(build)]);
      rankRows.push([name, 'pool.rank, limit 10, explained', ms(explained)]);
      rankRows.push([name, 'pool.rank, limit 10, explain: false', ms(bare)]);
    }
  }
  // The programme's attributes and questionnaire take the reference arithmetic
  // on every path (issue #12 §4): their cost, for the current version only.
  {
    const regions = ['North', 'South', 'East', 'West', 'Central'];
    const withFields = <T extends { id: string }>(people: readonly T[]) =>
      people.map((person, k) => ({
        ...person,
        attributes: { region: regions[k % 5] as string, company: `c${k % 37}` },
        ...(k % 4 === 0 ? {} : { answers: { a: 1 + (k % 5), b: 1 + ((k * 7) % 5), c: 3 } }),
      }));
    const program = {
      id: 'bench',
      settings: {
        attributes: [
          { id: 'region', prefer: 'same' as const },
          { id: 'company', prefer: 'different' as const },
        ],
        questionnaire: { items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
      },
    };
    const fieldedMentors = withFields(mentors);
    const fieldedMentees = withFields(mentees.slice(0, 1000));
    const pool = current.createMentorPool(fieldedMentors, { program });
    let k = 0;
    const explained = await tiny(
      () => pool.rank(fieldedMentees[k++ % 1000] as never, { limit: 10 }),
      1000,
    );
    const bare = await tiny(
      () => pool.rank(fieldedMentees[k++ % 1000] as never, { limit: 10, explain: false }),
      1000,
    );
    rankRows.push(['after', 'pool.rank, 2 attributes + questionnaire, explained', ms(explained)]);
    rankRows.push(['after', 'pool.rank, 2 attributes + questionnaire, explain: false', ms(bare)]);
  }
  console.log('\n#### ranking one mentee (medians)\n');
  printTable(['version', 'case', 'time'], rankRows);

  // The bulk path, in the same process, so a change of the kernel shows here too.
  const bulk = makeCohort({ mentors: quick ? 200 : 2000, mentees: quick ? 1000 : 10_000, seed: 7 });
  const square = makeCohort({ mentors: 1000, mentees: 1000, seed: 3 });
  const matrixRows: string[][] = [];
  for (const [name, lib] of libraries) {
    const scoreMatrix = lib.scoreMatrix as Matching['scoreMatrix'];
    for (const [label, cohort] of [
      ['1,000 × 1,000', square],
      [quick ? '1,000 × 200' : '10,000 × 2,000', bulk],
    ] as const) {
      const time = medianMs(() => scoreMatrix(cohort.mentors, cohort.mentees), 5);
      const pairs = cohort.mentors.length * cohort.mentees.length;
      matrixRows.push([name, label, ms(time), rate(pairs, time)]);
    }
  }
  console.log('\n#### scoreMatrix, all default criteria (medians)\n');
  printTable(['version', 'mentees × mentors', 'time', 'pairs/s'], matrixRows);

  // Where the bulk time goes: the features, the kernel writing into memory it
  // wrote before, and a fresh output of the same size written once without
  // scoring. On a VM the first write of fresh pages (page faults) can cost
  // more than the scoring itself; scoreMatrix must return fresh arrays.
  const partRows: string[][] = [];
  const resolved = resolveOptions(readOptions('scoreMatrix', MatchingOptionsSchema, {}));
  const features = buildCohortFeatures(bulk.mentors, bulk.mentees, resolved);
  const cells = features.nMentors * features.nMentees;
  const label = quick ? '1,000 × 200' : '10,000 × 2,000';
  const build = medianMs(() => buildCohortFeatures(bulk.mentors, bulk.mentees, resolved), 5);
  const written = { scores: new Float64Array(cells), eligible: new Uint8Array(cells) };
  const kernel = medianMs(() => {
    const scratch = createScratch(features);
    for (let e = 0; e < features.nMentees; e++) {
      // biome-ignore format: one call
      scoreRow(features, resolved.weights, e, 0, features.nMentors, written.scores, written.eligible, e * features.nMentors, scratch, null);
    }
  }, 5);
  const fresh = medianMs(() => {
    new Float64Array(cells).fill(0.5);
    new Uint8Array(cells).fill(1);
  }, 5);
  const whole = medianMs(() => current.scoreMatrix(bulk.mentors, bulk.mentees), 5);
  // The same call into arrays the caller keeps between calls (`into`).
  const into = { scores: new Float64Array(cells), eligible: new Uint8Array(cells) };
  const reused = medianMs(() => current.scoreMatrix(bulk.mentors, bulk.mentees, { into }), 5);
  const megabytes = Math.round((cells * 9) / 1e6);
  partRows.push([label, 'features (interning, bitmaps, lists)', ms(build), '–']);
  partRows.push([label, 'kernel, into memory written before', ms(kernel), rate(cells, kernel)]);
  partRows.push([label, `fresh output alone (${megabytes} MB), written once`, ms(fresh), '–']);
  partRows.push([label, 'scoreMatrix, all of it', ms(whole), rate(cells, whole)]);
  partRows.push([
    label,
    'scoreMatrix into reused arrays (`into`)',
    ms(reused),
    rate(cells, reused),
  ]);
  console.log('\n#### scoreMatrix in parts, current version (medians)\n');
  printTable(['mentees × mentors', 'part', 'time', 'pairs/s'], partRows);
}
