// The public contract of the matching module (issue #10), tested through the
// root export as an app uses it: one error family, one programme reference,
// texts a coordinator can show in any locale, frozen constants and outputs,
// bounded caches and a deliberate surface.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src';
import {
  assign,
  builtinCriteria,
  defaultWeights,
  defineCriterion,
  defineLocalePack,
  formatError,
  formatPairScore,
  InvalidOptionsError,
  type MenteeProfile,
  type MentorProfile,
  MentorshipKitError,
  messages,
  parseAssignOptions,
  parseMatchingOptions,
  rankMentors,
  scoreMatrix,
  scorePair,
  toProposals,
} from '../../src';
import { de } from '../../src/i18n/locales/de';
import { matchingMessagesEs } from '../../src/i18n/locales/es/matching';
import { matchingErrorMessagesEs } from '../../src/i18n/locales/es/matching-errors';
import { matchingMessagesFr } from '../../src/i18n/locales/fr/matching';
import { matchingErrorMessagesFr } from '../../src/i18n/locales/fr/matching-errors';
import { parseTemplate, type TemplateNode } from '../../src/i18n/message-format';
import { matchingMessages } from '../../src/i18n/messages/matching';
import { matchingErrorMessages } from '../../src/i18n/messages/matching-errors';
import * as matching from '../../src/matching';
import { ZoneOffsets, zoneCacheSize } from '../../src/matching/availability';
import { makeCohort } from './support/cohort';

// Packs with the matching texts of French and Spanish (the other modules' texts
// fall back to English here; the full packs are built in `locales/*/index.ts`).
const fr = defineLocalePack({
  tag: 'fr',
  name: 'Français',
  messages: { ...messages, ...matchingMessagesFr, ...matchingErrorMessagesFr },
});
const es = defineLocalePack({
  tag: 'es',
  name: 'Español',
  messages: { ...messages, ...matchingMessagesEs, ...matchingErrorMessagesEs },
});

const mentor: MentorProfile = {
  schemaVersion: 1,
  id: 'ada',
  name: 'Ada Weber',
  languages: ['en', 'es'],
  timeZone: 'Europe/Berlin',
  availability: [{ day: 'tue', start: '18:00', end: '20:00' }],
  channels: ['video', 'in-person'],
  yearsExperience: 8,
  organization: 'Acme',
  expertise: ['first-job', 'cloud'],
  role: 'developer',
  capacity: 2,
};

const mentee: MenteeProfile = {
  schemaVersion: 1,
  id: 'sam',
  name: 'Sam Okafor',
  languages: ['en-GB', 'es-MX'],
  timeZone: 'Europe/Vienna',
  availability: [{ day: 'tue', start: '19:00', end: '21:00' }],
  channels: ['video'],
  yearsExperience: 7,
  interests: ['first-job'],
  targetRole: 'Frontend developer',
  preferredMentorIds: ['ada'],
};

const program = {
  id: 'spring-2026',
  topics: [{ id: 'first-job', label: { en: 'Landing the first job', de: 'Der erste Job' } }],
};

const reason = (lines: readonly string[], label: RegExp) =>
  lines.find((line) => label.test(line))?.replace(/^[^:]+: /, '');

