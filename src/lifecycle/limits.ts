import type { Path, Relationship, RelationshipEvent } from '../model';
import { type LifecycleError, lifecycleError } from './errors';

/**
 * The largest sizes `RelationshipSchema` allows. An event that would grow a
 * relationship beyond them is refused, so every relationship the lifecycle
 * returns still passes `parseRelationship` (a test keeps these in step with
 * the schema).
 */
export const relationshipLimits = {
  history: 100_000,
  cycle: 1000,
  goals: 500,
  plan: 200,
  meetings: 5000,
  previousStartTimes: 100,
  actionItems: 5000,
  feedbackRequests: 5000,
  feedback: 5000,
  progressUpdates: 5000,
  selfInventories: 100,
  evaluations: 100,
  attestations: 1000,
} as const;

type Limited = keyof typeof relationshipLimits;

function over(field: Limited, size: number, path: Path = []): LifecycleError | undefined {
  const max = relationshipLimits[field];
  return size > max ? lifecycleError('limit_reached', { field, max }, path) : undefined;
}

type GoalInput = { readonly id: string; readonly plan?: readonly unknown[] | undefined };

function goalGrowth(
  relationship: Relationship,
  goals: readonly GoalInput[],
  planPath: (index: number) => Path,
) {
  let added = 0;
  for (const [index, goal] of goals.entries()) {
    const existing = relationship.goals.find((known) => known.id === goal.id);
    if (existing === undefined) added++;
    const steps = (existing?.plan.length ?? 0) + (goal.plan?.length ?? 0);
    const error = over('plan', steps, planPath(index));
    if (error) return error;
  }
  return over('goals', relationship.goals.length + added);
}

/** Refuses an event that would take the relationship past a size limit of its schema. */
export function checkLimits(
  relationship: Relationship,
  event: RelationshipEvent,
): LifecycleError | undefined {
  const history = over('history', relationship.history.length + 1);
  if (history) return history;
  switch (event.type) {
    case 'continue':
      return (
        over('cycle', relationship.cycle + 1) ??
        goalGrowth(relationship, event.goals, (index) => ['goals', index, 'plan'])
      );
    case 'set-goal':
      return goalGrowth(relationship, [event.goal], () => ['goal', 'plan']);
    case 'add-plan-step': {
      const goal = relationship.goals.find((known) => known.id === event.goalId);
      return over('plan', (goal?.plan.length ?? 0) + 1, ['step']);
    }
    case 'schedule-meeting':
      return over('meetings', relationship.meetings.length + 1);
    case 'reschedule-meeting': {
      const meeting = relationship.meetings.find((known) => known.id === event.meetingId);
      return over('previousStartTimes', (meeting?.previousStartTimes.length ?? 0) + 1, [
        'meetingId',
      ]);
    }
    case 'add-action-item':
      return over('actionItems', relationship.actionItems.length + 1);
    case 'request-feedback':
      return over('feedbackRequests', relationship.feedbackRequests.length + 1);
    case 'give-feedback':
      return over('feedback', relationship.feedback.length + 1);
    case 'post-progress-update':
      return over('progressUpdates', relationship.progressUpdates.length + 1);
    case 'record-self-inventory':
      return over('selfInventories', relationship.selfInventories.length + 1);
    case 'record-evaluation':
      return over('evaluations', relationship.evaluations.length + 1);
    case 'attest-checklist-item':
      return over('attestations', relationship.attestations.length + 1);
    default:
      return undefined;
  }
}
