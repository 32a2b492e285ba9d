import { isDraft, original } from '../_internal/immer';
import type {
  CycleStage,
  EventOfType,
  Goal,
  PlanStep,
  Relationship,
  RelationshipEvent,
  RelationshipStage,
} from '../model';
import { cycleStages } from '../model/relationship-stage';
import { markOwned, positionOf, pushItems } from './list-index';
import { otherSide, sideOf } from './parties';

// Effects are immer recipes: they change a relationship in place, either an
// immer draft of a sealed relationship (`applyEvent`, through `produce`) or
// the private, unfrozen working copy of `replay` and `applyEvents`. Both
// run the same code, so the two paths cannot drift apart.

/**
 * The item with `id` in `list`, or undefined. On a draft the position is
 * looked up on the original list (its id index), so that immer drafts only
 * the item returned, not every item a search walks past; effects never
 * move or remove items, so the position holds in the draft too.
 */
function itemWithId<T extends { readonly id: string }>(list: T[], id: string): T | undefined {
  const base: readonly T[] = isDraft(list) ? original(list as never) : list;
  const index = positionOf(base, id);
  return index < 0 ? undefined : list[index];
}

type GoalInput = EventOfType<'set-goal'>['goal'];
type PlanStepInput = NonNullable<GoalInput['plan']>[number];

function planStep(input: PlanStepInput, at: string): PlanStep {
  const step: PlanStep = { id: input.id, title: input.title, status: 'open', addedAt: at };
  if (input.dueAt !== undefined) step.dueAt = input.dueAt;
  return step;
}

/** Adds a goal, or revises the goal with the same id (its plan keeps its steps and gains the new ones). */
function upsertGoal(relationship: Relationship, input: GoalInput, at: string): void {
  const steps = (input.plan ?? []).map((step) => planStep(step, at));
  const existing = itemWithId(relationship.goals, input.id);
  if (existing === undefined) {
    const goal: Goal = {
      id: input.id,
      title: input.title,
      status: 'active',
      cycle: relationship.cycle,
      setAt: at,
      plan: steps,
    };
    if (input.description !== undefined) goal.description = input.description;
    if (input.targetDate !== undefined) goal.targetDate = input.targetDate;
    markOwned(steps);
    pushItems(relationship.goals, goal);
    return;
  }
  existing.title = input.title;
  if (input.description !== undefined) existing.description = input.description;
  if (input.targetDate !== undefined) existing.targetDate = input.targetDate;
  existing.status = 'active';
  existing.revisedAt = at;
  if (steps.length > 0) pushItems(existing.plan, ...steps);
}

function isCycleStage(stage: RelationshipStage): stage is CycleStage {
  return (cycleStages as readonly RelationshipStage[]).includes(stage);
}

function close(relationship: Relationship, at: string, reason: string | undefined): void {
  relationship.closedAt = at;
  if (reason !== undefined) relationship.closeReason = reason;
}

/**
 * Applies an event that the machine has accepted: changes `relationship` (an
 * immer draft, or a private working copy) in place and moves it to `to` when
 * the transition changes the stage. Lists with ids grow through `pushItems`,
 * which keeps a working copy's id indexes right. The caller appends the event
 * to the history and seals the result (which puts every new object into the
 * schema's key order, so the order fields are set in here does not matter).
 * Guards have already run, so every referenced entity exists.
 */