describe('one error family', () => {
  it('has no MatchingOptionsError any more: invalid options throw InvalidOptionsError', () => {
    expect('MatchingOptionsError' in root).toBe(false);
    const calls: [string, () => unknown][] = [
      ['scorePair', () => scorePair(mentor, mentee, { weights: { topic: 1 } })],
      ['rankMentors', () => rankMentors(mentee, [mentor], { limit: -1 })],
      ['scoreMatrix', () => scoreMatrix([mentor], [mentee], { sameOrganization: 'no' as never })],
      ['assign', () => assign([mentor], [mentee], { strategy: 'fair' as never })],
      [
        'toProposals',
        () =>
          toProposals({ pairs: [] }, { program, now: '1 March', by: { role: 'admin', id: 'c' } }),
      ],
      [
        'defineCriterion',
        () => defineCriterion({ id: 'x', evaluate: () => 1, wieght: 2 } as never),
      ],
    ];
    for (const [name, call] of calls) {
      try {
        call();
        expect.unreachable(name);
      } catch (error) {
        expect(error, name).toBeInstanceOf(InvalidOptionsError);
        expect(error, name).toBeInstanceOf(MentorshipKitError);
        expect((error as InvalidOptionsError).code).toBe('invalid_options');
        expect((error as InvalidOptionsError).params.function).toBe(name);
        expect(formatError(error as InvalidOptionsError, de)).toContain(name);
      }
    }
  });

  it('throws library errors, not TypeError or RangeError, for duplicate ids and bad criteria', () => {
    const broken = defineCriterion({ id: 'broken', evaluate: () => Number.NaN });
    const silly = defineCriterion({ id: 'silly', evaluate: () => 'yes' as never });
    const empty = defineCriterion({ id: 'empty', evaluate: () => null as never });
    for (const criterion of [broken, silly, empty]) {
      try {
        scorePair(mentor, mentee, { criteria: [criterion] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MentorshipKitError);
        expect((error as MentorshipKitError).code).toBe('invalid_criterion_value');
        expect(formatError(error as MentorshipKitError, de)).toContain(criterion.id);
      }
    }
    expect(() => assign([mentor], [mentee, mentee])).toThrow(MentorshipKitError);
    expect(() => defineCriterion({ id: 'topics', evaluate: () => 1 })).toThrow(InvalidOptionsError);
  });

  it('parseMatchingOptions and parseAssignOptions never throw, even for proxies', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no values');
        },
      },
    );
    const getter = Object.defineProperty({}, 'weights', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [proxy, throwing, getter, null, 42, 'x', [], { weights: 'heavy' }]) {
      for (const parse of [parseMatchingOptions, parseAssignOptions]) {
        const result = parse(input);
        expect(result.ok).toBe(false);
      }
    }
    const good = parseMatchingOptions({ program, weights: { topics: 2 } });
    expect(good.ok).toBe(true);
    if (good.ok) expect(scorePair(mentor, mentee, good.value).eligible).toBe(true);
  });

  it('reports hostile options as InvalidOptionsError, never as a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const options of [
      proxy,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('x');
          },
        },
      ),
    ]) {
      expect(() => scorePair(mentor, mentee, options as never)).toThrow(InvalidOptionsError);
      expect(() => assign([mentor], [mentee], options as never)).toThrow(InvalidOptionsError);
    }
  });
});

describe('one programme reference', () => {
  it('takes the programme as `program`; the old `settings` option is an error', () => {
    expect(() =>
      scorePair(mentor, mentee, { settings: { minMentorExperienceYears: 10 } } as never),
    ).toThrow(InvalidOptionsError);
    expect(
      scorePair(mentor, mentee, {
        program: { id: 'p', settings: { minMentorExperienceYears: 10 } },
      }).vetoes[0]?.code,
    ).toBe('mentor_too_junior');
  });

  it('rejects typos inside the programme (they used to be dropped)', () => {
    try {
      scorePair(mentor, mentee, {
        program: { id: 'p', settings: { minMentorExperienceYear: 10 } as never },
      });
      expect.unreachable();
    } catch (error) {
      const issue = (error as InvalidOptionsError).issues[0];
      expect(issue?.path).toEqual(['program', 'settings']);
      expect(issue?.code).toBe('unrecognized_keys');
    }
    expect(() => scorePair(mentor, mentee, { program: { id: 'p', topcs: [] } as never })).toThrow(
      InvalidOptionsError,
    );
  });

  it('honours the programme’s maxMentorsPerMentee in assign', () => {
    const { mentors, mentees } = makeCohort({ mentors: 6, mentees: 1, seed: 4, capacity: 3 });
    const team = mentors.map((m) => ({ ...m, languages: ['de'], yearsExperience: 10 }));
    const one = [{ ...(mentees[0] as MenteeProfile), languages: ['de'] }];
    expect(assign(team, one).pairs).toHaveLength(1);
    const three = assign(team, one, { program: { id: 'p', settings: { maxMentorsPerMentee: 3 } } });
    expect(three.pairs).toHaveLength(3);
  });
});

