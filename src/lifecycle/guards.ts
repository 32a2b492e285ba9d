import type { MessageParams } from '../i18n';
import type {
  Actor,
  CycleStage,
  Goal,
  Meeting,
  Path,
  Relationship,
  RelationshipEvent,
} from '../model';
import {
  type LifecycleError,
  type LifecycleErrorCode,
  lifecycleErrorKey,
  roleLabel,
  stageLabel,
} from './errors';
import { findById, positionOf } from './list-index';
import type { GuardName } from './machine';
import { otherSide, sideOf } from './parties';
import { proposalGuards } from './proposal';
import { toMillis } from './time';

/** What a guard looks at. `event` and `at` are absent when {@link availableEvents} asks. */
export interface GuardInput {
  readonly relationship: Relationship;
  readonly actor: Actor;
  /** The event's time in epoch milliseconds. */
  readonly at: number | undefined;
  readonly event: RelationshipEvent | undefined;
}

/**
 * A guard's check: `undefined` when it holds, else the refusal. Guards on the
 * event's time or payload hold when asked without them.
 */
export type Guard = (input: GuardInput) => LifecycleError | undefined;

function failed(guard: GuardName, params: MessageParams = {}): LifecycleError {
  return {
    code: 'guard_failed',
    messageKey: lifecycleErrorKey(`lifecycle.guard.${guard}`),
    params,
    guard,
  };
}

function refused(
  guard: GuardName,
  code: Exclude<LifecycleErrorCode, 'guard_failed'>,
  params: MessageParams,
  path?: Path,
): LifecycleError {
  const messageKey = lifecycleErrorKey(`lifecycle.error.${code}`);
  return path === undefined
    ? { code, messageKey, params, guard }
    : { code, messageKey, params, path, guard };
}

function stateGuard(
  name: GuardName,
  holds: (relationship: Relationship, actor: Actor) => boolean,
  params: (relationship: Relationship) => MessageParams = () => ({}),
): Guard {
  return ({ relationship, actor }) =>
    holds(relationship, actor) ? undefined : failed(name, params(relationship));
}

function pausedFrom(name: GuardName, stage: CycleStage): Guard {
  return stateGuard(
    name,
    (relationship) => relationship.pause?.resumeTo === stage,
    (relationship) => ({
      stage: stageLabel(stage),
      resumeTo: stageLabel(relationship.pause?.resumeTo ?? relationship.stage),
    }),
  );
}

function findMeeting(relationship: Relationship, id: string): Meeting | undefined {
  return findById(relationship.meetings, id);
}

function findGoal(relationship: Relationship, id: string): Goal | undefined {
  return findById(relationship.goals, id);
}

/** The meeting an event refers to; `references-exist` has already checked it exists. */
function meetingOf(relationship: Relationship, event: RelationshipEvent): Meeting | undefined {
  return 'meetingId' in event && event.meetingId !== undefined
    ? findMeeting(relationship, event.meetingId)
    : undefined;
}

type GoalInput = Extract<RelationshipEvent, { type: 'set-goal' }>['goal'];

function newPlanStepIds(
  relationship: Relationship,
  goal: GoalInput,
  path: Path,
): LifecycleError | undefined {
  const existing = findGoal(relationship, goal.id);
  if (existing === undefined) return undefined;
  const steps = goal.plan ?? [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    if (step !== undefined && positionOf(existing.plan, step.id) >= 0) {
      return refused('new-id', 'duplicate_id', { id: step.id }, [...path, 'plan', index, 'id']);
    }
  }
  return undefined;
}

function taken(
  list: readonly { readonly id: string }[],
  id: string,
  path: Path,
): LifecycleError | undefined {
  return positionOf(list, id) >= 0 ? refused('new-id', 'duplicate_id', { id }, path) : undefined;
}

