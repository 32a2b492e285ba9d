// How often a meeting has changed, read from the relationship's history, so
// that exporting the same relationship twice writes the same SEQUENCE.
import { epochOf } from '../_internal/epoch-time';
import type { Meeting, Relationship } from '../model';

/** The revision of one meeting: its SEQUENCE and when it last changed. */
export interface MeetingRevision {
  /** Reschedules and the cancellation: 0 for a meeting as first scheduled. */
  readonly sequence: number;
  /** When the meeting last changed (its scheduling, a reschedule or the cancellation). */
  readonly changedAt: string;
}

/**
 * The revision of every meeting of a relationship, by meeting id. The history
 * counts each reschedule and the cancellation; a meeting whose history is
 * missing (a document trimmed by its app) falls back on what the meeting
 * itself keeps: its earlier start times and whether it was cancelled.
 */
export function meetingRevisions(relationship: Relationship): Map<string, MeetingRevision> {
  const counted = new Map<string, { count: number; last: string }>();
  for (const event of relationship.history) {
    if (event.type !== 'reschedule-meeting' && event.type !== 'cancel-meeting') continue;
    const id = event.meetingId;
    const seen = counted.get(id);
    if (seen === undefined) counted.set(id, { count: 1, last: event.at });
    else {
      seen.count++;
      if (epochOf(event.at) >= epochOf(seen.last)) seen.last = event.at;
    }
  }
  const revisions = new Map<string, MeetingRevision>();
  for (const meeting of relationship.meetings) {
    revisions.set(meeting.id, revisionOf(meeting, counted.get(meeting.id)));
  }
  return revisions;
}

function revisionOf(
  meeting: Meeting,
  fromHistory: { readonly count: number; readonly last: string } | undefined,
): MeetingRevision {
  const ownCount = meeting.previousStartTimes.length + (meeting.status === 'cancelled' ? 1 : 0);
  const sequence = Math.max(ownCount, fromHistory?.count ?? 0);
  let changedAt = fromHistory?.last ?? meeting.scheduledAt;
  if (meeting.cancelledAt !== undefined && epochOf(meeting.cancelledAt) > epochOf(changedAt)) {
    changedAt = meeting.cancelledAt;
  }
  return { sequence, changedAt };
}
