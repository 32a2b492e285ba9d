import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRoles, type RoleRatings, responsibilityCatalog } from '../../src/checklists';
import { formatError } from '../../src/model';

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
    const result = assessRoles(allThrees(), { locale: 'de' });
    expect(result.ok && result.value.roles[2]?.label).toBe('Lernende Person');
    expect(result.ok && result.value.roles[1]?.behaviours[7]?.label).toBe('Fragen stellen');
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