describe('texts a coordinator can show', () => {
  it('renders in any BCP 47 tag without crashing (en-GB used to throw)', () => {
    const pair = scorePair(mentor, mentee, { program });
    for (const tag of ['en-GB', 'de-DE', 'fr', 'zz', 'not a tag', '', 'x'.repeat(300)]) {
      const lines = formatPairScore(pair, tag);
      expect(lines[0]).toMatch(/^\d+ % match$/);
    }
  });

  it('names topics by the programme’s labels, the id only where there is no label', () => {
    const pair = scorePair(mentor, mentee, { program });
    expect(reason(formatPairScore(pair), /^Topic fit/)).toBe(
      'covers the one topic the mentee asked for: Landing the first job',
    );
    expect(reason(formatPairScore(pair, de), /^Themen-Passung/)).toBe(
      'deckt das eine gewünschte Thema ab: Der erste Job',
    );
    const unlabelled = scorePair(mentor, mentee);
    expect(reason(formatPairScore(unlabelled), /^Topic fit/)).toContain(': first-job');
  });

  it('names languages with Intl.DisplayNames, channels and stages translated', () => {
    const pair = scorePair(mentor, mentee, { program });
    expect(reason(formatPairScore(pair), /^Shared language/)).toBe(
      'both speak English and Spanish',
    );
    expect(reason(formatPairScore(pair, de), /^Gemeinsame Sprache/)).toBe(
      'beide sprechen Englisch und Spanisch',
    );
    expect(reason(formatPairScore(pair, es), /^Idioma común/)).toBe(
      'ambos hablan inglés y español',
    );
    expect(reason(formatPairScore(pair), /^Communication channels/)).toBe(
      'share the mentee’s one channel: video call',
    );
    expect(reason(formatPairScore(pair, de), /^Kommunikationswege/)).toBe(
      'teilen den einzigen Kanal der Mentee-Seite: Videoanruf',
    );
    const ended = scorePair(mentor, mentee, {
      relationships: [{ mentorId: 'ada', menteeId: 'sam', stage: 'ended' }],
    });
    expect(formatPairScore(ended)[0]).toBe(
      'not eligible: already had a relationship together, which ended (Ended early)',
    );
    expect(formatPairScore(ended, de)[0]).toContain('(Vorzeitig beendet)');
  });

  it('uses plurals ("1 hours apart" and "covers 1 of the 1 topics" were bugs)', () => {
    const { availability: _a, ...noSlots } = mentee;
    const london = scorePair(mentor, { ...noSlots, timeZone: 'Europe/London' });
    // Missing slots are unknown, said last and not counted (they were a bonus).
    expect(formatPairScore(london).at(-1)).toBe(
      'Availability (not counted): unknown: the mentee gave no weekly slots',
    );
    expect(formatPairScore(london, de).at(-1)).toContain('nicht gewertet');
    const short = scorePair(mentor, mentee, { minWeeklyOverlapMinutes: 15 * 60 });
    expect(formatPairScore(short)[0]).toBe(
      'not eligible: 60 minutes a week in common; the programme requires at least 900 minutes',
    );
    const twoTopics = scorePair(mentor, { ...mentee, interests: ['first-job', 'cv'] });
    expect(reason(formatPairScore(twoTopics), /^Topic fit/)).toBe(
      'covers 1 of the 2 topics the mentee asked for: first-job',
    );
    const senior = scorePair({ ...mentor, yearsExperience: 8 }, { ...mentee, yearsExperience: 7 });
    expect(reason(formatPairScore(senior), /^Experience/)).toBe(
      '1 more year of experience (8 against 7)',
    );
    const busy = scorePair(mentor, mentee, {
      relationships: [{ mentorId: 'zed', menteeId: 'sam', stage: 'cultivating' }],
    });
    expect(formatPairScore(busy)[0]).toBe(
      'not eligible: the mentee already has 1 mentor, as many as allowed (1)',
    );
  });

  it('quotes a mentor’s free-text role', () => {
    const pair = scorePair(mentor, mentee);
    expect(reason(formatPairScore(pair), /^Role fit/)).toBe(
      'works as “developer”, close to the role the mentee is aiming for, “Frontend developer”',
    );
    expect(reason(formatPairScore(pair, de), /^Rollen-Passung/)).toBe(
      'arbeitet als „developer“, verwandt mit der angestrebten Rolle „Frontend developer“',
    );
  });

  it('renders the pairs that assign returns', () => {
    const assignment = assign([mentor], [mentee], { program });
    const [pair] = assignment.pairs;
    expect(pair).toBeDefined();
    const lines = formatPairScore(pair as NonNullable<typeof pair>, fr);
    expect(lines).toEqual(formatPairScore(scorePair(mentor, mentee, { program }), fr));
    expect(lines[0]).toMatch(/^correspondance de \d+ %$/);
  });

  it('has every matching text in German, French and Spanish, with the same placeholders', () => {
    // Every param a template reads, branches included, as the renderer parses it.
    const placeholders = (text: string) => {
      const names: string[] = [];
      const walk = (nodes: readonly TemplateNode[]) => {
        for (const node of nodes) {
          if (typeof node === 'string' || node.kind === 'number') continue;
          names.push(node.name);
          if (node.kind !== 'param') for (const branch of node.branches.values()) walk(branch);
        }
      };
      walk(parseTemplate(text));
      return names;
    };
    for (const catalogue of [matchingMessages, matchingErrorMessages]) {
      for (const [key, english] of Object.entries(catalogue)) {
        for (const pack of [de, fr, es]) {
          const text = pack.messages[key as keyof typeof pack.messages];
          expect(text, `${pack.tag} ${key}`).toBeTruthy();
          expect(new Set(placeholders(text)), `${pack.tag} ${key}`).toEqual(
            new Set(placeholders(english)),
          );
        }
      }
    }
  });

  it('renders every locale string and pack without throwing (property)', () => {
    const { mentors, mentees } = makeCohort({ mentors: 3, mentees: 3, seed: 2 });
    const pairs = mentees.flatMap((e) => mentors.map((m) => scorePair(m, e, { program })));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom(
            'de-AT',
            'fr-CA',
            'es-419',
            'en-GB',
            'i-klingon',
            'x-private',
            'de-u-nu-arab',
          ),
        ),
        fc.nat(pairs.length - 1),
        (locale, index) => {
          const lines = formatPairScore(pairs[index] as (typeof pairs)[number], locale);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line).not.toMatch(/\{\w+\}/);
        },
      ),
      { numRuns: 300 },
    );
    for (const pack of [de, fr, es]) {
      for (const pair of pairs)
        for (const line of formatPairScore(pair, pack)) expect(line).not.toMatch(/\{\w+/);
    }
  });
});

