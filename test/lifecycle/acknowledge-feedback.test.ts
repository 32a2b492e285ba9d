// Taking feedback on board (issue #11 §1): the recipient of shared feedback
// acknowledges it; guarded, recorded on the feedback, announced to the giver.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import {
  applyEvent,
  availableEvents,
  formatError,
  notificationsFor,
  parseRelationship,
  type Relationship,
  type RelationshipEvent,
  replay,
} from '../../src/index';
import { actors, makeEvent, payloadFor, type Story, storyTo } from './fixtures';

const at = '2026-03-25T10:00:00+01:00';
const later = '2026-03-26T10:00:00+01:00';

function withFeedback(visibility: 'shared' | 'private' = 'shared'): Story {
  return storyTo('cultivating').send(
    'mentor',
    { ...payloadFor('give-feedback', 0), feedbackId: 'f-ack', visibility },
    at,
  );
}

function acknowledge(relationship: Relationship, role: 'mentor' | 'mentee', note?: string) {
  const input =
    note === undefined
      ? { type: 'acknowledge-feedback', feedbackId: 'f-ack' }
      : { type: 'acknowledge-feedback', feedbackId: 'f-ack', note };
  return applyEvent(relationship, makeEvent(input as never, actors[role], later));
}

describe('acknowledge-feedback', () => {
  it('records when and how the recipient took the feedback on board, in schema order', () => {
    const before = withFeedback().relationship;
    const result = acknowledge(before, 'mentee', 'I will open with my strongest project.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const feedback = result.value.feedback.find((f) => f.id === 'f-ack');
    expect(feedback?.acknowledgedAt).toBe(later);
    expect(feedback?.acknowledgementNote).toBe('I will open with my strongest project.');
    // Byte for byte through JSON and the parser, and rebuilt by replay.
    const json = JSON.stringify(result.value);
    const parsed = parseRelationship(JSON.parse(json));
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe(json);
    const replayed = replay(result.value.history);
    expect(replayed.ok && JSON.stringify(replayed.value)).toBe(json);
  });

  it('tells the giver, without the text', () => {
    const before = withFeedback().relationship;
    const result = acknowledge(before, 'mentee');
    if (!result.ok) throw new Error(formatError(result.error));
    const event = result.value.history.at(-1) as RelationshipEvent;
    const notes = notificationsFor(before, event, result.value);
    expect(notes.map((n) => [n.recipient.role, n.messageKey])).toEqual([
      ['mentor', 'lifecycle.notify.feedback_acknowledged'],
    ]);
  });

  it('refuses unknown feedback, feedback for the other side, private feedback, and a second time', () => {
    const story = withFeedback();
    const unknown = applyEvent(
      story.relationship,
      makeEvent({ type: 'acknowledge-feedback', feedbackId: 'nope' }, actors.mentee, later),
    );
    expect(!unknown.ok && [unknown.error.code, unknown.error.path]).toEqual([
      'unknown_feedback',
      ['feedbackId'],
    ]);
    const ownFeedback = acknowledge(story.relationship, 'mentor');
    expect(!ownFeedback.ok && [ownFeedback.error.code, ownFeedback.error.guard]).toEqual([
      'feedback_not_for_actor',
      'feedback-for-actor',
    ]);
    const privately = acknowledge(withFeedback('private').relationship, 'mentee');
    expect(!privately.ok && privately.error.code).toBe('feedback_not_for_actor');
    const once = acknowledge(story.relationship, 'mentee');
    if (!once.ok) throw new Error(formatError(once.error));
    const twice = acknowledge(once.value, 'mentee');
    expect(!twice.ok && twice.error.code).toBe('feedback_already_acknowledged');
    for (const result of [unknown, ownFeedback, twice]) {
      if (result.ok) continue;
      for (const locale of ['en', de, fr, es] as const) {
        expect(formatError(result.error, locale)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('is offered only to a side with shared feedback still waiting', () => {
    expect(availableEvents(storyTo('cultivating').relationship, actors.mentee)).not.toContain(
      'acknowledge-feedback',
    );
    const waiting = withFeedback().relationship;
    expect(availableEvents(waiting, actors.mentee, { now: later })).toContain(
      'acknowledge-feedback',
    );
    expect(availableEvents(waiting, actors.mentor, { now: later })).not.toContain(
      'acknowledge-feedback',
    );
    expect(availableEvents(waiting, actors.admin, { now: later })).not.toContain(
      'acknowledge-feedback',
    );
    expect(availableEvents(withFeedback('private').relationship, actors.mentee)).not.toContain(
      'acknowledge-feedback',
    );
    const done = acknowledge(waiting, 'mentee');
    if (!done.ok) throw new Error(formatError(done.error));
    expect(availableEvents(done.value, actors.mentee)).not.toContain('acknowledge-feedback');
  });
});
