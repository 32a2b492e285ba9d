import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { applyEvent, type Notification, notificationsFor, proposeMatch } from '../../src/lifecycle';
import type { EventOfType, Relationship } from '../../src/model';
import {
  actors,
  type EventInput,
  ids,
  isDeepFrozen,
  makeEvent,
  payloadFor,
  program,
  storyTo,
  times,
} from './fixtures';

type Role = keyof typeof actors;

function notify(before: Relationship, input: EventInput, role: Role, at: string = times.now) {
  const event = makeEvent(input, actors[role], at);
  const result = applyEvent(before, event);
  if (!result.ok) throw new Error(result.error.code);
  return notificationsFor(before, event, result.value);
}

const summary = (list: readonly Notification[]) =>
  list.map(
    (n) => `${n.recipient.role}:${n.recipient.id} ${n.messageKey.replace('lifecycle.notify.', '')}`,
  );

const mentor = `mentor:${ids.mentor}`;
const mentee = `mentee:${ids.mentee}`;
const admins = `admin:${ids.program}`;

describe('notificationsFor', () => {
  it('announces a new proposal to the parties other than the proposer', () => {
    const relationship = proposeMatch({
      relationshipId: 'r1',
      program,
      mentorId: ids.mentor,
      menteeId: ids.mentee,
      now: times.proposed,
      proposedBy: actors.mentee,
      expiresAt: times.expiresAt,
    });
    const [event] = relationship.history;
    if (event === undefined) throw new Error('no event');
    const list = notificationsFor(undefined, event, relationship);
    expect(list).toEqual([
      {
        recipient: { role: 'mentor', id: ids.mentor },
        messageKey: 'lifecycle.notify.proposed',
        params: { by: { key: 'role.mentee' }, expiresAt: times.expiresAt },
        relationshipId: 'r1',
        eventId: event.id,
      },
    ]);
    expect(formatMessage(list[0]?.messageKey ?? 'common.none', list[0]?.params, de)).toBe(
      `Sie haben einen neuen Mentoring-Vorschlag. Bitte antworten Sie bis ${times.expiresAt}.`,
    );
  });

  it('tells the other side of an acceptance, and both once the relationship starts', () => {
    const proposed = storyTo('proposed').relationship;
    expect(summary(notify(proposed, { type: 'accept' }, 'mentee'))).toEqual([`${mentor} accepted`]);
    const half = storyTo('proposed').send('mentee', { type: 'accept' }).relationship;
    expect(summary(notify(half, { type: 'accept' }, 'mentor'))).toEqual([
      `${mentor} started`,
      `${mentee} started`,
    ]);
  });

  it('passes on a decline with its reason, and an expiry to everyone', () => {
    const proposed = storyTo('proposed').relationship;
    const declined = notify(proposed, { type: 'decline', reason: 'No time' }, 'mentor');
    expect(summary(declined)).toEqual([`${mentee} declined`, `${admins} declined`]);
    expect(declined[0]?.params).toMatchObject({ reason: 'No time', by: { key: 'role.mentor' } });
    expect(summary(notify(proposed, { type: 'expire' }, 'system', times.afterExpiry))).toEqual([
      `${mentor} expired`,
      `${mentee} expired`,
      `${admins} expired`,
    ]);
    expect(summary(notify(proposed, { type: 'withdraw' }, 'admin'))).toEqual([
      `${mentor} withdrawn`,
      `${mentee} withdrawn`,
    ]);
    expect(summary(notify(proposed, { type: 'invalidate', reason: 'x' }, 'system'))).toEqual([
      `${mentor} invalidated`,
      `${mentee} invalidated`,
    ]);
  });

  it('delivers an agenda, an assigned action item, and stage changes to the other party', () => {
    const cultivating = storyTo('cultivating').relationship;
    const agenda = notify(
      cultivating,
      { type: 'send-agenda', meetingId: 'm-future', agenda: { items: ['CV', 'Offer'] } },
      'mentee',
    );
    expect(summary(agenda)).toEqual([`${mentor} agenda_received`]);
    expect(formatMessage(agenda[0]?.messageKey ?? 'common.none', agenda[0]?.params, 'en')).toBe(
      `The agenda for the meeting of ${'2027-01-12T18:00:00+01:00'} has arrived: CV and Offer.`,
    );
    const item = notify(
      cultivating,
      { type: 'add-action-item', itemId: 'a9', title: 'Apply', assignee: 'mentee' },
      'mentor',
    );
    expect(item).toEqual([
      expect.objectContaining({
        recipient: { role: 'mentee', id: ids.mentee },
        messageKey: 'lifecycle.notify.action_item_assigned',
        params: {
          by: { key: 'role.mentor' },
          itemId: 'a9',
          title: 'Apply',
          dueAt: times.futureMeeting,
        },
      }),
    ]);
    expect(
      notify(
        cultivating,
        { type: 'add-action-item', itemId: 'a9', title: 'Apply', assignee: 'mentee' },
        'mentee',
      ),
    ).toEqual([]);
    expect(summary(notify(cultivating, { type: 'begin-evaluation' }, 'mentee'))).toEqual([
      `${mentor} stage_changed`,
    ]);
    expect(summary(notify(cultivating, { type: 'pause', reason: 'Leave' }, 'admin'))).toEqual([
      `${mentor} paused`,
      `${mentee} paused`,
    ]);
    expect(summary(notify(cultivating, { type: 'end-early', reason: 'Moved' }, 'mentee'))).toEqual([
      `${mentor} ended`,
      `${admins} ended`,
    ]);
  });

  it('says when an action item is due by the next meeting without a date', () => {
    const story = storyTo('cultivating').send(
      'mentee',
      { type: 'cancel-meeting', meetingId: 'm-future' },
      times.now,
    );
    story.send('mentee', {
      type: 'record-meeting',
      meetingId: 'm-past',
      held: true,
      attendance: { mentor: { present: true }, mentee: { present: true } },
    });
    const list = notify(
      story.relationship,
      { type: 'add-action-item', itemId: 'a9', title: 'Apply', assignee: 'mentee' },
      'mentor',
      '2026-03-21T00:00:00Z',
    );
    expect(list[0]?.messageKey).toBe('lifecycle.notify.action_item_assigned_undated');
    expect(
      formatMessage('lifecycle.notify.action_item_assigned_undated', list[0]?.params, de),
    ).toBe('Neue Aufgabe für Sie: „Apply“, fällig bis zum nächsten Termin.');
  });

  it('reports the notice of a cancellation in hours', () => {
    const cultivating = storyTo('cultivating').relationship;
    const list = notify(
      cultivating,
      { type: 'cancel-meeting', meetingId: 'm-future' },
      'mentor',
      '2027-01-11T06:00:00+01:00',
    );
    expect(list[0]?.params).toMatchObject({ noticeHours: 36, startsAt: times.futureMeeting });
    expect(formatMessage('lifecycle.notify.meeting_cancelled', list[0]?.params)).toBe(
      `The meeting of ${times.futureMeeting} was cancelled 36 hours ahead.`,
    );
    const late = notify(
      cultivating,
      { type: 'cancel-meeting', meetingId: 'm-future' },
      'mentor',
      '2027-01-12T17:00:00+01:00',
    );
    expect(formatMessage('lifecycle.notify.meeting_cancelled', late[0]?.params, de)).toBe(
      `Der Termin am ${times.futureMeeting} wurde 1 Stunde vorher abgesagt.`,
    );
  });

  it('names stages and roles by their labels, and the programme’s own reasons in words (regression)', () => {
    const changed = notify(
      storyTo('preparing').relationship,
      { type: 'begin-initiation' },
      'mentee',
    );
    expect(changed[0]?.params).toEqual({
      by: { key: 'role.mentee' },
      stage: { key: 'stage.initiating' },
      cycle: 1,
    });
    expect(formatMessage('lifecycle.notify.stage_changed', changed[0]?.params, de)).toBe(
      'Ihre Mentoring-Beziehung ist in die Phase „Anbahnen“ übergegangen (Zyklus 1).',
    );
    const resumed = notify(storyTo('paused').relationship, { type: 'resume' }, 'mentee');
    expect(formatMessage('lifecycle.notify.resumed', resumed[0]?.params, fr)).toContain('« ');
    expect(resumed[0]?.params).toMatchObject({ stage: { key: 'stage.cultivating' } });
    const started = notify(
      storyTo('proposed').send('mentee', { type: 'accept' }).relationship,
      { type: 'accept' },
      'mentor',
    );
    expect(formatMessage('lifecycle.notify.started', started[0]?.params)).toBe(
      'Both sides have accepted: your mentoring relationship begins in the stage "Prepare".',
    );
    const invalidated = notify(
      storyTo('proposed').relationship,
      { type: 'invalidate', reason: 'mentee_mentor_limit_reached', supersededBy: 'r2' },
      'system',
    );
    expect(invalidated[0]?.messageKey).toBe('lifecycle.notify.invalidated_mentee_limit');
    expect(
      formatMessage(invalidated[0]?.messageKey ?? 'common.none', invalidated[0]?.params),
    ).not.toMatch(/mentee_mentor_limit_reached/);
    const feedback = notify(
      storyTo('cultivating').relationship,
      {
        type: 'give-feedback',
        feedbackId: 'f9',
        kind: 'praise',
        text: 'Great',
        visibility: 'shared',
      },
      'mentee',
    );
    expect(formatMessage('lifecycle.notify.feedback_received', feedback[0]?.params, es)).toBe(
      'Has recibido un comentario nuevo: un elogio.',
    );
  });

  it('returns frozen lists of frozen notifications, and never freezes the caller’s event (regression)', () => {
    const cultivating = storyTo('cultivating').relationship;
    const event = makeEvent(
      { type: 'send-agenda', meetingId: 'm-future', agenda: { items: ['CV', 'Offer'] } },
      actors.mentee,
      times.now,
    ) as EventOfType<'send-agenda'>;
    const after = applyEvent(cultivating, event);
    if (!after.ok) throw new Error(after.error.code);
    const list = notificationsFor(cultivating, event, after.value);
    expect(Object.isFrozen(event.agenda.items) || Object.isFrozen(event)).toBe(false);
    expect(list.length).toBeGreaterThan(0);
    expect(isDeepFrozen(list)).toBe(true);
    expect(() => (list as Notification[]).push(list[0] as Notification)).toThrow(TypeError);
    const none = notificationsFor(
      undefined,
      makeEvent({ type: 'accept' }, actors.mentee, times.now),
      storyTo('proposed').relationship,
    );
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('never announces private feedback to the other party, and never carries feedback text', () => {
    const cultivating = storyTo('cultivating').relationship;
    const privateNote = notify(
      cultivating,
      {
        type: 'give-feedback',
        feedbackId: 'f9',
        kind: 'concern',
        text: 'Often late',
        visibility: 'private',
      },
      'mentee',
    );
    expect(summary(privateNote)).toEqual([`${admins} private_feedback`]);
    const shared = notify(
      cultivating,
      {
        type: 'give-feedback',
        feedbackId: 'f9',
        kind: 'praise',
        text: 'Great',
        visibility: 'shared',
      },
      'mentee',
    );
    expect(summary(shared)).toEqual([`${mentor} feedback_received`]);
    for (const n of [...privateNote, ...shared])
      expect(JSON.stringify(n)).not.toMatch(/Often late|Great/);
  });

  it('lists nothing for an event that was not applied, or for private record keeping', () => {
    const cultivating = storyTo('cultivating').relationship;
    const event = makeEvent({ type: 'begin-evaluation' }, actors.mentee, times.now);
    expect(notificationsFor(cultivating, event, cultivating)).toEqual([]);
    expect(notify(cultivating, { type: 'attest-checklist-item', itemId: 'x' }, 'mentee')).toEqual(
      [],
    );
  });

  const cases: [string, Parameters<typeof storyTo>[0], EventInput, Role, string[]][] = [
    [
      'a stage change',
      'preparing',
      { type: 'begin-initiation' },
      'mentee',
      [`${mentor} stage_changed`],
    ],
    ['a completion', 'evaluating', { type: 'complete' }, 'mentor', [`${mentee} completed`]],
    ['a new cycle', 'evaluating', payloadFor('continue', 3), 'mentee', [`${mentor} stage_changed`]],
    [
      'a resumption',
      'paused',
      { type: 'resume' },
      'mentee',
      [`${mentor} resumed`, `${admins} resumed`],
    ],
    [
      'a new meeting',
      'cultivating',
      payloadFor('schedule-meeting', 3),
      'mentee',
      [`${mentor} meeting_scheduled`],
    ],
    [
      'a moved meeting',
      'cultivating',
      payloadFor('reschedule-meeting', 3),
      'mentor',
      [`${mentee} meeting_rescheduled`],
    ],
    [
      'a completed action item',
      'cultivating',
      { type: 'complete-action-item', itemId: 'a1' },
      'mentee',
      [`${mentor} action_item_completed`],
    ],
    [
      'a request for feedback',
      'cultivating',
      payloadFor('request-feedback', 3),
      'mentee',
      [`${mentor} feedback_requested`],
    ],
    [
      'a progress update',
      'cultivating',
      payloadFor('post-progress-update', 3),
      'mentee',
      [`${mentor} progress_update`],
    ],
    [
      'an agreement',
      'cultivating',
      payloadFor('record-agreement', 3),
      'mentor',
      [`${mentee} agreement_to_accept`],
    ],
    [
      'an evaluation',
      'evaluating',
      payloadFor('record-evaluation', 3),
      'mentee',
      [`${mentor} evaluation_recorded`],
    ],
    ['a new goal', 'cultivating', payloadFor('set-goal', 3), 'mentee', []],
  ];

  it.each(cases)('tells the other party of %s', (_name, stage, input, role, expected) => {
    expect(summary(notify(storyTo(stage).relationship, input, role))).toEqual(expected);
  });

  it('tells the other side when the agreement is accepted, with the previous start of a moved meeting', () => {
    const story = storyTo('cultivating').send(
      'mentor',
      payloadFor('record-agreement', 4),
      times.now,
    );
    expect(summary(notify(story.relationship, { type: 'accept-agreement' }, 'mentee'))).toEqual([
      `${mentor} agreement_accepted`,
    ]);
    const moved = notify(
      storyTo('cultivating').relationship,
      payloadFor('reschedule-meeting', 3),
      'mentor',
    );
    expect(moved[0]?.params).toMatchObject({ previousStartsAt: times.futureMeeting });
  });
});
