// Every error and notification of the lifecycle renders in English, German,
// French and Spanish with all its placeholders filled, without a raw id where
// a label exists (stages, roles, event types) and without "(s)" plurals.
import { describe, expect, it } from 'vitest';
import { formatMessage, type Locale, type MessageKey, messages } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { lifecycleErrorMessages } from '../../src/i18n/messages/lifecycle-errors';
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
const locales: readonly Locale[] = ['en', de, fr, es];
const stageIds = RelationshipStageSchema.options.join('|');
const eventIds = relationshipEventTypes.join('|');
/** A raw stage or event id in quotes, "A admin", "die Rolle mentor", or a "(s)" plural. */
const rawId = new RegExp(
  `["„«“]\\s?(${stageIds}|${eventIds})\\s?["“»”]|\\b[Aa] (admin|programme admin|system)\\b|Rolle (mentor|mentee|admin)|\\((s|e|n|es)\\)`,
);

function render(error: LifecycleError, locale: Locale): string {
  return formatError(error, locale);
}

describe('the lifecycle catalogue', () => {
  it('has a message for every error code, guard, event type and stage', () => {
    for (const code of lifecycleErrorCodes) {
      if (code !== 'guard_failed') expect(keys.has(`lifecycle.error.${code}`), code).toBe(true);
    }
    for (const guard of Object.keys(guards))
      expect(keys.has(`lifecycle.guard.${guard}`), guard).toBe(true);
    for (const type of relationshipEventTypes)
      expect(keys.has(`lifecycle.event.${type}`), type).toBe(true);
    // One name per stage across the library: the shared `stage.*` labels.
    for (const stage of lifecycleMachine.stages)
      expect(keys.has(`stage.${stage}`), stage).toBe(true);
    expect([...keys].filter((key) => key.startsWith('lifecycle.stage.'))).toEqual([]);
  });

  it('fills every placeholder of every error the table of combinations produces, in every language', () => {
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
    // Every code but the programme-level ones, the size limits, `invalid_event` and
    // `not_a_proposal` (tested elsewhere).
    const elsewhere = [
      'unknown_relationship',
      'relationship_id_mismatch',
      'wrong_program',
      'pair_already_open',
      'capacity_exceeded',
      'mentee_mentor_limit_reached',
      'not_a_coordinator',
      'invalid_event',
      'not_a_proposal',
      'duplicate_event_id',
      'same_person',
      'limit_reached',
      'participant_limit_reached',
    ];
    const expected = lifecycleErrorCodes.filter((code) => !elsewhere.includes(code));
    expect([...codes].sort()).toEqual([...expected].sort());
    for (const error of errors) {
      for (const locale of locales) {
        const text = render(error, locale);
        const label = `${error.code} ${error.messageKey} (${typeof locale === 'string' ? locale : locale.tag})`;
        expect(text, label).not.toMatch(leftover);
        expect(text, label).not.toMatch(rawId);
      }
    }
  });

  it('names stages, roles and event types by their labels, never by their ids (regression)', () => {
    const paused = storyTo('paused').relationship;
    const refusal = applyEvent(
      paused,
      makeEvent(
        { type: 'send-agenda', meetingId: 'm-future', agenda: { items: ['x'] } },
        actors.admin,
        times.now,
      ),
    );
    if (refusal.ok) throw new Error('expected a refusal');
    expect(refusal.error.params).toEqual({
      stage: { key: 'stage.paused' },
      event: { key: 'lifecycle.event.send-agenda' },
    });
    expect(render(refusal.error, de)).toBe(
      'bei type: „Agenda senden“ ist in der Phase „Pausiert“ nicht möglich.',
    );
    const admin = applyEvent(
      storyTo('preparing').relationship,
      makeEvent(payloadFor('set-goal', 5), actors.admin, times.now),
    );
    if (admin.ok) throw new Error('expected a refusal');
    expect(render(admin.error, 'en')).toBe(
      'at actor.role: In the stage "Prepare", "Set goal" is for these roles only: mentee. It was sent as programme admin.',
    );
    expect(render(admin.error, de)).toBe(
      'bei actor.role: In der Phase „Vorbereiten“ ist „Ziel setzen“ nur diesen Rollen vorbehalten: Mentee. Gesendet wurde es als Programm-Admin.',
    );
  });

  it('renders errors with their path in every language', () => {
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
    expect(formatError(result.error, de)).toBe(
      'bei meetingId: Der Termin „m-past“ hat um 2026-03-04T18:00:00+01:00 begonnen; das ist nur vorher möglich.',
    );
    expect(formatError(result.error, fr)).toContain('« m-past »');
    expect(formatError(result.error, es)).toContain('«m-past»');
  });

  it('has a French and a Spanish text for every key, different from the English', () => {
    for (const key of Object.keys(lifecycleErrorMessages) as MessageKey[]) {
      for (const pack of [fr, es]) {
        expect(pack.messages[key], `${key} (${pack.tag})`).toBeTypeOf('string');
        if (key !== 'lifecycle.event.pause')
          expect(pack.messages[key], key).not.toBe(messages[key]);
      }
    }
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
            const text = formatMessage(n.messageKey as MessageKey, n.params, locale);
            expect(text).not.toMatch(leftover);
            expect(text).not.toMatch(rawId);
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
    // Feedback to the mentee: the mentor cannot take it up, the mentee only once.
    const given = storyTo('cultivating')
      .send('mentor', { ...payloadFor('give-feedback', 0), feedbackId: 'f-ack' })
      .send('mentee', payloadFor('acknowledge-feedback', 0));
    errors.push(
      ...collect(given.relationship, [
        makeEvent(payloadFor('acknowledge-feedback', 0), actors.mentor, at),
        makeEvent(payloadFor('acknowledge-feedback', 0), actors.mentee, at),
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
