// applyEvent, replay and proposeMatch: guards with their codes, what each
// activity records, ordering and identity rules, immutability.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  applyEvent,
  applyEvents,
  type ProposeMatchInput,
  proposeMatch,
  replay,
} from '../../src/lifecycle';
import {
  type EventOfType,
  formatError,
  InvalidOptionsError,
  MentorshipKitError,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventType,
} from '../../src/model';
import {
  actors,
  type EventInput,
  freezeDeep,
  ids,
  isDeepFrozen,
  makeEvent,
  payloadFor,
  program,
  storyTo,
  times,
} from './fixtures';

type Role = keyof typeof actors;

/** Sends one event at `at`, by default at `times.now` or the last event's time if that is later. */
function attempt(relationship: Relationship, input: EventInput, role: Role, at?: string) {
  const last = relationship.history.at(-1)?.at ?? times.now;
  const when = at ?? (Date.parse(last) > Date.parse(times.now) ? last : times.now);
  return applyEvent(relationship, makeEvent(input, actors[role], when));
}

const cultivating = storyTo('cultivating').relationship;

describe('stage guards', () => {
  it('no initiation without a goal with a plan and a scheduled first meeting', () => {
    const bare = storyTo('proposed')
      .send('mentor', { type: 'accept' })
      .send('mentee', { type: 'accept' });
    expect(attempt(bare.relationship, { type: 'begin-initiation' }, 'mentee')).toMatchObject({
      ok: false,
      error: {
        code: 'guard_failed',
        guard: 'has-goal-with-plan',
        messageKey: 'lifecycle.guard.has-goal-with-plan',
      },
    });
    bare.send('mentee', {
      type: 'set-goal',
      goal: { id: 'g1', title: 'Job', plan: [{ id: 's1', title: 'Role' }] },
    });
    expect(attempt(bare.relationship, { type: 'begin-initiation' }, 'mentee')).toMatchObject({
      ok: false,
      error: { guard: 'has-first-meeting' },
    });
    bare.send('mentee', { type: 'drop-plan-step', goalId: 'g1', stepId: 's1' });
    bare.send('mentor', payloadFor('schedule-meeting', 1));
    expect(attempt(bare.relationship, { type: 'begin-initiation' }, 'mentee')).toMatchObject({
      ok: false,
      error: { guard: 'has-goal-with-plan' },
    });
    bare.send('mentee', payloadFor('add-plan-step', 1));
    expect(attempt(bare.relationship, { type: 'begin-initiation' }, 'mentee').ok).toBe(true);
  });

  it('no cultivation before the first meeting was held and the agreement accepted by both', () => {
    const story = storyTo('preparing').send('mentee', { type: 'begin-initiation' });
    expect(attempt(story.relationship, { type: 'begin-cultivation' }, 'mentor')).toMatchObject({
      ok: false,
      error: { guard: 'first-meeting-held' },
    });
    story.send('mentee', payloadFor('record-meeting', 0), times.now);
    expect(attempt(story.relationship, { type: 'begin-cultivation' }, 'mentor')).toMatchObject({
      ok: false,
      error: { guard: 'agreement-accepted-by-both' },
    });
    story.send('mentee', payloadFor('record-agreement', 0));
    expect(story.relationship.agreement?.acceptedBy).toEqual({
      mentee: story.relationship.history.at(-1)?.at,
    });
    expect(attempt(story.relationship, { type: 'begin-cultivation' }, 'mentor')).toMatchObject({
      ok: false,
      error: { guard: 'agreement-accepted-by-both' },
    });
    story.send('mentor', { type: 'accept-agreement' });
    expect(attempt(story.relationship, { type: 'begin-cultivation' }, 'mentor').ok).toBe(true);
  });

  it('a missed meeting is not a held first meeting', () => {
    const story = storyTo('preparing').send('mentee', { type: 'begin-initiation' });
    story.send('mentee', { ...payloadFor('record-meeting', 0), held: false }, times.now);
    expect(story.relationship.meetings.find((m) => m.id === 'm-past')?.status).toBe('missed');
    story
      .send('mentee', payloadFor('record-agreement', 0))
      .send('mentor', { type: 'accept-agreement' });
    expect(attempt(story.relationship, { type: 'begin-cultivation' }, 'mentee')).toMatchObject({
      ok: false,
      error: { guard: 'first-meeting-held' },
    });
  });

  it('no completion without an evaluation', () => {
    const story = storyTo('cultivating').send('mentee', { type: 'begin-evaluation' });
    expect(attempt(story.relationship, { type: 'complete' }, 'mentee')).toMatchObject({
      ok: false,
      error: { guard: 'evaluation-recorded' },
    });
  });

  it('each side accepts a proposal once, for itself', () => {
    const accepted = storyTo('proposed').send('mentor', { type: 'accept' }).relationship;
    expect(attempt(accepted, { type: 'accept' }, 'mentor')).toMatchObject({
      ok: false,
      error: {
        code: 'already_accepted',
        guard: 'not-yet-accepted',
        params: { role: { key: 'role.mentor' } },
      },
    });
    const forTheMentee = applyEvent(
      accepted,
      makeEvent({ type: 'accept' }, { role: 'mentee', id: ids.mentor }, times.now),
    );
    expect(forTheMentee).toMatchObject({
      ok: false,
      error: { code: 'acting_for_someone_else', path: ['actor', 'id'] },
    });
    expect(attempt(accepted, { type: 'accept' }, 'admin')).toMatchObject({
      ok: false,
      error: {
        code: 'actor_not_permitted',
        params: {
          role: { key: 'role.admin' },
          allowed: [{ key: 'role.mentor' }, { key: 'role.mentee' }],
        },
      },
    });
  });

  it('an agreement can be accepted only once it exists, once per side', () => {
    const initiating = storyTo('preparing').send('mentee', {
      type: 'begin-initiation',
    }).relationship;
    expect(attempt(initiating, { type: 'accept-agreement' }, 'mentee')).toMatchObject({
      ok: false,
      error: { code: 'unknown_agreement', guard: 'agreement-recorded' },
    });
    expect(attempt(cultivating, { type: 'accept-agreement' }, 'mentee')).toMatchObject({
      ok: false,
      error: { code: 'already_accepted', guard: 'agreement-not-yet-accepted' },
    });
  });
});

