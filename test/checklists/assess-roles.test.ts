import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessRoles,
  behaviourEvidence,
  type RoleRatings,
  responsibilityCatalog,
} from '../../src/checklists';
import { formatMessage } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { formatError, InvalidOptionsError } from '../../src/model';
import { day, relationship } from './builder';

const behaviourIds = responsibilityCatalog.menteeRoles.flatMap((role) =>
  role.behaviours.map((b) => b.id),
);
const allThrees = () =>
  Object.fromEntries(behaviourIds.map((id) => [id, 3])) as Record<string, number>;

describe('assessRoles', () => {
  it('builds a profile per role with the strongest and weakest behaviours', () => {
    const ratings = {
      ...allThrees(),
      'owner.ask-questions': 5,
      'owner.commit': 1,
      'learner.accept-feedback': 4,
    };
    const result = assessRoles(ratings);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [protege, owner, learner] = result.value.roles;
    expect(result.value.roles.map((role) => role.role)).toEqual(['protege', 'owner', 'learner']);
    expect(protege?.average).toBe(3);
    expect(protege?.strongest.length).toBe(8); // all equal: every behaviour is both
    expect(owner?.strongest.map((b) => b.id)).toEqual(['owner.ask-questions']);
    expect(owner?.weakest.map((b) => [b.id, b.rating, b.label])).toEqual([
      ['owner.commit', 1, 'Commit to your development'],
    ]);
    expect(owner?.average).toBe(3);
    expect(learner?.average).toBeCloseTo(19 / 6);
    expect(result.value.strongestRoles).toEqual(['learner']);
    expect(result.value.weakestRoles).toEqual(['protege', 'owner']);
    expect(Object.isFrozen(result.value.roles[0]?.behaviours)).toBe(true);
  });

  it('labels in German on request', () => {
    const result = assessRoles(allThrees(), { locale: de });
    expect(result.ok && result.value.roles[2]?.label).toBe('Lernende Person');
    expect(result.ok && result.value.roles[1]?.behaviours[7]?.label).toBe('Fragen stellen');
  });

  it('throws InvalidOptionsError for bad options, while bad ratings stay a Result', () => {
    expect(() => assessRoles(allThrees(), { lang: 'de' } as never)).toThrow(InvalidOptionsError);
    expect(() => assessRoles(allThrees(), { locale: 7 } as never)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['locale'] })] }),
    );
    expect(() => assessRoles('5', { lang: 'de' } as never)).toThrow(InvalidOptionsError);
    expect(assessRoles('5', { locale: 'fr-CA' }).ok).toBe(false);
    const english = assessRoles(allThrees(), { locale: 'zz-not a tag' });
    expect(english.ok && english.value.roles[2]?.label).toBe('Learner');
  });

  it('reports every bad rating with its path and code', () => {
    const { 'protege.self-critical': _omitted, ...missingOne } = allThrees();
    const result = assessRoles({
      ...missingOne,
      'owner.commit': 6,
      'owner.ask-questions': 0,
      'learner.accept-feedback': 2.5,
      'learner.apply-learning': '4',
      'owner.be-brave': 3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = result.error.issues.map((issue) => [issue.path.join('.'), issue.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['protege.self-critical', 'invalid_type'],
        ['owner.commit', 'too_big'],
        ['owner.ask-questions', 'too_small'],
        ['learner.accept-feedback', 'invalid_type'],
        ['learner.apply-learning', 'invalid_type'],
        ['', 'unrecognized_keys'],
      ]),
    );
    expect(issues).toHaveLength(6);
    expect(formatError(result.error, 'en')).toContain('at ["protege.self-critical"]: is required');
    expect(assessRoles(null).ok).toBe(false);
    expect(assessRoles('5').ok).toBe(false);
  });

  it('keeps every rating, and strongest ≥ every rating ≥ weakest (property)', () => {
    const ratingsArb = fc.tuple(...behaviourIds.map(() => fc.integer({ min: 1, max: 5 })));
    fc.assert(
      fc.property(ratingsArb, (values) => {
        const ratings = Object.fromEntries(
          behaviourIds.map((id, i) => [id, values[i]]),
        ) as RoleRatings;
        const result = assessRoles(ratings);
        if (!result.ok) return false;
        for (const profile of result.value.roles) {
          const top = profile.strongest[0]?.rating ?? 0;
          const bottom = profile.weakest[0]?.rating ?? 0;
          for (const b of profile.behaviours) {
            if (b.rating !== ratings[b.id] || b.rating > top || b.rating < bottom) return false;
          }
        }
        return result.value.roles.reduce((n, r) => n + r.behaviours.length, 0) === 22;
      }),
      { numRuns: 200 },
    );
  });
});

