// fast-check arbitraries of valid documents, shared by the property tests.
import fc from 'fast-check';

export const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
// Labels are single lines: no control characters and no Unicode line or
// paragraph separators (which 'grapheme' strings may contain).
export const labelArb = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .filter((text) => text.trim().length > 0 && !/[\p{Cc}\u2028\u2029]/u.test(text));
// Texts are multi-line: line breaks (\n, \r\n) and tabs, no other control characters.
export const textArb = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\t') },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, 200))
  .filter((text) => !/\r(?!\n)|(?![\t\n\r])\p{Cc}/u.test(text) && !/[\uD800-\uDBFF]$/.test(text));

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

// ── added for the persistence contract (round trip, nulls, jsonb) ───────────

/** Strings of arbitrary UTF-16 code units: NUL, control characters and lone surrogates included. */
export const codeUnitStringArb = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0, 9, 10, 13, 0x7f, 0x85, 0x2028, 0xd83d, 0xde00, 0xfffd),
    ),
    { maxLength: 12 },
  )
  .map((codes) => String.fromCharCode(...codes));

/**
 * Whether Postgres would take this JSON text into a `jsonb` column: it refuses
 * a NUL (`\u0000`) and an unpaired surrogate escape in strings.
 */
export function jsonbAccepts(json: string): boolean {
  if (json.includes('\u0000') || /\\u0000/i.test(json)) return false;
  // JSON.stringify escapes lone surrogates as \udXXX and keeps pairs as characters.
  if (/\\ud[89a-f][0-9a-f]{2}/i.test(json)) return false;
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(json);
}

/** A copy of a JSON value with the keys of every object in another order (seeded). */
export function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => shuffleKeys(item, seed + index + 1));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  let state = seed >>> 0 || 1;
  for (let i = entries.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(
    entries.map(([key, item], index) => [key, shuffleKeys(item, seed * 31 + index)]),
  );
}

/** Every path to an object key in a JSON value (keys of objects inside arrays included). */
export function objectKeyPaths(
  value: unknown,
  prefix: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => objectKeyPaths(item, [...prefix, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    [...prefix, key],
    ...objectKeyPaths(item, [...prefix, key]),
  ]);
}

/** A deep copy of a JSON value with the key at `path` set to `value`, or removed when `value` is `undefined`. */
export function withKeyAt(
  document: unknown,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1))
    parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

const richGoalArb = fc.record(
  {
    id: idArb,
    title: labelArb,
    description: textArb,
    status: fc.constantFrom('active', 'achieved', 'dropped'),
    cycle: fc.integer({ min: 1, max: 5 }),
    setAt: timestampArb,
    revisedAt: timestampArb,
    targetDate: timestampArb,
    plan: fc.uniqueArray(
      fc.record(
        {
          id: idArb,
          title: labelArb,
          status: fc.constantFrom('open', 'done', 'dropped'),
          addedAt: timestampArb,
          dueAt: timestampArb,
          completedAt: timestampArb,
          droppedAt: timestampArb,
          dropReason: labelArb,
        },
        { requiredKeys: ['id', 'title', 'status', 'addedAt'] },
      ),
      { maxLength: 3, selector: (step) => step.id },
    ),
  },
  { requiredKeys: ['id', 'title', 'status', 'cycle', 'setAt', 'plan'] },
);

/** A programme with every field, optional ones sometimes left out. */
export const richProgramArb = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: idArb,
    name: labelArb,
    description: textArb,
    timeZone: timeZoneArb,
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
        agendaLeadTimeHours: fc.integer({ min: 0, max: 720 }),
        cancellationNoticeHours: fc.integer({ min: 0, max: 720 }),
        punctualityGraceMinutes: fc.integer({ min: 0, max: 120 }),
        minMentorExperienceYears: fc.double({ min: 0, max: 80, noNaN: true }),
        referenceWeek: fc.constantFrom('2026-01-05', '2025-03-03', '2000-02-28'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['schemaVersion', 'id', 'name'] },
);