describe('frozen constants, frozen outputs, untouched inputs', () => {
  it('keeps the built-in criteria and default weights from being changed', () => {
    const before = scorePair(mentor, mentee).score;
    expect(() => (builtinCriteria as unknown as string[]).reverse()).toThrow(TypeError);
    expect(() => {
      (defaultWeights as Record<string, number>).topics = 100;
    }).toThrow(TypeError);
    expect(Object.isFrozen(builtinCriteria)).toBe(true);
    expect(Object.isFrozen(defaultWeights)).toBe(true);
    expect(scorePair(mentor, mentee).score).toBe(before);
  });

  it('freezes every output and neither changes nor freezes the inputs', () => {
    const mentors = [structuredClone(mentor), { ...structuredClone(mentor), id: 'bo' }];
    const mentees = [structuredClone(mentee)];
    const criterion = {
      kind: 'custom-criterion' as const,
      id: 'hand-made',
      label: 'Hand made',
      weight: 1,
      evaluate: () => ({ value: 0.5, note: 'half' }),
    };
    const options = {
      program: structuredClone(program),
      relationships: [{ mentorId: 'zed', menteeId: 'kim', stage: 'ended' as const }],
      weights: { topics: 2 },
      criteria: [criterion],
    };
    const snapshot = structuredClone({ mentors, mentees, options: { ...options, criteria: [] } });
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    const pair = scorePair(mentors[0] as MentorProfile, mentees[0] as MenteeProfile, options);
    expect(isDeepFrozen(pair)).toBe(true);
    expect(isDeepFrozen(rankMentors(mentees[0] as MenteeProfile, mentors, options))).toBe(true);
    const assignment = assign(mentors, mentees, options);
    expect(isDeepFrozen(assignment)).toBe(true);
    const matrix = scoreMatrix(mentors, mentees, options);
    expect(Object.isFrozen(matrix) && Object.isFrozen(matrix.mentorIds)).toBe(true);
    expect(Object.isFrozen(formatPairScore(pair))).toBe(true);
    const proposals = toProposals(assignment, {
      program: options.program,
      now: '2026-03-01T09:00:00Z',
      by: { role: 'admin', id: 'c' },
    });
    expect(isDeepFrozen(proposals)).toBe(true);
    // Nothing the caller passed is frozen or changed.
    for (const value of [
      mentors,
      mentees,
      options,
      options.program,
      options.program.topics[0],
      options.relationships[0],
      options.weights,
      criterion,
    ]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
    expect(structuredClone({ mentors, mentees, options: { ...options, criteria: [] } })).toEqual(
      snapshot,
    );
  });
});

describe('bounded caches', () => {
  it('shares one formatter among every letter case of a zone (40,000 spellings cost 600 MB)', () => {
    const zone = 'Europe/Berlin';
    const letters = [...zone]
      .map((char, index) => ({ char, index }))
      .filter(({ char }) => /[a-z]/i.test(char));
    const at = Date.UTC(2026, 0, 7, 12);
    const before = zoneCacheSize().formatters;
    const expected = new ZoneOffsets().offsetMinutes(zone, at);
    for (let mask = 0; mask < 2 ** letters.length; mask++) {
      const chars = [...zone];
      letters.forEach(({ char, index }, bit) => {
        chars[index] = mask & (1 << bit) ? char.toUpperCase() : char.toLowerCase();
      });
      expect(new ZoneOffsets().offsetMinutes(chars.join(''), at)).toBe(expected);
    }
    expect(2 ** letters.length).toBe(4096);
    const after = zoneCacheSize();
    expect(after.formatters - before).toBeLessThanOrEqual(1);
    expect(after.spellings).toBeLessThanOrEqual(1024);
  });

  it('keeps the caches bounded for many distinct zones', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const at = Date.UTC(2026, 0, 7, 12);
    for (const zone of [...zones, ...zones.map((z) => z.toUpperCase())]) {
      new ZoneOffsets().offsetMinutes(zone, at);
    }
    const size = zoneCacheSize();
    expect(size.formatters).toBeLessThanOrEqual(1024);
    expect(size.spellings).toBeLessThanOrEqual(1024);
  });

  it('reports an unknown zone in an unvalidated profile as a library error', () => {
    expect(() => scorePair({ ...mentor, timeZone: 'Mars/Olympus' }, mentee)).toThrow(
      MentorshipKitError,
    );
  });
});

