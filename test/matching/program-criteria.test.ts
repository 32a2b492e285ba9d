// Issue #12 §4: the programme's own attributes and questionnaire as criteria —
// values, explanations, missing data (neutral, shown as unknown, never a top
// reason), validation against the programme's definitions, and weights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  assign,
  checkProgramFields,
  defineCriterion,
  formatError,
  formatPairScore,
  InvalidOptionsError,
  type MatchingOptions,
  type MenteeProfile,
  type MentorProfile,
  parseMatchingOptions,
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  rankMentors,
  scoreMatrix,
  scorePair,
} from '../../src/index';
import { mentee, mentor } from './support/profiles';

const program = {
  id: 'attributes',
  settings: {
    attributes: [
      { id: 'region', label: { en: 'Region', de: 'Region' }, prefer: 'same' as const, weight: 2 },
      {
        id: 'department',
        label: { en: 'Department', de: 'Abteilung' },
        prefer: 'different' as const,
      },
    ],
    questionnaire: {
      scale: { min: 1, max: 5 },
      items: [{ id: 'structure' }, { id: 'pace' }, { id: 'feedback' }],
    },
  },
};
const options: MatchingOptions = { program };

const ada: MentorProfile = {
  ...mentor,
  attributes: { region: 'Bavaria', department: 'Finance' },
  answers: { structure: 5, pace: 1 },
};
const sam: MenteeProfile = {
  ...mentee,
  attributes: { region: ' bavaria ', department: 'Sales' },
  answers: { structure: 4, pace: 1, feedback: 3 },
};