export function applyEffect(
  relationship: Relationship,
  event: RelationshipEvent,
  to: RelationshipStage | null,
): void {
  const { at } = event;
  switch (event.type) {
    case 'propose':
      break;
    case 'accept': {
      relationship.proposal.acceptedBy[sideOf(event.actor)] = at;
      if (to === 'preparing') relationship.startedAt = at;
      break;
    }
    case 'decline':
    case 'invalidate':
    case 'withdraw':
    case 'end-early':
      close(relationship, at, event.reason);
      delete relationship.pause;
      break;
    case 'expire':
    case 'complete':
      close(relationship, at, undefined);
      break;
    case 'begin-initiation':
    case 'begin-cultivation':
    case 'begin-evaluation':
      break;
    case 'continue':
      relationship.cycle += 1;
      for (const goal of event.goals) upsertGoal(relationship, goal, at);
      break;
    case 'pause': {
      const resumeTo = relationship.stage;
      // The machine pauses only the four cycle stages.
      if (!isCycleStage(resumeTo)) break;
      relationship.pause =
        event.until === undefined
          ? { since: at, reason: event.reason, resumeTo }
          : { since: at, reason: event.reason, until: event.until, resumeTo };
      break;
    }
    case 'resume':
      delete relationship.pause;
      break;
    case 'record-self-inventory':
      relationship.selfInventories.push({
        side: sideOf(event.actor),
        recordedAt: at,
        ...event.inventory,
      });
      break;
    case 'set-goal':
      upsertGoal(relationship, event.goal, at);
      break;
    case 'add-plan-step': {
      const goal = itemWithId(relationship.goals, event.goalId);
      if (goal !== undefined) pushItems(goal.plan, planStep(event.step, at));
      break;
    }
    case 'complete-plan-step':
    case 'drop-plan-step': {
      const goal = itemWithId(relationship.goals, event.goalId);
      const step = goal === undefined ? undefined : itemWithId(goal.plan, event.stepId);
      if (step === undefined) break;
      if (event.type === 'complete-plan-step') {
        step.status = 'done';
        step.completedAt = at;
      } else {
        step.status = 'dropped';
        step.droppedAt = at;
        if (event.reason !== undefined) step.dropReason = event.reason;
      }
      break;
    }
    case 'schedule-meeting': {
      const meeting: Relationship['meetings'][number] = {
        id: event.meetingId,
        startsAt: event.startsAt,
        durationMinutes: event.durationMinutes,
        status: 'scheduled',
        scheduledAt: at,
        scheduledBy: sideOf(event.actor),
        previousStartTimes: [],
      };
      if (event.channel !== undefined) meeting.channel = event.channel;
      if (event.location !== undefined) meeting.location = event.location;
      pushItems(relationship.meetings, meeting);
      break;
    }
    case 'reschedule-meeting': {
      const meeting = itemWithId(relationship.meetings, event.meetingId);
      if (meeting === undefined) break;
      meeting.previousStartTimes.push(meeting.startsAt);
      meeting.startsAt = event.startsAt;
      if (event.durationMinutes !== undefined) meeting.durationMinutes = event.durationMinutes;
      break;
    }
    case 'cancel-meeting': {
      const meeting = itemWithId(relationship.meetings, event.meetingId);
      if (meeting === undefined) break;
      meeting.status = 'cancelled';
      meeting.cancelledAt = at;
      meeting.cancelledBy = sideOf(event.actor);
      if (event.reason !== undefined) meeting.cancelReason = event.reason;
      break;
    }
    case 'record-meeting': {
      const meeting = itemWithId(relationship.meetings, event.meetingId);
      if (meeting === undefined) break;
      meeting.status = event.held ? 'held' : 'missed';
      meeting.recordedAt = at;
      meeting.attendance = event.attendance;
      if (event.notes !== undefined) meeting.notes = event.notes;
      break;
    }
    case 'send-agenda': {
      const meeting = itemWithId(relationship.meetings, event.meetingId);
      if (meeting === undefined) break;
      meeting.agenda = { ...event.agenda, sentAt: at, sentBy: sideOf(event.actor) };
      break;
    }
    case 'add-action-item': {
      const item: Relationship['actionItems'][number] = {
        id: event.itemId,
        title: event.title,
        assignee: event.assignee,
        status: 'open',
        createdAt: at,
        createdBy: sideOf(event.actor),
      };
      if (event.meetingId !== undefined) item.meetingId = event.meetingId;
      if (event.dueAt !== undefined) item.dueAt = event.dueAt;
      pushItems(relationship.actionItems, item);
      break;
    }
    case 'complete-action-item':
    case 'drop-action-item': {
      const item = itemWithId(relationship.actionItems, event.itemId);
      if (item === undefined) break;
      if (event.type === 'complete-action-item') {
        item.status = 'done';
        item.completedAt = at;
        item.completedBy = sideOf(event.actor);
      } else {
        item.status = 'dropped';
        item.droppedAt = at;
        if (event.reason !== undefined) item.dropReason = event.reason;
      }
      break;
    }
    case 'request-feedback': {
      const request: Relationship['feedbackRequests'][number] = {
        id: event.requestId,
        requestedBy: sideOf(event.actor),
        requestedAt: at,
      };
      if (event.topic !== undefined) request.topic = event.topic;
      pushItems(relationship.feedbackRequests, request);
      break;
    }
    case 'give-feedback': {
      const from = sideOf(event.actor);
      const feedback: Relationship['feedback'][number] = {
        id: event.feedbackId,
        from,
        to: otherSide(from),
        kind: event.kind,
        text: event.text,
        visibility: event.visibility,
        givenAt: at,
      };
      if (event.requestId !== undefined) feedback.requestId = event.requestId;
      pushItems(relationship.feedback, feedback);
      break;
    }
    case 'acknowledge-feedback': {
      const feedback = itemWithId(relationship.feedback, event.feedbackId);
      if (feedback === undefined) break;
      feedback.acknowledgedAt = at;
      if (event.note !== undefined) feedback.acknowledgementNote = event.note;
      break;
    }
    case 'post-progress-update':
      pushItems(relationship.progressUpdates, {
        id: event.updateId,
        postedBy: sideOf(event.actor),
        postedAt: at,
        text: event.text,
        goalIds: event.goalIds,
      });
      break;
    case 'record-agreement': {
      const side = sideOf(event.actor);
      relationship.agreement = {
        ...event.agreement,
        recordedAt: at,
        recordedBy: side,
        // Whoever writes the terms accepts them; the other side still has to.
        acceptedBy: side === 'mentor' ? { mentor: at } : { mentee: at },
      };
      break;
    }
    case 'accept-agreement': {
      if (relationship.agreement !== undefined) {
        relationship.agreement.acceptedBy[sideOf(event.actor)] = at;
      }
      break;
    }
    case 'record-evaluation': {
      pushItems(relationship.evaluations, {
        ...event.evaluation,
        cycle: relationship.cycle,
        recordedAt: at,
        recordedBy: sideOf(event.actor),
      });
      for (const result of event.evaluation.goals) {
        if (result.achievement !== 'achieved') continue;
        const goal = itemWithId(relationship.goals, result.id);
        if (goal !== undefined) goal.status = 'achieved';
      }
      break;
    }
    case 'attest-checklist-item': {
      const attestation: Relationship['attestations'][number] = {
        itemId: event.itemId,
        by: sideOf(event.actor),
        at,
      };
      if (event.note !== undefined) attestation.note = event.note;
      relationship.attestations.push(attestation);
      break;
    }
  }
  if (to !== null) relationship.stage = to;
}
