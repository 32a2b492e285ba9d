import type { ActorRole } from '../model/actor';
import type { Relationship } from '../model/relationship';
import type { RelationshipEvent, RelationshipEventType } from '../model/relationship-event';
import type { Path } from '../model/validation-error';
import { type LifecycleError, lifecycleError, roleLabel } from './errors';
import { findById } from './list-index';

/**
 * The largest sizes `RelationshipSchema` allows. An event that would grow a
 * relationship beyond them is refused, so every relationship the lifecycle
 * returns still passes `parseRelationship` (a test keeps these in step with
 * the schema).
 */
export const relationshipLimits = /* @__PURE__ */ Object.freeze({
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
} as const);

/**
 * Who a share of the history belongs to: each party alone, and the
 * programme's admins and the system together (an app can mint any number of
 * admin ids, so they share one quota).
 */
export type Sender = 'mentor' | 'mentee' | 'programme';

/**
 * How many events of a relationship's history each sender may have sent.
 * The shares add up to 99,000, less than the 100,000 events the schema
 * allows, so whoever fills their share, the event that closes the
 * relationship (which counts against no share) always still fits.
 */
export const senderLimits: Readonly<Record<Sender, number>> = /* @__PURE__ */ Object.freeze({
  mentor: 45_000,
  mentee: 45_000,
  programme: 9000,
});

/** Events sent by each sender, counting every event of a history. */
export interface SentCounts {
  readonly mentor: number;
  readonly mentee: number;
  readonly programme: number;
}

/** The sender whose share an actor's events use. */
export function senderOf(role: ActorRole): Sender {
  return role === 'mentor' || role === 'mentee' ? role : 'programme';
}

/** `counts` with one more event by `role`. */
export function countOne(counts: SentCounts, role: ActorRole): SentCounts {
  const sender = senderOf(role);
  return { ...counts, [sender]: counts[sender] + 1 };
}

/**
 * The events that close a relationship. They count against no sender's
 * share, so ending, completing, withdrawing and expiring are never refused
 * because one side filled the history.
 */
export const closingEvents: ReadonlySet<RelationshipEventType> = new Set<RelationshipEventType>([
  'decline',
  'withdraw',
  'expire',
  'invalidate',
  'complete',
  'end-early',
]);

type Limited = keyof typeof relationshipLimits;

function over(field: Limited, size: number, path: Path = []): LifecycleError | undefined {
  const max = relationshipLimits[field];
  return size > max ? lifecycleError('limit_reached', { field, max }, path) : undefined;
}

/** Refuses a non-closing event once its sender's share of the history is used up. */
function overShare(
  relationship: Relationship,
  role: ActorRole,
  counts: SentCounts,
): LifecycleError | undefined {
  const sender = senderOf(role);
  const max = senderLimits[sender];
  if (counts[sender] < max) return over('history', relationship.history.length + 1);
  return lifecycleError('participant_limit_reached', { role: roleLabel(role), max }, [
    'actor',
    'role',
  ]);
}

type GoalInput = { readonly id: string; readonly plan?: readonly unknown[] | undefined };

function goalGrowth(
  relationship: Relationship,
  goals: readonly GoalInput[],
  planPath: (index: number) => Path,
) {
  let added = 0;
  for (const [index, goal] of goals.entries()) {
    const existing = findById(relationship.goals, goal.id);
    if (existing === undefined) added++;
    const steps = (existing?.plan.length ?? 0) + (goal.plan?.length ?? 0);
    const error = over('plan', steps, planPath(index));
    if (error) return error;
  }
  return over('goals', relationship.goals.length + added);
}

/**
 * Refuses an event that would take the relationship past a size limit of its
 * schema, or its sender past their share of the history (closing events are
 * checked against the schema's history limit only).
 */
export function checkLimits(
  relationship: Relationship,
  event: RelationshipEvent,
  counts: SentCounts,
): LifecycleError | undefined {
  if (closingEvents.has(event.type)) return over('history', relationship.history.length + 1);
  const share = overShare(relationship, event.actor.role, counts);
  if (share) return share;
  switch (event.type) {
    case 'continue':
      return (
        over('cycle', relationship.cycle + 1) ??
        goalGrowth(relationship, event.goals, (index) => ['goals', index, 'plan'])
      );
    case 'set-goal':
      return goalGrowth(relationship, [event.goal], () => ['goal', 'plan']);
    case 'add-plan-step': {
      const goal = findById(relationship.goals, event.goalId);
      return over('plan', (goal?.plan.length ?? 0) + 1, ['step']);
    }
    case 'schedule-meeting':
      return over('meetings', relationship.meetings.length + 1);
    case 'reschedule-meeting': {
      const meeting = findById(relationship.meetings, event.meetingId);
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

/**
 * Whether some event of `type` by `role` fits every size limit — what
 * `availableEvents` asks without a payload. A limit that depends on the
 * payload (a goal's plan) counts as kept when some payload keeps it: a
 * revision of an existing goal adds no goal, a plan step fits some goal.
 */
export function fitsSomeLimit(
  relationship: Relationship,
  type: RelationshipEventType,
  role: ActorRole,
  counts: SentCounts,
): boolean {
  const { history, goals, meetings } = relationship;
  if (closingEvents.has(type)) return history.length < relationshipLimits.history;
  if (counts[senderOf(role)] >= senderLimits[senderOf(role)]) return false;
  if (history.length >= relationshipLimits.history) return false;
  const below = (field: Limited, size: number) => size < relationshipLimits[field];
  const planRoom = () => goals.some((goal) => below('plan', goal.plan.length));
  switch (type) {
    case 'continue':
      // A continue names at least one goal: a new one, or a revision.
      return (
        below('cycle', relationship.cycle) && (below('goals', goals.length) || goals.length > 0)
      );
    case 'set-goal':
      return below('goals', goals.length) || goals.length > 0;
    case 'add-plan-step':
      return planRoom();
    case 'schedule-meeting':
      return below('meetings', meetings.length);
    case 'reschedule-meeting':
      return meetings.some((meeting) =>
        below('previousStartTimes', meeting.previousStartTimes.length),
      );
    case 'add-action-item':
      return below('actionItems', relationship.actionItems.length);
    case 'request-feedback':
      return below('feedbackRequests', relationship.feedbackRequests.length);
    case 'give-feedback':
      return below('feedback', relationship.feedback.length);
    case 'post-progress-update':
      return below('progressUpdates', relationship.progressUpdates.length);
    case 'record-self-inventory':
      return below('selfInventories', relationship.selfInventories.length);
    case 'record-evaluation':
      return below('evaluations', relationship.evaluations.length);
    case 'attest-checklist-item':
      return below('attestations', relationship.attestations.length);
    default:
      return true;
  }
}