/** A relationship with every part filled in or left out: pause, agreement, feedback, evaluations, …. */
export const richRelationshipArb = fc
  .tuple(
    relationshipArb,
    fc.record(
      {
        startedAt: timestampArb,
        pause: fc.record(
          {
            since: timestampArb,
            reason: labelArb,
            until: timestampArb,
            resumeTo: fc.constantFrom('preparing', 'initiating', 'cultivating', 'evaluating'),
          },
          { requiredKeys: ['since', 'reason', 'resumeTo'] },
        ),
        closedAt: timestampArb,
        closeReason: labelArb,
        agreement: fc.record(
          {
            expectations: fc.array(labelArb, { maxLength: 2 }),
            groundRules: fc.array(labelArb, { maxLength: 2 }),
            goalIds: fc.uniqueArray(idArb, { maxLength: 2 }),
            cadenceDays: fc.integer({ min: 1, max: 365 }),
            channels: fc.uniqueArray(channelArb, { minLength: 1, maxLength: 3 }),
            confidentiality: fc.boolean(),
            recordedAt: timestampArb,
            recordedBy: roleArb,
            acceptedBy: fc.record(
              { mentor: timestampArb, mentee: timestampArb },
              { requiredKeys: [] },
            ),
          },
          {
            requiredKeys: [
              'expectations',
              'groundRules',
              'goalIds',
              'cadenceDays',
              'channels',
              'confidentiality',
              'recordedAt',
              'recordedBy',
              'acceptedBy',
            ],
          },
        ),
      },
      { requiredKeys: [] },
    ),
    fc.record({
      goals: fc.uniqueArray(richGoalArb, { maxLength: 3, selector: (goal) => goal.id }),
      feedbackRequests: fc.uniqueArray(
        fc.record(
          { id: idArb, requestedBy: roleArb, requestedAt: timestampArb, topic: labelArb },
          { requiredKeys: ['id', 'requestedBy', 'requestedAt'] },
        ),
        { maxLength: 2, selector: (request) => request.id },
      ),
      feedback: fc.uniqueArray(
        fc.record(
          {
            id: idArb,
            from: roleArb,
            to: roleArb,
            kind: fc.constantFrom('advice', 'challenge', 'praise', 'concern', 'general'),
            text: labelArb,
            visibility: fc.constantFrom('shared', 'private'),
            givenAt: timestampArb,
            requestId: idArb,
          },
          { requiredKeys: ['id', 'from', 'to', 'kind', 'text', 'visibility', 'givenAt'] },
        ),
        { maxLength: 2, selector: (item) => item.id },
      ),
      progressUpdates: fc.uniqueArray(
        fc.record({
          id: idArb,
          postedBy: roleArb,
          postedAt: timestampArb,
          text: labelArb,
          goalIds: fc.uniqueArray(idArb, { maxLength: 2 }),
        }),
        { maxLength: 2, selector: (update) => update.id },
      ),
      selfInventories: fc.array(
        fc.record({
          side: roleArb,
          recordedAt: timestampArb,
          strengths: fc.array(labelArb, { maxLength: 2 }),
          developmentNeeds: fc.array(labelArb, { maxLength: 2 }),
          characteristics: fc.array(labelArb, { maxLength: 2 }),
          wants: fc.array(labelArb, { maxLength: 2 }),
          offers: fc.array(labelArb, { maxLength: 2 }),
        }),
        { maxLength: 2 },
      ),
      evaluations: fc.uniqueArray(
        fc.record({
          id: idArb,
          cycle: fc.integer({ min: 1, max: 5 }),
          recordedAt: timestampArb,
          recordedBy: roleArb,
          goals: fc.uniqueArray(
            fc.record(
              {
                id: idArb,
                achievement: fc.constantFrom('achieved', 'partly', 'not-achieved'),
                note: textArb,
              },
              { requiredKeys: ['id', 'achievement'] },
            ),
            { maxLength: 2, selector: (goal) => goal.id },
          ),
          growthNotes: textArb,
          nextStep: fc.constantFrom('continue', 'close'),
        }),
        { maxLength: 2, selector: (evaluation) => evaluation.id },
      ),
      attestations: fc.array(
        fc.record(
          { itemId: idArb, by: roleArb, at: timestampArb, note: textArb },
          { requiredKeys: ['itemId', 'by', 'at'] },
        ),
        { maxLength: 2 },
      ),
    }),
  )
  .map(([base, optional, parts]) => ({ ...base, ...optional, ...parts }));
