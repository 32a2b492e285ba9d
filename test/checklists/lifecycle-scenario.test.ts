// The same timeline through the real lifecycle: replaying the builder's
// history must give the same relationship, and events applied with
// applyEvent must move the checklist as expected.
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, relationshipHealth } from '../../src/checklists';
import { applyEvent, replay } from '../../src/lifecycle';
import type { Relationship, RelationshipEvent } from '../../src/model';
import { day, relationship } from './builder';
import { summary } from './helpers';

const timeline = () =>
  relationship()
    .selfInventory('mentee', day(1))
    .selfInventory('mentor', day(2))
    .goal('g1', day(2), [{ id: 's1' }])
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
    .agreement(day(7, 19))
    .stage('cultivating', day(8))
    .actionItem('a1', { createdAt: day(7, 19), meetingId: 'm1' })
    .progress('p1', day(12))
    .meeting('m2', { startsAt: day(21) });

function replayed(built: Relationship): Relationship {
  const result = replay(built.history);
  if (!result.ok) throw new Error(`the lifecycle refused the timeline: ${result.error.code}`);
  return result.value;
}

describe('a timeline through the lifecycle', () => {
  const built = timeline().build();
  const viaLifecycle = replayed(built);

  it('replays to the relationship the test builder made', () => {
    expect(viaLifecycle).toEqual(built);
  });

  it('gives the same reports at every moment', () => {
    for (const now of [day(4), day(10), day(19), day(20, 20), day(22), day(40)]) {
      expect(evaluateChecklist(viaLifecycle, { role: 'admin', now })).toEqual(
        evaluateChecklist(built, { role: 'admin', now }),
      );
      expect(relationshipHealth(viaLifecycle, { now })).toEqual(relationshipHealth(built, { now }));
    }
  });

  it('moves items as events are applied', () => {
    const actor = { role: 'mentee', id: viaLifecycle.menteeId } as const;
    const apply = (r: Relationship, event: RelationshipEvent): Relationship => {
      const result = applyEvent(r, event);
      if (!result.ok) throw new Error(`refused: ${result.error.code}`);
      return result.value;
    };
    expect(
      summary(
        evaluateChecklist(viaLifecycle, { role: 'mentee', now: day(19) }),
        'mentee.send-agenda',
      ).status,
    ).toBe('due');
    const withAgenda = apply(viaLifecycle, {
      type: 'send-agenda',
      id: 'x-agenda',
      at: day(19, 12),
      actor,
      meetingId: 'm2',
      agenda: { items: ['Mock interview'] },
    });
    const afterAgenda = evaluateChecklist(withAgenda, { role: 'mentee', now: day(19, 13) });
    expect(summary(afterAgenda, 'mentee.send-agenda')).toEqual({
      status: 'done',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });

    expect(summary(afterAgenda, 'mentee.finish-follow-ups').status).toBe('due');
    const finished = apply(withAgenda, {
      type: 'complete-action-item',
      id: 'x-done',
      at: day(20, 12),
      actor,
      itemId: 'a1',
    });
    expect(
      summary(
        evaluateChecklist(finished, { role: 'mentee', now: day(20, 13) }),
        'mentee.finish-follow-ups',
      ),
    ).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: ['action-item:a1'],
    });

    const attested = apply(finished, {
      type: 'attest-checklist-item',
      id: 'x-attest',
      at: day(20, 14),
      // The mentor's own duty: only the mentor's attestation fulfils it.
      actor: { role: 'mentor', id: viaLifecycle.mentorId },
      itemId: 'mentor.keep-confidentiality',
    });
    expect(
      summary(
        evaluateChecklist(attested, { role: 'mentee', now: day(20, 15) }),
        'mentor.keep-confidentiality',
      ),
    ).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: ['event:x-attest'],
    });
  });
});
