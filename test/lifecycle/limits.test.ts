// The history's share per participant: one side cannot fill a relationship's
// history alone, closing events always stay possible, and `availableEvents`
// never offers what the size limits would refuse.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { applyEvent, applyEvents, availableEvents } from '../../src/lifecycle';
import { relationshipLimits, senderLimits } from '../../src/lifecycle/limits';
import {
  formatError,
  parseRelationship,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventInput,
} from '../../src/model';
import { actors, makeEvent, payloadFor, storyTo, times } from './fixtures';

/** Pause and resume by one party, alternately, until that party has sent `total` events. */
function pausesUntil(relationship: Relationship, role: 'mentor' | 'mentee', total: number) {
  let sent = relationship.history.filter((event) => event.actor.role === role).length;
  const events: RelationshipEventInput[] = [];
  let paused = relationship.stage === 'paused';
  while (sent < total) {
    const type = paused ? 'resume' : 'pause';
    events.push(
      makeEvent(
        type === 'pause' ? { type, reason: 'Busy' } : { type },
        actors[role],
        times.now,
        `${role}-${sent}`,
      ),
    );
    paused = !paused;
    sent++;
  }
  const result = applyEvents(relationship, events);
  if (!result.ok) throw new Error(formatError(result.error));
  return result.value;
}

const send = (relationship: Relationship, event: RelationshipEvent) =>
  applyEvent(relationship, event);

describe('each participant’s share of the history', () => {
  const full = pausesUntil(storyTo('cultivating').relationship, 'mentee', senderLimits.mentee);

  it('adds up to less than the schema’s history limit, leaving room to close', () => {
    expect(senderLimits.mentor + senderLimits.mentee + senderLimits.programme).toBeLessThan(
      relationshipLimits.history,
    );
    expect(full.history.filter((event) => event.actor.role === 'mentee')).toHaveLength(45_000);
    expect(parseRelationship(full).ok).toBe(true);
  });

  it('refuses the participant’s next event with a stable code, and lets the others act (regression)', () => {
    const next = full.stage === 'paused' ? { type: 'resume' as const } : payloadFor('pause', 1);
    const refused = send(full, makeEvent(next, actors.mentee, times.now));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'participant_limit_reached',
        params: { role: { key: 'role.mentee' }, max: 45_000 },
        path: ['actor', 'role'],
      },
    });
    if (!refused.ok) {
      expect(formatError(refused.error)).toBe(
        'at actor.role: The limit of 45,000 events from one participant is reached (mentee); only events that close the relationship are still possible.',
      );
      expect(formatError(refused.error, de)).toContain('Die Grenze von 45.000 Ereignissen');
    }
    // The mentor and the programme still act.
    const resumedByMentor =
      full.stage === 'paused'
        ? send(full, makeEvent({ type: 'resume' }, actors.mentor, times.now))
        : undefined;
    const open = resumedByMentor?.ok ? resumedByMentor.value : full;
    expect(
      send(open, makeEvent(payloadFor('schedule-meeting', 9), actors.mentor, times.now)).ok,
    ).toBe(true);
    expect(send(open, makeEvent(payloadFor('pause', 9), actors.admin, times.now)).ok).toBe(true);
  });

  it('always lets the relationship be ended or completed, by anyone allowed to (regression)', () => {
    for (const role of ['mentee', 'mentor', 'admin'] as const) {
      const ended = send(full, makeEvent(payloadFor('end-early', 1), actors[role], times.now));
      expect(ended.ok, role).toBe(true);
      if (ended.ok) expect(ended.value.stage).toBe('ended');
    }
    const cultivating =
      full.stage === 'paused'
        ? applyEvents(full, [makeEvent({ type: 'resume' }, actors.mentor, times.now)])
        : { ok: true as const, value: full };
    if (!cultivating.ok) throw new Error('resume');
    const evaluated = applyEvents(cultivating.value, [
      makeEvent({ type: 'begin-evaluation' }, actors.mentor, times.now),
      makeEvent(payloadFor('record-evaluation', 1), actors.mentor, times.now),
    ]);
    if (!evaluated.ok) throw new Error(formatError(evaluated.error));
    expect(availableEvents(evaluated.value, actors.mentee, { now: times.now })).toEqual([
      'complete',
      'end-early',
    ]);
    const completed = send(
      evaluated.value,
      makeEvent({ type: 'complete' }, actors.mentee, times.now),
    );
    expect(completed.ok && completed.value.stage).toBe('completed');
  });

  it('offers the participant only what the limits allow: closing events (regression)', () => {
    const offered = availableEvents(full, actors.mentee, { now: times.now });
    expect(offered).toEqual(['end-early']);
    for (const type of offered) {
      expect(send(full, makeEvent(payloadFor(type, 2), actors.mentee, times.now)).ok).toBe(true);
    }
    expect(availableEvents(full, actors.admin, { now: times.now })).toContain('end-early');
    expect(availableEvents(full, actors.mentor, { now: times.now }).length).toBeGreaterThan(1);
  });
});

describe('availableEvents and the size limits', () => {
  it('offers nothing, not even a closing event, when the history is at the schema’s limit', () => {
    const cultivating = storyTo('cultivating').relationship;
    const filler = cultivating.history[1] as RelationshipEvent;
    // A stored relationship from before the shares, full to the schema's limit.
    const atLimit: Relationship = {
      ...cultivating,
      history: [
        ...cultivating.history,
        ...Array.from(
          { length: relationshipLimits.history - cultivating.history.length },
          (_, i) => ({
            ...filler,
            id: `old-${i}`,
          }),
        ),
      ],
    };
    for (const role of ['mentor', 'mentee', 'admin'] as const) {
      expect(availableEvents(atLimit, actors[role], { now: times.now }), role).toEqual([]);
      expect(
        send(atLimit, makeEvent(payloadFor('end-early', 1), actors[role], times.now)),
      ).toMatchObject({
        ok: false,
        error: { code: 'limit_reached', params: { field: 'history' } },
      });
    }
  });

  it('does not offer an activity whose list is full, which applyEvent would refuse (regression)', () => {
    const story = storyTo('cultivating');
    const meetings = story.relationship.meetings.length;
    const events = Array.from({ length: relationshipLimits.meetings - meetings }, (_, i) =>
      makeEvent(
        { ...payloadFor('schedule-meeting', i), meetingId: `bulk-${i}` },
        i % 2 === 0 ? actors.mentor : actors.mentee,
        times.now,
        `bulk-${i}`,
      ),
    );
    const result = applyEvents(story.relationship, events);
    if (!result.ok) throw new Error(formatError(result.error));
    const full = result.value;
    expect(full.meetings).toHaveLength(relationshipLimits.meetings);
    for (const actor of [actors.mentor, actors.mentee]) {
      const offered = availableEvents(full, actor, { now: times.now });
      expect(offered).not.toContain('schedule-meeting');
      expect(offered).toContain('cancel-meeting');
    }
    expect(
      send(full, makeEvent(payloadFor('schedule-meeting', 99_999), actors.mentee, times.now)),
    ).toMatchObject({
      ok: false,
      error: { code: 'limit_reached', params: { field: 'meetings' } },
    });
  });
});