describe('activity guards', () => {
  const cases: [string, EventInput, Role, Record<string, unknown>][] = [
    [
      'agenda for an unknown meeting',
      { ...payloadFor('send-agenda', 0), meetingId: 'nope' },
      'mentee',
      { code: 'unknown_meeting', path: ['meetingId'] },
    ],
    [
      'agenda for a past meeting',
      { ...payloadFor('send-agenda', 0), meetingId: 'm-past' },
      'mentee',
      { code: 'meeting_in_past', guard: 'meeting-in-future' },
    ],
    [
      'agenda for a held meeting',
      { ...payloadFor('send-agenda', 0), meetingId: 'm-first' },
      'mentee',
      { code: 'meeting_not_scheduled', params: { id: 'm-first', status: 'held' } },
    ],
    [
      'cancelling a past meeting',
      { type: 'cancel-meeting', meetingId: 'm-past' },
      'mentor',
      { code: 'meeting_in_past' },
    ],
    [
      'recording a future meeting',
      { ...payloadFor('record-meeting', 0), meetingId: 'm-future' },
      'mentor',
      { code: 'meeting_not_started' },
    ],
    [
      'recording a meeting twice',
      { ...payloadFor('record-meeting', 0), meetingId: 'm-first' },
      'mentor',
      { code: 'meeting_not_scheduled' },
    ],
    [
      'rescheduling an unknown meeting',
      { ...payloadFor('reschedule-meeting', 0), meetingId: 'x' },
      'mentor',
      { code: 'unknown_meeting' },
    ],
    [
      'scheduling a taken meeting id',
      { ...payloadFor('schedule-meeting', 0), meetingId: 'm-past' },
      'mentor',
      { code: 'duplicate_id', path: ['meetingId'] },
    ],
    [
      'a taken action item id',
      { ...payloadFor('add-action-item', 0), itemId: 'a1' },
      'mentor',
      { code: 'duplicate_id', path: ['itemId'] },
    ],
    [
      'an action item from an unknown meeting',
      { ...payloadFor('add-action-item', 0), meetingId: 'x' },
      'mentor',
      { code: 'unknown_meeting' },
    ],
    [
      'completing an unknown action item',
      { type: 'complete-action-item', itemId: 'x' },
      'mentor',
      { code: 'unknown_action_item' },
    ],
    [
      'a taken feedback request id',
      { ...payloadFor('request-feedback', 0), requestId: 'fr1' },
      'mentor',
      { code: 'duplicate_id' },
    ],
    [
      'feedback to an unknown request',
      { ...payloadFor('give-feedback', 0), requestId: 'x' },
      'mentor',
      { code: 'unknown_feedback_request', path: ['requestId'] },
    ],
    [
      'progress on an unknown goal',
      { ...payloadFor('post-progress-update', 0), goalIds: ['g1', 'x'] },
      'mentee',
      { code: 'unknown_goal', path: ['goalIds', 1] },
    ],
    [
      'an agreement on an unknown goal',
      {
        ...payloadFor('record-agreement', 0),
        agreement: { ...(payloadFor('record-agreement', 0).agreement as object), goalIds: ['x'] },
      },
      'mentee',
      { code: 'unknown_goal', path: ['agreement', 'goalIds', 0] },
    ],
    [
      'a plan step for an unknown goal',
      { ...payloadFor('add-plan-step', 0), goalId: 'x' },
      'mentee',
      { code: 'unknown_goal', path: ['goalId'] },
    ],
    [
      'a taken plan step id',
      { type: 'add-plan-step', goalId: 'g1', step: { id: 's1', title: 'Again' } },
      'mentee',
      { code: 'duplicate_id', path: ['step', 'id'] },
    ],
    [
      'completing an unknown plan step',
      { type: 'complete-plan-step', goalId: 'g1', stepId: 'x' },
      'mentee',
      { code: 'unknown_plan_step' },
    ],
    [
      'a goal revision reusing a step id',
      { type: 'set-goal', goal: { id: 'g1', title: 'Job', plan: [{ id: 's2', title: 'x' }] } },
      'mentee',
      { code: 'duplicate_id', path: ['goal', 'plan', 0, 'id'] },
    ],
    [
      'the mentor setting the mentee’s goal',
      payloadFor('set-goal', 9),
      'mentor',
      { code: 'actor_not_permitted' },
    ],
  ];

  it.each(cases)('refuses %s', (_name, input, role, error) => {
    expect(attempt(cultivating, input, role)).toMatchObject({ ok: false, error });
  });

  it('refuses completing an action item or plan step twice', () => {
    const story = storyTo('cultivating').send('mentee', {
      type: 'complete-action-item',
      itemId: 'a1',
    });
    expect(
      attempt(story.relationship, { type: 'drop-action-item', itemId: 'a1' }, 'mentor'),
    ).toMatchObject({
      ok: false,
      error: { code: 'item_not_open', guard: 'item-open', params: { id: 'a1', status: 'done' } },
    });
    story.send('mentee', {
      type: 'drop-plan-step',
      goalId: 'g1',
      stepId: 's1',
      reason: 'Clear now',
    });
    expect(
      attempt(story.relationship, payloadFor('complete-plan-step', 0), 'mentee'),
    ).toMatchObject({
      ok: false,
      error: { code: 'item_not_open', params: { status: 'dropped' } },
    });
  });

  it('refuses an evaluation of an unknown goal or with a taken id', () => {
    const evaluating = storyTo('evaluating').relationship;
    const unknown = payloadFor('record-evaluation', 1);
    const evaluation = {
      ...(unknown.evaluation as object),
      goals: [{ id: 'x', achievement: 'achieved' }],
    };
    expect(attempt(evaluating, { ...unknown, evaluation }, 'mentor')).toMatchObject({
      ok: false,
      error: { code: 'unknown_goal', path: ['evaluation', 'goals', 0] },
    });
    expect(attempt(evaluating, payloadFor('record-evaluation', 0), 'mentor')).toMatchObject({
      ok: false,
      error: { code: 'duplicate_id', path: ['evaluation', 'id'] },
    });
  });
});

