// Whole stories through the lifecycle, as a programme would live them.
import { describe, expect, it } from 'vitest';
import { applyEvent, replay } from '../../src/lifecycle';
import type { Relationship } from '../../src/model';
import { actors, makeEvent, payloadFor, Story, storyTo, times } from './fixtures';

function stagesOf(relationship: Relationship): string[] {
  const stages: string[] = [];
  let current: Relationship | undefined;
  for (let i = 1; i <= relationship.history.length; i++) {
    const rebuilt = replay(relationship.history.slice(0, i));
    if (!rebuilt.ok) throw new Error(rebuilt.error.code);
    current = rebuilt.value;
    if (stages[stages.length - 1] !== current.stage) stages.push(current.stage);
  }
  return stages;
}

describe('a relationship from proposal to completion', () => {
  const story = storyTo('completed');
  const done = story.relationship;

  it('passes through all four stages of the cycle', () => {
    expect(stagesOf(done)).toEqual([
      'proposed',
      'preparing',
      'initiating',
      'cultivating',
      'evaluating',
      'completed',
    ]);
  });

  it('records when it started and closed, and everything that happened', () => {
    expect(done.startedAt).toBe(done.history[2]?.at);
    expect(done.proposal.acceptedBy.mentor).toBe(done.history[1]?.at);
    expect(done.proposal.acceptedBy.mentee).toBe(done.history[2]?.at);
    expect(done.closedAt).toBe(done.history[done.history.length - 1]?.at);
    expect(done.closeReason).toBeUndefined();
    expect(done.cycle).toBe(1);
    expect(done.selfInventories.map((inventory) => inventory.side)).toEqual(['mentee', 'mentor']);
    expect(done.goals[0]?.plan.map((step) => step.status)).toEqual(['open', 'open']);
    expect(done.meetings.find((m) => m.id === 'm-first')?.status).toBe('held');
    expect(done.agreement?.acceptedBy.mentor).toBeDefined();
    expect(done.agreement?.acceptedBy.mentee).toBeDefined();
    expect(done.evaluations).toEqual([
      expect.objectContaining({ id: 'ev-0', cycle: 1, recordedBy: 'mentee', nextStep: 'continue' }),
    ]);
  });

  it('rebuilds exactly from its history', () => {
    expect(replay(done.history)).toEqual({ ok: true, value: done });
  });

  it('accepts nothing once completed', () => {
    const result = applyEvent(done, makeEvent(payloadFor('end-early', 1), actors.admin, times.now));
    expect(result).toMatchObject({ ok: false, error: { code: 'relationship_closed' } });
  });
});

describe('pause and resume', () => {
  it('returns to the stage it left, keeping the pause as history', () => {
    const story = storyTo('cultivating').send('mentee', {
      type: 'pause',
      reason: 'Exam season',
      until: '2026-05-01T00:00:00+02:00',
    });
    const paused = story.relationship;
    expect(paused.stage).toBe('paused');
    expect(paused.pause).toEqual({
      since: paused.history[paused.history.length - 1]?.at,
      reason: 'Exam season',
      until: '2026-05-01T00:00:00+02:00',
      resumeTo: 'cultivating',
    });
    const resumed = story.send('admin', { type: 'resume' }).relationship;
    expect(resumed.stage).toBe('cultivating');
    expect(resumed.pause).toBeUndefined();
    expect(resumed.history.map((event) => event.type).slice(-2)).toEqual(['pause', 'resume']);
  });

  it('works from every stage of the cycle', () => {
    for (const stage of ['preparing', 'initiating', 'cultivating', 'evaluating'] as const) {
      const story = storyTo(stage).send('mentor', payloadFor('pause', 0));
      expect(story.relationship.pause?.resumeTo).toBe(stage);
      expect(story.send('mentee', { type: 'resume' }).relationship.stage).toBe(stage);
    }
  });

  it('allows nothing but resume and end-early while paused', () => {
    const paused = storyTo('paused').relationship;
    const result = applyEvent(
      paused,
      makeEvent(payloadFor('schedule-meeting', 5), actors.mentee, times.now),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'event_not_allowed_in_stage' } });
  });

  it('refuses a pause that ends before it starts', () => {
    const result = applyEvent(
      storyTo('cultivating').relationship,
      makeEvent(
        { type: 'pause', reason: 'x', until: '2026-03-01T00:00:00Z' },
        actors.mentor,
        times.now,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'guard_failed', guard: 'until-after-start', path: ['until'] },
    });
  });
});

