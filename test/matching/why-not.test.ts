// Issue #12 §4: "why not this mentor?" for any pair of an assignment — vetoed
// by which rule, the places that went to better-fitting pairs, and what the
// total would lose if the pair were forced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  type AssignOptions,
  assign,
  formatWhyNot,
  InvalidOptionsError,
  type MenteeProfile,
  type MentorProfile,
  scorePair,
  whyNot,
} from '../../src/index';
import { makeCohort } from './support/cohort';
import { mentee, mentor } from './support/profiles';

const ada: MentorProfile = { ...mentor, capacity: 1, preferredMenteeIds: [] };
const bo: MentorProfile = {
  ...mentor,
  id: 'bo',
  name: 'Bo',
  capacity: 1,
  expertise: ['networking'],
  role: 'tester',
};
const sam: MenteeProfile = { ...mentee, preferredMentorIds: [] };
const kim: MenteeProfile = { ...mentee, id: 'kim', name: 'Kim', interests: ['first-job', 'cloud'] };
const lee: MenteeProfile = { ...mentee, id: 'lee', name: 'Lee', languages: ['fr'] };

describe('whyNot', () => {
  const mentors = [ada, bo];
  const mentees = [sam, kim, lee];
  const assignment = assign(mentors, mentees);

  it('says which pairs took the mentor’s place, by how much, and what forcing costs', () => {
    const holder = assignment.pairs.find((pair) => pair.mentorId === 'ada');
    expect(holder).toBeDefined();
    const other = holder?.menteeId === 'kim' ? 'sam' : 'kim';
    const answer = whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: other });
    expect(answer.status).toBe('not_chosen');
    expect(answer.mentorPlaces).toBe(1);
    expect(answer.mentorPairs.map((pair) => pair.menteeId)).toEqual([holder?.menteeId]);
    const own = scorePair(ada, other === 'sam' ? sam : kim).score;
    expect(answer.pair.score).toBe(own);
    expect(answer.mentorPairs[0]?.margin).toBe((holder?.score ?? 0) - own);
    expect(answer.forced).not.toBeNull();
    expect(answer.forced?.before).toBe(assignment.totals.sum);
    expect(answer.forced?.loss).toBeGreaterThanOrEqual(-1e-12);
    const lines = formatWhyNot(answer, 'en');
    expect(lines[0]).toMatch(/^this pair would score \d+ %$/);
    expect(lines[1]).toContain(`the mentor’s only free place went to ${holder?.menteeId} at`);
    expect(lines.at(-1)).toMatch(/forcing this pair would (not )?lower the total score/);
    expect(formatWhyNot(answer, de)[1]).toContain('der einzige freie Platz');
    for (const locale of ['fr', 'es', 'zz', 'en-GB']) {
      expect(formatWhyNot(answer, locale)).toHaveLength(lines.length);
    }
  });

  it('names the rule that vetoes a pair, and says when a pair is assigned', () => {
    const vetoed = whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: 'lee' });
    expect(vetoed.status).toBe('vetoed');
    expect(vetoed.vetoes.map((veto) => veto.code)).toEqual(['no_shared_language']);
    expect(vetoed.forced).toBeNull();
    expect(formatWhyNot(vetoed, 'en')).toEqual(['ruled out: no shared language']);
    const first = assignment.pairs[0];
    if (first === undefined) throw new Error('no pair');
    const assigned = whyNot(mentors, mentees, assignment, first);
    expect(assigned.status).toBe('assigned');
    expect(assigned.forced).toBeNull();
  });

  it('skips the re-solve on request, and rejects ids outside the cohort', () => {
    const answer = whyNot(mentors, mentees, assignment, {
      mentorId: 'bo',
      menteeId: 'sam',
      forcedCost: false,
    });
    expect(answer.forced).toBeNull();
    try {
      whyNot(mentors, mentees, assignment, { mentorId: 'nobody', menteeId: 'sam' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues[0]?.path).toEqual(['mentorId']);
    }
    expect(() =>
      whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: 3 } as never),
    ).toThrow(InvalidOptionsError);
    expect(() =>
      whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: 'sam' }, {
        strategi: 'x',
      } as never),
    ).toThrow(InvalidOptionsError);
  });

  it('explains pairs of a constrained assignment without re-solving it', () => {
    const options = {
      groups: [{ id: 'all', mentorIds: ['ada', 'bo'] }],
      constraints: [{ group: 'all', maxPairs: 1 }],
    };
    const holder = assignment.pairs.find((pair) => pair.mentorId === 'ada');
    const other = holder?.menteeId === 'kim' ? 'sam' : 'kim';
    const answer = whyNot(
      mentors,
      mentees,
      assignment,
      { mentorId: 'ada', menteeId: other },
      options,
    );
    expect(answer.status).toBe('not_chosen');
    expect(answer.forced).toBeNull();
    expect(answer.explanation.map((message) => message.key)).toContain(
      'matching.why.forced_constrained',
    );
    expect(() =>
      whyNot(
        mentors,
        mentees,
        assignment,
        { mentorId: 'bo', menteeId: 'sam' },
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('hostile');
            },
          },
        ),
      ),
    ).toThrow(InvalidOptionsError);
  });

  it('agrees with the assignment on every pair of random cohorts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom<AssignOptions['objective']>('score', 'participation'),
        (seed, mentorCount, menteeCount, objective) => {
          const cohort = makeCohort({ mentors: mentorCount, mentees: menteeCount, seed });
          const options: AssignOptions = { objective };
          const result = assign(cohort.mentors, cohort.mentees, options);
          const before = JSON.stringify([cohort, result]);
          for (const m of cohort.mentors) {
            for (const e of cohort.mentees) {
              const answer = whyNot(
                cohort.mentors,
                cohort.mentees,
                result,
                { mentorId: m.id, menteeId: e.id },
                options,
              );
              const inAssignment = result.pairs.some(
                (pair) => pair.mentorId === m.id && pair.menteeId === e.id,
              );
              expect(answer.status === 'assigned').toBe(inAssignment);
              expect(answer.pair.score).toBe(scorePair(m, e).score);
              if (!inAssignment) {
                expect(answer.status === 'vetoed').toBe(!answer.pair.eligible);
                expect(answer.status === 'vetoed').toBe(answer.vetoes.length > 0);
              }
              if (answer.status === 'not_chosen' && objective === 'score') {
                // The optimum cannot be beaten by fixing a pair.
                expect(answer.forced?.loss).toBeGreaterThanOrEqual(-1e-9);
              }
              expect(formatWhyNot(answer, 'de').length).toBeGreaterThan(0);
              expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
            }
          }
          expect(JSON.stringify([cohort, result])).toBe(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});
