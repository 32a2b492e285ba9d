// Relationships with long histories survive JSON and the model's parser
// without loss, and replay rebuilds them exactly.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyEvent, replay } from '../../src/lifecycle';
import { relationshipLimits } from '../../src/lifecycle/limits';
import {
  formatError,
  GoalSchema,
  MeetingSchema,
  parseRelationship,
  RelationshipSchema,
} from '../../src/model';
import { actors, isDeepFrozen, makeEvent, payloadFor, storyTo, times } from './fixtures';
import { longHistory, longRelationship } from './history';

type JsonSchema = {
  properties: Record<string, { maxItems?: number; maximum?: number } | undefined>;
};

describe('JSON round-trip of long histories', () => {
  const relationship = longRelationship(3000);

  it('builds a long, varied relationship', () => {
    expect(relationship.history.length).toBeGreaterThanOrEqual(3000);
    expect(relationship.cycle).toBeGreaterThan(10);
    expect(new Set(relationship.history.map((e) => e.type)).size).toBeGreaterThan(20);
    expect(relationship.meetings.some((m) => m.status === 'missed')).toBe(true);
  });

  it('is lossless through JSON.stringify and JSON.parse', () => {
    const json = JSON.stringify(relationship);
    expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(JSON.parse(json))));
    expect(JSON.parse(json)).toEqual(relationship);
    expect(JSON.stringify(JSON.parse(json))).toBe(json);
  });

  it('parses back into an equal relationship that replays to itself', () => {
    const parsed = parseRelationship(JSON.parse(JSON.stringify(relationship)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
    expect(parsed.value).toEqual(relationship);
    expect(replay(parsed.value.history)).toEqual({ ok: true, value: relationship });
  });

  it('replays a history read from JSON into a deep-frozen relationship', () => {
    const history = JSON.parse(JSON.stringify(longHistory(1000)));
    const result = replay(history);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.history).toHaveLength(1000);
      expect(isDeepFrozen(result.value)).toBe(true);
      expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
    }
  });
});

describe('size limits', () => {
  it('match the limits of RelationshipSchema', () => {
    const json = z.toJSONSchema(RelationshipSchema, { unrepresentable: 'any' }) as JsonSchema;
    const props = json.properties;
    const items = (name: string) => props[name]?.maxItems;
    expect(relationshipLimits).toEqual({
      history: items('history'),
      cycle: props.cycle?.maximum,
      goals: items('goals'),
      plan: (z.toJSONSchema(GoalSchema) as JsonSchema).properties.plan?.maxItems,
      meetings: items('meetings'),
      previousStartTimes: (z.toJSONSchema(MeetingSchema) as JsonSchema).properties
        .previousStartTimes?.maxItems,
      actionItems: items('actionItems'),
      feedbackRequests: items('feedbackRequests'),
      feedback: items('feedback'),
      progressUpdates: items('progressUpdates'),
      selfInventories: items('selfInventories'),
      evaluations: items('evaluations'),
      attestations: items('attestations'),
    });
  });

  it('refuses an event that would break a limit, so the result always parses', () => {
    const story = storyTo('cultivating');
    for (let i = 0; i < relationshipLimits.plan - 2; i++) {
      story.send('mentee', {
        type: 'add-plan-step',
        goalId: 'g1',
        step: { id: `x${i}`, title: 'Step' },
      });
    }
    expect(parseRelationship(story.relationship).ok).toBe(true);
    const result = applyEvent(
      story.relationship,
      makeEvent(
        { type: 'add-plan-step', goalId: 'g1', step: { id: 'last', title: 'One too many' } },
        actors.mentee,
        times.now,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'limit_reached', params: { field: 'plan', max: 200 }, path: ['step'] },
    });
    if (!result.ok)
      expect(formatError(result.error)).toBe(
        'at step: A relationship holds at most 200 of "plan"; this event would exceed that.',
      );
    const revision = applyEvent(
      story.relationship,
      makeEvent(
        { type: 'set-goal', goal: { id: 'g1', title: 'Job', plan: [{ id: 'last', title: 'x' }] } },
        actors.mentee,
        times.now,
      ),
    );
    expect(revision).toMatchObject({
      ok: false,
      error: { code: 'limit_reached', path: ['goal', 'plan'] },
    });
  });

  it('refuses the 101st reschedule of a meeting and the 101st evaluation', () => {
    const story = storyTo('cultivating');
    for (let i = 0; i < relationshipLimits.previousStartTimes; i++) {
      story.send('mentor', {
        type: 'reschedule-meeting',
        meetingId: 'm-future',
        startsAt: `2027-02-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
      });
    }
    const moved = applyEvent(
      story.relationship,
      makeEvent(
        { type: 'reschedule-meeting', meetingId: 'm-future', startsAt: '2027-03-01T10:00:00Z' },
        actors.mentee,
        times.now,
      ),
    );
    expect(moved).toMatchObject({
      ok: false,
      error: {
        code: 'limit_reached',
        params: { field: 'previousStartTimes' },
        path: ['meetingId'],
      },
    });

    const evaluating = storyTo('evaluating');
    for (let i = 1; i < relationshipLimits.evaluations; i++) {
      evaluating
        .send('mentee', { type: 'continue', goals: [{ id: 'g1', title: 'Again' }] })
        .send('mentee', { type: 'begin-evaluation' })
        .send('mentor', payloadFor('record-evaluation', i));
    }
    expect(evaluating.relationship.evaluations).toHaveLength(100);
    expect(parseRelationship(evaluating.relationship).ok).toBe(true);
    const extra = applyEvent(
      evaluating.relationship,
      makeEvent(payloadFor('record-evaluation', 999), actors.mentee, times.now),
    );
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'limit_reached', params: { field: 'evaluations', max: 100 } },
    });
  });
});