describe('what activities record', () => {
  const story = storyTo('cultivating');
  const start = story.relationship;
  story
    .send('mentor', {
      type: 'reschedule-meeting',
      meetingId: 'm-future',
      startsAt: '2027-02-01T18:00:00+01:00',
      durationMinutes: 30,
    })
    .send('mentee', {
      type: 'send-agenda',
      meetingId: 'm-future',
      agenda: { items: ['CV', 'Interview'], notes: 'Short' },
    })
    .send('mentor', {
      type: 'add-action-item',
      itemId: 'a2',
      title: 'Mock interview',
      assignee: 'mentor',
      meetingId: 'm-first',
      dueAt: '2026-04-01T00:00:00Z',
    })
    .send('mentee', { type: 'complete-action-item', itemId: 'a2' })
    .send('mentor', {
      type: 'give-feedback',
      feedbackId: 'f1',
      kind: 'praise',
      text: 'Great CV',
      visibility: 'shared',
      requestId: 'fr1',
    })
    .send('mentee', {
      type: 'give-feedback',
      feedbackId: 'f2',
      kind: 'concern',
      text: 'Often late',
      visibility: 'private',
    })
    .send('mentee', {
      type: 'post-progress-update',
      updateId: 'p1',
      text: 'Two interviews',
      goalIds: ['g1'],
    })
    .send('mentee', { type: 'complete-plan-step', goalId: 'g1', stepId: 's1' })
    .send('mentor', {
      type: 'attest-checklist-item',
      itemId: 'mentor.keep-confidentiality',
      note: 'Yes',
    })
    .send('mentee', { type: 'cancel-meeting', meetingId: 'm-future', reason: 'Ill' });
  const after = story.relationship;

  it('keeps rescheduled start times and agendas with their sender', () => {
    const meeting = after.meetings.find((m) => m.id === 'm-future');
    expect(meeting).toMatchObject({
      startsAt: '2027-02-01T18:00:00+01:00',
      durationMinutes: 30,
      previousStartTimes: [times.futureMeeting],
      agenda: { items: ['CV', 'Interview'], notes: 'Short', sentBy: 'mentee' },
      status: 'cancelled',
      cancelledBy: 'mentee',
      cancelReason: 'Ill',
    });
    expect(meeting?.cancelledAt).toBe(after.history.at(-1)?.at);
  });

  it('records action items, feedback, progress, plan steps and attestations', () => {
    expect(after.actionItems.find((i) => i.id === 'a2')).toMatchObject({
      assignee: 'mentor',
      createdBy: 'mentor',
      meetingId: 'm-first',
      dueAt: '2026-04-01T00:00:00Z',
      status: 'done',
      completedBy: 'mentee',
    });
    expect(after.feedback).toEqual([
      expect.objectContaining({
        id: 'f1',
        from: 'mentor',
        to: 'mentee',
        visibility: 'shared',
        requestId: 'fr1',
      }),
      expect.objectContaining({ id: 'f2', from: 'mentee', to: 'mentor', visibility: 'private' }),
    ]);
    expect(after.progressUpdates).toEqual([
      expect.objectContaining({ id: 'p1', postedBy: 'mentee', goalIds: ['g1'] }),
    ]);
    expect(after.goals[0]?.plan[0]).toMatchObject({
      status: 'done',
      completedAt: expect.any(String),
    });
    expect(after.attestations).toEqual([
      expect.objectContaining({ itemId: 'mentor.keep-confidentiality', by: 'mentor', note: 'Yes' }),
    ]);
  });

  it('shares every untouched part with the relationship before', () => {
    const next = attempt(start, payloadFor('post-progress-update', 7), 'mentee');
    if (!next.ok) throw new Error(next.error.code);
    expect(next.value.goals).toBe(start.goals);
    expect(next.value.meetings).toBe(start.meetings);
    expect(next.value.proposal).toBe(start.proposal);
    expect(next.value.history.slice(0, -1)).toEqual(start.history);
    expect(next.value.history[0]).toBe(start.history[0]);
  });

  it('keeps the optional details an event carries, and leaves out those it does not', () => {
    const story = storyTo('cultivating')
      .send('mentee', {
        type: 'set-goal',
        goal: {
          id: 'g9',
          title: 'Speak at a meetup',
          description: 'A lightning talk',
          targetDate: '2026-09-01T00:00:00Z',
        },
      })
      .send('mentee', {
        type: 'set-goal',
        goal: {
          id: 'g9',
          title: 'Speak at a conference',
          description: 'A full talk',
          targetDate: '2026-12-01T00:00:00Z',
        },
      })
      .send('mentee', { type: 'set-goal', goal: { id: 'g9', title: 'Speak at a conference' } })
      .send('mentee', {
        type: 'add-plan-step',
        goalId: 'g9',
        step: { id: 's1', title: 'Pick a topic', dueAt: '2026-05-01T00:00:00Z' },
      })
      .send('mentee', { type: 'drop-plan-step', goalId: 'g9', stepId: 's1' })
      .send('mentor', {
        type: 'schedule-meeting',
        meetingId: 'm9',
        startsAt: '2027-03-01T10:00:00Z',
        durationMinutes: 30,
        location: 'Café Central',
      })
      .send('mentor', { type: 'cancel-meeting', meetingId: 'm9' })
      .send('mentor', { type: 'drop-action-item', itemId: 'a1', reason: 'No longer needed' })
      .send('mentee', { type: 'request-feedback', requestId: 'fr9' })
      .send('mentor', {
        type: 'give-feedback',
        feedbackId: 'f9',
        kind: 'challenge',
        text: 'Try a talk',
        visibility: 'shared',
      })
      .send('mentor', { type: 'attest-checklist-item', itemId: 'mentor.keep-confidentiality' })
      .send('mentor', payloadFor('record-agreement', 9));
    const r = story.relationship;
    expect(r.goals.find((g) => g.id === 'g9')).toMatchObject({
      title: 'Speak at a conference',
      description: 'A full talk',
      targetDate: '2026-12-01T00:00:00Z',
      plan: [{ id: 's1', status: 'dropped', dueAt: '2026-05-01T00:00:00Z' }],
    });
    expect(r.goals.find((g) => g.id === 'g9')?.plan[0]).not.toHaveProperty('dropReason');
    const meeting = r.meetings.find((m) => m.id === 'm9');
    expect(meeting).toMatchObject({
      location: 'Café Central',
      status: 'cancelled',
      cancelledBy: 'mentor',
    });
    expect(meeting).not.toHaveProperty('cancelReason');
    expect(meeting).not.toHaveProperty('channel');
    expect(r.actionItems.find((i) => i.id === 'a1')).toMatchObject({
      status: 'dropped',
      dropReason: 'No longer needed',
    });
    expect(r.feedbackRequests.at(-1)).not.toHaveProperty('topic');
    expect(r.feedback.at(-1)).not.toHaveProperty('requestId');
    expect(r.attestations.at(-1)).not.toHaveProperty('note');
    expect(r.agreement?.acceptedBy).toEqual({ mentor: r.history.at(-1)?.at });
  });

  it('marks goals achieved by an evaluation', () => {
    const evaluated = storyTo('cultivating')
      .send('mentee', { type: 'begin-evaluation' })
      .send('mentor', {
        type: 'record-evaluation',
        evaluation: {
          id: 'ev1',
          goals: [{ id: 'g1', achievement: 'achieved' }],
          growthNotes: '',
          nextStep: 'close',
        },
      }).relationship;
    expect(evaluated.goals[0]?.status).toBe('achieved');
    expect(evaluated.evaluations[0]).toMatchObject({ cycle: 1, recordedBy: 'mentor' });
  });
});