function criterion(pair: ReturnType<typeof scorePair>, id: string) {
  const found = pair.criteria.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no criterion ${id}`);
  return found;
}

describe('programme attributes and questionnaire', () => {
  it('scores same and different attributes and questionnaire similarity', () => {
    const pair = scorePair(ada, sam, options);
    expect(criterion(pair, 'attribute:region')).toMatchObject({ value: 1, known: true, weight: 2 });
    expect(criterion(pair, 'attribute:department')).toMatchObject({ value: 1, known: true });
    // Two items both answered: distances 1 and 0 on a scale 4 wide.
    expect(criterion(pair, 'questionnaire').value).toBe(1 - 1 / 8);
    expect(criterion(pair, 'questionnaire').explanation).toEqual({
      key: 'matching.questionnaire.similar',
      params: { percent: 88, count: 2 },
    });
    const sameDepartment = scorePair(
      ada,
      { ...sam, attributes: { region: 'Hesse', department: 'finance' } },
      options,
    );
    expect(criterion(sameDepartment, 'attribute:region').value).toBe(0);
    expect(criterion(sameDepartment, 'attribute:department').value).toBe(0);
    expect(sameDepartment.score).toBeLessThan(pair.score);
  });

  it('explains them in every language, with the programme’s labels', () => {
    const lines = formatPairScore(scorePair(ada, sam, options), 'en');
    expect(
      lines.some((line) => line.startsWith('Region (') && line.endsWith('same Region: “bavaria”')),
    ).toBe(true);
    expect(lines.some((line) => line.startsWith('Department ('))).toBe(true);
    expect(lines.some((line) => line.includes('88 % agreement on the 2 questions'))).toBe(true);
    const german = formatPairScore(scorePair(ada, sam, options), de);
    expect(german.some((line) => line.startsWith('Abteilung ('))).toBe(true);
    expect(german.some((line) => line.startsWith('Antworten im Fragebogen ('))).toBe(true);
    for (const locale of ['fr', 'es', 'xx-invalid', 'de-AT']) {
      expect(formatPairScore(scorePair(ada, sam, options), locale).length).toBe(lines.length);
    }
  });

  it('leaves missing data out of the score: neutral, shown as unknown, after every reason', () => {
    const blank: MenteeProfile = { ...sam, attributes: { department: 'Sales' } };
    delete (blank as { answers?: unknown }).answers;
    const pair = scorePair(ada, blank, options);
    const region = criterion(pair, 'attribute:region');
    expect(region).toMatchObject({ known: false, value: 0, contribution: 0 });
    expect(region.explanation).toEqual({
      key: 'matching.attribute.unknown',
      params: { attribute: { text: { en: 'Region', de: 'Region' } }, side: 'mentee' },
    });
    expect(criterion(pair, 'questionnaire')).toMatchObject({ known: false, contribution: 0 });
    // Neutral: the same score as with the two criteria switched off.
    const off = scorePair(ada, blank, {
      ...options,
      weights: { 'attribute:region': 0, questionnaire: 0 },
    });
    expect(pair.score).toBeCloseTo(off.score, 12);
    const lines = formatPairScore(pair, 'en');
    const firstUnknown = lines.findIndex((line) => line.includes('(not counted)'));
    expect(lines.slice(firstUnknown).every((line) => line.includes('(not counted)'))).toBe(true);
    expect(lines.some((line) => line.includes('unknown: the mentee gave no Region'))).toBe(true);
    expect(lines.some((line) => line.includes('unknown: the mentee answered no question'))).toBe(
      true,
    );
  });

  it('never rewards leaving an attribute blank over a matching value (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Bavaria', 'Hesse', undefined),
        fc.constantFrom('Finance', 'Sales', undefined),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
        (region, department, [a, b, c]) => {
          const attributes: Record<string, string> = {};
          if (region !== undefined) attributes.region = region;
          if (department !== undefined) attributes.department = department;
          const person: MenteeProfile = {
            ...sam,
            attributes,
            answers: { structure: a as number, pace: b as number, feedback: c as number },
          };
          const pair = scorePair(ada, person, options);
          const best = scorePair(
            ada,
            {
              ...person,
              attributes: { region: 'Bavaria', department: 'Sales' },
              answers: ada.answers ?? {},
            },
            options,
          );
          expect(best.score).toBeGreaterThanOrEqual(pair.score);
          for (const c of pair.criteria) if (!c.known) expect(c.contribution).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes weights for the programme’s criteria and rejects unknown ones', () => {
    const heavy = scorePair(ada, sam, { ...options, weights: { 'attribute:region': 50 } });
    expect(criterion(heavy, 'attribute:region').weight).toBe(50);
    expect(parseMatchingOptions({ program, weights: { questionnaire: 3 } }).ok).toBe(true);
    const wrong = parseMatchingOptions({ program, weights: { 'attribute:city': 1 } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.issues[0]?.path).toEqual(['weights', 'attribute:city']);
    // Without the programme its criteria do not exist.
    expect(parseMatchingOptions({ weights: { questionnaire: 1 } }).ok).toBe(false);
    expect(() => defineCriterion({ id: 'questionnaire', evaluate: () => 1 })).toThrow(
      InvalidOptionsError,
    );
  });

  it('checks profiles against the programme: unknown keys and answers off the scale', () => {
    const typo: MenteeProfile = { ...sam, attributes: { regoin: 'Bavaria' } };
    const off: MentorProfile = { ...ada, answers: { structure: 7 } };
    for (const run of [
      () => scorePair(ada, typo, options),
      () => rankMentors(typo, [ada], options),
      () => scoreMatrix([off], [sam], options),
      () => assign([off], [sam], options),
    ]) {
      expect(run).toThrow(InvalidOptionsError);
    }
    try {
      scoreMatrix([off, ada], [sam, typo, { ...sam, id: 'x', answers: { mood: 2 } }], options);
      expect.unreachable();
    } catch (error) {
      const issues = (error as InvalidOptionsError).issues;
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
        [['mentors', 0, 'answers', 'structure'], 'too_big'],
        [['mentees', 1, 'attributes', 'regoin'], 'unrecognized_keys'],
        [['mentees', 2, 'answers', 'mood'], 'unrecognized_keys'],
      ]);
      const text = formatError(error as InvalidOptionsError, de);
      expect(text).toContain('regoin');
      expect(text).toContain('ganze Zahl von 1 bis 5');
    }
    // The same checks as a Result, for profiles from a form.
    const checked = checkProgramFields({ mentors: [off], mentees: [sam, typo] }, { program });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.issues.map((issue) => issue.path)).toEqual([
        ['mentors', 0, 'answers', 'structure'],
        ['mentees', 1, 'attributes', 'regoin'],
      ]);
      expect(formatError(checked.error, 'en')).toContain('regoin');
    }
    expect(checkProgramFields({ mentees: [sam] }, { program })).toEqual({ ok: true, value: true });
    expect(() => checkProgramFields({}, {} as never)).toThrow(InvalidOptionsError);
    // Without a programme the fields are neither checked nor scored.
    expect(scorePair(ada, typo).criteria.some((c) => c.id.startsWith('attribute:'))).toBe(false);
  });

  it('reports unparsed profiles with odd fields as issues, never a crash (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (attributes, answers) => {
        const odd = { ...sam, attributes, answers } as unknown as MenteeProfile;
        try {
          scorePair(ada, odd, options);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
          for (const issue of (error as InvalidOptionsError).issues) {
            expect(issue.path.slice(0, 2)).toEqual(['mentees', 0]);
          }
        }
        const checked = checkProgramFields({ mentees: [odd] }, { program });
        if (!checked.ok) expect(checked.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    const proto = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    expect(checkProgramFields({ mentees: [{ ...sam, attributes: proto }] }, { program })).toEqual(
      expect.objectContaining({ ok: false }),
    );
  });

  it('validates the new fields of profiles and programmes, and round-trips them through JSON', () => {
    const parsed = parseProgram({ schemaVersion: 1, name: 'P', ...program });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parseProgram(JSON.parse(JSON.stringify(parsed.value)))).toEqual(parsed);
    const badScale = parseProgram({
      schemaVersion: 1,
      id: 'p',
      name: 'P',
      settings: { questionnaire: { scale: { min: 5, max: 1 }, items: [{ id: 'q' }] } },
    });
    expect(badScale.ok).toBe(false);
    const mentorParsed = parseMentorProfile(ada);
    expect(mentorParsed.ok).toBe(true);
    if (mentorParsed.ok) {
      expect(parseMentorProfile(JSON.parse(JSON.stringify(mentorParsed.value)))).toEqual(
        mentorParsed,
      );
    }
    const wrongType = parseMenteeProfile({ ...sam, answers: { structure: 2.5 } });
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.error.issues[0]?.path).toEqual(['answers', 'structure']);
    expect(parseMenteeProfile({ ...sam, attributes: { region: 3 } }).ok).toBe(false);
  });

  it('changes no input and returns frozen results (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), (blank) => {
        const person: MenteeProfile = blank ? { ...sam, attributes: {}, answers: {} } : sam;
        const before = JSON.stringify([ada, person, options]);
        const pair = scorePair(ada, person, options);
        expect(JSON.stringify([ada, person, options])).toBe(before);
        expect(Object.isFrozen(pair.criteria.at(-1))).toBe(true);
        expect(JSON.parse(JSON.stringify(pair))).toEqual(pair);
      }),
      { numRuns: 10 },
    );
  });
});
