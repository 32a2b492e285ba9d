// Test-only documents for the programme's calendar functions: a relationship
// whose meetings were scheduled, moved and cancelled through its history.

import { defineLocalePack, type LocalePack } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de/index';
import { programMessagesDe } from '../../src/i18n/locales/de/program';
import { es } from '../../src/i18n/locales/es/index';
import { programMessagesEs } from '../../src/i18n/locales/es/program';
import { fr } from '../../src/i18n/locales/fr/index';
import { programMessagesFr } from '../../src/i18n/locales/fr/program';
import { type Meeting, parseRelationship, type Relationship } from '../../src/model';

// The packs with this module's texts, whether or not the lead has wired them in yet.
function withProgram(pack: LocalePack, texts: Record<string, string>): LocalePack {
  return defineLocalePack({ ...pack, messages: { ...pack.messages, ...texts } });
}
export const dePack = withProgram(de, programMessagesDe);
export const frPack = withProgram(fr, programMessagesFr);
export const esPack = withProgram(es, programMessagesEs);

const mentor = { role: 'mentor', id: 'mentor-ada' } as const;
const mentee = { role: 'mentee', id: 'mentee-sam' } as const;

type Event = Record<string, unknown> & { id: string; type: string; at: string };

/** A relationship in `cultivating` with the given meetings and history (validated). */
export function relationshipWith(
  meetings: readonly Meeting[],
  history: readonly Event[],
  id = 'rel-1',
): Relationship {
  const parsed = parseRelationship({
    schemaVersion: 1,
    id,
    programId: 'career-starters',
    mentorId: 'mentor-ada',
    menteeId: 'mentee-sam',
    stage: 'cultivating',
    cycle: 1,
    proposal: {
      proposedAt: '2026-02-01T09:00:00+01:00',
      proposedBy: { role: 'admin', id: 'coordinator' },
      expiresAt: '2026-02-15T09:00:00+01:00',
      acceptedBy: { mentor: '2026-02-02T09:00:00+01:00', mentee: '2026-02-02T10:00:00+01:00' },
    },
    startedAt: '2026-02-02T10:00:00+01:00',
    goals: [],
    meetings,
    actionItems: [],
    feedbackRequests: [],
    feedback: [],
    progressUpdates: [],
    selfInventories: [],
    evaluations: [],
    attestations: [],
    history,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.value;
}

/**
 * Three meetings around the European spring DST change (2026-03-29):
 * m1 on 10 March 18:00 CET; m2 first set for 24 March, moved twice to
 * 31 March 18:00 CEST; m3 set for 14 April and cancelled.
 */
export function sampleRelationship(): Relationship {
  const meetings: Meeting[] = [
    {
      id: 'm1',
      startsAt: '2026-03-10T18:00:00+01:00',
      durationMinutes: 45,
      channel: 'video',
      status: 'held',
      scheduledAt: '2026-03-01T10:00:00+01:00',
      scheduledBy: 'mentee',
      previousStartTimes: [],
      agenda: {
        items: ['CV review', 'Interview practice; mock questions'],
        sentAt: '2026-03-08T10:00:00+01:00',
        sentBy: 'mentee',
      },
    },
    {
      id: 'm2',
      startsAt: '2026-03-31T18:00:00+02:00',
      durationMinutes: 60,
      location: 'Café Einstein, Unter den Linden 42, Berlin',
      status: 'scheduled',
      scheduledAt: '2026-03-11T09:00:00+01:00',
      scheduledBy: 'mentee',
      previousStartTimes: ['2026-03-24T18:00:00+01:00', '2026-03-26T18:00:00+01:00'],
    },
    {
      id: 'm3',
      startsAt: '2026-04-14T18:00:00+02:00',
      durationMinutes: 60,
      status: 'cancelled',
      scheduledAt: '2026-04-01T09:00:00+02:00',
      scheduledBy: 'mentor',
      previousStartTimes: [],
      cancelledAt: '2026-04-10T08:00:00+02:00',
      cancelledBy: 'mentor',
      cancelReason: 'Travelling for work',
    },
  ];
  const history: Event[] = [
    {
      id: 'e1',
      type: 'schedule-meeting',
      at: '2026-03-01T10:00:00+01:00',
      actor: mentee,
      meetingId: 'm1',
      startsAt: '2026-03-10T18:00:00+01:00',
      durationMinutes: 45,
      channel: 'video',
    },
    {
      id: 'e2',
      type: 'schedule-meeting',
      at: '2026-03-11T09:00:00+01:00',
      actor: mentee,
      meetingId: 'm2',
      startsAt: '2026-03-24T18:00:00+01:00',
      durationMinutes: 60,
    },
    {
      id: 'e3',
      type: 'reschedule-meeting',
      at: '2026-03-20T09:00:00+01:00',
      actor: mentor,
      meetingId: 'm2',
      startsAt: '2026-03-26T18:00:00+01:00',
    },
    {
      id: 'e4',
      type: 'reschedule-meeting',
      at: '2026-03-25T09:00:00+01:00',
      actor: mentee,
      meetingId: 'm2',
      startsAt: '2026-03-31T18:00:00+02:00',
    },
    {
      id: 'e5',
      type: 'schedule-meeting',
      at: '2026-04-01T09:00:00+02:00',
      actor: mentor,
      meetingId: 'm3',
      startsAt: '2026-04-14T18:00:00+02:00',
      durationMinutes: 60,
    },
    {
      id: 'e6',
      type: 'cancel-meeting',
      at: '2026-04-10T08:00:00+02:00',
      actor: mentor,
      meetingId: 'm3',
      reason: 'Travelling for work',
    },
  ];
  return relationshipWith(meetings, history);
}
