// Issue #12 §2: scores that mean what they say — missing data is never a
// bonus, never a top reason; programmes can make channels and overlap hard
// rules; and the audit's findings on the scoring side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assign,
  type CriterionScore,
  formatPairScore,
  InvalidOptionsError,
  type MenteeProfile,
  type MentorProfile,
  parseMatchingOptions,
  rankMentors,
  scoreMatrix,
  scorePair,
  toProposals,
} from '../../src/index';
import { makeCohort } from './support/cohort';

import { mentee, mentor } from './support/profiles';

const criterion = (pair: { criteria: readonly CriterionScore[] }, id: string) =>
  pair.criteria.find((c) => c.id === id) as CriterionScore;

const topReasons = (pair: { criteria: readonly CriterionScore[] }) =>
  [...pair.criteria].sort((a, b) => b.contribution - a.contribution).slice(0, 2);

describe('missing data', () => {
  it('never lets blank weekly availability score above real slots (was higher with 351 of 353 sample pairs)', () => {
    const { mentors, mentees } = makeCohort({ mentors: 60, mentees: 30, seed: 5 });
    const withSlots = mentees.filter((m) => (m.availability ?? []).length > 0);
    const blank = withSlots.map((m) => ({ ...m, availability: [] }));
    const real = scoreMatrix(mentors, withSlots);
    const none = scoreMatrix(mentors, blank);
    let compared = 0;
    for (let cell = 0; cell < real.scores.length; cell++) {
      if (real.eligible[cell] !== 1) continue;
      compared++;
      expect(none.scores[cell]).toBeLessThanOrEqual(real.scores[cell] as number);
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('shows missing slots as unknown, with no part in the score and never a top reason', () => {
    const { availability: _, ...noSlots } = mentor;
    const pair = scorePair(noSlots, mentee);
    const availability = criterion(pair, 'availability');
    expect(availability).toMatchObject({ known: false, value: 0, contribution: 0 });
    expect(availability.explanation).toEqual({
      key: 'matching.availability.unknown',
      params: { side: 'mentor' },
    });
    expect(topReasons(pair).map((c) => c.id)).not.toContain('availability');
    const lines = formatPairScore(pair);
    expect(lines.at(-1)).toBe(
      'Availability (not counted): unknown: the mentor gave no weekly slots',
    );
  });

  it('leaves topics and role out of the mean when the mentee named none', () => {
    const { targetRole: _, ...noTarget } = mentee;
    const pair = scorePair(mentor, { ...noTarget, interests: [] });
    const topics = criterion(pair, 'topics');
    const role = criterion(pair, 'role');
    expect(topics).toMatchObject({ known: false, value: 0, contribution: 0 });
    expect(role).toMatchObject({ known: false, value: 0, contribution: 0 });
    expect(topics.explanation.key).toBe('matching.topics.unknown');
    expect(role.explanation.key).toBe('matching.role.unknown');
    // The weighted mean of the known criteria only: contributions add up to the score.
    const known = pair.criteria.filter((c) => c.known);
    const weight = known.reduce((sum, c) => sum + c.weight, 0);
    const mean = known.reduce((sum, c) => sum + c.weight * c.value, 0) / weight;
    expect(pair.score).toBeCloseTo(mean, 14);
    expect(pair.criteria.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(pair.score, 14);
    // Unknown criteria come last in the text, marked as not counted.
    const lines = formatPairScore(pair);
    expect(lines.slice(-2).every((line) => line.includes('(not counted)'))).toBe(true);
  });

  it('never ranks a pair without overlap above the same pair with overlap', () => {
    const far = {
      ...mentee,
      availability: [{ day: 'sat' as const, start: '08:00', end: '09:00' }],
    };
    const overlapping = scorePair(mentor, mentee);
    const apart = scorePair(mentor, far);
    expect(criterion(apart, 'availability').explanation.key).toBe(
      'matching.availability.no_overlap',
    );
    expect(overlapping.score).toBeGreaterThan(apart.score);
    // Nor one where a side gave no slots.
    const { availability: _, ...blank } = mentee;
    expect(overlapping.score).toBeGreaterThan(scorePair(mentor, blank).score);
    expect(scorePair(mentor, blank).score).toBe(apart.score);
  });

  it('keeps missing data out of the top reasons of every assigned pair', () => {
    const { mentors, mentees } = makeCohort({ mentors: 20, mentees: 40, seed: 9 });
    const thin = mentees.map((m, k) => (k % 3 === 0 ? { ...m, availability: [] } : m));
    const assignment = assign(mentors, thin);
    expect(assignment.pairs.length).toBeGreaterThan(10);
    for (const pair of assignment.pairs) {
      for (const reason of topReasons(pair)) expect(reason.known).toBe(true);
      // formatPairScore takes the pairs of assign as they are.
      expect(formatPairScore(pair)[0]).toMatch(/% match$/);
    }
  });
});

describe('hard rules of the programme', () => {
  it('vetoes pairs without a shared channel when the programme requires one', () => {
    const other = { ...mentee, channels: ['phone' as const] };
    expect(scorePair(mentor, other).eligible).toBe(true);
    const pair = scorePair(mentor, other, { requireSharedChannel: true });
    expect(pair.eligible).toBe(false);
    expect(pair.vetoes).toEqual([
      {
        criterion: 'channels',
        code: 'no_shared_channel',
        explanation: { key: 'matching.channels.required', params: {} },
      },
    ]);
    expect(formatPairScore(pair)[0]).toBe(
      'not eligible: no communication channel in common, and the programme requires one',
    );
  });

  it('vetoes pairs below the minimum weekly overlap, and pairs with no slots to compare', () => {
    // 19:00–20:00 Vienna = Berlin: 60 minutes in common.
    expect(scorePair(mentor, mentee, { minWeeklyOverlapMinutes: 60 }).eligible).toBe(true);
    const short = scorePair(mentor, mentee, { minWeeklyOverlapMinutes: 61 });
    expect(short.vetoes.map((v) => v.code)).toEqual(['insufficient_overlap']);
    expect(short.vetoes[0]?.explanation).toEqual({
      key: 'matching.availability.too_little',
      params: { minutes: 60, minimum: 61 },
    });
    const { availability: _, ...blank } = mentee;
    const unknown = scorePair(mentor, blank, { minWeeklyOverlapMinutes: 30 });
    expect(unknown.vetoes[0]?.explanation.key).toBe('matching.availability.required_unknown');
  });

  it('agrees between scorePair, scoreMatrix and assign under the hard rules', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.constantFrom(0, 15, 30, 60, 120),
        (seed, requireSharedChannel, minWeeklyOverlapMinutes) => {
          const { mentors, mentees } = makeCohort({ mentors: 9, mentees: 7, seed });
          const options = { requireSharedChannel, minWeeklyOverlapMinutes };
          const matrix = scoreMatrix(mentors, mentees, options);
          mentees.forEach((e, row) => {
            mentors.forEach((m, column) => {
              const pair = scorePair(m, e, options);
              const cell = row * mentors.length + column;
              expect(pair.score).toBe(matrix.scores[cell]);
              expect(pair.eligible).toBe(matrix.eligible[cell] === 1);
            });
          });
          for (const pair of assign(mentors, mentees, options).pairs) {
            const m = mentors.find((x) => x.id === pair.mentorId) as MentorProfile;
            const e = mentees.find((x) => x.id === pair.menteeId) as MenteeProfile;
            expect(scorePair(m, e, options).eligible).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('validates the rules as options', () => {
    expect(() => scorePair(mentor, mentee, { minWeeklyOverlapMinutes: -1 })).toThrow(
      InvalidOptionsError,
    );
    expect(() => scorePair(mentor, mentee, { minWeeklyOverlapMinutes: 1.5 } as never)).toThrow(
      InvalidOptionsError,
    );
    expect(parseMatchingOptions({ requireSharedChannel: 'yes' }).ok).toBe(false);
  });
});

describe('audit findings on the scoring side', () => {
  it('never pairs a person with themselves, and toProposals proposes the rest', () => {
    const both: MentorProfile = { ...mentor, id: 'sam' };
    const pair = scorePair(both, mentee);
    expect(pair.eligible).toBe(false);
    expect(pair.vetoes.map((v) => v.code)).toEqual(['same_person']);
    const other: MenteeProfile = { ...mentee, id: 'kim' };
    const assignment = assign([both], [mentee, other]);
    expect(assignment.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([['sam', 'kim']]);
    const matrix = scoreMatrix([both], [mentee, other]);
    expect([...matrix.eligible]).toEqual([0, 1]);
    const { proposals, failed } = toProposals(assignment, {
      program: { id: 'p' },
      now: '2026-03-01T09:00:00Z',
      by: { role: 'admin', id: 'coordinator' },
    });
    expect(proposals).toHaveLength(1);
    expect(failed).toEqual([]);
  });

  it.each([
    ['capacity', 2 ** 32],
    ['capacity', 2 ** 31],
    ['capacity', Number.MAX_SAFE_INTEGER],
    ['capacity', 1.5],
    ['capacity', -1],
    ['yearsExperience', Number.NaN],
  ])('rejects a mentor with %s %s instead of wrapping silently', (field, value) => {
    const bad = { ...mentor, [field]: value };
    for (const run of [
      () => scorePair(bad, mentee),
      () => scoreMatrix([bad], [mentee]),
      () => rankMentors(mentee, [bad]),
      () => assign([bad], [mentee]),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOptionsError);
      expect((thrown as InvalidOptionsError).issues[0]?.path).toEqual(['mentors', 0, field]);
    }
  });

  it('rejects a mentee with maxMentors 1.5', () => {
    expect(() => assign([mentor], [{ ...mentee, maxMentors: 1.5 }])).toThrow(InvalidOptionsError);
  });

  it('scores custom criteria named like Object.prototype members', () => {
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const custom = { kind: 'custom-criterion', id, label: id, weight: 1, evaluate: () => 0.5 };
      const pair = scorePair(mentor, mentee, {
        criteria: [custom as never],
        weights: { [id]: 2 },
      });
      expect(Number.isFinite(pair.score)).toBe(true);
      expect(pair.criteria.at(-1)).toMatchObject({ id, weight: 2, value: 0.5 });
    }
    // `__proto__` cannot name a criterion (ids start with a letter).
    const proto = {
      kind: 'custom-criterion',
      id: '__proto__',
      label: 'x',
      weight: 1,
      evaluate: () => 1,
    };
    expect(() => scorePair(mentor, mentee, { criteria: [proto as never] })).toThrow(
      InvalidOptionsError,
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -5, '5'])(
    'checks the weight %s of a plain-object criterion like defineCriterion does',
    (weight) => {
      const custom = { kind: 'custom-criterion', id: 'x', label: 'x', weight, evaluate: () => 1 };
      expect(() => scorePair(mentor, mentee, { criteria: [custom as never] })).toThrow(
        InvalidOptionsError,
      );
    },
  );

  it('parseMatchingOptions reports proxies and typos inside settings, never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(parseMatchingOptions(hostile).ok).toBe(false);
    const typo = parseMatchingOptions({ program: { id: 'p', settings: { proposalTTLDays: 3 } } });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.error.issues[0]?.path).toEqual(['program', 'settings']);
  });

  it('makes default proposal ids that never collide and have no slash', () => {
    const { proposals, failed } = toProposals(
      {
        pairs: [
          { mentorId: 'a/b', menteeId: 'c' },
          { mentorId: 'a', menteeId: 'b/c' },
          { mentorId: 'a~b', menteeId: 'c' },
          { mentorId: 'a', menteeId: 'b~c' },
          { mentorId: 'a%2Fb', menteeId: 'c' },
        ],
      },
      { program: { id: 'team/a' }, now: '2026-03-01T09:00:00Z', by: { role: 'admin', id: 'x' } },
    );
    expect(failed).toEqual([]);
    const ids = proposals.map((p) => p.id);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).not.toContain('/');
    expect(ids[0]).toBe('team%2Fa~a%2Fb~c');
  });
});
