// `applyEvents`: many events at once, exactly as `applyEvent` one at a time
// would apply them, with a refusal reported at its index.
import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, replay } from '../../src/lifecycle';
import { hasEventId } from '../../src/lifecycle/history-index';
import type { Relationship, RelationshipEvent } from '../../src/model';
import {
  actors,
  freezeDeep,
  isDeepFrozen,
  makeEvent,
  payloadFor,
  storyTo,
  times,
} from './fixtures';
import { longHistory } from './history';

function fold(relationship: Relationship, events: readonly RelationshipEvent[]): Relationship {
  let current = relationship;
  for (const event of events) {
    const next = applyEvent(current, event);
    if (!next.ok) throw new Error(next.error.code);
    current = next.value;
  }
  return current;
}

describe('applyEvents', () => {
  const history = JSON.parse(JSON.stringify(longHistory(1500))) as RelationshipEvent[];
  const start = replay(history.slice(0, 200));
  if (!start.ok) throw new Error('fixture');

  it('equals folding applyEvent over the events, JSON included', () => {
    const batch = applyEvents(start.value, history.slice(200));
    const folded = fold(start.value, history.slice(200));
    expect(batch.ok).toBe(true);
    if (!batch.ok) return;
    expect(batch.value).toEqual(folded);
    expect(JSON.stringify(batch.value)).toBe(JSON.stringify(folded));
    expect(isDeepFrozen(batch.value)).toBe(true);
    // The events of the history before are shared, not copied.
    expect(batch.value.history[0]).toBe(start.value.history[0]);
    // And it can be appended to again, one at a time or in a batch.
    const more = applyEvent(
      batch.value,
      makeEvent(payloadFor('request-feedback', 999), actors.mentee, '2099-01-01T00:00:00Z'),
    );
    expect(more.ok).toBe(true);
  });

  it('reports a refused event with its index in front of the path, and applies none (regression)', () => {
    const events = history.slice(200, 260);
    const broken = [
      ...events.slice(0, 10),
      { ...events[10], id: events[3]?.id } as RelationshipEvent,
      ...events.slice(11),
    ];
    expect(applyEvents(start.value, broken)).toMatchObject({
      ok: false,
      error: { code: 'duplicate_event_id', path: [10, 'id'] },
    });
    const invalid = [...events.slice(0, 5), { type: 'accept' } as unknown as RelationshipEvent];
    const result = applyEvents(start.value, invalid);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_event' } });
    if (!result.ok) {
      expect(result.error.issues?.every((issue) => issue.path[0] === 5)).toBe(true);
      expect(Object.isFrozen(result.error)).toBe(true);
    }
    // An id already in the relationship's history is a duplicate too.
    const again = applyEvents(start.value, [history[5] as RelationshipEvent]);
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'duplicate_event_id', path: [0, 'id'] },
    });
  });

  it('returns the relationship itself for no events, and never changes or freezes its inputs', () => {
    expect(applyEvents(start.value, [])).toEqual({ ok: true, value: start.value });
    const input = structuredClone(storyTo('cultivating').relationship) as Relationship;
    const copy = structuredClone(input);
    const events = [makeEvent(payloadFor('schedule-meeting', 3), actors.mentor, times.now)];
    const result = applyEvents(input, events);
    expect(result.ok && isDeepFrozen(result.value)).toBe(true);
    expect(input).toEqual(copy);
    expect(
      Object.isFrozen(input) || Object.isFrozen(input.meetings) || Object.isFrozen(events[0]),
    ).toBe(false);
    const frozen = freezeDeep(structuredClone(copy));
    expect(applyEvents(frozen, events).ok).toBe(true);
  });
});

describe('the history index behind applyEvent', () => {
  it('finds ids across branches appended to the same relationship', () => {
    const base = storyTo('cultivating').relationship;
    const a = applyEvent(
      base,
      makeEvent(payloadFor('request-feedback', 1), actors.mentee, times.now, 'x'),
    );
    const b = applyEvent(
      base,
      makeEvent(payloadFor('request-feedback', 2), actors.mentee, times.now, 'y'),
    );
    if (!a.ok || !b.ok) throw new Error('fixture');
    // Branch b reuses the position of `x` in branch a, and the other way round.
    expect(hasEventId(a.value.history, 'x')).toBe(true);
    expect(hasEventId(a.value.history, 'y')).toBe(false);
    expect(hasEventId(b.value.history, 'y')).toBe(true);
    expect(hasEventId(b.value.history, 'x')).toBe(false);
    const c = applyEvent(
      b.value,
      makeEvent(payloadFor('request-feedback', 3), actors.mentee, times.now, 'x'),
    );
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(hasEventId(a.value.history, 'x')).toBe(true);
    expect(
      applyEvent(
        a.value,
        makeEvent(payloadFor('request-feedback', 4), actors.mentee, times.now, 'x'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'duplicate_event_id' },
    });
    // The same for list items: meeting ids in two branches.
    const m1 = applyEvent(
      base,
      makeEvent(
        { ...payloadFor('schedule-meeting', 1), meetingId: 'mx' },
        actors.mentee,
        times.now,
      ),
    );
    const m2 = applyEvent(
      base,
      makeEvent(
        { ...payloadFor('schedule-meeting', 2), meetingId: 'my' },
        actors.mentee,
        times.now,
      ),
    );
    if (!m1.ok || !m2.ok) throw new Error('fixture');
    const cancel = (r: Relationship, id: string) =>
      applyEvent(r, makeEvent({ type: 'cancel-meeting', meetingId: id }, actors.mentee, times.now));
    expect(cancel(m1.value, 'mx').ok).toBe(true);
    expect(cancel(m1.value, 'my')).toMatchObject({ ok: false, error: { code: 'unknown_meeting' } });
    expect(cancel(m2.value, 'my').ok).toBe(true);
    expect(cancel(m2.value, 'mx')).toMatchObject({ ok: false, error: { code: 'unknown_meeting' } });
  });
});
