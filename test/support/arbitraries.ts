// fast-check arbitraries of valid documents, shared by the property tests.
import fc from 'fast-check';

export const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
export const labelArb = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .filter((text) => text.trim().length > 0);
export const textArb = fc.string({ maxLength: 200, unit: 'grapheme' });

const offsetArb = fc.constantFrom('Z', '+00:00', '+01:00', '-05:00', '+05:30', '+14:00', '-12:00');
export const timestampArb = fc
  .tuple(
    fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2090-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    offsetArb,
    fc.boolean(),
  )
  .map(([date, offset, withMillis]) => {
    const iso = date.toISOString();
    return `${withMillis ? iso.slice(0, 23) : iso.slice(0, 19)}${offset}`;
  });

export const timeZoneArb = fc.constantFrom(
  'Europe/Berlin',
  'Europe/Vienna',
  'America/New_York',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Africa/Lagos',
  'UTC',
);
export const languageArb = fc.constantFrom('en', 'de', 'de-AT', 'pt-BR', 'hi', 'fr', 'zh-Hant-TW');
export const channelArb = fc.constantFrom('email', 'phone', 'video', 'chat', 'in-person');
const roleArb = fc.constantFrom('mentor', 'mentee');

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
export const slotArb = fc
  .tuple(
    fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'),
    fc.integer({ min: 0, max: 95 }),
    fc.integer({ min: 1, max: 96 }),
  )
  .map(([day, start, length]) => {
    const startMinutes = start * 15;
    const end = Math.min(1440, startMinutes + length * 15);
    return { day, start: hhmm(startMinutes), end: hhmm(end) };
  });

const personShape = {
  schemaVersion: fc.constant(1 as const),
  id: idArb,
  name: labelArb,
  languages: fc.uniqueArray(languageArb, { minLength: 1, maxLength: 3 }),
  timeZone: timeZoneArb,
  availability: fc.array(slotArb, { maxLength: 5 }),
  channels: fc.uniqueArray(channelArb, { minLength: 1, maxLength: 5 }),
  yearsExperience: fc.double({ min: 0, max: 80, noNaN: true }),
  organization: labelArb,
  bio: textArb,
};
const personOptional = ['availability', 'organization', 'bio'] as const;

export const mentorArb = fc.record(
  {
    ...personShape,
    expertise: fc.uniqueArray(idArb, { maxLength: 6 }),
    role: labelArb,
    capacity: fc.integer({ min: 0, max: 1000 }),
    preferredMenteeIds: fc.uniqueArray(idArb, { maxLength: 3 }),
  },
  {
    requiredKeys: Object.keys(personShape)
      .filter((k) => !personOptional.includes(k as never))
      .concat(['expertise', 'role', 'capacity']) as never,
  },
);

export const menteeArb = fc.record(
  {
    ...personShape,
    interests: fc.uniqueArray(idArb, { maxLength: 6 }),
    targetRole: labelArb,
    preferredMentorIds: fc.uniqueArray(idArb, { maxLength: 3 }),
    maxMentors: fc.integer({ min: 1, max: 20 }),
  },
  {
    requiredKeys: Object.keys(personShape)
      .filter((k) => !personOptional.includes(k as never))
      .concat(['interests']) as never,
  },
);

