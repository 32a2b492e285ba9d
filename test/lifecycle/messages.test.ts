// Every error and notification of the lifecycle renders in English and German
// with all its placeholders filled.
import { describe, expect, it } from 'vitest';
import { formatMessage, locales, type MessageKey, messages } from '../../src/i18n';
import {
  applyEvent,
  type LifecycleError,
  lifecycleErrorCodes,
  lifecycleMachine,
  notificationsFor,
  replay,
} from '../../src/lifecycle';
import { guards } from '../../src/lifecycle/guards';
import {
  formatError,
  type Relationship,
  type RelationshipEvent,
  RelationshipStageSchema,
  relationshipEventTypes,
} from '../../src/model';
import { actors, makeEvent, payloadFor, roles, storyTo, times } from './fixtures';

const keys = new Set(Object.keys(messages));
const leftover = /\{\w+\}/;

describe('the lifecycle catalogue', () => {
  it('has a message for every error code, guard and stage', () => {
    for (const code of lifecycleErrorCodes) {
      if (code !== 'guard_failed') expect(keys.has(`lifecycle.error.${code}`), code).toBe(true);
    }
    for (const guard of Object.keys(guards))
      expect(keys.has(`lifecycle.guard.${guard}`), guard).toBe(true);
    for (const stage of lifecycleMachine.stages)
      expect(keys.has(`lifecycle.stage.${stage}`), stage).toBe(true);
  });

  it('fills every placeholder of every error the table of combinations produces', () => {
    const errors: LifecycleError[] = [];
    for (const stage of RelationshipStageSchema.options) {
      const relationship = storyTo(stage).relationship;
      const last = relationship.history.at(-1)?.at ?? times.now;
      for (const type of relationshipEventTypes) {
        for (const role of roles) {
          const at = Date.parse(last) > Date.parse(times.now) ? last : times.now;
          const result = applyEvent(
            relationship,
            makeEvent(payloadFor(type, 77), actors[role], at),
          );
          if (!result.ok) errors.push(result.error);
        }
      }
      errors.push(...failures(relationship));
    }
    const codes = new Set(errors.map((error) => error.code));
    // Every code but the programme-level ones, `invalid_event` and `not_a_proposal` (tested elsewhere).
    const programme = [
      'unknown_relationship',
      'relationship_id_mismatch',
      'wrong_program',
      'pair_already_open',
      'capacity_exceeded',
      'mentee_mentor_limit_reached',
    ];
    const expected = lifecycleErrorCodes.filter(
      (code) =>
        !programme.includes(code) &&
        code !== 'invalid_event' &&
        code !== 'not_a_proposal' &&
        code !== 'duplicate_event_id' &&
        code !== 'same_person' &&
        code !== 'limit_reached',
    );
    expect([...codes].sort()).toEqual([...expected].sort());
    for (const error of errors) {
      for (const locale of locales) {
        const text = formatError(error, locale);
        expect(text, `${error.code} ${error.messageKey} (${locale})`).not.toMatch(leftover);
      }
    }
  });

  it('renders errors with their path in both languages', () => {
    const result = applyEvent(
      storyTo('cultivating').relationship,
      makeEvent(
        { type: 'send-agenda', meetingId: 'm-past', agenda: { items: ['x'] } },
        actors.mentee,
        times.now,
      ),
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(formatError(result.error, 'en')).toBe(
      'at meetingId: The meeting "m-past" started at 2026-03-04T18:00:00+01:00; this is only possible before it.',
    );
    expect(formatError(result.error, 'de')).toBe(
      'bei meetingId: Der Termin „m-past“ hat um 2026-03-04T18:00:00+01:00 begonnen; das ist nur vorher möglich.',
    );
  });

  it('fills every placeholder of the notifications of whole stories', () => {
    for (const stage of [
      'completed',
      'ended',
      'declined',
      'expired',
      'invalidated',
      'withdrawn',
    ] as const) {
      const history = storyTo(stage).relationship.history;
      let before: Relationship | undefined;
      for (let i = 1; i <= history.length; i++) {
        const after = replay(history.slice(0, i));
        const event = history[i - 1];
        if (!after.ok || event === undefined) throw new Error('replay failed');
        for (const n of notificationsFor(before, event, after.value)) {
          for (const locale of locales) {
            expect(formatMessage(n.messageKey as MessageKey, n.params, locale)).not.toMatch(
              leftover,
            );
          }
        }
        before = after.value;
      }
    }
  });
});

/** Refusals the table of combinations does not produce: payload and state guards. */
function failures(relationship: Relationship): LifecycleError[] {
  const at = times.afterExpiry;
  const attempts = [
    makeEvent({ type: 'accept' }, actors.mentee, at),
    makeEvent({ type: 'expire' }, actors.system, relationship.history[0]?.at ?? at),
    makeEvent({ type: 'complete-action-item', itemId: 'nope' }, actors.mentee, at),
    makeEvent({ type: 'pause', reason: 'x', until: '2026-01-01T00:00:00Z' }, actors.mentee, at),
    makeEvent({ type: 'resume' }, actors.mentee, '2026-01-01T00:00:00Z'),
    makeEvent({ type: 'accept' }, { role: 'mentor', id: 'other' }, at),
    makeEvent(
      { type: 'send-agenda', meetingId: 'nope', agenda: { items: ['x'] } },
      actors.mentee,
      at,
    ),
    makeEvent(
      { type: 'send-agenda', meetingId: 'm-past', agenda: { items: ['x'] } },
      actors.mentee,
      at,
    ),
    makeEvent(
      { type: 'send-agenda', meetingId: 'm-first', agenda: { items: ['x'] } },
      actors.mentee,
      at,
    ),
    makeEvent({ ...payloadFor('record-meeting', 0), meetingId: 'm-future' }, actors.mentee, at),
    makeEvent({ ...payloadFor('schedule-meeting', 0), meetingId: 'm-past' }, actors.mentee, at),
    makeEvent(
      { type: 'add-plan-step', goalId: 'nope', step: { id: 'x', title: 'x' } },
      actors.mentee,
      at,
    ),
    makeEvent({ type: 'complete-plan-step', goalId: 'g1', stepId: 'nope' }, actors.mentee, at),
    makeEvent({ ...payloadFor('give-feedback', 0), requestId: 'nope' }, actors.mentee, at),
    makeEvent({ type: 'begin-cultivation' }, actors.mentee, at),
  ];
  const errors = collect(relationship, attempts);
  if (relationship.stage === 'cultivating') {
    const done = storyTo('cultivating').send('mentee', {
      type: 'complete-action-item',
      itemId: 'a1',
    });
    errors.push(
      ...collect(done.relationship, [
        makeEvent({ type: 'drop-action-item', itemId: 'a1' }, actors.mentee, at),
      ]),
    );
  }
  if (relationship.stage === 'preparing') {
    const initiating = storyTo('preparing').send('mentee', {
      type: 'begin-initiation',
    }).relationship;
    errors.push(
      ...collect(initiating, [makeEvent({ type: 'accept-agreement' }, actors.mentee, at)]),
    );
  }
  return errors;
}

function collect(
  relationship: Relationship,
  attempts: readonly RelationshipEvent[],
): LifecycleError[] {
  return attempts.flatMap((event) => {
    const result = applyEvent(relationship, event);
    return result.ok ? [] : [result.error];
  });
}