function checkNewIds(
  relationship: Relationship,
  event: RelationshipEvent,
): LifecycleError | undefined {
  switch (event.type) {
    case 'set-goal':
      return newPlanStepIds(relationship, event.goal, ['goal']);
    case 'continue': {
      for (let index = 0; index < event.goals.length; index++) {
        const goal = event.goals[index];
        const error = goal && newPlanStepIds(relationship, goal, ['goals', index]);
        if (error) return error;
      }
      return undefined;
    }
    case 'add-plan-step':
      return taken(findGoal(relationship, event.goalId)?.plan ?? [], event.step.id, ['step', 'id']);
    case 'schedule-meeting':
      return taken(relationship.meetings, event.meetingId, ['meetingId']);
    case 'add-action-item':
      return taken(relationship.actionItems, event.itemId, ['itemId']);
    case 'request-feedback':
      return taken(relationship.feedbackRequests, event.requestId, ['requestId']);
    case 'give-feedback':
      return taken(relationship.feedback, event.feedbackId, ['feedbackId']);
    case 'post-progress-update':
      return taken(relationship.progressUpdates, event.updateId, ['updateId']);
    case 'record-evaluation':
      return taken(relationship.evaluations, event.evaluation.id, ['evaluation', 'id']);
    default:
      return undefined;
  }
}

function unknownGoals(
  relationship: Relationship,
  ids: readonly string[],
  path: Path,
): LifecycleError | undefined {
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index];
    if (id !== undefined && findGoal(relationship, id) === undefined) {
      return refused('references-exist', 'unknown_goal', { id }, [...path, index]);
    }
  }
  return undefined;
}

function unknownMeeting(
  relationship: Relationship,
  id: string | undefined,
): LifecycleError | undefined {
  return id === undefined || findMeeting(relationship, id) !== undefined
    ? undefined
    : refused('references-exist', 'unknown_meeting', { id }, ['meetingId']);
}

function checkReferences(
  relationship: Relationship,
  event: RelationshipEvent,
): LifecycleError | undefined {
  switch (event.type) {
    case 'add-plan-step':
      return findGoal(relationship, event.goalId) === undefined
        ? refused('references-exist', 'unknown_goal', { id: event.goalId }, ['goalId'])
        : undefined;
    case 'complete-plan-step':
    case 'drop-plan-step': {
      const goal = findGoal(relationship, event.goalId);
      if (goal === undefined) {
        return refused('references-exist', 'unknown_goal', { id: event.goalId }, ['goalId']);
      }
      return positionOf(goal.plan, event.stepId) >= 0
        ? undefined
        : refused('references-exist', 'unknown_plan_step', { id: event.stepId }, ['stepId']);
    }
    case 'reschedule-meeting':
    case 'cancel-meeting':
    case 'record-meeting':
    case 'send-agenda':
    case 'add-action-item':
      return unknownMeeting(relationship, event.meetingId);
    case 'complete-action-item':
    case 'drop-action-item':
      return positionOf(relationship.actionItems, event.itemId) >= 0
        ? undefined
        : refused('references-exist', 'unknown_action_item', { id: event.itemId }, ['itemId']);
    case 'give-feedback':
      return event.requestId === undefined ||
        positionOf(relationship.feedbackRequests, event.requestId) >= 0
        ? undefined
        : refused('references-exist', 'unknown_feedback_request', { id: event.requestId }, [
            'requestId',
          ]);
    case 'acknowledge-feedback':
      return positionOf(relationship.feedback, event.feedbackId) >= 0
        ? undefined
        : refused('references-exist', 'unknown_feedback', { id: event.feedbackId }, ['feedbackId']);
    case 'post-progress-update':
      return unknownGoals(relationship, event.goalIds, ['goalIds']);
    case 'record-agreement':
      return unknownGoals(relationship, event.agreement.goalIds, ['agreement', 'goalIds']);
    case 'record-evaluation':
      return unknownGoals(
        relationship,
        event.evaluation.goals.map((goal) => goal.id),
        ['evaluation', 'goals'],
      );
    default:
      return undefined;
  }
}

