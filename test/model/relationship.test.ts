import { describe, expect, it } from 'vitest';
import {
  isActiveStage,
  isTerminalStage,
  parseRelationship,
  parseRelationshipEvent,
  type Result,
  relationshipEventTypes,
  terminalStages,
  type ValidationError,
} from '../../src/model';
import { copy, proposeEvent, relationship } from './fixtures';

function firstIssue(result: Result<unknown, ValidationError>) {
  if (result.ok) throw new Error('expected an error');
  return result.error.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseRelationship', () => {
  it('accepts a relationship with goals, meetings, inventories and history', () => {
    const result = parseRelationship(copy(relationship));
    expect(result).toEqual({ ok: true, value: relationship });
  });

  it.each([
    ['the same person on both sides', { menteeId: 'mentor-ada' }, ['menteeId'], 'same_person'],
    ['an unknown stage', { stage: 'dating' }, ['stage'], 'invalid_value'],
    ['cycle zero', { cycle: 0 }, ['cycle'], 'too_small'],
    [
      'a timestamp without offset',
      { startedAt: '2026-03-02T09:00:00' },
      ['startedAt'],
      'invalid_timestamp',
    ],
  ])('rejects %s', (_name, change, path, code) => {
    expect(firstIssue(parseRelationship({ ...copy(relationship), ...change }))).toEqual([
      { path, code },
    ]);
  });

  it('rejects two meetings with one id, at the second', () => {
    const input = copy(relationship);
    input.meetings.push(copy(relationship.meetings[0] as (typeof relationship.meetings)[number]));
    expect(firstIssue(parseRelationship(input))).toEqual([
      { path: ['meetings', 1, 'id'], code: 'duplicate_id' },
    ]);
  });

  it('rejects two history events with one id', () => {
    const input = copy(relationship);
    input.history.push({
      ...copy(relationship.history[1]),
      at: '2026-03-03T08:00:00+01:00',
    } as never);
    expect(firstIssue(parseRelationship(input))).toEqual([
      { path: ['history', 3, 'id'], code: 'duplicate_id' },
    ]);
  });

  it('reports a broken event deep in the history with its full path', () => {
    const input = copy(relationship);
    (input.history[2] as { actor: { role: string } }).actor.role = 'coach';
    expect(firstIssue(parseRelationship(input))).toEqual([
      { path: ['history', 2, 'actor', 'role'], code: 'invalid_value' },
    ]);
  });

  it('rejects a plan step with an unknown status inside a goal', () => {
    const input = copy(relationship);
    (input.goals[0]?.plan[0] as { status: string }).status = 'maybe';
    expect(firstIssue(parseRelationship(input))).toEqual([
      { path: ['goals', 0, 'plan', 0, 'status'], code: 'invalid_value' },
    ]);
  });
});

describe('parseRelationshipEvent', () => {
  it('accepts a proposal event', () => {
    expect(parseRelationshipEvent(copy(proposeEvent)).ok).toBe(true);
  });

  it('accepts one example of every activity payload', () => {
    const base = { at: '2026-03-10T19:00:00+01:00', actor: { role: 'mentee', id: 'mentee-sam' } };
    const events = [
      {
        type: 'record-self-inventory',
        inventory: {
          strengths: [],
          developmentNeeds: [],
          characteristics: [],
          wants: [],
          offers: [],
        },
      },
      {
        type: 'set-goal',
        goal: { id: 'g', title: 'First job', plan: [{ id: 's', title: 'Pick a role' }] },
      },
      { type: 'add-plan-step', goalId: 'g', step: { id: 's2', title: 'Update CV' } },
      { type: 'complete-plan-step', goalId: 'g', stepId: 's2' },
      { type: 'drop-plan-step', goalId: 'g', stepId: 's2', reason: 'Not needed' },
      {
        type: 'schedule-meeting',
        meetingId: 'm',
        startsAt: '2026-03-17T18:00:00+01:00',
        durationMinutes: 45,
        channel: 'video',
      },
      { type: 'reschedule-meeting', meetingId: 'm', startsAt: '2026-03-18T18:00:00+01:00' },
      { type: 'cancel-meeting', meetingId: 'm', reason: 'Ill' },
      {
        type: 'record-meeting',
        meetingId: 'm',
        held: true,
        attendance: { mentor: { present: true }, mentee: { present: true, minutesLate: 2 } },
      },
      { type: 'send-agenda', meetingId: 'm', agenda: { items: ['CV'] } },
      { type: 'add-action-item', itemId: 'a', title: 'Rewrite summary', assignee: 'mentee' },
      { type: 'complete-action-item', itemId: 'a' },
      { type: 'drop-action-item', itemId: 'a' },
      { type: 'request-feedback', requestId: 'r', topic: 'Interview' },
      {
        type: 'give-feedback',
        feedbackId: 'f',
        kind: 'advice',
        text: 'Slow down',
        visibility: 'shared',
      },
      { type: 'acknowledge-feedback', feedbackId: 'f', note: 'I will pause before answering.' },
      { type: 'post-progress-update', updateId: 'u', text: 'Applied twice', goalIds: ['g'] },
      {
        type: 'record-agreement',
        agreement: {
          expectations: [],
          groundRules: [],
          goalIds: ['g'],
          cadenceDays: 14,
          channels: ['video'],
          confidentiality: true,
        },
      },
      { type: 'accept-agreement' },
      {
        type: 'record-evaluation',
        evaluation: {
          id: 'e',
          goals: [{ id: 'g', achievement: 'partly' }],
          growthNotes: '',
          nextStep: 'continue',
        },
      },
      { type: 'attest-checklist-item', itemId: 'mentor.confidentiality' },
    ];
    const covered = new Set<string>();
    events.forEach((event, index) => {
      const result = parseRelationshipEvent({ ...base, id: `ev-${index}`, ...event });
      expect(result.ok, event.type).toBe(true);
      covered.add(event.type);
    });
    expect(covered.size).toBe(events.length);
    expect(relationshipEventTypes).toHaveLength(35);
  });

  it('names the problem of an event by its payload path', () => {
    const result = parseRelationshipEvent({
      id: 'ev-9',
      type: 'schedule-meeting',
      at: '2026-03-10T19:00:00+01:00',
      actor: { role: 'mentee', id: 'mentee-sam' },
      meetingId: 'm',
      startsAt: '2026-03-17T18:00:00+01:00',
      durationMinutes: 0,
    });
    expect(firstIssue(result)).toEqual([{ path: ['durationMinutes'], code: 'too_small' }]);
  });

  it('rejects an unknown event type at the type field', () => {
    const result = parseRelationshipEvent({ ...copy(proposeEvent), type: 'elope' });
    expect(firstIssue(result)).toEqual([{ path: ['type'], code: 'invalid_union' }]);
  });
});

describe('stages', () => {
  it('classifies terminal and active stages', () => {
    expect(terminalStages.every(isTerminalStage)).toBe(true);
    expect(isTerminalStage('cultivating')).toBe(false);
    expect(isActiveStage('paused')).toBe(true);
    expect(isActiveStage('evaluating')).toBe(true);
    expect(isActiveStage('proposed')).toBe(false);
    expect(isActiveStage('completed')).toBe(false);
  });
});