describe('ending early', () => {
  it('closes with the reason from any active stage, including a pause', () => {
    for (const stage of [
      'preparing',
      'initiating',
      'cultivating',
      'evaluating',
      'paused',
    ] as const) {
      for (const role of ['mentor', 'mentee', 'admin'] as const) {
        const ended = storyTo(stage).send(role, {
          type: 'end-early',
          reason: 'Moved abroad',
        }).relationship;
        expect(ended.stage).toBe('ended');
        expect(ended.closeReason).toBe('Moved abroad');
        expect(ended.closedAt).toBe(ended.history[ended.history.length - 1]?.at);
        expect(ended.pause).toBeUndefined();
      }
    }
  });

  it('is not open to the system, and needs a reason', () => {
    const cultivating = storyTo('cultivating').relationship;
    const bySystem = applyEvent(
      cultivating,
      makeEvent({ type: 'end-early', reason: 'Timer' }, actors.system, times.now),
    );
    expect(bySystem).toMatchObject({ ok: false, error: { code: 'actor_not_permitted' } });
    const noReason = applyEvent(
      cultivating,
      makeEvent({ type: 'end-early' }, actors.mentee, times.now),
    );
    expect(noReason).toMatchObject({
      ok: false,
      error: { code: 'invalid_event', issues: [{ path: ['reason'], code: 'invalid_type' }] },
    });
  });
});

describe('continuing into a second cycle', () => {
  const story = storyTo('evaluating').send('mentee', {
    type: 'continue',
    goals: [
      {
        id: 'g2',
        title: 'Grow into a senior role',
        plan: [{ id: 's1', title: 'Find a stretch project' }],
      },
      {
        id: 'g1',
        title: 'Land a job in platform engineering',
        plan: [{ id: 's3', title: 'Apply' }],
      },
    ],
  });
  const second = story.relationship;

  it('moves back to cultivating with the next cycle number', () => {
    expect(second.stage).toBe('cultivating');
    expect(second.cycle).toBe(2);
  });

  it('adds new goals in the new cycle and revises existing ones', () => {
    const [g1, g2] = second.goals;
    expect(g2).toMatchObject({
      id: 'g2',
      cycle: 2,
      status: 'active',
      setAt: second.history.at(-1)?.at,
    });
    expect(g1).toMatchObject({
      id: 'g1',
      cycle: 1,
      title: 'Land a job in platform engineering',
      revisedAt: second.history.at(-1)?.at,
    });
    expect(g1?.plan.map((step) => step.id)).toEqual(['s1', 's2', 's3']);
  });

  it('needs a new evaluation before the second cycle completes', () => {
    story.send('mentor', { type: 'begin-evaluation' });
    const early = applyEvent(
      story.relationship,
      makeEvent({ type: 'complete' }, actors.mentor, times.now),
    );
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'guard_failed', guard: 'evaluation-recorded', params: { cycle: 2 } },
    });
    story.send('mentor', payloadFor('record-evaluation', 2)).send('mentee', { type: 'complete' });
    expect(story.relationship.stage).toBe('completed');
    expect(story.relationship.evaluations.map((e) => e.cycle)).toEqual([1, 2]);
  });

  it('needs at least one goal and an evaluation of the cycle', () => {
    const evaluating = storyTo('evaluating').relationship;
    const noGoals = applyEvent(
      evaluating,
      makeEvent({ type: 'continue', goals: [] }, actors.mentee, times.now),
    );
    expect(noGoals).toMatchObject({ ok: false, error: { code: 'invalid_event' } });
    const unevaluated = storyTo('cultivating').send('mentee', {
      type: 'begin-evaluation',
    }).relationship;
    const result = applyEvent(
      unevaluated,
      makeEvent(payloadFor('continue', 1), actors.mentee, times.now),
    );
    expect(result).toMatchObject({ ok: false, error: { guard: 'evaluation-recorded' } });
  });

  it('refuses a revision that reuses a plan step id', () => {
    const result = applyEvent(
      storyTo('evaluating').relationship,
      makeEvent(
        {
          type: 'continue',
          goals: [{ id: 'g1', title: 'Same', plan: [{ id: 's2', title: 'Again' }] }],
        },
        actors.mentee,
        times.now,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'duplicate_id', guard: 'new-id', path: ['goals', 0, 'plan', 0, 'id'] },
    });
  });
});