function checkItemOpen(
  relationship: Relationship,
  event: RelationshipEvent,
): LifecycleError | undefined {
  if (event.type === 'complete-plan-step' || event.type === 'drop-plan-step') {
    const goal = findGoal(relationship, event.goalId);
    const step = goal === undefined ? undefined : findById(goal.plan, event.stepId);
    return step === undefined || step.status === 'open'
      ? undefined
      : refused('item-open', 'item_not_open', { id: step.id, status: step.status }, ['stepId']);
  }
  if (event.type === 'complete-action-item' || event.type === 'drop-action-item') {
    const item = findById(relationship.actionItems, event.itemId);
    return item === undefined || item.status === 'open'
      ? undefined
      : refused('item-open', 'item_not_open', { id: item.id, status: item.status }, ['itemId']);
  }
  return undefined;
}

function payloadGuard(
  check: (
    relationship: Relationship,
    event: RelationshipEvent,
    at: number,
  ) => LifecycleError | undefined,
): Guard {
  return ({ relationship, event, at }) =>
    event === undefined || at === undefined ? undefined : check(relationship, event, at);
}

function timeGuard(
  check: (relationship: Relationship, at: number) => LifecycleError | undefined,
): Guard {
  return ({ relationship, at }) => (at === undefined ? undefined : check(relationship, at));
}

/** Feedback the actor may take on board: shared, addressed to their side, not yet acknowledged. */
function feedbackForActor({ relationship, actor, event }: GuardInput): LifecycleError | undefined {
  const side = sideOf(actor);
  const open = (f: Relationship['feedback'][number]) =>
    f.to === side && f.visibility === 'shared' && f.acknowledgedAt === undefined;
  if (event === undefined) {
    return relationship.feedback.some(open)
      ? undefined
      : failed('feedback-for-actor', { role: roleLabel(side) });
  }
  if (event.type !== 'acknowledge-feedback') return undefined;
  const feedback = findById(relationship.feedback, event.feedbackId);
  if (feedback === undefined) return undefined;
  if (feedback.to !== side || feedback.visibility !== 'shared') {
    return refused(
      'feedback-for-actor',
      'feedback_not_for_actor',
      { id: feedback.id, role: roleLabel(side) },
      ['feedbackId'],
    );
  }
  return feedback.acknowledgedAt === undefined
    ? undefined
    : refused(
        'feedback-for-actor',
        'feedback_already_acknowledged',
        { id: feedback.id, at: feedback.acknowledgedAt },
        ['feedbackId'],
      );
}

const hasBothAcceptances = (acceptedBy: {
  readonly mentor?: string | undefined;
  readonly mentee?: string | undefined;
}): boolean => acceptedBy.mentor !== undefined && acceptedBy.mentee !== undefined;

/**
 * The implementation of every guard named in the machine. Keyed by name so
 * the machine stays plain data and a guard cannot be named without existing.
 */
