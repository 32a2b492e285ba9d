// Relationships with long histories survive JSON and the model's parser
// without loss, byte for byte, and replay rebuilds them exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { applyEvent, applyEvents, replay } from '../../src/lifecycle';
import { relationshipLimits } from '../../src/lifecycle/limits';
import {
  type ActorRole,
  formatError,
  GoalSchema,
  MeetingSchema,
  parseRelationship,
  type Relationship,
  type RelationshipEventType,
  RelationshipSchema,
  type RelationshipStage,
} from '../../src/model';
import {
  actors,
  type EventInput,
  isDeepFrozen,
  makeEvent,
  payloadFor,
  roles,
  storyTo,
  times,
} from './fixtures';
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

/** The JSON of a relationship after a trip through JSON and `parseRelationship`. */
function roundTrip(relationship: Relationship): string {
  const parsed = parseRelationship(JSON.parse(JSON.stringify(relationship)));
  if (!parsed.ok) throw new Error(formatError(parsed.error));
  return JSON.stringify(parsed.value);
}

describe('byte-for-byte JSON round trip', () => {
  it('keeps the schema’s key order when sides accept in either order and optional fields arrive late (regression)', () => {
    // The mentee accepts first, then the mentor: `acceptedBy` and `startedAt`
    // used to come back from the parser in another order.
    const story = storyTo('proposed')
      .send('mentee', { type: 'accept' })
      .send('mentor', { type: 'accept' });
    const json = JSON.stringify(story.relationship);
    expect(roundTrip(story.relationship)).toBe(json);
    expect(Object.keys(story.relationship.proposal.acceptedBy)).toEqual(['mentor', 'mentee']);
    const keys = Object.keys(story.relationship);
    expect(keys).toEqual(Object.keys(RelationshipSchema.shape).filter((key) => keys.includes(key)));
    // A meeting with a channel and a location, an agenda, then a record.
    story
      .send('mentee', payloadFor('set-goal', 1))
      .send('mentee', {
        type: 'schedule-meeting',
        meetingId: 'mx',
        startsAt: '2026-03-02T10:00:00Z',
        durationMinutes: 30,
        location: 'Café',
        channel: 'in-person',
      })
      .send('mentee', {
        type: 'send-agenda',
        meetingId: 'mx',
        agenda: { items: ['CV'], notes: 'Bring it' },
      })
      .send(
        'mentor',
        {
          type: 'record-meeting',
          meetingId: 'mx',
          held: true,
          notes: 'Good',
          attendance: {
            mentee: { prepared: true, minutesLate: 1, present: true },
            mentor: { present: true },
          },
        },
        '2026-03-02T10:30:00Z',
      )
      .send('mentee', { type: 'pause', reason: 'Holiday', until: '2026-04-01T00:00:00Z' });
    expect(roundTrip(story.relationship)).toBe(JSON.stringify(story.relationship));
  });

  it('holds for the long relationship and its replay', () => {
    const relationship = longRelationship(2000);
    const json = JSON.stringify(relationship);
    expect(roundTrip(relationship)).toBe(json);
    const replayed = replay(JSON.parse(JSON.stringify(relationship.history)));
    expect(replayed.ok && JSON.stringify(replayed.value)).toBe(json);
  });

  const types: readonly RelationshipEventType[] = [
    'accept',
    'decline',
    'withdraw',
    'expire',
    'invalidate',
    'begin-initiation',
    'begin-cultivation',
    'begin-evaluation',
    'continue',
    'complete',
    'pause',
    'resume',
    'end-early',
    'record-self-inventory',
    'set-goal',
    'add-plan-step',
    'complete-plan-step',
    'drop-plan-step',
    'schedule-meeting',
    'reschedule-meeting',
    'cancel-meeting',
    'record-meeting',
    'send-agenda',
    'add-action-item',
    'complete-action-item',
    'drop-action-item',
    'request-feedback',
    'give-feedback',
    'post-progress-update',
    'record-agreement',
    'accept-agreement',
    'record-evaluation',
    'attest-checklist-item',
  ];
  const stages: readonly RelationshipStage[] = [
    'proposed',
    'preparing',
    'initiating',
    'cultivating',
    'evaluating',
    'paused',
  ];
  const step = fc.record({
    type: fc.constantFrom(...types),
    role: fc.constantFrom<ActorRole>(...roles),
    n: fc.nat(5),
    minutes: fc.nat(3 * 24 * 60),
    extra: fc.record(
      {
        reason: fc.constantFrom('Busy', 'Moved'),
        until: fc.constant('2027-06-01T00:00:00Z'),
        dueAt: fc.constant('2027-02-01T09:00:00+01:00'),
        meetingId: fc.constantFrom('m-future', 'm-past', 'm-first'),
        notes: fc.constant('Notes'),
        channel: fc.constantFrom('video', 'chat'),
        location: fc.constant('Office'),
        durationMinutes: fc.constant(50),
        topic: fc.constant('CV'),
        note: fc.constant('Seen'),
      },
      { requiredKeys: [] },
    ),
  });

  it('holds for every relationship the lifecycle produces from random event histories', () => {
    fc.assert(
      fc.property(fc.constantFrom(...stages), fc.array(step, { maxLength: 25 }), (stage, steps) => {
        const start = storyTo(stage).relationship;
        let relationship = start;
        const applied = [];
        for (const { type, role, n, minutes, extra } of steps) {
          const last = Date.parse(relationship.history.at(-1)?.at ?? times.now);
          const input = { ...payloadFor(type, n), ...pick(type, extra) } as EventInput;
          const event = makeEvent(
            input,
            actors[role],
            new Date(last + minutes * 60_000).toISOString(),
          );
          const result = applyEvent(relationship, event);
          if (!result.ok) continue;
          relationship = result.value;
          applied.push(event);
          const json = JSON.stringify(relationship);
          if (roundTrip(relationship) !== json) expect(roundTrip(relationship)).toBe(json);
        }
        // The batch and replay produce the very same JSON.
        const json = JSON.stringify(relationship);
        const batch = applyEvents(start, applied);
        expect(batch.ok && JSON.stringify(batch.value)).toBe(json);
        const replayed = replay(relationship.history);
        expect(replayed.ok && JSON.stringify(replayed.value)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });
});

/** The optional fields of `extra` that an event of `type` takes. */
function pick(
  type: RelationshipEventType,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const fields: Partial<Record<RelationshipEventType, readonly string[]>> = {
    pause: ['until'],
    'schedule-meeting': ['channel', 'location'],
    'reschedule-meeting': ['durationMinutes', 'meetingId'],
    'cancel-meeting': ['reason', 'meetingId'],
    'record-meeting': ['notes', 'meetingId'],
    'send-agenda': ['meetingId'],
    'add-action-item': ['dueAt', 'meetingId'],
    'drop-action-item': ['reason'],
    'drop-plan-step': ['reason'],
    'request-feedback': ['topic'],
    'attest-checklist-item': ['note'],
  };
  const picked: Record<string, unknown> = {};
  for (const field of fields[type] ?? []) if (field in extra) picked[field] = extra[field];
  return picked;
}

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
        'at step: A relationship holds at most 200 plan steps per goal; this event would exceed that.',
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
