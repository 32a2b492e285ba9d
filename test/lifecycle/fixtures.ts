// Builders for lifecycle tests: actors, events with generated ids and times,
// and relationships brought into every stage through real events.
import { applyEvent, proposeMatch } from '../../src/lifecycle';
import {
  type Actor,
  type ActorRole,
  formatError,
  type Program,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventType,
  type RelationshipStage,
} from '../../src/model';

export const ids = {
  program: 'program-1',
  relationship: 'rel-1',
  mentor: 'mentor-1',
  mentee: 'mentee-1',
  admin: 'admin-1',
  system: 'scheduler',
} as const;

export const program: Program = {
  schemaVersion: 1,
  id: ids.program,
  name: 'Career starters',
  topics: [],
  settings: {
    defaultMentorCapacity: 2,
    maxMentorsPerMentee: 1,
    proposalTtlDays: 14,
    meetingCadenceDays: 14,
    agendaLeadTimeHours: 24,
    cancellationNoticeHours: 24,
    punctualityGraceMinutes: 5,
    minMentorExperienceYears: 1,
    referenceWeek: '2026-01-05',
    onboardingRequirements: ['training', 'rules-agreed', 'profile-complete'],
    waitlistPriorities: [],
  },
};

export const actors: Readonly<Record<ActorRole, Actor>> = {
  mentor: { role: 'mentor', id: ids.mentor },
  mentee: { role: 'mentee', id: ids.mentee },
  admin: { role: 'admin', id: ids.admin },
  system: { role: 'system', id: ids.system },
};

export const roles: readonly ActorRole[] = ['mentor', 'mentee', 'admin', 'system'];

/** Fixed points in time of the standard story (all in +01:00). */
export const times = {
  proposed: '2026-03-01T09:00:00+01:00',
  expiresAt: '2026-04-01T09:00:00+01:00',
  firstMeeting: '2026-03-03T18:00:00+01:00',
  pastMeeting: '2026-03-04T18:00:00+01:00',
  futureMeeting: '2027-01-12T18:00:00+01:00',
  /** After every event of the story and before the proposal's expiry. */
  now: '2026-03-20T10:00:00+01:00',
  afterExpiry: '2026-04-02T10:00:00+01:00',
} as const;

export type EventInput = { type: RelationshipEventType; [field: string]: unknown };

let counter = 0;

/** A complete event: `id` and `at` are generated unless given. */
export function makeEvent(
  input: EventInput,
  actor: Actor,
  at: string,
  id = `e-${++counter}`,
): RelationshipEvent {
  return { id, at, actor, ...input } as RelationshipEvent;
}

const attendance = {
  mentor: { present: true, minutesLate: 0 },
  mentee: { present: true, minutesLate: 2, prepared: true },
};

/** A payload for every event type that is valid against the story's fixtures. */
export function payloadFor(type: RelationshipEventType, n: number): EventInput {
  switch (type) {
    case 'propose':
      return {
        type,
        schemaVersion: 1,
        relationshipId: `rel-${n}`,
        programId: ids.program,
        mentorId: ids.mentor,
        menteeId: ids.mentee,
        expiresAt: times.expiresAt,
      };
    case 'decline':
      return { type, reason: 'Not the right time' };
    case 'withdraw':
      return { type, reason: 'Programme reshuffled' };
    case 'invalidate':
      return { type, reason: 'Mentee matched elsewhere' };
    case 'continue':
      return {
        type,
        goals: [{ id: `g-${n}`, title: 'Next goal', plan: [{ id: 's1', title: 'Start' }] }],
      };
    case 'pause':
      return { type, reason: 'Parental leave' };
    case 'end-early':
      return { type, reason: 'Moved abroad' };
    case 'record-self-inventory':
      return {
        type,
        inventory: {
          strengths: ['Curious'],
          developmentNeeds: ['Interviewing'],
          characteristics: ['Structured'],
          wants: ['CV feedback'],
          offers: ['Fresh view'],
        },
      };
    case 'set-goal':
      return {
        type,
        goal: { id: `g-${n}`, title: 'Another goal', plan: [{ id: 's1', title: 'Step' }] },
      };
    case 'add-plan-step':
      return { type, goalId: 'g1', step: { id: `s-${n}`, title: 'Extra step' } };
    case 'complete-plan-step':
    case 'drop-plan-step':
      return { type, goalId: 'g1', stepId: 's1' };
    case 'schedule-meeting':
      return { type, meetingId: `m-${n}`, startsAt: times.futureMeeting, durationMinutes: 45 };
    case 'reschedule-meeting':
      return { type, meetingId: 'm-future', startsAt: '2027-01-19T18:00:00+01:00' };
    case 'cancel-meeting':
      return { type, meetingId: 'm-future', reason: 'Ill' };
    case 'record-meeting':
      return { type, meetingId: 'm-past', held: true, attendance };
    case 'send-agenda':
      return { type, meetingId: 'm-future', agenda: { items: ['CV review'] } };
    case 'add-action-item':
      return { type, itemId: `a-${n}`, title: 'Update CV', assignee: 'mentee' };
    case 'complete-action-item':
    case 'drop-action-item':
      return { type, itemId: 'a1' };
    case 'request-feedback':
      return { type, requestId: `fr-${n}`, topic: 'Mock interview' };
    case 'give-feedback':
      return {
        type,
        feedbackId: `f-${n}`,
        kind: 'advice',
        text: 'Lead with impact.',
        visibility: 'shared',
      };
    case 'acknowledge-feedback':
      return { type, feedbackId: 'f-ack', note: 'I will lead with impact.' };
    case 'post-progress-update':
      return { type, updateId: `p-${n}`, text: 'Sent two applications.', goalIds: ['g1'] };
    case 'record-agreement':
      return {
        type,
        agreement: {
          expectations: ['Mentee drives the agenda'],
          groundRules: ['Cancel 24 h ahead'],
          goalIds: ['g1'],
          cadenceDays: 14,
          channels: ['video'],
          confidentiality: true,
        },
      };
    case 'record-evaluation':
      return {
        type,
        evaluation: {
          id: `ev-${n}`,
          goals: [{ id: 'g1', achievement: 'partly' }],
          growthNotes: 'More confident.',
          nextStep: 'continue',
        },
      };
    case 'attest-checklist-item':
      return { type, itemId: 'mentor.keep-confidentiality' };
    default:
      return { type };
  }
}