export const guards: Readonly<Record<GuardName, Guard>> = {
  'different-people': payloadGuard((_relationship, event, at) =>
    proposalGuards['different-people'](event, at),
  ),
  'expires-after-proposal': payloadGuard((_relationship, event, at) =>
    proposalGuards['expires-after-proposal'](event, at),
  ),
  'proposal-open': timeGuard((relationship, at) =>
    at < toMillis(relationship.proposal.expiresAt)
      ? undefined
      : refused('proposal-open', 'proposal_expired', {
          expiresAt: relationship.proposal.expiresAt,
        }),
  ),
  'proposal-past-expiry': timeGuard((relationship, at) =>
    at >= toMillis(relationship.proposal.expiresAt)
      ? undefined
      : refused(
          'proposal-past-expiry',
          'proposal_not_expired',
          { expiresAt: relationship.proposal.expiresAt },
          ['at'],
        ),
  ),
  'not-yet-accepted': ({ relationship, actor }) => {
    const side = sideOf(actor);
    const acceptedAt = relationship.proposal.acceptedBy[side];
    return acceptedAt === undefined
      ? undefined
      : refused('not-yet-accepted', 'already_accepted', { role: roleLabel(side), at: acceptedAt });
  },
  'other-side-accepted': stateGuard(
    'other-side-accepted',
    (relationship, actor) =>
      relationship.proposal.acceptedBy[otherSide(sideOf(actor))] !== undefined,
  ),
  'other-side-pending': stateGuard(
    'other-side-pending',
    (relationship, actor) =>
      relationship.proposal.acceptedBy[otherSide(sideOf(actor))] === undefined,
  ),
  'has-goal-with-plan': stateGuard('has-goal-with-plan', (relationship) =>
    relationship.goals.some(
      (goal) => goal.status === 'active' && goal.plan.some((step) => step.status !== 'dropped'),
    ),
  ),
  'has-first-meeting': stateGuard('has-first-meeting', (relationship) =>
    relationship.meetings.some(
      (meeting) => meeting.status === 'scheduled' || meeting.status === 'held',
    ),
  ),
  'first-meeting-held': stateGuard('first-meeting-held', (relationship) =>
    relationship.meetings.some((meeting) => meeting.status === 'held'),
  ),
  'agreement-accepted-by-both': stateGuard(
    'agreement-accepted-by-both',
    (relationship) =>
      relationship.agreement !== undefined && hasBothAcceptances(relationship.agreement.acceptedBy),
  ),
  'evaluation-recorded': stateGuard(
    'evaluation-recorded',
    (relationship) =>
      relationship.evaluations.some((evaluation) => evaluation.cycle === relationship.cycle),
    (relationship) => ({ cycle: relationship.cycle }),
  ),
  'paused-from-preparing': pausedFrom('paused-from-preparing', 'preparing'),
  'paused-from-initiating': pausedFrom('paused-from-initiating', 'initiating'),
  'paused-from-cultivating': pausedFrom('paused-from-cultivating', 'cultivating'),
  'paused-from-evaluating': pausedFrom('paused-from-evaluating', 'evaluating'),
  'until-after-start': payloadGuard((_relationship, event, at) =>
    event.type === 'pause' && event.until !== undefined && toMillis(event.until) <= at
      ? { ...failed('until-after-start', { until: event.until }), path: ['until'] }
      : undefined,
  ),
  'new-id': payloadGuard(checkNewIds),
  'references-exist': payloadGuard(checkReferences),
  'meeting-scheduled': payloadGuard((relationship, event) => {
    const meeting = meetingOf(relationship, event);
    return meeting === undefined || meeting.status === 'scheduled'
      ? undefined
      : refused(
          'meeting-scheduled',
          'meeting_not_scheduled',
          { id: meeting.id, status: meeting.status },
          ['meetingId'],
        );
  }),
  'meeting-in-future': payloadGuard((relationship, event, at) => {
    const meeting = meetingOf(relationship, event);
    return meeting === undefined || at < toMillis(meeting.startsAt)
      ? undefined
      : refused(
          'meeting-in-future',
          'meeting_in_past',
          { id: meeting.id, startsAt: meeting.startsAt },
          ['meetingId'],
        );
  }),
  'meeting-started': payloadGuard((relationship, event, at) => {
    const meeting = meetingOf(relationship, event);
    return meeting === undefined || at >= toMillis(meeting.startsAt)
      ? undefined
      : refused(
          'meeting-started',
          'meeting_not_started',
          { id: meeting.id, startsAt: meeting.startsAt },
          ['meetingId'],
        );
  }),
  'item-open': payloadGuard(checkItemOpen),
  'agreement-recorded': ({ relationship }) =>
    relationship.agreement === undefined
      ? refused('agreement-recorded', 'unknown_agreement', {})
      : undefined,
  'feedback-for-actor': feedbackForActor,
  'agreement-not-yet-accepted': ({ relationship, actor }) => {
    const side = sideOf(actor);
    const acceptedAt = relationship.agreement?.acceptedBy[side];
    return acceptedAt === undefined
      ? undefined
      : refused('agreement-not-yet-accepted', 'already_accepted', {
          role: roleLabel(side),
          at: acceptedAt,
        });
  },
};