describe('order, ids and validation', () => {
  it('rejects events earlier than the last one, and accepts equal times', () => {
    const last = cultivating.history.at(-1)?.at ?? '';
    expect(
      attempt(cultivating, payloadFor('request-feedback', 3), 'mentee', '2026-03-01T00:00:00Z'),
    ).toMatchObject({
      ok: false,
      error: { code: 'event_out_of_order', path: ['at'], params: { lastAt: last } },
    });
    expect(attempt(cultivating, payloadFor('request-feedback', 3), 'mentee', last).ok).toBe(true);
  });

  it('rejects a duplicate event id', () => {
    const reused = makeEvent(
      payloadFor('request-feedback', 4),
      actors.mentee,
      times.now,
      'e-propose',
    );
    expect(applyEvent(cultivating, reused)).toMatchObject({
      ok: false,
      error: { code: 'duplicate_event_id', path: ['id'], params: { id: 'e-propose' } },
    });
  });

  it('validates the event with the schema first and reports every issue', () => {
    const bad = {
      type: 'schedule-meeting',
      id: 'x y',
      at: 'yesterday',
      actor: actors.mentee,
      meetingId: 'm9',
    };
    const result = applyEvent(cultivating, bad as unknown as RelationshipEvent);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_event', messageKey: 'lifecycle.error.invalid_event' },
    });
    if (result.ok) return;
    expect(result.error.issues?.map((issue) => issue.path.join('.')).sort()).toEqual([
      'at',
      'durationMinutes',
      'id',
      'startsAt',
    ]);
    expect(formatError(result.error, de)).toContain('Das Ereignis ist ungültig (4 Probleme):');
  });

  it('does not accept a second propose', () => {
    expect(
      attempt(storyTo('proposed').relationship, payloadFor('propose', 2), 'admin'),
    ).toMatchObject({
      ok: false,
      error: { code: 'event_not_allowed_in_stage' },
    });
  });
});

