import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineCriterion,
  formatError,
  formatMessage,
  formatPairScore,
  InvalidOptionsError,
  type MatchingOptions,
  type MenteeProfile,
  type MentorProfile,
  MentorshipKitError,
  type MessageKey,
  messages,
  parseAssignOptions,
  parseMatchingOptions,
  type RelationshipStage,
  rankMentors,
  scoreMatrix,
  scorePair,
} from '../../src';
import { de } from '../../src/i18n/locales/de';
import { buildCohortFeatures } from '../../src/matching/cohort';
import { MatchingOptionsSchema, resolveOptions as resolveParsed } from '../../src/matching/options';
import { createScratch, scoreRow } from '../../src/matching/score-kernel';
import { makeCohort } from './support/cohort';

import { mentee, mentor } from './support/profiles';

const byId = (pair: ReturnType<typeof scorePair>, id: string) =>
  pair.criteria.find((criterion) => criterion.id === id);

function render(key: MessageKey, params: Record<string, unknown>, locale: 'en' | typeof de) {
  return formatMessage(key, params as never, locale);
}

/** Options validated and resolved as the scorer does it. */
const resolveOptions = (options: MatchingOptions | undefined) =>
  resolveParsed(MatchingOptionsSchema.parse(options ?? {}));

describe('scorePair', () => {
  it('scores each criterion with a value, weight, contribution and explanation', () => {
    const pair = scorePair(mentor, mentee);
    expect(pair.eligible).toBe(true);
    expect(pair.vetoes).toEqual([]);
    expect(byId(pair, 'topics')?.value).toBeCloseTo(2 / 3, 15);
    expect(byId(pair, 'role')?.value).toBe(1);
    expect(byId(pair, 'experience')?.value).toBe(1);
    expect(byId(pair, 'language')?.explanation.params.languages).toEqual([{ language: 'de' }]);
    expect(byId(pair, 'availability')?.explanation).toEqual({
      key: 'matching.availability.overlap',
      params: { minutes: 60, target: 120 },
    });
    expect(byId(pair, 'availability')?.value).toBe(0.5);
    expect(byId(pair, 'channels')?.value).toBe(0.5);
    expect(byId(pair, 'organization')?.value).toBe(1);
    expect(byId(pair, 'preference')?.value).toBe(0.5);
    const sum = pair.criteria.reduce((total, criterion) => total + criterion.contribution, 0);
    expect(pair.score).toBeCloseTo(sum, 12);
    expect(Object.isFrozen(pair.criteria)).toBe(true);
  });

  it('explains every criterion and veto in English and German', () => {
    const variants: [MentorProfile, MenteeProfile][] = [
      [mentor, mentee],
      [
        { ...mentor, role: 'designer', yearsExperience: 0.5, organization: 'Globex' },
        { ...mentee, targetRole: undefined as never, interests: [], availability: [] },
      ],
      [
        { ...mentor, role: 'data engineer', languages: ['fr'], channels: ['phone'] },
        { ...mentee, excludedMentorIds: ['ada'], preferredMentorIds: [] },
      ],
      [
        { ...mentor, expertise: [], excludedMenteeIds: ['sam'] },
        { ...mentee, yearsExperience: 20 },
      ],
    ];
    const seen = new Set<string>();
    for (const [a, b] of variants) {
      const { targetRole, ...rest } = b;
      const menteeProfile = targetRole === undefined ? rest : b;
      for (const sameOrganization of ['veto', 'penalty', 'allow'] as const) {
        const pair = scorePair(a, menteeProfile as MenteeProfile, { sameOrganization });
        expect(pair.criteria).toHaveLength(8);
        for (const item of [...pair.criteria, ...pair.vetoes]) {
          seen.add(item.explanation.key);
          for (const locale of ['en', de] as const) {
            const text = render(item.explanation.key, item.explanation.params, locale);
            expect(text.length).toBeGreaterThan(3);
            expect(text).not.toMatch(/\{\w+\}/);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    for (const key of Object.keys(messages).filter((k) => k.startsWith('matching.'))) {
      expect(messages[key as MessageKey].length).toBeGreaterThan(0);
      expect(de.messages[key as MessageKey].length).toBeGreaterThan(0);
    }
  });

  it('vetoes pairs without a shared language, too junior mentors and exclusions', () => {
    const pair = scorePair(
      { ...mentor, languages: ['fr'], yearsExperience: 0.5, excludedMenteeIds: ['sam'] },
      { ...mentee, excludedMentorIds: ['ada'], preferredMentorIds: [] },
    );
    expect(pair.eligible).toBe(false);
    expect(pair.score).toBe(0);
    expect(pair.vetoes.map((veto) => veto.code).sort()).toEqual([
      'excluded_by_mentee',
      'excluded_by_mentor',
      'mentor_too_junior',
      'no_shared_language',
    ]);
  });

  it('treats a shared organisation as a veto, a penalty or nothing', () => {
    const colleague = { ...mentee, organization: ' acme ' };
    expect(scorePair(mentor, colleague, { sameOrganization: 'veto' }).vetoes[0]?.code).toBe(
      'same_organization',
    );
    expect(byId(scorePair(mentor, colleague), 'organization')?.value).toBe(0);
    expect(
      byId(scorePair(mentor, colleague, { sameOrganization: 'allow' }), 'organization')?.value,
    ).toBe(1);
  });

  it('honours the programme minimum experience and existing relationships', () => {
    expect(
      scorePair(mentor, mentee, {
        program: { id: 'p', settings: { minMentorExperienceYears: 10 } },
      }).eligible,
    ).toBe(false);
    const full = scorePair(mentor, mentee, {
      relationships: [
        { mentorId: 'ada', menteeId: 'x', stage: 'cultivating' },
        { mentorId: 'ada', menteeId: 'y', stage: 'paused' },
      ],
    });
    expect(full.vetoes.map((veto) => veto.code)).toEqual(['no_capacity']);
    const ended = scorePair(mentor, mentee, {
      relationships: [{ mentorId: 'ada', menteeId: 'sam', stage: 'ended' }],
    });
    expect(ended.vetoes.map((veto) => veto.code)).toEqual(['previously_paired']);
    const open = scorePair(mentor, mentee, {
      relationships: [
        { mentorId: 'ada', menteeId: 'sam', stage: 'declined' },
        { mentorId: 'ada', menteeId: 'sam', stage: 'proposed' },
      ],
    });
    expect(open.vetoes.map((veto) => veto.code)).toEqual(['already_paired']);
    const busyMentee = scorePair(mentor, mentee, {
      relationships: [{ mentorId: 'zed', menteeId: 'sam', stage: 'preparing' }],
    });
    expect(busyMentee.vetoes.map((veto) => veto.code)).toEqual(['mentee_full']);
  });

  it('counts missing slots as no overlap shown, never as the time-zone fallback (was up to 100 %)', () => {
    const { availability: _, ...noSlots } = mentee;
    const pair = scorePair(mentor, { ...noSlots, timeZone: mentor.timeZone });
    const availability = byId(pair, 'availability');
    expect(availability?.value).toBe(0);
    expect(availability?.known).toBe(false);
    expect(availability?.contribution).toBe(0);
    expect(availability?.explanation).toEqual({
      key: 'matching.availability.unknown',
      params: { side: 'mentee' },
    });
  });

  it('takes custom criteria through defineCriterion, with vetoes and notes', () => {
    const sameCity = defineCriterion({
      id: 'same-city',
      label: 'Same city',
      weight: 2,
      evaluate: (a, b) =>
        a.timeZone === b.timeZone ? { value: 1, note: 'can meet in person' } : { value: 0 },
    });
    const noWeekend = defineCriterion({
      id: 'no-weekend',
      evaluate: (a) => ({
        value: 1,
        veto: a.availability?.some((slot) => slot.day === 'sun') === true,
      }),
    });
    const plain = defineCriterion({ id: 'plain', evaluate: () => 0.25 });
    const pair = scorePair(
      mentor,
      { ...mentee, timeZone: 'Europe/Berlin' },
      {
        criteria: [sameCity, noWeekend, plain],
        weights: { plain: 4 },
      },
    );
    expect(byId(pair, 'same-city')?.explanation).toEqual({
      key: 'matching.custom.note',
      params: { criterion: 'Same city', note: 'can meet in person' },
    });
    expect(byId(pair, 'plain')?.weight).toBe(4);
    expect(byId(pair, 'plain')?.explanation.key).toBe('matching.custom.value');
    const vetoed = scorePair(
      { ...mentor, availability: [{ day: 'sun', start: '10:00', end: '11:00' }] },
      mentee,
      { criteria: [noWeekend] },
    );
    expect(vetoed.vetoes.map((veto) => veto.code)).toEqual(['custom']);
    const broken = defineCriterion({ id: 'broken', evaluate: () => 2 });
    expect(() => scorePair(mentor, mentee, { criteria: [broken] })).toThrow(MentorshipKitError);
    for (const definition of [
      { id: 'topics', evaluate: () => 1 },
      { id: '1bad', evaluate: () => 1 },
      { id: 'w', weight: -1, evaluate: () => 1 },
      { id: 'f', evaluate: 1 as unknown as () => number },
    ]) {
      expect(() => defineCriterion(definition)).toThrow(InvalidOptionsError);
    }
  });
});

describe('formatPairScore', () => {
  it('renders a headline and one line per weighted criterion in both languages', () => {
    const pair = scorePair(mentor, mentee, { weights: { preference: 0 } });
    const english = formatPairScore(pair);
    expect(english[0]).toBe(`${Math.round(pair.score * 100)} % match`);
    expect(english).toHaveLength(8);
    expect(english[1]).toMatch(/^Topic fit \(\d+ % of the score\): covers 2 of the 3 topics/);
    const german = formatPairScore(pair, de);
    expect(german[1]).toMatch(/^Themen-Passung \(\d+ % der Bewertung\): deckt 2 von 3/);
    const ruledOut = formatPairScore(scorePair({ ...mentor, languages: ['fr'] }, mentee), de);
    expect(ruledOut[0]).toBe('nicht möglich: keine gemeinsame Sprache');
    const custom = defineCriterion({ id: 'bonus', evaluate: () => 1 });
    expect(formatPairScore(scorePair(mentor, mentee, { criteria: [custom] })).at(-1)).toMatch(
      /^bonus \(/,
    );
    const labelled = defineCriterion({ id: 'near', label: 'Same region', evaluate: () => 1 });
    expect(formatPairScore(scorePair(mentor, mentee, { criteria: [labelled] })).at(-1)).toMatch(
      /^Same region \(/,
    );
  });
});

describe('options', () => {
  it('throws InvalidOptionsError with path and code for bad options', () => {
    try {
      scorePair(mentor, mentee, { weights: { topic: 2 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      const issues = (error as InvalidOptionsError).issues;
      expect(issues[0]?.path).toEqual(['weights', 'topic']);
      expect(issues[0]?.code).toBe('invalid_value');
      expect((error as InvalidOptionsError).params.function).toBe('scorePair');
      expect(formatError(error as InvalidOptionsError, de)).toContain('scorePair');
    }
    expect(() => scorePair(mentor, mentee, { wieghts: {} } as never)).toThrow(InvalidOptionsError);
  });

  it('validates user input into a Result', () => {
    const bad = parseMatchingOptions({
      weights: { topics: -1 },
      program: { id: 'p', settings: { referenceWeek: '2026-01-06' } },
      availabilityTargetMinutes: 0,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.issues.map((issue) => issue.path.join('.'))).toEqual(
        expect.arrayContaining([
          'weights.topics',
          'program.settings.referenceWeek',
          'availabilityTargetMinutes',
        ]),
      );
    }
    const zero = parseMatchingOptions({
      weights: {
        topics: 0,
        role: 0,
        experience: 0,
        language: 0,
        availability: 0,
        channels: 0,
        organization: 0,
        preference: 0,
      },
    });
    expect(zero.ok).toBe(false);
    const twice = defineCriterion({ id: 'x', evaluate: () => 1 });
    expect(parseMatchingOptions({ criteria: [twice, twice] }).ok).toBe(false);
    expect(parseMatchingOptions({ sameOrganization: 'veto' }).ok).toBe(true);
    expect(parseAssignOptions({ strategy: 'stable', topK: 5 }).ok).toBe(false);
    expect(parseAssignOptions({ strategy: 'optimal', topK: 5 }).ok).toBe(true);
  });
});

describe('scoreMatrix', () => {
  const cohortArbitrary = fc
    .record({
      mentors: fc.integer({ min: 1, max: 12 }),
      mentees: fc.integer({ min: 1, max: 12 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map((shape) => makeCohort(shape));

  it('writes into arrays the caller passes, and refuses ones of the wrong length with their paths', () => {
    const { mentors, mentees } = makeCohort({ mentors: 4, mentees: 3, seed: 21 });
    const into = { scores: new Float64Array(12), eligible: new Uint8Array(12) };
    const first = scoreMatrix(mentors, mentees, { into });
    expect(first.scores).toBe(into.scores);
    // Another weighting into the same memory: the result of a fresh call, in place.
    const weights = { topics: 9, availability: 0 };
    const again = scoreMatrix(mentors, mentees, { weights, into });
    expect([...again.scores]).toEqual([...scoreMatrix(mentors, mentees, { weights }).scores]);
    const wrong = () =>
      scoreMatrix(mentors, mentees, {
        into: { scores: new Float64Array(11), eligible: new Uint8Array(13) },
      });
    expect(wrong).toThrow(InvalidOptionsError);
    try {
      wrong();
    } catch (error) {
      const e = error as InvalidOptionsError;
      expect(e.issues.map((issue) => [issue.path, issue.params])).toEqual([
        [['into', 'scores'], { expected: 12, actual: 11 }],
        [['into', 'eligible'], { expected: 12, actual: 13 }],
      ]);
      expect(formatError(e)).toContain(
        'at into.scores: must hold 12 entries (mentees × mentors), not 11',
      );
      expect(formatError(e, de)).toContain('muss 12 Einträge fassen');
    }
    // One pair: the count is singular.
    try {
      scoreMatrix(mentors.slice(0, 1), mentees.slice(0, 1), {
        into: { scores: new Float64Array(2), eligible: new Uint8Array(1) },
      });
      expect.fail('expected InvalidOptionsError');
    } catch (error) {
      expect(formatError(error as InvalidOptionsError)).toContain('must hold 1 entry (mentees');
    }
    // Not typed arrays of the right kind: the schema refuses them.
    expect(() =>
      scoreMatrix(mentors, mentees, {
        into: { scores: [0] as never, eligible: new Uint8Array(12) },
      }),
    ).toThrow(InvalidOptionsError);
  });

  it('agrees exactly with scorePair and keeps scores in [0, 1]', () => {
    fc.assert(
      fc.property(cohortArbitrary, fc.boolean(), ({ mentors, mentees }, withHistory) => {
        const options = withHistory
          ? {
              relationships: [
                {
                  mentorId: mentors[0]?.id ?? '',
                  menteeId: mentees[0]?.id ?? '',
                  stage: 'ended' as const,
                },
                {
                  mentorId: mentors[0]?.id ?? '',
                  menteeId: 'other',
                  stage: 'cultivating' as const,
                },
              ],
              sameOrganization: 'veto' as const,
            }
          : {};
        const matrix = scoreMatrix(mentors, mentees, options);
        mentees.forEach((mentee, e) => {
          mentors.forEach((mentor, m) => {
            const pair = scorePair(mentor, mentee, options);
            const cell = e * mentors.length + m;
            expect(pair.score).toBe(matrix.scores[cell]);
            expect(pair.eligible).toBe(matrix.eligible[cell] === 1);
            expect(pair.eligible).toBe(pair.vetoes.length === 0);
            expect(pair.score).toBeGreaterThanOrEqual(0);
            expect(pair.score).toBeLessThanOrEqual(1);
            for (const criterion of pair.criteria) {
              expect(criterion.value).toBeGreaterThanOrEqual(0);
              expect(criterion.value).toBeLessThanOrEqual(1);
            }
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  /** Every entry of the matrix against scorePair, for all or every `step`-th pair. */
  function expectAgreement(
    mentors: readonly MentorProfile[],
    mentees: readonly MenteeProfile[],
    options: MatchingOptions,
    step = 1,
  ) {
    const matrix = scoreMatrix(mentors, mentees, options);
    for (let cell = 0; cell < mentors.length * mentees.length; cell += step) {
      const m = cell % mentors.length;
      const e = Math.floor(cell / mentors.length);
      const pair = scorePair(mentors[m] as MentorProfile, mentees[e] as MenteeProfile, options);
      expect(pair.score).toBe(matrix.scores[cell]);
      expect(pair.eligible).toBe(matrix.eligible[cell] === 1);
    }
  }

  it('agrees exactly with scorePair under any options', () => {
    const stages: RelationshipStage[] = ['cultivating', 'ended', 'proposed', 'declined'];
    fc.assert(
      fc.property(
        cohortArbitrary,
        fc.constantFrom('veto', 'penalty', 'allow') as fc.Arbitrary<'veto' | 'penalty' | 'allow'>,
        fc.array(fc.constantFrom(0, 0.5, 1, 2.5, 7), { minLength: 8, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.record({
          minMentorExperienceYears: fc.constantFrom(0, 1, 8),
          maxMentorsPerMentee: fc.constantFrom(1, 2),
        }),
        fc.constantFrom(1, 5, 12),
        ({ mentors, mentees }, sameOrganization, weightList, links, settings, years) => {
          const ids = [
            'topics',
            'role',
            'experience',
            'language',
            'availability',
            'channels',
            'organization',
            'preference',
          ];
          const weights = Object.fromEntries(ids.map((id, k) => [id, weightList[k] ?? 1]));
          if (Object.values(weights).every((weight) => weight === 0)) weights.topics = 1;
          const relationships = links.map(([m, e, stage]) => ({
            mentorId: mentors[m % mentors.length]?.id ?? '',
            menteeId: mentees[e % mentees.length]?.id ?? '',
            stage: stages[stage % stages.length] as RelationshipStage,
          }));
          expectAgreement(mentors, mentees, {
            sameOrganization,
            weights,
            relationships,
            program: { id: 'p', settings },
            experienceTargetYears: years,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees exactly with scorePair for many languages, roles and years', () => {
    const pool = ['de', 'en', 'tr', 'ar', 'es', 'fr', 'uk', 'it', 'pl', 'nl', 'sv', 'da', 'fi'];
    const tags = [...pool, ...pool.map((tag) => `${tag}x`), ...pool.map((tag) => `${tag}y`)];
    const { mentors, mentees } = makeCohort({ mentors: 30, mentees: 12, seed: 11 });
    // Over 32 primary languages take two bitset words.
    const spread = <T extends MentorProfile | MenteeProfile>(person: T, k: number): T => ({
      ...person,
      languages: [tags[k % tags.length] as string, tags[(k * 7 + 3) % tags.length] as string],
    });
    expectAgreement(
      mentors.map(spread),
      mentees.map((mentee, k) => spread(k === 0 ? { ...mentee, interests: [] } : mentee, k * 3)),
      {},
    );
    // More role and year classes than a row has mentors: the kernel keeps one
    // table per criterion. Also over 32 topics, and mentees without topics,
    // slots or organisation, with rankings and exclusions.
    const { mentors: many, mentees: few } = makeCohort({ mentors: 1100, mentees: 4, seed: 3 });
    const topics = Array.from({ length: 40 }, (_, k) => `topic-${k}`);
    const distinct = many.map((mentor, k) =>
      spread(
        {
          ...mentor,
          role: `role ${k % 9}`,
          yearsExperience: 1 + k / 64,
          expertise: [topics[k % 40] as string, topics[(k * 3) % 40] as string],
        },
        k,
      ),
    );
    const [first, second, third, fourth] = few as [
      MenteeProfile,
      MenteeProfile,
      MenteeProfile,
      MenteeProfile,
    ];
    const {
      availability: _slots,
      organization: _organization,
      ...bare
    } = { ...second, interests: [] as string[] };
    const varied: MenteeProfile[] = [
      {
        ...first,
        // Duplicates count once; a long list is counted with a set.
        interests: [...topics.slice(0, 34), 'topic-3'],
        // Mentors 0, 143 and 286 are among the pairs both samples check.
        organization: distinct[143]?.organization ?? 'Org 1',
        preferredMentorIds: [distinct[143]?.id ?? '', distinct[0]?.id ?? ''],
        excludedMentorIds: [distinct[286]?.id ?? ''],
      },
      bare,
      spread({ ...third, interests: ['topic-1', 'topic-1', 'topic-33'] }, 3),
      { ...fourth, organization: distinct[0]?.organization ?? 'Org 1' },
    ];
    expectAgreement(distinct, varied, { sameOrganization: 'veto' }, 13);
    expectAgreement(distinct, varied, {}, 11);
  });

  it('reuses eligibility per mentee languages, not channels', () => {
    const { mentors, mentees } = makeCohort({ mentors: 37, mentees: 60, seed: 11 });
    // Equal languages, different channels and organisations; some mentors blocked by experience.
    const alike: MenteeProfile[] = mentees.map((mentee, k) => ({
      ...mentee,
      languages: k % 2 === 0 ? ['de', 'en'] : ['tr'],
      channels: k % 3 === 0 ? ['phone'] : ['video', 'chat'],
    }));
    expectAgreement(mentors, alike, {
      program: { id: 'p', settings: { minMentorExperienceYears: 4 } },
    });
    expectAgreement(mentors, alike, { sameOrganization: 'veto' });
  });

  it('keeps a row plan only for features and weights it was made from', () => {
    const { mentors, mentees } = makeCohort({ mentors: 9, mentees: 4, seed: 5 });
    const resolved = resolveOptions({
      program: { id: 'p', settings: { minMentorExperienceYears: 30 } },
    });
    const features = buildCohortFeatures(mentors, mentees, resolved);
    const row = (f: typeof features, weights = resolved.weights, scratch = createScratch(f)) => {
      const scores = new Float64Array(f.nMentors);
      const eligible = new Uint8Array(f.nMentors);
      scoreRow(f, weights, 1, 0, f.nMentors, scores, eligible, 0, scratch, null);
      return [...scores, ...eligible];
    };
    const scratch = createScratch(features);
    const blocked = row(features, resolved.weights, scratch);
    expect(blocked.slice(features.nMentors)).toEqual(new Array(features.nMentors).fill(0));
    // As in `assign`: a copy with other capacities keeps the plan, other blocked mentors do not.
    const plan = scratch.plan;
    const sameInputs = { ...features, mentorFree: new Int32Array(features.nMentors) };
    expect(row(sameInputs, resolved.weights, scratch)).toEqual(blocked);
    expect(scratch.plan).toBe(plan);
    const open = { ...features, mentorBlocked: new Uint8Array(features.nMentors) };
    expect(row(open, resolved.weights, scratch)).toEqual(row(open));
    expect(row(open, resolved.weights, scratch)).not.toEqual(blocked);
    const heavy = resolveOptions({ weights: { availability: 9 } }).weights;
    expect(row(open, heavy, scratch)).toEqual(row(open, heavy));
  });

  it('writes exactly its row into views at any byte offset', () => {
    const { mentors, mentees } = makeCohort({ mentors: 11, mentees: 3, seed: 8 });
    const resolved = resolveOptions(undefined);
    const features = buildCohortFeatures(mentors, mentees, resolved);
    const expected = scoreMatrix(mentors, mentees);
    for (const offset of [0, 1, 2, 3, 5]) {
      const scores = new Float64Array(40).fill(-1);
      const bytes = new Uint8Array(48).fill(7);
      const eligible = bytes.subarray(offset, offset + 40);
      const scratch = createScratch(features);
      for (let e = 0; e < 3; e++) {
        scoreRow(features, resolved.weights, e, 0, 11, scores, eligible, 3 + e * 11, scratch, null);
      }
      expect([...scores.subarray(3, 36)]).toEqual([...expected.scores]);
      expect([...eligible.subarray(3, 36)]).toEqual([...expected.eligible]);
      // Nothing outside the rows changes.
      expect([...bytes.subarray(0, offset + 3), ...bytes.subarray(offset + 36)]).toEqual(
        new Array(offset + 3 + 12 - offset).fill(7),
      );
      expect([...scores.subarray(0, 3), ...scores.subarray(36)]).toEqual(new Array(7).fill(-1));
    }
  });

  it('never lowers the topic criterion when a shared topic is added', () => {
    fc.assert(
      fc.property(
        cohortArbitrary,
        fc.constantFrom('first-job', 'cloud', 'brand-new-topic'),
        ({ mentors, mentees }, topic) => {
          const a = mentors[0] as MentorProfile;
          const b = mentees[0] as MenteeProfile;
          const before = byId(scorePair(a, b), 'topics')?.value ?? 0;
          const after =
            byId(
              scorePair(
                { ...a, expertise: [...new Set([...a.expertise, topic])] },
                { ...b, interests: [...new Set([...b.interests, topic])] },
              ),
              'topics',
            )?.value ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lays rows out by mentee and rejects duplicate ids', () => {
    const matrix = scoreMatrix([mentor, { ...mentor, id: 'bo' }], [mentee]);
    expect(matrix.mentorIds).toEqual(['ada', 'bo']);
    expect(matrix.menteeCount).toBe(1);
    expect(matrix.scores[1]).toBeGreaterThan(matrix.scores[0] ?? 1);
    try {
      scoreMatrix([mentor, mentor], [mentee]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MentorshipKitError);
      expect((error as MentorshipKitError).code).toBe('duplicate_id');
      expect((error as MentorshipKitError).path).toEqual(['mentors', 1, 'id']);
      expect(formatError(error as MentorshipKitError)).toBe(
        'at mentors[1].id: the id "ada" appears more than once among the mentors',
      );
    }
  });
});

describe('rankMentors', () => {
  it('ranks eligible mentors best first, ties by id, with a limit', () => {
    const others = [
      { ...mentor, id: 'c' },
      { ...mentor, id: 'b' },
      { ...mentor, id: 'bo' },
      { ...mentor, id: 'x', languages: ['fr'] },
    ];
    const ranked = rankMentors(mentee, others, { limit: 3 });
    expect(ranked.map((pair) => pair.mentorId)).toEqual(['bo', 'b', 'c']);
    const all = rankMentors(mentee, others, { includeIneligible: true });
    expect(all.map((pair) => pair.mentorId)).toEqual(['bo', 'b', 'c', 'x']);
    expect(() => rankMentors(mentee, others, { limit: -1 })).toThrow(InvalidOptionsError);
  });
});