describe('proposals that end before they start', () => {
  it('expire only at or after their expiry, and only by the system', () => {
    const proposed = storyTo('proposed').relationship;
    const early = applyEvent(proposed, makeEvent({ type: 'expire' }, actors.system, times.now));
    expect(early).toMatchObject({
      ok: false,
      error: {
        code: 'proposal_not_expired',
        guard: 'proposal-past-expiry',
        params: { expiresAt: times.expiresAt },
      },
    });
    const byAdmin = applyEvent(
      proposed,
      makeEvent({ type: 'expire' }, actors.admin, times.afterExpiry),
    );
    expect(byAdmin).toMatchObject({ ok: false, error: { code: 'actor_not_permitted' } });
    const expired = applyEvent(
      proposed,
      makeEvent({ type: 'expire' }, actors.system, times.expiresAt),
    );
    expect(expired).toMatchObject({
      ok: true,
      value: { stage: 'expired', closedAt: times.expiresAt },
    });
  });

  it('cannot be accepted after their expiry', () => {
    const result = applyEvent(
      storyTo('proposed').relationship,
      makeEvent({ type: 'accept' }, actors.mentee, times.afterExpiry),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'proposal_expired' } });
  });

  it('are invalidated by the system with a reason', () => {
    const invalidated = storyTo('proposed').send('mentee', { type: 'accept' }).send('system', {
      type: 'invalidate',
      reason: 'Mentee accepted another mentor',
      supersededBy: 'rel-9',
    }).relationship;
    expect(invalidated).toMatchObject({
      stage: 'invalidated',
      closeReason: 'Mentee accepted another mentor',
    });
    expect(invalidated.history.at(-1)).toMatchObject({ supersededBy: 'rel-9' });
  });

  it('are declined by either side with a reason, and withdrawn only by an admin', () => {
    const declined = storyTo('proposed').send('mentor', {
      type: 'decline',
      reason: 'Full',
    }).relationship;
    expect(declined).toMatchObject({ stage: 'declined', closeReason: 'Full' });
    const withdrawal = applyEvent(
      storyTo('proposed').relationship,
      makeEvent({ type: 'withdraw' }, actors.mentee, times.now),
    );
    expect(withdrawal).toMatchObject({ ok: false, error: { code: 'actor_not_permitted' } });
    const withdrawn = storyTo('proposed').send('admin', { type: 'withdraw' }).relationship;
    expect(withdrawn.stage).toBe('withdrawn');
    expect(withdrawn).not.toHaveProperty('closeReason');
  });

  it('leave proposed only once both sides accepted', () => {
    const story = new Story().send('mentee', { type: 'accept' });
    expect(story.relationship.stage).toBe('proposed');
    expect(story.relationship.startedAt).toBeUndefined();
    expect(story.send('mentor', { type: 'accept' }).relationship.stage).toBe('preparing');
  });
});
