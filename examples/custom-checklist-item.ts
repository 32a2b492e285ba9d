// A programme adds its own checklist items: one declared as data (validated,
// e.g. from the programme's configuration) and one written in code.

import {
  type Actor,
  applyEvent,
  defineChecklistItem,
  evaluateChecklist,
  formatError,
  parseCustomChecklistItems,
  proposeMatch,
  type Relationship,
  type RelationshipEventInput,
} from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';

// 1. Declared as data: "meet at least twice in every 30 days".
const configured = parseCustomChecklistItems([
  {
    id: 'acme.two-meetings-a-month',
    rule: 'meetings-per-period',
    minMeetings: 2,
    periodDays: 30,
    responsible: 'both',
    label: { en: 'Meet at least twice a month', de: 'Mindestens zweimal im Monat treffen' },
  },
]);
if (!configured.ok) throw new Error(formatError(configured.error, 'en'));

// 2. Written in code: the mentor reviewed the CV (a meeting note mentions it).
const cvReviewed = defineChecklistItem({
  id: 'acme.cv-reviewed',
  label: { en: 'CV reviewed in a meeting', de: 'Lebenslauf in einem Termin besprochen' },
  responsible: 'mentor',
  stages: ['cultivating'],
  frequency: 'once',
  evaluate: ({ relationship }) => {
    const meeting = relationship.meetings.find(
      (m) => m.status === 'held' && /\bCV\b/i.test(m.notes ?? ''),
    );
    return meeting === undefined
      ? { status: 'open' }
      : { status: 'done', evidence: [{ kind: 'meeting', id: meeting.id }] };
  },
});

// A relationship in cultivation with two meetings, the second one about the CV.
const mentor: Actor = { role: 'mentor', id: 'mentor-ada' };
const mentee: Actor = { role: 'mentee', id: 'mentee-sam' };
let relationship: Relationship = proposeMatch({
  relationshipId: 'rel-1',
  program: { id: 'acme' },
  mentorId: mentor.id,
  menteeId: mentee.id,
  now: '2026-03-01T09:00:00Z',
  proposedBy: { role: 'admin', id: 'coordinator' },
});
const attendance = { mentor: { present: true }, mentee: { present: true } };
const events: RelationshipEventInput[] = [
  { id: 'e1', type: 'accept', at: '2026-03-01T10:00:00Z', actor: mentor },
  { id: 'e2', type: 'accept', at: '2026-03-01T11:00:00Z', actor: mentee },
  {
    id: 'e3',
    type: 'set-goal',
    at: '2026-03-02T10:00:00Z',
    actor: mentee,
    goal: { id: 'g1', title: 'First job', plan: [{ id: 's1', title: 'Pick a role' }] },
  },
  {
    id: 'e4',
    type: 'schedule-meeting',
    at: '2026-03-02T10:05:00Z',
    actor: mentee,
    meetingId: 'm1',
    startsAt: '2026-03-05T17:00:00Z',
    durationMinutes: 45,
  },
  { id: 'e5', type: 'begin-initiation', at: '2026-03-02T11:00:00Z', actor: mentee },
  {
    id: 'e6',
    type: 'record-meeting',
    at: '2026-03-05T18:00:00Z',
    actor: mentee,
    meetingId: 'm1',
    held: true,
    attendance,
  },
  {
    id: 'e7',
    type: 'record-agreement',
    at: '2026-03-05T18:05:00Z',
    actor: mentee,
    agreement: {
      expectations: [],
      groundRules: [],
      goalIds: ['g1'],
      cadenceDays: 14,
      channels: ['video'],
      confidentiality: true,
    },
  },
  { id: 'e8', type: 'accept-agreement', at: '2026-03-05T18:10:00Z', actor: mentor },
  { id: 'e9', type: 'begin-cultivation', at: '2026-03-06T09:00:00Z', actor: mentee },
  {
    id: 'e10',
    type: 'schedule-meeting',
    at: '2026-03-06T09:05:00Z',
    actor: mentee,
    meetingId: 'm2',
    startsAt: '2026-03-19T17:00:00Z',
    durationMinutes: 45,
  },
  {
    id: 'e11',
    type: 'record-meeting',
    at: '2026-03-19T18:00:00Z',
    actor: mentor,
    meetingId: 'm2',
    held: true,
    attendance,
    notes: 'Went through the CV line by line.',
  },
];
function apply(upTo: string): void {
  for (const event of events.filter(
    (e) => e.at <= upTo && !relationship.history.some((h) => h.id === e.id),
  )) {
    const result = applyEvent(relationship, event);
    if (!result.ok) throw new Error(`${event.id}: ${formatError(result.error, 'en')}`);
    relationship = result.value;
  }
}

// Judge at three moments, each time with what had happened by then.
for (const now of ['2026-03-10T12:00:00Z', '2026-03-20T12:00:00Z', '2026-04-10T12:00:00Z']) {
  apply(now);
  const report = evaluateChecklist(relationship, {
    role: 'mentor',
    now,
    locale: de,
    items: [...configured.value, cvReviewed],
  });
  console.log(`\n${now}`);
  for (const item of report.items.filter((i) => i.id.startsWith('acme.'))) {
    const evidence = item.evidence.map((e) => `${e.kind}:${e.id}`).join(', ');
    console.log(`  ${item.label}: ${item.status}${evidence ? ` (${evidence})` : ''}`);
  }
}