describe('a deliberate surface', () => {
  it('exports every name of the matching module from the root, unchanged, and no internals', () => {
    // A name two modules both export would silently vanish from `export *`.
    const rootExports = new Map(Object.entries(root));
    for (const [name, value] of Object.entries(matching)) {
      expect(rootExports.get(name), name).toBe(value);
    }
    for (const internal of [
      'MatchingOptionsError',
      'resolveOptions',
      'readOptions',
      'buildCohortFeatures',
      'explainPair',
      'scoreRow',
      'toDenseProblem',
      'ZoneOffsets',
      'criterionLabelKeys',
    ]) {
      expect(rootExports.has(internal), internal).toBe(false);
    }
  });
});

describe('any object as options', () => {
  const { mentors, mentees } = makeCohort({ mentors: 3, mentees: 3, seed: 5 });
  const keys = [
    'weights',
    'menteeWeights',
    'mentorWeights',
    'sameOrganization',
    'program',
    'availabilityTargetMinutes',
    'experienceTargetYears',
    'relationships',
    'criteria',
    'strategy',
    'objective',
    'proposing',
    'topK',
    'limit',
    'includeIneligible',
    'now',
    'by',
    'relationshipId',
    'settings',
  ];
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      { id: 'p' },
      { id: 'p', settings: { maxMentorsPerMentee: 2, referenceWeek: '2026-01-12' } },
      { id: 'p', settings: { referenceWeek: '2026-01-13' } },
      { topics: 3 },
      { role: 'admin', id: 'c' },
      '2026-03-01T09:00:00Z',
      'optimal',
      'stable',
      'greedy',
      'veto',
      [{ mentorId: 'mentor-000000', menteeId: 'mentee-000000', stage: 'ended' }],
      [{ kind: 'custom-criterion', id: 'c', label: 'C', weight: 1, evaluate: 'no' }],
      {
        topics: 0,
        role: 0,
        experience: 0,
        language: 0,
        availability: 0,
        channels: 0,
        organization: 0,
        preference: 0,
      },
      { availability: 3 },
      { constructor: 1 },
      2,
      -1,
      Number.NaN,
    ),
  );
  const options = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 }),
  );

  const worksOrRejects = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
    }
  };

  it('each function works or throws InvalidOptionsError, never anything else (property)', () => {
    const assignment = assign(mentors, mentees);
    fc.assert(
      fc.property(options, (input) => {
        const any = input as never;
        worksOrRejects(() =>
          scorePair(mentors[0] as MentorProfile, mentees[0] as MenteeProfile, any),
        );
        worksOrRejects(() => rankMentors(mentees[0] as MenteeProfile, mentors, any));
        worksOrRejects(() => scoreMatrix(mentors, mentees, any));
        worksOrRejects(() => assign(mentors, mentees, any));
        worksOrRejects(() => toProposals(assignment, any));
        // The Result-returning way never throws at all.
        expect(typeof parseMatchingOptions(input).ok).toBe('boolean');
        expect(typeof parseAssignOptions(input).ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('toProposals works or throws InvalidOptionsError for any valid-looking options (property)', () => {
    const assignment = assign(mentors, mentees);
    fc.assert(
      fc.property(
        fc.record(
          {
            program: fc.oneof(
              value,
              fc.record({
                id: fc.string(),
                settings: fc.record({ proposalTtlDays: fc.integer() }, { requiredKeys: [] }),
              }),
            ),
            now: fc.oneof(
              value,
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            ),
            by: value,
            relationshipId: fc.constantFrom(
              undefined,
              () => 'same',
              ({ mentorId }: { mentorId: string }) => `x ${mentorId}`,
            ),
          },
          { requiredKeys: [] },
        ),
        (input) => worksOrRejects(() => toProposals(assignment, input as never)),
      ),
      { numRuns: 300 },
    );
  });
});
