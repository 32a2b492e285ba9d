// Issue #12 §1/§3/§4: every path that scores a pair gives the same bits —
// scorePair (cached or not), the fused matrix kernel, rankMentors, a mentor
// pool (fresh and after updates) and the top-k path of assign — and the pool
// and rankMentors order mentors as the matrix row does. The generators cover
// the programme's criteria too (attributes preferring the same and different
// values, a questionnaire), with data missing on either side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assign,
  createMentorPool,
  defineCriterion,
  InvalidOptionsError,
  type MatchingOptions,
  type MenteeProfile,
  type MentorProfile,
  type PairScore,
  rankMentors,
  scoreMatrix,
  scorePair,
} from '../../src/index';
import { builtinCriteria, criterionIndex } from '../../src/matching/criteria';
import { makeCohort, mulberry32 } from './support/cohort';

/** A programme with attributes (one preferring the same value, one different) and a questionnaire. */
const programWithCriteria = {
  id: 'agreement',
  settings: {
    attributes: [
      { id: 'region', label: { en: 'Region', de: 'Region' }, prefer: 'same' as const, weight: 2 },
      { id: 'company', prefer: 'different' as const },
    ],
    questionnaire: {
      scale: { min: 1, max: 5 },
      items: [{ id: 'structure' }, { id: 'pace' }, { id: 'feedback' }],
      weight: 1.5,
    },
  },
};

/** Gives people attributes and answers, some left out, some on values nobody else has. */
function withProgramFields<T extends MentorProfile | MenteeProfile>(
  people: readonly T[],
  seed: number,
): T[] {
  const random = mulberry32(seed);
  const pick = <V>(items: readonly V[]) => items[Math.floor(random() * items.length)] as V;
  return people.map((person) => {
    const attributes: Record<string, string> = {};
    if (random() < 0.75) attributes.region = pick(['North', 'north ', 'South', 'East', 'West']);
    if (random() < 0.6) attributes.company = pick(['Acme', 'Globex', 'Initech', `own-${seed}`]);
    const answers: Record<string, number> = {};
    for (const item of ['structure', 'pace', 'feedback']) {
      if (random() < 0.6) answers[item] = 1 + Math.floor(random() * 5);
    }
    const blank = random() < 0.15;
    return {
      ...person,
      ...(blank || Object.keys(attributes).length === 0 ? {} : { attributes }),
      ...(blank || Object.keys(answers).length === 0 ? {} : { answers }),
    };
  });
}

/** Blanks some optional data so that unknown criteria and hard rules are exercised. */
function thin<T extends MentorProfile | MenteeProfile>(person: T, k: number, mode: number): T {
  if ((k + mode) % 4 !== 0) return person;
  const copy = { ...person, availability: [] };
  if ('interests' in copy && mode % 2 === 0) {
    const { targetRole: _, ...rest } = copy as MenteeProfile;
    return { ...rest, interests: [] } as unknown as T;
  }
  return copy;
}

const optionsArbitrary = fc.record({
  weights: fc.option(
    fc.record({
      topics: fc.constantFrom(0, 1, 3, 7.5),
      availability: fc.constantFrom(0, 2, 4),
      role: fc.constantFrom(0, 1, 2.5),
    }),
    { nil: undefined },
  ),
  sameOrganization: fc.constantFrom('veto', 'penalty', 'allow') as fc.Arbitrary<
    'veto' | 'penalty' | 'allow'
  >,
  requireSharedChannel: fc.boolean(),
  minWeeklyOverlapMinutes: fc.constantFrom(0, 0, 30, 90),
  custom: fc.boolean(),
  program: fc.boolean(),
  programWeights: fc.option(
    fc.record({
      'attribute:region': fc.constantFrom(0, 1, 4),
      questionnaire: fc.constantFrom(0, 2),
    }),
    { nil: undefined },
  ),
});

const city = defineCriterion({
  id: 'same-zone',
  weight: 1.5,
  evaluate: (mentor, mentee) => (mentor.timeZone === mentee.timeZone ? 1 : 0.25),
});

