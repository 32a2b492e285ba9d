// Valid documents used across the model tests. Each test derives broken
// variants from these, so an error's path and code are the only change.
export const mentor = {
  schemaVersion: 1,
  id: 'mentor-ada',
  name: 'Ada Weber',
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  availability: [
    { day: 'tue', start: '18:00', end: '20:00' },
    { day: 'sat', start: '10:00', end: '24:00' },
  ],
  channels: ['video', 'chat'],
  yearsExperience: 8,
  organization: 'Nordlicht Consulting',
  expertise: ['cv-and-interviews', 'first-job'],
  role: 'developer',
  capacity: 2,
  preferredMenteeIds: ['mentee-sam'],
};

export const mentee = {
  schemaVersion: 1,
  id: 'mentee-sam',
  name: 'Sam Okafor',
  languages: ['en'],
  timeZone: 'Africa/Lagos',
  channels: ['video'],
  yearsExperience: 0,
  interests: ['first-job'],
  targetRole: 'developer',
  preferredMentorIds: ['mentor-ada', 'mentor-jonas'],
  excludedMentorIds: ['mentor-oliver'],
};

export const program = {
  schemaVersion: 1,
  id: 'career-starters',
  name: 'Career starters',
  topics: [{ id: 'first-job', label: { en: 'First job', de: 'Erster Job' } }],
  settings: { meetingCadenceDays: 21 },
};

const admin = { role: 'admin', id: 'coordinator-1' } as const;
const mentorActor = { role: 'mentor', id: 'mentor-ada' } as const;
const menteeActor = { role: 'mentee', id: 'mentee-sam' } as const;

export const proposeEvent = {
  id: 'ev-1',
  type: 'propose',
  at: '2026-03-01T09:00:00+01:00',
  actor: admin,
  schemaVersion: 1,
  relationshipId: 'rel-1',
  programId: 'career-starters',
  mentorId: 'mentor-ada',
  menteeId: 'mentee-sam',
  expiresAt: '2026-03-15T09:00:00+01:00',
};

export const relationship = {
  schemaVersion: 1,
  id: 'rel-1',
  programId: 'career-starters',
  mentorId: 'mentor-ada',
  menteeId: 'mentee-sam',
  stage: 'initiating',
  cycle: 1,
  proposal: {
    proposedAt: '2026-03-01T09:00:00+01:00',
    proposedBy: admin,
    expiresAt: '2026-03-15T09:00:00+01:00',
    acceptedBy: { mentor: '2026-03-02T08:00:00+01:00', mentee: '2026-03-02T09:00:00+01:00' },
  },
  startedAt: '2026-03-02T09:00:00+01:00',
  goals: [
    {
      id: 'g-1',
      title: 'Get my first job in the ecosystem',
      status: 'active',
      cycle: 1,
      setAt: '2026-03-03T10:00:00+01:00',
      plan: [
        {
          id: 's-1',
          title: 'Work out which role I want',
          status: 'open',
          addedAt: '2026-03-03T10:00:00+01:00',
        },
      ],
    },
  ],
  meetings: [
    {
      id: 'mt-1',
      startsAt: '2026-03-10T18:00:00+01:00',
      durationMinutes: 45,
      channel: 'video',
      status: 'scheduled',
      scheduledAt: '2026-03-03T10:05:00+01:00',
      scheduledBy: 'mentee',
      previousStartTimes: [],
      agenda: {
        items: ['Expectations', 'Ground rules'],
        sentAt: '2026-03-08T12:00:00+01:00',
        sentBy: 'mentee',
      },
    },
  ],
  actionItems: [],
  feedbackRequests: [],
  feedback: [],
  progressUpdates: [],
  selfInventories: [
    {
      side: 'mentee',
      recordedAt: '2026-03-02T20:00:00+01:00',
      strengths: ['Curious'],
      developmentNeeds: ['Interviewing'],
      characteristics: ['Structured'],
      wants: ['Feedback on my CV'],
      offers: ['A fresh view'],
    },
  ],
  evaluations: [],
  attestations: [],
  history: [
    proposeEvent,
    { id: 'ev-2', type: 'accept', at: '2026-03-02T08:00:00+01:00', actor: mentorActor },
    { id: 'ev-3', type: 'accept', at: '2026-03-02T09:00:00+01:00', actor: menteeActor },
  ],
};

/** A deep copy, so a test can break one field without touching the fixture. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