/** Applies events one after another and fails loudly, so fixtures cannot silently break. */
export class Story {
  relationship: Relationship;

  constructor(relationship: Relationship = proposeStory()) {
    this.relationship = relationship;
  }

  /** The next time of the story: one minute after the last event, or `at` if later. */
  time(at?: string): string {
    const last = this.relationship.history[this.relationship.history.length - 1];
    const base = Date.parse(last?.at ?? times.proposed);
    const wanted = at === undefined ? base + 60_000 : Date.parse(at);
    return new Date(Math.max(wanted, base)).toISOString();
  }

  send(role: ActorRole, input: EventInput, at?: string): this {
    const result = applyEvent(this.relationship, makeEvent(input, actors[role], this.time(at)));
    if (!result.ok) throw new Error(`${input.type} by ${role}: ${formatError(result.error)}`);
    this.relationship = result.value;
    return this;
  }
}

export function proposeStory(): Relationship {
  return proposeMatch({
    relationshipId: ids.relationship,
    program,
    mentorId: ids.mentor,
    menteeId: ids.mentee,
    now: times.proposed,
    proposedBy: actors.admin,
    expiresAt: times.expiresAt,
    eventId: 'e-propose',
  });
}

const goal = {
  id: 'g1',
  title: 'Get my first job in the ecosystem',
  plan: [
    { id: 's1', title: 'Work out which role I want' },
    { id: 's2', title: 'Rewrite my CV' },
  ],
};

/** The standard story up to (and including) reaching `stage`. */
export function storyTo(stage: RelationshipStage): Story {
  const story = new Story();
  if (stage === 'proposed') return story;
  if (stage === 'declined') return story.send('mentee', payloadFor('decline', 0));
  if (stage === 'withdrawn') return story.send('admin', payloadFor('withdraw', 0));
  if (stage === 'invalidated') return story.send('system', payloadFor('invalidate', 0));
  if (stage === 'expired') return story.send('system', { type: 'expire' }, times.expiresAt);
  story.send('mentor', { type: 'accept' }).send('mentee', { type: 'accept' });
  if (stage === 'preparing') return withMeetings(story);
  withMeetings(story)
    .send('mentee', payloadFor('record-self-inventory', 0))
    .send('mentor', payloadFor('record-self-inventory', 0))
    .send('mentee', { type: 'begin-initiation' })
    .send('mentee', {
      type: 'add-action-item',
      itemId: 'a1',
      title: 'Draft CV',
      assignee: 'mentee',
    })
    .send('mentee', { type: 'request-feedback', requestId: 'fr1' })
    .send('mentee', payloadFor('record-agreement', 0), times.firstMeeting)
    .send('mentor', { type: 'accept-agreement' })
    .send('mentor', { type: 'record-meeting', meetingId: 'm-first', held: true, attendance });
  if (stage === 'initiating') return story;
  story.send('mentee', { type: 'begin-cultivation' });
  if (stage === 'cultivating') return story;
  if (stage === 'paused') return story.send('mentor', payloadFor('pause', 0));
  story
    .send('mentee', { type: 'begin-evaluation' })
    .send('mentee', payloadFor('record-evaluation', 0));
  if (stage === 'evaluating') return story;
  if (stage === 'completed') return story.send('mentor', { type: 'complete' });
  if (stage === 'ended') return story.send('mentee', payloadFor('end-early', 0));
  throw new Error(`no story to ${stage}`);
}

function withMeetings(story: Story): Story {
  return story
    .send('mentee', { type: 'set-goal', goal })
    .send('mentee', {
      type: 'schedule-meeting',
      meetingId: 'm-first',
      startsAt: times.firstMeeting,
      durationMinutes: 60,
      channel: 'video',
    })
    .send('mentor', {
      type: 'schedule-meeting',
      meetingId: 'm-past',
      startsAt: times.pastMeeting,
      durationMinutes: 45,
    })
    .send('mentee', {
      type: 'schedule-meeting',
      meetingId: 'm-future',
      startsAt: times.futureMeeting,
      durationMinutes: 45,
    });
}

/** Whether `value` and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const child of Object.values(value)) if (!isDeepFrozen(child)) return false;
  return true;
}

/** Freezes a test input deeply so any mutation by the library throws. */
export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}