export const programArb = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: idArb,
  name: labelArb,
  topics: fc.uniqueArray(
    fc.record({ id: idArb, label: fc.record({ en: labelArb, de: labelArb }) }),
    {
      maxLength: 4,
      selector: (topic) => topic.id,
    },
  ),
  settings: fc.record(
    {
      defaultMentorCapacity: fc.integer({ min: 0, max: 1000 }),
      maxMentorsPerMentee: fc.integer({ min: 1, max: 20 }),
      proposalTtlDays: fc.integer({ min: 1, max: 365 }),
      meetingCadenceDays: fc.integer({ min: 1, max: 365 }),
      punctualityGraceMinutes: fc.integer({ min: 0, max: 120 }),
      minMentorExperienceYears: fc.double({ min: 0, max: 80, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
});

const actorArb = fc.record({
  role: fc.constantFrom('mentor', 'mentee', 'admin', 'system'),
  id: idArb,
});

export const eventArb = fc.oneof(
  fc.record({
    id: idArb,
    type: fc.constant('decline'),
    at: timestampArb,
    actor: actorArb,
    reason: labelArb,
  }),
  fc.record({ id: idArb, type: fc.constant('accept'), at: timestampArb, actor: actorArb }),
  fc.record({
    id: idArb,
    type: fc.constant('schedule-meeting'),
    at: timestampArb,
    actor: actorArb,
    meetingId: idArb,
    startsAt: timestampArb,
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
  }),
  fc.record({
    id: idArb,
    type: fc.constant('give-feedback'),
    at: timestampArb,
    actor: actorArb,
    feedbackId: idArb,
    kind: fc.constantFrom('advice', 'challenge', 'praise', 'concern', 'general'),
    text: labelArb,
    visibility: fc.constantFrom('shared', 'private'),
  }),
  fc.record({
    id: idArb,
    type: fc.constant('set-goal'),
    at: timestampArb,
    actor: actorArb,
    goal: fc.record({
      id: idArb,
      title: labelArb,
      plan: fc.uniqueArray(fc.record({ id: idArb, title: labelArb }), {
        maxLength: 3,
        selector: (s) => s.id,
      }),
    }),
  }),
);

const planStepArb = fc.record({
  id: idArb,
  title: labelArb,
  status: fc.constantFrom('open', 'done', 'dropped'),
  addedAt: timestampArb,
});
const goalArb = fc.record({
  id: idArb,
  title: labelArb,
  status: fc.constantFrom('active', 'achieved', 'dropped'),
  cycle: fc.integer({ min: 1, max: 5 }),
  setAt: timestampArb,
  plan: fc.uniqueArray(planStepArb, { maxLength: 3, selector: (step) => step.id }),
});
const meetingArb = fc.record(
  {
    id: idArb,
    startsAt: timestampArb,
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    status: fc.constantFrom('scheduled', 'held', 'missed', 'cancelled'),
    scheduledAt: timestampArb,
    scheduledBy: roleArb,
    previousStartTimes: fc.array(timestampArb, { maxLength: 2 }),
    agenda: fc.record({
      items: fc.array(labelArb, { minLength: 1, maxLength: 3 }),
      sentAt: timestampArb,
      sentBy: roleArb,
    }),
    attendance: fc.record({
      mentor: fc.record({ present: fc.boolean(), minutesLate: fc.integer({ min: 0, max: 60 }) }),
      mentee: fc.record({ present: fc.boolean(), minutesLate: fc.integer({ min: 0, max: 60 }) }),
    }),
    notes: textArb,
  },
  {
    requiredKeys: [
      'id',
      'startsAt',
      'durationMinutes',
      'status',
      'scheduledAt',
      'scheduledBy',
      'previousStartTimes',
    ],
  },
);
const actionItemArb = fc.record({
  id: idArb,
  title: labelArb,
  assignee: roleArb,
  status: fc.constantFrom('open', 'done', 'dropped'),
  createdAt: timestampArb,
  createdBy: roleArb,
});

export const relationshipArb = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: idArb,
  programId: idArb,
  mentorId: idArb.map((id) => `mentor-${id}`),
  menteeId: idArb.map((id) => `mentee-${id}`),
  stage: fc.constantFrom('proposed', 'preparing', 'cultivating', 'paused', 'completed'),
  cycle: fc.integer({ min: 1, max: 5 }),
  proposal: fc.record({
    proposedAt: timestampArb,
    proposedBy: actorArb,
    expiresAt: timestampArb,
    acceptedBy: fc.record({ mentor: timestampArb, mentee: timestampArb }, { requiredKeys: [] }),
  }),
  goals: fc.uniqueArray(goalArb, { maxLength: 3, selector: (goal) => goal.id }),
  meetings: fc.uniqueArray(meetingArb, { maxLength: 3, selector: (meeting) => meeting.id }),
  actionItems: fc.uniqueArray(actionItemArb, { maxLength: 3, selector: (item) => item.id }),
  feedbackRequests: fc.constant([]),
  feedback: fc.constant([]),
  progressUpdates: fc.constant([]),
  selfInventories: fc.constant([]),
  evaluations: fc.constant([]),
  attestations: fc.array(fc.record({ itemId: idArb, by: roleArb, at: timestampArb }), {
    maxLength: 2,
  }),
  history: fc.uniqueArray(eventArb, { maxLength: 20, selector: (event) => event.id }),
});
