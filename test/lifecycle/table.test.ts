// Every (stage, event type, actor role) combination: allowed, or refused with
// the expected code, as written out by hand in ./spec.ts.
import { describe, expect, it } from 'vitest';
import { applyEvent, availableEvents } from '../../src/lifecycle';
import {
  type ActorRole,
  type Relationship,
  type RelationshipEventType,
  type RelationshipStage,
  RelationshipStageSchema,
  relationshipEventTypes,
} from '../../src/model';
import { actors, type EventInput, makeEvent, payloadFor, roles, storyTo, times } from './fixtures';
import { expectedCode, spec } from './spec';

const stages = RelationshipStageSchema.options;
const fixtures = new Map<RelationshipStage, Relationship>(
  stages.map((stage) => [stage, storyTo(stage).relationship]),
);

function fixture(stage: RelationshipStage): Relationship {
  const relationship = fixtures.get(stage);
  if (relationship === undefined) throw new Error(stage);
  return relationship;
}

function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** The fixture as the role needs it: the agreement to accept must come from the other side. */
function prepared(stage: RelationshipStage, type: RelationshipEventType, role: ActorRole) {
  const base = fixture(stage);
  if (role !== 'mentor' && role !== 'mentee') return base;
  const other = role === 'mentor' ? 'mentee' : 'mentor';
  const last = base.history[base.history.length - 1]?.at ?? times.now;
  if (type === 'acknowledge-feedback') {
    // Feedback to take on board must come from the other side.
    const give = { ...payloadFor('give-feedback', 0), feedbackId: 'f-ack' };
    const given = applyEvent(base, makeEvent(give, actors[other], laterOf(times.now, last)));
    return given.ok ? given.value : base;
  }
  if (type !== 'accept-agreement') return base;
  const rerecord = applyEvent(
    base,
    makeEvent(payloadFor('record-agreement', 0), actors[other], laterOf(times.now, last)),
  );
  return rerecord.ok ? rerecord.value : base;
}

function eventFor(
  relationship: Relationship,
  type: RelationshipEventType,
  role: ActorRole,
  n: number,
) {
  const last = relationship.history[relationship.history.length - 1]?.at ?? times.now;
  const at = laterOf(type === 'expire' ? times.afterExpiry : times.now, last);
  const input: EventInput = payloadFor(type, n);
  return makeEvent(input, actors[role], at);
}

const combinations = stages.flatMap((stage) =>
  relationshipEventTypes.flatMap((type) => roles.map((role) => [stage, type, role] as const)),
);

describe('every (stage, event type, actor role)', () => {
  it('covers all 12 × 35 × 4 combinations', () => {
    expect(Object.keys(spec).sort()).toEqual([...relationshipEventTypes].sort());
    expect(combinations).toHaveLength(12 * 35 * 4);
  });

  it.each(combinations)('%s + %s by %s', (stage, type, role) => {
    const relationship = prepared(stage, type, role);
    const result = applyEvent(relationship, eventFor(relationship, type, role, 1000));
    const code = expectedCode(stage, type, role);
    if (code === undefined) {
      if (!result.ok) expect.fail(`expected ${type} to be allowed, got ${result.error.code}`);
      const to = spec[type].to?.[stage] ?? stage;
      expect(result.value.stage).toBe(to);
      expect(result.value.history).toHaveLength(relationship.history.length + 1);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
    }
  });
});

describe('availableEvents', () => {
  const cases = stages.flatMap((stage) => roles.map((role) => [stage, role] as const));

  it.each(cases)('in %s offers %s exactly the allowed events', (stage, role) => {
    const relationship = fixture(stage);
    const allowed = relationshipEventTypes.filter(
      (type) => expectedCode(stage, type, role) === undefined,
    );
    // The fixtures' agreement is already accepted by both sides, so accepting it again is not
    // offered; nor is taking feedback on board, as the fixtures hold no feedback.
    const expected = allowed.filter(
      (type) => type !== 'accept-agreement' && type !== 'acknowledge-feedback',
    );
    expect([...availableEvents(relationship, actors[role])].sort()).toEqual(expected.sort());
  });

  it('checks time guards only when given the time', () => {
    const proposed = fixture('proposed');
    expect(availableEvents(proposed, actors.system)).toEqual(['expire', 'invalidate']);
    expect(availableEvents(proposed, actors.system, { now: times.now })).toEqual(['invalidate']);
    expect(availableEvents(proposed, actors.system, { now: times.afterExpiry })).toEqual([
      'expire',
      'invalidate',
    ]);
    expect(availableEvents(proposed, actors.mentee, { now: times.afterExpiry })).toEqual([
      'decline',
    ]);
    expect(availableEvents(proposed, actors.mentee, { now: '2026-02-01T00:00:00Z' })).toEqual([]);
  });

  it('offers nothing to someone acting for another person', () => {
    expect(availableEvents(fixture('cultivating'), { role: 'mentor', id: 'mentor-2' })).toEqual([]);
  });

  it('follows the state guards of stage changes', () => {
    const preparing = storyTo('proposed')
      .send('mentee', { type: 'accept' })
      .send('mentor', { type: 'accept' }).relationship;
    expect(availableEvents(preparing, actors.mentee)).not.toContain('begin-initiation');
    expect(availableEvents(fixture('preparing'), actors.mentee)).toContain('begin-initiation');
  });
});
