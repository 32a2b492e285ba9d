// Facts about meetings and follow-ups that several evaluators and the health
// check share, so each rule (agenda lead time, follow-up deadline) lives once.
import type { ActionItem, ParticipantRole } from '../model';
import { type EvaluationContext, HOUR_MS, type TimedMeeting } from './checklist-context';
import { citing, type EvidenceRef, ref } from './judgement';

export function meetingRef(timed: TimedMeeting): EvidenceRef {
  // While only statuses are wanted, the meeting keeps no reference to cite later.
  return citing() ? timed.ref : ref('meeting', timed.meeting.id);
}

/** The first meeting still scheduled to start after `asOf`. */
export function nextScheduled(ctx: EvaluationContext, asOf: number): TimedMeeting | undefined {
  return ctx.meetings.find((timed) => timed.meeting.status === 'scheduled' && timed.start > asOf);
}

/** The latest meeting that was not cancelled and has started by `asOf`. */
export function lastPastMeeting(ctx: EvaluationContext, asOf: number): TimedMeeting | undefined {
  for (let i = ctx.meetings.length - 1; i >= 0; i--) {
    const timed = ctx.meetings[i];
    if (timed !== undefined && timed.start <= asOf && timed.meeting.status !== 'cancelled') {
      return timed;
    }
  }
  return undefined;
}

/** The latest meeting held by `asOf`. */
export function lastHeldMeeting(ctx: EvaluationContext, asOf: number): TimedMeeting | undefined {
  for (let i = ctx.meetings.length - 1; i >= 0; i--) {
    const timed = ctx.meetings[i];
    if (timed !== undefined && timed.start <= asOf && timed.meeting.status === 'held') return timed;
  }
  return undefined;
}

/** The deadline for a meeting's agenda: its start minus the programme's lead time. */
export function agendaDeadline(ctx: EvaluationContext, timed: TimedMeeting): number {
  return timed.start - ctx.settings.agendaLeadTimeHours * HOUR_MS;
}

/** An agenda counts only if it was sent at least the lead time before the meeting. */
export function agendaOnTime(ctx: EvaluationContext, timed: TimedMeeting): boolean {
  const sentAt = timed.agendaSentAt;
  return sentAt !== undefined && sentAt <= agendaDeadline(ctx, timed);
}

/**
 * When the activity clock last started: the last meeting held by `asOf`, the
 * start of the relationship (its proposal if it never started) or the last
 * resume, whichever is latest. The next meeting is due one cadence after it.
 */
export function activityReference(ctx: EvaluationContext, asOf: number): number {
  let reference = ctx.begunAt();
  const held = lastHeldMeeting(ctx, asOf)?.start;
  if (held !== undefined && held > reference) reference = held;
  if (ctx.lastResume !== undefined && ctx.lastResume > reference) reference = ctx.lastResume;
  return reference;
}

/** Whether a cancellation gave the programme's notice. */
export function cancelledWithNotice(
  ctx: EvaluationContext,
  timed: TimedMeeting,
  cancelledAt: number,
): boolean {
  return timed.start - cancelledAt >= ctx.settings.cancellationNoticeHours * HOUR_MS;
}

/**
 * The deadline of a follow-up task: its `dueAt`, else the start of the next
 * meeting (not cancelled) after the task was created and after the meeting it
 * came out of; `undefined` while no such meeting is planned.
 */
export function followUpDue(ctx: EvaluationContext, item: ActionItem): number | undefined {
  if (item.dueAt !== undefined) return ctx.time(item.dueAt);
  let after = ctx.time(item.createdAt);
  if (item.meetingId !== undefined) {
    const origin = ctx.meetings.find((timed) => timed.meeting.id === item.meetingId);
    if (origin !== undefined && origin.start > after) after = origin.start;
  }
  return ctx.meetings.find((timed) => timed.start > after && timed.meeting.status !== 'cancelled')
    ?.start;
}

const noItems: readonly ActionItem[] = Object.freeze([]);

/** Open follow-ups whose deadline has come, for either side or one side. */
export function overdueFollowUps(
  ctx: EvaluationContext,
  asOf: number,
  assignee?: ParticipantRole,
): readonly ActionItem[] {
  let overdue: ActionItem[] | undefined;
  for (const item of ctx.relationship.actionItems) {
    if (!ctx.isOpen(item) || (assignee !== undefined && item.assignee !== assignee)) continue;
    const due = followUpDue(ctx, item);
    // Not `due > asOf`: a deadline that cannot be compared is not overdue.
    if (due === undefined || !(due <= asOf)) continue;
    if (overdue === undefined) overdue = [item];
    else overdue.push(item);
  }
  return overdue ?? noItems;
}
