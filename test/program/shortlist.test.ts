import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnrolmentFields } from '../../src/index';
import {
  applyProgramEvent,
  chooseFromShortlist,
  InvalidOptionsError,
  shortlist,
} from '../../src/index';
import {
  enrolment,
  isDeepFrozen,
  mentee,
  mentor,
  now,
  program,
  relationship,
  snapshot,
} from './round-fixtures';

const mentors = [
  mentor('ada', { capacity: 1, expertise: ['first-job'] }),
  mentor('bo', { capacity: 2, expertise: ['first-job', 'networking'] }),
  mentor('cy', { capacity: 1, expertise: ['networking'] }),
  mentor('di', { capacity: 0 }),
];
const mentees = ['m1', 'm2', 'm3', 'm4'].map((id) =>
  mentee(id, { interests: ['first-job', 'networking'] }),
);
const enrolments = [
  ...mentors.map((m) => enrolment(m.id, 'mentor', 'ready')),
  ...mentees.map((m, k) =>
    enrolment(m.id, 'mentee', 'waitlisted', {
      waitingSince: `2027-01-0${k + 1}T09:00:00+01:00`,
    }),
  ),
];

describe('shortlist', () => {
  it('offers each mentee up to `size` mentors, no mentor beyond ceil(spread × free) lists', () => {
    const before = snapshot({ mentors, mentees, enrolments });
    const lists = shortlist(
      program,
      { mentors, mentees, enrolments },
      { now, size: 2, spread: 1.5 },
    );
    // Limits: ada ceil(1.5) = 2, bo ceil(3) = 3, cy 2, di 0 (full: never offered).
    expect(lists.places.map((p) => [p.mentorId, p.limit, p.offered])).toEqual([
      ['ada', 2, 2],
      ['bo', 3, 3],
      ['cy', 2, 2],
      ['di', 0, 0],
    ]);
    expect(lists.shortlists.map((s) => [s.menteeId, s.offers.map((o) => o.mentorId)])).toEqual([
      ['m1', ['bo', 'ada']],
      ['m2', ['bo', 'ada']],
      ['m3', ['bo', 'cy']],
      ['m4', ['cy']],
    ]);
    expect(lists.shortlists[0]?.offers[0]?.criteria.length).toBeGreaterThan(0);
    expect(isDeepFrozen(lists)).toBe(true);
    expect({ mentors, mentees, enrolments }).toEqual(before);
  });

  it('turns a choice into a proposal, and refuses mentors not on the list or full since', () => {
    const lists = shortlist(program, { mentors, mentees, enrolments }, { now });
    const chosen = chooseFromShortlist(program, lists, {
      menteeId: 'm1',
      mentorId: 'ada',
      now: '2027-02-16T18:00:00+01:00',
    });
    if (!chosen.ok) throw new Error('expected ok');
    expect(chosen.value).toMatchObject({
      stage: 'proposed',
      mentorId: 'ada',
      menteeId: 'm1',
    });
    expect(chosen.value.history[0]?.actor).toEqual({ role: 'mentee', id: 'm1' });
    // The proposal is a real lifecycle document: the programme can take it.
    expect(
      applyProgramEvent(program, [], chosen.value.id, chosen.value.history[0] as never).ok,
    ).toBe(true);

    const second = chooseFromShortlist(program, lists, {
      menteeId: 'm2',
      mentorId: 'ada',
      now: '2027-02-16T19:00:00+01:00',
      relationships: [chosen.value],
    });
    expect(!second.ok && second.error.code).toBe('no_free_place');
    const notListed = chooseFromShortlist(program, lists, { menteeId: 'm4', mentorId: 'di', now });
    expect(!notListed.ok && notListed.error).toMatchObject({
      code: 'not_on_shortlist',
      path: ['mentorId'],
    });
    expect(() =>
      chooseFromShortlist({ id: 'other' }, lists, { menteeId: 'm1', mentorId: 'ada', now }),
    ).toThrow(InvalidOptionsError);
    expect(() =>
      chooseFromShortlist(program, {} as never, { menteeId: 'm1', mentorId: 'ada', now }),
    ).toThrow(InvalidOptionsError);
  });

  it('never offers a former partner unless asked', () => {
    const withFormer = enrolments.map((e) =>
      e.personId === 'm1' ? { ...e, formerPartnerIds: ['bo'] } : e,
    );
    const lists = shortlist(program, { mentors, mentees, enrolments: withFormer }, { now });
    expect(lists.shortlists[0]?.offers.map((o) => o.mentorId)).not.toContain('bo');
    const asked = shortlist(
      program,
      {
        mentors,
        mentees,
        enrolments: withFormer,
        relationships: [relationship('bo', 'm1', 'ended')],
      },
      { now, allowFormerPartners: true },
    );
    expect(asked.shortlists[0]?.offers.map((o) => o.mentorId)).toContain('bo');
  });

  it('property: no mentor on more lists than its limit, full mentors on none, lists best first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (capacities, n, size, spread) => {
          const ms = capacities.map((capacity, k) =>
            mentor(`t${k}`, { capacity, yearsExperience: 2 + k }),
          );
          const es = Array.from({ length: n }, (_, k) => mentee(`e${k}`));
          const docs: EnrolmentFields[] = [
            ...ms.map((m) => enrolment(m.id, 'mentor', 'ready')),
            ...es.map((m) => enrolment(m.id, 'mentee', 'ready')),
          ];
          const lists = shortlist(
            program,
            { mentors: ms, mentees: es, enrolments: docs },
            { now, size, spread },
          );
          for (const [k, m] of ms.entries()) {
            const count = lists.shortlists.filter((s) =>
              s.offers.some((o) => o.mentorId === m.id),
            ).length;
            expect(count).toBeLessThanOrEqual(Math.ceil(spread * (capacities[k] as number)));
          }
          for (const s of lists.shortlists) {
            expect(s.offers.length).toBeLessThanOrEqual(size);
            for (let i = 1; i < s.offers.length; i++) {
              expect(s.offers[i - 1]?.score).toBeGreaterThanOrEqual(s.offers[i]?.score ?? 0);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('property: any object as options either works or throws InvalidOptionsError', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          shortlist(program, { mentors, mentees, enrolments }, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
        try {
          chooseFromShortlist(
            program,
            { programId: 'career-starters', shortlists: [], places: [] } as never,
            options as never,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
      }),
      { numRuns: 60 },
    );
  });
});