describe('replay', () => {
  it('reports the index of a refused event in front of its path', () => {
    const history = [...cultivating.history];
    history.splice(5, 0, makeEvent({ type: 'complete' }, actors.mentee, history[4]?.at ?? ''));
    expect(replay(history)).toMatchObject({
      ok: false,
      error: { code: 'event_not_allowed_in_stage', path: [5, 'type'] },
    });
    const invalid = [...cultivating.history, { type: 'accept' } as unknown as RelationshipEvent];
    const result = replay(invalid);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_event' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path[0]).toBe(invalid.length - 1);
  });

  it('needs a propose event first', () => {
    expect(replay([])).toMatchObject({
      ok: false,
      error: { code: 'not_a_proposal', messageKey: 'lifecycle.error.no_events', path: [] },
    });
    const accepted = replay(cultivating.history.slice(1));
    expect(accepted).toMatchObject({
      ok: false,
      error: {
        code: 'not_a_proposal',
        path: [0, 'type'],
        params: { event: { key: 'lifecycle.event.accept' } },
      },
    });
    if (!accepted.ok) {
      expect(formatError(accepted.error, de)).toBe(
        'bei [0].type: Eine Beziehung beginnt mit einem Vorschlag, nicht mit „Vorschlag annehmen“.',
      );
    }
  });

  it('checks the proposal: different people, a later expiry, nobody proposing for someone else', () => {
    const propose = cultivating.history[0] as EventOfType<'propose'>;
    expect(replay([{ ...propose, menteeId: ids.mentor }])).toMatchObject({
      ok: false,
      error: { code: 'same_person', path: [0, 'menteeId'] },
    });
    expect(replay([{ ...propose, expiresAt: propose.at }])).toMatchObject({
      ok: false,
      error: { code: 'guard_failed', guard: 'expires-after-proposal', path: [0, 'expiresAt'] },
    });
    expect(replay([{ ...propose, actor: { role: 'mentee', id: 'someone' } }])).toMatchObject({
      ok: false,
      error: { code: 'acting_for_someone_else' },
    });
    expect(replay([{ ...propose, actor: actors.mentee }]).ok).toBe(true);
  });

  it('never changes its input and returns deep-frozen output', () => {
    const history = freezeDeep(structuredClone(cultivating.history));
    const result = replay(history);
    expect(result.ok && isDeepFrozen(result.value)).toBe(true);
    expect(history).toEqual(cultivating.history);
  });
});

