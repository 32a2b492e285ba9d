// "Ask for feedback and accept it" (issue #11 §1): the mentee's duty needs a
// request AND feedback taken on board in the period; the learner's "accept
// feedback" behaviour shows the acknowledgements as evidence.
import { describe, expect, it } from 'vitest';
import {
  assessRoles,
  behaviourEvidence,
  evaluateChecklist,
  responsibilityCatalog,
} from '../../src/index';
import { day, type RelationshipBuilder, relationship } from './builder';
import { summary } from './helpers';

/** Cultivating from day 8, cadence 14 days: periods [8, 22), [22, 36) … */
function cultivating(): RelationshipBuilder {
  return relationship()
    .selfInventory('mentee', day(1))
    .selfInventory('mentor', day(2))
    .goal('g1', day(2), [{ id: 's1' }, { id: 's2' }])
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
    .agreement(day(7, 19))
    .stage('cultivating', day(8));
}

const seek = (r: ReturnType<RelationshipBuilder['build']>, now: string) =>
  summary(evaluateChecklist(r, { role: 'mentee', now }), 'mentee.seek-feedback');

describe('mentee.seek-feedback', () => {
  it('is not fulfilled by asking alone', () => {
    const r = cultivating().feedbackRequest('r1', day(10)).feedback('f1', day(11)).build();
    expect(seek(r, day(12))).toEqual({
      status: 'due',
      dueAt: day(22),
      evidence: ['feedback-request:r1'],
    });
  });

  it('is not fulfilled by taking unrequested feedback on board alone', () => {
    const r = cultivating().feedback('f1', day(11)).acknowledge('f1', day(12)).build();
    expect(seek(r, day(13))).toEqual({ status: 'due', dueAt: day(22), evidence: ['feedback:f1'] });
  });

  it('is done when the mentee asked and took feedback on board in the period', () => {
    const r = cultivating()
      .feedbackRequest('r1', day(10))
      .feedback('f1', day(11))
      .acknowledge('f1', day(12), 'Will restructure my CV.')
      .build();
    expect(seek(r, day(13))).toEqual({
      status: 'done',
      dueAt: day(22),
      evidence: ['feedback-request:r1', 'feedback:f1'],
    });
    // A period that had only one half is overdue once it has passed.
    const half = cultivating().feedbackRequest('r1', day(10)).build();
    expect(seek(half, day(23)).status).toBe('overdue');
  });
});

describe('learner.accept-feedback evidence', () => {
  it('counts the mentor’s shared feedback the mentee took on board', () => {
    expect(behaviourEvidence['learner.accept-feedback']).toBe('feedback-taken-on-board');
    const ratings = Object.fromEntries(
      responsibilityCatalog.menteeRoles.flatMap((role) => role.behaviours.map((b) => [b.id, 3])),
    );
    const r = cultivating()
      .feedback('f1', day(11))
      .feedback('f2', day(12))
      .acknowledge('f1', day(13))
      .feedback('f3', day(12), 'mentee')
      .build();
    const result = assessRoles(ratings, { relationship: r, now: day(20) });
    if (!result.ok) throw new Error('assessRoles failed');
    const behaviour = result.value.roles
      .flatMap((role) => role.behaviours)
      .find((b) => b.id === 'learner.accept-feedback');
    expect(behaviour?.evidence).toMatchObject({
      kind: 'feedback-taken-on-board',
      count: 1,
      lastAt: day(13),
      items: [{ kind: 'feedback', id: 'f1' }],
    });
  });
});