function rowOrder(matrix: ReturnType<typeof scoreMatrix>, e: number, ids: readonly string[]) {
  const n = matrix.mentorCount;
  return Array.from({ length: n }, (_, m) => m)
    .filter((m) => matrix.eligible[e * n + m] === 1)
    .sort(
      (a, b) =>
        (matrix.scores[e * n + b] as number) - (matrix.scores[e * n + a] as number) ||
        ((ids[a] as string) < (ids[b] as string) ? -1 : 1),
    )
    .map((m) => ids[m]);
}

describe('agreement of every scoring path', () => {
  it('scorePair, scoreMatrix, rankMentors, the pool and top-k agree bit for bit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 3 }),
        optionsArbitrary,
        (seed, mentorCount, menteeCount, mode, drawn) => {
          const cohort = makeCohort({ mentors: mentorCount, mentees: menteeCount, seed });
          const fielded = drawn.program
            ? {
                mentors: withProgramFields(cohort.mentors, seed),
                mentees: withProgramFields(cohort.mentees, seed + 1),
              }
            : cohort;
          const mentors = fielded.mentors.map((m, k) => thin(m, k, mode));
          const mentees = fielded.mentees.map((m, k) => thin(m, k, mode + 1));
          const weights = {
            ...drawn.weights,
            ...(drawn.program ? drawn.programWeights : undefined),
          };
          const options: MatchingOptions = {
            ...(Object.keys(weights).length === 0 ? {} : { weights }),
            ...(drawn.program ? { program: programWithCriteria } : {}),
            sameOrganization: drawn.sameOrganization,
            requireSharedChannel: drawn.requireSharedChannel,
            minWeeklyOverlapMinutes: drawn.minWeeklyOverlapMinutes,
            relationships: [
              { mentorId: mentors[0]?.id ?? '', menteeId: mentees[0]?.id ?? '', stage: 'ended' },
            ],
            ...(drawn.custom ? { criteria: [city] } : {}),
          };
          const matrix = scoreMatrix(mentors, mentees, options);
          // Into arrays full of leftovers: every entry is overwritten, same bits.
          const cells = mentorCount * menteeCount;
          const into = {
            scores: new Float64Array(cells).fill(Number.NaN),
            eligible: new Uint8Array(cells).fill(7),
          };
          const reused = scoreMatrix(mentors, mentees, { ...options, into });
          expect(reused.scores).toBe(into.scores);
          expect(reused.eligible).toBe(into.eligible);
          expect([...reused.scores]).toEqual([...matrix.scores]);
          expect([...reused.eligible]).toEqual([...matrix.eligible]);
          const pool = createMentorPool(mentors, options);
          const ids = mentors.map((m) => m.id);
          mentees.forEach((mentee, e) => {
            const ranked = rankMentors(mentee, mentors, options);
            const pooled = pool.rank(mentee, { limit: mentorCount });
            const top = pool.rank(mentee, { limit: 3, explain: false });
            // Unexplained entries carry the row kernel's own scores.
            const every = pool.rank(mentee, {
              limit: mentorCount,
              explain: false,
              includeIneligible: true,
            });
            for (const entry of every) {
              const cell = e * mentorCount + ids.indexOf(entry.mentorId);
              expect(entry.score).toBe(matrix.scores[cell]);
              expect(entry.eligible).toBe(matrix.eligible[cell] === 1);
            }
            const order = rowOrder(matrix, e, ids);
            expect(ranked.map((p) => p.mentorId)).toEqual(order);
            expect(pooled.map((p) => p.mentorId)).toEqual(order);
            expect(top.map((p) => p.mentorId)).toEqual(order.slice(0, 3));
            const byId = new Map<string, PairScore>(pooled.map((p) => [p.mentorId, p]));
            const rankedById = new Map(ranked.map((p) => [p.mentorId, p]));
            mentors.forEach((mentor, m) => {
              const cell = e * mentorCount + m;
              const pair = scorePair(mentor, mentee, options);
              // A fresh copy misses every cache.
              const fresh = scorePair({ ...mentor }, { ...mentee }, { ...options });
              expect(pair.score).toBe(matrix.scores[cell]);
              expect(fresh.score).toBe(matrix.scores[cell]);
              expect(pair.eligible).toBe(matrix.eligible[cell] === 1);
              expect(pair.eligible).toBe(pair.vetoes.length === 0);
              if (pair.eligible) {
                expect(byId.get(mentor.id)).toEqual(pair);
                expect(rankedById.get(mentor.id)).toEqual(pair);
              }
              // Contributions add up to the score (to rounding), unknown ones are 0.
              const sum = pair.criteria.reduce((total, c) => total + c.contribution, 0);
              if (pair.eligible) expect(Math.abs(sum - pair.score)).toBeLessThan(1e-12);
              for (const c of pair.criteria) if (!c.known) expect(c.contribution).toBe(0);
            });
          });
          // Scale mode keeps each mentee's best mentors through the fused row kernel.
          const scale = assign(mentors, mentees, { ...options, topK: 3 });
          for (const pair of scale.pairs) {
            const m = mentors.find((x) => x.id === pair.mentorId) as MentorProfile;
            const e = mentees.find((x) => x.id === pair.menteeId) as MenteeProfile;
            expect(pair.score).toBe(scorePair(m, e, options).score);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the pool equal to a fresh one after update and remove', () => {
    const { mentors, mentees } = makeCohort({ mentors: 40, mentees: 5, seed: 77 });
    const pool = createMentorPool(mentors);
    const changed = { ...(mentors[3] as MentorProfile), capacity: 0 };
    const added = { ...(mentors[4] as MentorProfile), id: 'zz-new', expertise: ['brand-new'] };
    pool.update(changed);
    pool.update(added);
    expect(pool.remove(mentors[5]?.id as string)).toBe(true);
    expect(pool.remove('nobody')).toBe(false);
    const now = [
      ...mentors.slice(0, 3),
      changed,
      ...mentors.slice(4, 5),
      ...mentors.slice(6),
      added,
    ];
    expect(pool.size).toBe(now.length);
    for (const mentee of [
      ...mentees,
      { ...(mentees[0] as MenteeProfile), interests: ['brand-new'] },
    ]) {
      expect(pool.rank(mentee, { limit: 50, includeIneligible: true })).toEqual(
        rankMentors(mentee, now, { limit: 50, includeIneligible: true }),
      );
    }
  });

  it('does not change with the caller’s array after creation', () => {
    const { mentors, mentees } = makeCohort({ mentors: 10, mentees: 1, seed: 3 });
    const list = [...mentors];
    const pool = createMentorPool(list);
    const before = pool.rank(mentees[0] as MenteeProfile);
    list.length = 0;
    expect(pool.rank(mentees[0] as MenteeProfile)).toEqual(before);
  });

  it('validates pool options like every options object', () => {
    const { mentors, mentees } = makeCohort({ mentors: 3, mentees: 1, seed: 3 });
    const pool = createMentorPool(mentors);
    expect(() => pool.rank(mentees[0] as MenteeProfile, { limt: 3 } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    );
    expect(() => createMentorPool(mentors, { wieghts: {} } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    );
    expect(() => pool.update({ ...(mentors[0] as MentorProfile), capacity: 2 ** 32 })).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    );
  });

  it('takes any object as pool or rank options: works or throws InvalidOptionsError (property)', () => {
    const { mentors, mentees } = makeCohort({ mentors: 4, mentees: 1, seed: 8 });
    const pool = createMentorPool(mentors);
    fc.assert(
      fc.property(fc.anything(), (options) => {
        for (const run of [
          () => createMentorPool(mentors, options as never),
          () => pool.rank(mentees[0] as MenteeProfile, options as never),
        ]) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names every built-in criterion index once, in summation order', () => {
    expect(Object.keys(criterionIndex)).toEqual([...builtinCriteria]);
    builtinCriteria.forEach((id, index) => {
      expect(criterionIndex[id]).toBe(index);
    });
  });
});
