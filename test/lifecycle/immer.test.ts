// The single-event path produces the next relationship with immer, through the
// library's private instance (DESIGN §2): the host app's global immer settings
// change nothing, and immer copies only what an event touches.
import { setAutoFreeze, setUseStrictShallowCopy } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as privateImmer from '../../src/_internal/immer';
import { applyEvent, applyProgramEvent, replay } from '../../src/lifecycle';
import type { Relationship } from '../../src/model';
import { actors, isDeepFrozen, makeEvent, payloadFor, program, storyTo, times } from './fixtures';

vi.mock('../../src/_internal/immer', async (load) => {
  const actual = await load<typeof import('../../src/_internal/immer')>();
  return { ...actual, produce: vi.fn(actual.produce) };
});

const produce = vi.mocked(privateImmer.produce);

/** A cultivating relationship with three meetings. */
function withMeetings(): Relationship {
  const story = storyTo('cultivating');
  for (const n of [1, 2, 3]) story.send('mentee', payloadFor('schedule-meeting', n));
  return story.relationship;
}

function cancelling(relationship: Relationship, meetingId: string) {
  return makeEvent(
    { type: 'cancel-meeting', meetingId, reason: 'Ill' },
    actors.mentor,
    relationship.history.at(-1)?.at ?? times.now,
  );
}

function cancel(relationship: Relationship, meetingId: string) {
  return applyEvent(relationship, cancelling(relationship, meetingId));
}

afterEach(() => {
  produce.mockClear();
  setAutoFreeze(true);
  setUseStrictShallowCopy(false);
});

describe('the lifecycle’s use of immer', () => {
  it('applyEvent and applyProgramEvent produce the next relationship with the private instance', () => {
    const before = withMeetings();
    const meetingId = 'm-2';
    produce.mockClear();
    expect(cancel(before, meetingId).ok).toBe(true);
    expect(produce).toHaveBeenCalledTimes(1);
    expect(produce.mock.calls[0]?.[0]).toBe(before);

    produce.mockClear();
    const update = applyProgramEvent(program, [before], before.id, cancelling(before, meetingId));
    expect(update.ok).toBe(true);
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it('copies only the item an event changes; the other items stay shared', () => {
    const before = withMeetings();
    const index = before.meetings.findIndex((meeting) => meeting.id === 'm-2');
    const result = cancel(before, 'm-2');
    if (!result.ok) throw new Error(result.error.code);
    const after = result.value;
    expect(after.meetings).not.toBe(before.meetings);
    after.meetings.forEach((meeting, i) => {
      if (i !== index) expect(meeting).toBe(before.meetings[i]);
    });
    expect(after.meetings[index]).toMatchObject({ status: 'cancelled', cancelReason: 'Ill' });
    expect(before.meetings[index]?.status).toBe('scheduled');
    expect(after.goals).toBe(before.goals);
  });

  it('is not affected by the host app’s global immer settings', () => {
    const before = withMeetings();
    const event = cancelling(before, 'm-2');
    const expected = applyEvent(before, event);
    setAutoFreeze(false);
    setUseStrictShallowCopy(true);
    const result = applyEvent(before, event);
    if (!result.ok || !expected.ok) throw new Error('refused');
    expect(isDeepFrozen(result.value)).toBe(true);
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(expected.value));
    // The key order of a rebuilt item is the schema's, as replay writes it.
    const replayed = replay(result.value.history);
    expect(replayed.ok && JSON.stringify(replayed.value)).toBe(JSON.stringify(result.value));
  });
});
