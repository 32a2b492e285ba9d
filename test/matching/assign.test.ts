import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assignment, assign } from '../../src/matching/assign';
import { scorePair } from '../../src/matching/score-pair';
import type { MenteeProfile, MentorProfile, RelationshipStage } from '../../src/model';
import { InvalidOptionsError } from '../../src/model/errors';
import { makeCohort, mulberry32 } from './support/cohort';

const cohorts = fc
  .record({
    mentors: fc.integer({ min: 1, max: 14 }),
    mentees: fc.integer({ min: 1, max: 24 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  })
  .map((shape) => ({ ...makeCohort(shape), seed: shape.seed }));

function relationshipsFor(mentors: MentorProfile[], mentees: MenteeProfile[], seed: number) {
  const random = mulberry32(seed);
  const stages: RelationshipStage[] = ['cultivating', 'paused', 'ended', 'declined', 'proposed'];
  return Array.from({ length: Math.floor(random() * 6) }, () => ({
    mentorId: mentors[Math.floor(random() * mentors.length)]?.id ?? '',
    menteeId: mentees[Math.floor(random() * mentees.length)]?.id ?? '',
    stage: stages[Math.floor(random() * stages.length)] as RelationshipStage,
  }));
}

function checkAssignment(
  assignment: Assignment,
  mentors: MentorProfile[],
  mentees: MenteeProfile[],
  relationships: ReturnType<typeof relationshipsFor>,
): void {
  const active = (id: string, side: 'mentorId' | 'menteeId') =>
    relationships.filter((r) => r[side] === id && ['cultivating', 'paused'].includes(r.stage))
      .length;
  const load = new Map<string, number>();
  const seen = new Set<string>();
  const menteeLoad = new Map<string, number>();
  for (const pair of assignment.pairs) {
    const key = `${pair.mentorId}|${pair.menteeId}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
    menteeLoad.set(pair.menteeId, (menteeLoad.get(pair.menteeId) ?? 0) + 1);
    // Vetoed pairs (and pairs with history) are never matched.
    expect(
      relationships.some((r) => r.mentorId === pair.mentorId && r.menteeId === pair.menteeId),
    ).toBe(false);
    const mentor = mentors.find((m) => m.id === pair.mentorId) as MentorProfile;
    const mentee = mentees.find((m) => m.id === pair.menteeId) as MenteeProfile;
    const scored = scorePair(mentor, mentee, { relationships });
    expect(scored.eligible).toBe(true);
    expect(pair.score).toBe(scored.score);
  }
  for (const mentor of mentors) {
    expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(
      Math.max(0, mentor.capacity - active(mentor.id, 'mentorId')),
    );
  }
  for (const mentee of mentees) {
    // Default programme setting: one mentor per mentee.
    expect((menteeLoad.get(mentee.id) ?? 0) + active(mentee.id, 'menteeId')).toBeLessThanOrEqual(
      Math.max(1, active(mentee.id, 'menteeId')),
    );
  }
  expect(assignment.unmatched.length + assignment.totals.matchedMentees).toBe(mentees.length);
  const sum = assignment.pairs.reduce((total, pair) => total + pair.score, 0);
  expect(assignment.totals.sum).toBeCloseTo(sum, 9);
}

describe('assign', () => {
  it('respects capacities, vetoes and history for every strategy, and optimal wins', () => {
    fc.assert(
      fc.property(cohorts, ({ mentors, mentees, seed }) => {
        const relationships = relationshipsFor(mentors, mentees, seed);
        const totals: Record<string, number> = {};
        for (const strategy of ['optimal', 'stable', 'greedy'] as const) {
          const result = assign(mentors, mentees, { strategy, relationships });
          checkAssignment(result, mentors, mentees, relationships);
          totals[strategy] = result.totals.sum;
        }
        expect(totals.optimal).toBeGreaterThanOrEqual((totals.stable ?? 0) - 1e-9);
        expect(totals.optimal).toBeGreaterThanOrEqual((totals.greedy ?? 0) - 1e-9);
        const participation = assign(mentors, mentees, {
          objective: 'participation',
          relationships,
        });
        checkAssignment(participation, mentors, mentees, relationships);
        expect(participation.totals.pairs).toBeGreaterThanOrEqual(
          assign(mentors, mentees, { relationships }).totals.pairs,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same result for any input order', () => {
    fc.assert(
      fc.property(cohorts, ({ mentors, mentees }) => {
        for (const strategy of ['optimal', 'stable', 'greedy'] as const) {
          const a = assign(mentors, mentees, { strategy });
          const b = assign([...mentors].reverse(), [...mentees].reverse(), { strategy });
          expect(b).toEqual(a);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('scale mode equals dense for any k, with a certificate (optimal, score)', () => {
    fc.assert(
      fc.property(cohorts, ({ mentors, mentees }) => {
        const dense = assign(mentors, mentees);
        const full = assign(mentors, mentees, { topK: mentors.length });
        expect(full.exact).toBe(true);
        expect(full.totals.sum).toBeCloseTo(dense.totals.sum, 9);
        const pruned = assign(mentors, mentees, { topK: 2 });
        expect(pruned.exact).toBe(true);
        expect(pruned.certificate?.certified).toBe(true);
        expect(pruned.totals.sum).toBeCloseTo(dense.totals.sum, 9);
        const greedy = assign(mentors, mentees, { topK: mentors.length, strategy: 'greedy' });
        expect(greedy.totals.sum).toBeCloseTo(
          assign(mentors, mentees, { strategy: 'greedy' }).totals.sum,
          9,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('says why a mentee stays unmatched', () => {
    const { mentors, mentees } = makeCohort({ mentors: 2, mentees: 4, seed: 3, capacity: 1 });
    const base = mentees[0] as MenteeProfile;
    const people: MenteeProfile[] = [
      { ...base, id: 'a-fits', languages: ['de'] },
      { ...base, id: 'b-fits', languages: ['de'] },
      { ...base, id: 'c-fits', languages: ['de'] },
      { ...base, id: 'd-no-language', languages: ['ja'] },
      { ...base, id: 'e-has-mentor', languages: ['de'] },
    ];
    const team = mentors.map((mentor) => ({ ...mentor, languages: ['de'], yearsExperience: 10 }));
    const result = assign(team, people, {
      relationships: [{ mentorId: 'elsewhere', menteeId: 'e-has-mentor', stage: 'cultivating' }],
    });
    const reasons = Object.fromEntries(result.unmatched.map((u) => [u.menteeId, u.reason]));
    expect(reasons['d-no-language']).toBe('no_eligible_mentor');
    expect(reasons['e-has-mentor']).toBe('mentee_full');
    expect(Object.values(reasons).filter((r) => r === 'lost_to_better_pair')).toHaveLength(1);
    const full = assign(team, people.slice(0, 1), {
      relationships: team.map((mentor) => ({
        mentorId: mentor.id,
        menteeId: 'someone',
        stage: 'cultivating' as const,
      })),
    });
    expect(full.unmatched[0]?.reason).toBe('capacity_exhausted');
    expect(full.unmatched[0]?.explanation.key).toBe('matching.unmatched.capacity_exhausted');
    expect(full.totals).toEqual({ pairs: 0, matchedMentees: 0, sum: 0, mean: 0, min: 0 });
  });

  it('ranks by declared choices and side weights in stable mode', () => {
    const { mentors, mentees } = makeCohort({ mentors: 3, mentees: 3, seed: 9, capacity: 1 });
    const team = mentors.map((mentor) => ({ ...mentor, languages: ['de'], yearsExperience: 10 }));
    const people = mentees.map((mentee) => ({ ...mentee, languages: ['de'] }));
    const favourite = team[2]?.id ?? '';
    const wanted = people[1]?.id ?? '';
    const result = assign(
      team.map((mentor) =>
        mentor.id === favourite ? { ...mentor, preferredMenteeIds: [wanted] } : mentor,
      ),
      people.map((mentee) => ({ ...mentee, preferredMentorIds: [favourite] })),
      { strategy: 'stable', mentorWeights: { availability: 5 }, menteeWeights: { topics: 5 } },
    );
    expect(result.pairs.find((pair) => pair.mentorId === favourite)?.menteeId).toBe(wanted);
    const mentorSide = assign(team, people, { strategy: 'stable', proposing: 'mentor' });
    expect(mentorSide.pairs.length).toBeGreaterThan(0);
  });

  it('rejects invalid options', () => {
    expect(() => assign([], [], { strategy: 'stable', topK: 3 })).toThrow(InvalidOptionsError);
    expect(assign([], []).totals.pairs).toBe(0);
  });
});