describe('proposeMatch', () => {
  const base = {
    relationshipId: 'r9',
    mentorId: ids.mentor,
    menteeId: ids.mentee,
    now: '2026-03-29T12:30:00+02:00',
    proposedBy: actors.admin,
  };

  it('creates a proposed relationship whose history is exactly the propose event', () => {
    const relationship = proposeMatch({ ...base, program, note: 'Both love Rust' });
    expect(relationship).toMatchObject({
      stage: 'proposed',
      cycle: 1,
      programId: ids.program,
      id: 'r9',
    });
    expect(relationship.history).toEqual([
      {
        type: 'propose',
        id: 'r9:propose',
        at: base.now,
        actor: actors.admin,
        schemaVersion: 1,
        relationshipId: 'r9',
        programId: ids.program,
        mentorId: ids.mentor,
        menteeId: ids.mentee,
        expiresAt: '2026-04-12T12:30:00+02:00',
        note: 'Both love Rust',
      },
    ]);
    expect(relationship.proposal.note).toBe('Both love Rust');
    expect(isDeepFrozen(relationship)).toBe(true);
    expect(replay(relationship.history)).toEqual({ ok: true, value: relationship });
  });

  it('takes the expiry from expiresAt, ttlDays, the programme, or 14 days, in the offset of `now`', () => {
    const expiry = (extra: object) =>
      proposeMatch({ ...base, program: { id: 'p' }, ...extra }).proposal.expiresAt;
    expect(expiry({ expiresAt: '2026-05-01T00:00:00Z', ttlDays: 3 })).toBe('2026-05-01T00:00:00Z');
    expect(expiry({ ttlDays: 3 })).toBe('2026-04-01T12:30:00+02:00');
    expect(expiry({ program: { id: 'p', settings: { proposalTtlDays: 1 } } })).toBe(
      '2026-03-30T12:30:00+02:00',
    );
    expect(expiry({})).toBe('2026-04-12T12:30:00+02:00');
    expect(expiry({ now: '2026-03-01T23:00:00.250-05:30' })).toBe('2026-03-15T23:00:00.250-05:30');
    expect(expiry({ now: '2026-03-01T23:00:00Z' })).toBe('2026-03-15T23:00:00Z');
  });

  it('honours the programme: its proposal TTL, and its time zone for the expiry (regression)', () => {
    const expiry = (program: ProposeMatchInput['program'], now = base.now) =>
      proposeMatch({ ...base, now, program }).proposal.expiresAt;
    // A programme saying 10 days gets 10 days, not the default 14.
    expect(expiry({ id: 'p', settings: { proposalTtlDays: 10 } })).toBe(
      '2026-04-08T12:30:00+02:00',
    );
    // Calendar days in the programme's zone: the same wall-clock time across the
    // change to summer time, written in the zone's offset at the expiry.
    const berlin = { id: 'p', timeZone: 'Europe/Berlin', settings: { proposalTtlDays: 14 } };
    expect(expiry(berlin, '2026-03-20T09:00:00+01:00')).toBe('2026-04-03T09:00:00+02:00');
    expect(expiry(berlin, '2026-03-20T08:00:00Z')).toBe('2026-04-03T09:00:00+02:00');
    expect(expiry({ id: 'p', timeZone: 'America/Sao_Paulo' }, '2026-03-20T12:00:00Z')).toBe(
      '2026-04-03T09:00:00-03:00',
    );
    // A whole Program fits.
    expect(expiry({ ...program, settings: { ...program.settings, proposalTtlDays: 3 } })).toBe(
      '2026-04-01T12:30:00+02:00',
    );
  });

  it('throws InvalidOptionsError with paths and codes for invalid input, never a TypeError (regression)', () => {
    const issuesOf = (input: object) => {
      try {
        proposeMatch(input as ProposeMatchInput);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError);
        expect(error).toBeInstanceOf(MentorshipKitError);
        expect(error).toMatchObject({
          code: 'invalid_options',
          params: { function: 'proposeMatch' },
        });
        return (error as InvalidOptionsError).issues.map((issue) => [
          issue.path.join('.'),
          issue.code,
        ]);
      }
      throw new Error('expected a throw');
    };
    expect(issuesOf({ ...base, program, menteeId: ids.mentor })).toEqual([
      ['menteeId', 'same_person'],
    ]);
    expect(issuesOf({ ...base, program, ttlDays: Number.NaN })).toEqual([
      ['ttlDays', 'invalid_type'],
    ]);
    expect(issuesOf({ ...base, program, ttlDays: 2.5 })).toEqual([['ttlDays', 'invalid_type']]);
    expect(issuesOf({ ...base, program, now: 'soon' })).toEqual([['now', 'invalid_timestamp']]);
    expect(issuesOf({ ...base, program, at: base.now, now: undefined })).toEqual([
      ['now', 'invalid_type'],
      ['', 'unrecognized_keys'],
    ]);
    expect(issuesOf({ ...base, program: { id: 'p', settings: { proposalTtlDays: 0 } } })).toEqual([
      ['program.settings.proposalTtlDays', 'too_small'],
    ]);
    expect(issuesOf({ ...base, program: { id: 'p', timeZone: 'Mars/Base' } })).toEqual([
      ['program.timeZone', 'invalid_time_zone'],
    ]);
    expect(issuesOf({ ...base, program, proposedBy: { role: 'mentor', id: 'someone' } })).toEqual([
      ['proposedBy.id', 'custom'],
    ]);
    expect(issuesOf({ ...base, program, expiresAt: base.now })).toEqual([['expiresAt', 'custom']]);
    expect(() => proposeMatch(null as never)).toThrow(InvalidOptionsError);
    const error = (() => {
      try {
        proposeMatch({ ...base, program, menteeId: ids.mentor });
      } catch (caught) {
        return caught as InvalidOptionsError;
      }
      throw new Error('expected a throw');
    })();
    expect(formatError(error, de)).toContain('- bei menteeId:');
  });
});

