// A long, realistic history: a relationship that cycles through meetings,
// agendas, action items, feedback, progress, pauses and evaluations. Every
// prefix is a valid history. Used by the JSON round-trip test and the benchmark.
import type { Relationship, RelationshipEvent } from '../../src/model';
import { type Story, storyTo } from './fixtures';

const attendance = {
  mentor: { present: true, minutesLate: 0, prepared: true },
  mentee: { present: true, minutesLate: 4, prepared: true },
};

/** One round of the cultivating stage, ending back in cultivating; returns the goal being worked on. */
function round(story: Story, k: number, goalId: string): string {
  const last = story.relationship.history[story.relationship.history.length - 1]?.at ?? '';
  const startsAt = new Date(Date.parse(last) + 2 * 86_400_000).toISOString();
  story
    .send('mentee', {
      type: 'schedule-meeting',
      meetingId: `hm${k}`,
      startsAt,
      durationMinutes: 45,
      channel: 'video',
    })
    .send('mentee', {
      type: 'send-agenda',
      meetingId: `hm${k}`,
      agenda: { items: [`Topic ${k}`, 'Next steps'] },
    })
    .send(
      'mentor',
      {
        type: 'record-meeting',
        meetingId: `hm${k}`,
        held: k % 7 !== 3,
        attendance,
        notes: `Notes of meeting ${k}`,
      },
      startsAt,
    )
    .send('mentor', {
      type: 'add-action-item',
      itemId: `ha${k}`,
      title: `Task ${k}`,
      assignee: 'mentee',
      meetingId: `hm${k}`,
    })
    .send('mentee', { type: 'complete-action-item', itemId: `ha${k}` })
    .send('mentee', { type: 'request-feedback', requestId: `hfr${k}`, topic: `Question ${k}` })
    .send('mentor', {
      type: 'give-feedback',
      feedbackId: `hf${k}`,
      kind: 'advice',
      text: `Feedback ${k} — with ümlauts and "quotes"`,
      visibility: k % 4 === 0 ? 'private' : 'shared',
      requestId: `hfr${k}`,
    })
    .send('mentee', {
      type: 'add-plan-step',
      goalId,
      step: { id: `hs${k}`, title: `Step ${k}` },
    })
    .send('mentee', { type: 'complete-plan-step', goalId, stepId: `hs${k}` })
    .send('mentee', {
      type: 'post-progress-update',
      updateId: `hp${k}`,
      text: `Progress ${k}`,
      goalIds: [goalId],
    });
  // An evaluation every 25 rounds keeps every list under the schema's limits
  // (100 evaluations, 200 plan steps a goal) up to 50,000 events.
  if (k % 25 === 24) {
    story
      .send('mentor', { type: 'pause', reason: `Break ${k}` })
      .send('mentee', { type: 'resume' })
      .send('mentee', { type: 'begin-evaluation' })
      .send('mentee', {
        type: 'record-evaluation',
        evaluation: {
          id: `hev${k}`,
          goals: [{ id: goalId, achievement: 'partly' }],
          growthNotes: `Cycle ${k}`,
          nextStep: 'continue',
        },
      })
      .send('mentor', {
        type: 'continue',
        goals: [{ id: `hg-${k}`, title: `Goal of round ${k}` }],
      });
    return `hg-${k}`;
  }
  return goalId;
}

/** The first `count` events of the long story (`count` ≥ 1). */
export function longHistory(count: number): RelationshipEvent[] {
  return longRelationship(count).history.slice(0, count);
}

/** A relationship with at least `count` events in its history. */
export function longRelationship(count: number): Relationship {
  const story = storyTo('cultivating');
  let goalId = 'g1';
  for (let k = 0; story.relationship.history.length < count; k++) goalId = round(story, k, goalId);
  return story.relationship;
}