describe('assessRoles with the relationship: records beside the self-rating', () => {
  // Cultivating from day 8; m1 (day 7) and m2 (day 21) held, m3 (day 35) scheduled.
  const build = () =>
    relationship()
      .selfInventory('mentee', day(1))
      .selfInventory('mentor', day(2))
      .goal('g1', day(2), [{ id: 's1', status: 'done', completedAt: day(12) }, { id: 's2' }])
      .goal('g2', day(3), [{ id: 't1' }], { by: 'mentor' })
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
      .agreement(day(7, 19))
      .stage('cultivating', day(8))
      .meeting('m2', {
        startsAt: day(21),
        agendaAt: day(19),
        agendaBy: 'mentor',
        scheduledBy: 'mentor',
        attendance: { mentee: { present: false } },
      })
      .meeting('m3', { startsAt: day(35), scheduledAt: day(22) })
      // a1 on time by the mentee; a2 late; a3 by the mentor; a4 open past its date; a5 not due yet
      .actionItem('a1', { createdAt: day(8), dueAt: day(14), completedAt: day(13) })
      .actionItem('a2', { createdAt: day(8), dueAt: day(14), completedAt: day(15) })
      .actionItem('a3', {
        createdAt: day(8),
        dueAt: day(14),
        completedAt: day(13),
        completedBy: 'mentor',
      })
      .actionItem('a4', { createdAt: day(8), dueAt: day(16) })
      .actionItem('a5', { createdAt: day(20), dueAt: day(40), createdBy: 'mentee' })
      .feedbackRequest('r1', day(10))
      .feedbackRequest('r2', day(18))
      .feedbackRequest('r3', day(19), 'mentor')
      .feedbackRequest('r4', day(30)) // after `now`
      .feedback('f1', day(11), 'mentee', 'concern', 'private')
      .progress('p1', day(15))
      .build();
  const now = day(25);
  const evidence = (result: ReturnType<typeof assessRoles>, id: string) =>
    result.ok
      ? result.value.roles.flatMap((r) => r.behaviours).find((b) => b.id === id)?.evidence
      : undefined;

  it('adds evidence to exactly the 16 behaviours with a kind of record, and nothing without a relationship', () => {
    const result = assessRoles(allThrees(), { relationship: build(), now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const behaviours = result.value.roles.flatMap((r) => r.behaviours);
    const withEvidence = behaviours.filter((b) => b.evidence !== undefined);
    expect(withEvidence.map((b) => [b.id, b.evidence?.kind])).toEqual(
      Object.entries(behaviourEvidence).sort(
        ([a], [b]) => behaviourIds.indexOf(a as never) - behaviourIds.indexOf(b as never),
      ),
    );
    expect(withEvidence).toHaveLength(16);
    expect(Object.isFrozen(withEvidence[0]?.evidence?.items)).toBe(true);
    const plain = assessRoles(allThrees());
    expect(
      plain.ok && plain.value.roles.flatMap((r) => r.behaviours).some((b) => 'evidence' in b),
    ).toBe(false);
    // The ratings, averages and extremes are the self-assessment's alone.
    expect(plain.ok && result.value.roles.map((r) => r.average)).toEqual(
      plain.ok && plain.value.roles.map((r) => r.average),
    );
  });

  it('keeps commitments: follow-ups the mentee finished by their deadline, out of those due', () => {
    const keeps = evidence(
      assessRoles(allThrees(), { relationship: build(), now }),
      'owner.keep-commitments',
    );
    expect(keeps).toMatchObject({
      kind: 'follow-ups-on-time',
      count: 1,
      of: 4,
      lastAt: day(13),
      items: [{ kind: 'action-item', id: 'a1' }],
      messageKey: 'checklists.evidence.follow-ups-on-time',
      message: '1 of 4 follow-up tasks done on time',
    });
    const german = evidence(
      assessRoles(allThrees(), { relationship: build(), now, locale: de }),
      'owner.keep-commitments',
    );
    expect(german?.message).toBe('1 von 4 Folgeaufgaben rechtzeitig erledigt');
  });

  it('counts only the mentee’s own acts, and only up to now', () => {
    const result = assessRoles(allThrees(), { relationship: build(), now });
    expect(evidence(result, 'owner.ask-for-help')).toMatchObject({
      count: 2,
      lastAt: day(18),
      message: 'Feedback asked for 2 times',
    });
    expect(evidence(result, 'protege.development-goals')?.items).toEqual([
      { kind: 'goal', id: 'g1' },
    ]);
    expect(evidence(result, 'learner.seek-ways-to-goals')?.items.map((i) => i.id)).toEqual([
      's1',
      's2',
    ]);
    expect(evidence(result, 'learner.apply-learning')?.count).toBe(1);
    expect(evidence(result, 'owner.bring-ideas')?.items).toEqual([{ kind: 'meeting', id: 'm1' }]);
    expect(evidence(result, 'protege.proactive-relationships')?.count).toBe(2); // m1 and m3
    expect(evidence(result, 'owner.commit')?.items).toEqual([{ kind: 'meeting', id: 'm1' }]);
    expect(evidence(result, 'owner.work-independently')?.items).toEqual([
      { kind: 'action-item', id: 'a5' },
    ]);
    expect(evidence(result, 'protege.raise-problems')?.message).toBe(
      '1 concern or challenge raised',
    );
    expect(evidence(result, 'protege.honest-feedback')).toEqual({
      kind: 'feedback-given',
      count: 0,
      items: [],
      messageKey: 'checklists.evidence.feedback-given',
      message: 'No feedback given to the mentor yet',
    });
    expect(evidence(result, 'learner.communicate-effectively')?.message).toBe(
      '1 progress update posted',
    );
    expect(evidence(result, 'owner.know-strengths-weaknesses')?.count).toBe(1);
    expect(evidence(result, 'protege.explain-needs')?.count).toBe(1);
    expect(evidence(result, 'protege.self-critical')?.count).toBe(0);
    const earlier = assessRoles(allThrees(), { relationship: build(), now: day(9) });
    expect(evidence(earlier, 'owner.ask-for-help')?.count).toBe(0);
    expect(evidence(earlier, 'owner.keep-commitments')?.message).toBe('No follow-up task due yet');
  });

  it('validates the relationship and wants now with it', () => {
    const r = build();
    expect(() => assessRoles(allThrees(), { relationship: r })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['now'] })] }),
    );
    expect(() =>
      assessRoles(allThrees(), { relationship: { ...r, cycle: 0 } as never, now }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_options',
        issues: [expect.objectContaining({ path: ['relationship', 'cycle'] })],
      }),
    );
    expect(() => assessRoles(allThrees(), { now: 'tomorrow' })).toThrow(InvalidOptionsError);
    expect(Object.isFrozen(r.goals)).toBe(true); // parsed by the builder; the input is not changed
  });

  it('renders every evidence message in every language with plurals, for any count', () => {
    const kinds = [...new Set(Object.values(behaviourEvidence))];
    for (const locale of ['en', de, fr, es] as const) {
      for (const kind of kinds) {
        for (const count of [0, 1, 2, 5, 21]) {
          const text = formatMessage(
            `checklists.evidence.${kind}`,
            { count, of: count + 1 },
            locale,
          );
          expect(text).not.toMatch(/[{}#]/);
          expect(text).not.toBe(`checklists.evidence.${kind}`);
        }
      }
      expect(formatMessage('checklists.covered', { role: 'mentee' }, locale)).not.toMatch(/[{}]/);
    }
  });
});