describe('immutability', () => {
  it('reads a caller’s unfrozen relationship afresh on every call, even after the caller changed it', () => {
    const input = structuredClone(cultivating) as Relationship;
    const cancel = makeEvent(
      { type: 'cancel-meeting', meetingId: 'm-late' },
      actors.mentee,
      times.now,
    );
    expect(applyEvent(input, cancel)).toMatchObject({
      ok: false,
      error: { code: 'unknown_meeting' },
    });
    const [first] = input.meetings;
    if (first === undefined) throw new Error('fixture');
    input.meetings.push({
      ...first,
      id: 'm-late',
      startsAt: times.futureMeeting,
      status: 'scheduled',
    });
    expect(applyEvent(input, cancel).ok).toBe(true);
  });

  it('never freezes or changes an unfrozen relationship the caller passes in (regression)', () => {
    const input = structuredClone(cultivating) as Relationship;
    const copy = structuredClone(input);
    for (const type of ['schedule-meeting', 'record-meeting', 'send-agenda', 'pause'] as const) {
      const result = applyEvent(input, makeEvent(payloadFor(type, 60), actors.mentor, times.now));
      expect(result.ok).toBe(true);
      if (result.ok) expect(isDeepFrozen(result.value)).toBe(true);
    }
    const batch = applyEvents(input, [
      makeEvent(payloadFor('schedule-meeting', 61), actors.mentor, times.now),
    ]);
    expect(batch.ok && isDeepFrozen(batch.value)).toBe(true);
    expect(input).toEqual(copy);
    const anyFrozen = (value: unknown): boolean =>
      typeof value === 'object' &&
      value !== null &&
      (Object.isFrozen(value) || Object.values(value).some(anyFrozen));
    expect(anyFrozen(input)).toBe(false);
  });

  it('keeps its own copy of the event and leaves the caller’s object alone', () => {
    const event = makeEvent(payloadFor('send-agenda', 51), actors.mentee, times.now);
    const result = applyEvent(cultivating, event);
    expect(result.ok).toBe(true);
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen((event as EventOfType<'send-agenda'>).agenda.items)).toBe(false);
    expect(result.ok && result.value.history.at(-1)).not.toBe(event);
    expect(result.ok && result.value.history.at(-1)).toEqual(event);
  });

  it('never mutates a deep-frozen input and always returns deep-frozen output', () => {
    const input = freezeDeep(structuredClone(cultivating));
    const types: RelationshipEventType[] = [
      'schedule-meeting',
      'send-agenda',
      'record-meeting',
      'pause',
      'end-early',
    ];
    for (const type of types) {
      const result = applyEvent(
        input,
        freezeDeep(makeEvent(payloadFor(type, 50), actors.mentor, times.now)),
      );
      expect(result.ok).toBe(true);
      if (result.ok) expect(isDeepFrozen(result.value)).toBe(true);
    }
    expect(input).toEqual(cultivating);
  });
});
