// The lifecycle's rules written out by hand from the issue and the guide,
// independently of `lifecycleMachine`: which stages take which event types
// from which roles. A wrong row in the machine's table makes the table test
// and the model-based test fail.
import {
  type ActorRole,
  isTerminalStage,
  type RelationshipEventType,
  type RelationshipStage,
} from '../../src/model';

const P: readonly ActorRole[] = ['mentor', 'mentee'];
const PA: readonly ActorRole[] = ['mentor', 'mentee', 'admin'];
const cycle: readonly RelationshipStage[] = [
  'preparing',
  'initiating',
  'cultivating',
  'evaluating',
];
const working: readonly RelationshipStage[] = ['preparing', 'initiating', 'cultivating'];
const afterFirst: readonly RelationshipStage[] = ['initiating', 'cultivating', 'evaluating'];

interface Rule {
  readonly stages: readonly RelationshipStage[];
  readonly roles: readonly ActorRole[];
  /** The stage after the event, by stage it was sent in; omitted: unchanged. */
  readonly to?: Partial<Record<RelationshipStage, RelationshipStage>>;
}

export const spec: Readonly<Record<RelationshipEventType, Rule>> = {
  propose: { stages: [], roles: [] },
  accept: { stages: ['proposed'], roles: P },
  decline: { stages: ['proposed'], roles: P, to: { proposed: 'declined' } },
  withdraw: { stages: ['proposed'], roles: ['admin'], to: { proposed: 'withdrawn' } },
  expire: { stages: ['proposed'], roles: ['system'], to: { proposed: 'expired' } },
  invalidate: { stages: ['proposed'], roles: ['system'], to: { proposed: 'invalidated' } },
  'begin-initiation': { stages: ['preparing'], roles: P, to: { preparing: 'initiating' } },
  'begin-cultivation': { stages: ['initiating'], roles: P, to: { initiating: 'cultivating' } },
  'begin-evaluation': { stages: ['cultivating'], roles: P, to: { cultivating: 'evaluating' } },
  continue: { stages: ['evaluating'], roles: P, to: { evaluating: 'cultivating' } },
  complete: { stages: ['evaluating'], roles: P, to: { evaluating: 'completed' } },
  pause: {
    stages: cycle,
    roles: PA,
    to: { preparing: 'paused', initiating: 'paused', cultivating: 'paused', evaluating: 'paused' },
  },
  resume: { stages: ['paused'], roles: PA, to: { paused: 'cultivating' } },
  'end-early': {
    stages: [...cycle, 'paused'],
    roles: PA,
    to: {
      preparing: 'ended',
      initiating: 'ended',
      cultivating: 'ended',
      evaluating: 'ended',
      paused: 'ended',
    },
  },
  'record-self-inventory': { stages: ['preparing', 'initiating'], roles: P },
  'set-goal': { stages: working, roles: ['mentee'] },
  'add-plan-step': { stages: working, roles: ['mentee'] },
  'complete-plan-step': { stages: working, roles: ['mentee'] },
  'drop-plan-step': { stages: working, roles: ['mentee'] },
  'schedule-meeting': { stages: cycle, roles: P },
  'reschedule-meeting': { stages: cycle, roles: P },
  'cancel-meeting': { stages: cycle, roles: P },
  'record-meeting': { stages: cycle, roles: P },
  'send-agenda': { stages: cycle, roles: P },
  'add-action-item': { stages: afterFirst, roles: P },
  'complete-action-item': { stages: afterFirst, roles: P },
  'drop-action-item': { stages: afterFirst, roles: P },
  'request-feedback': { stages: afterFirst, roles: P },
  'give-feedback': { stages: afterFirst, roles: P },
  'acknowledge-feedback': { stages: afterFirst, roles: P },
  'post-progress-update': { stages: cycle, roles: P },
  'record-agreement': { stages: ['initiating', 'cultivating'], roles: P },
  'accept-agreement': { stages: ['initiating', 'cultivating'], roles: P },
  'record-evaluation': { stages: ['evaluating'], roles: P },
  'attest-checklist-item': { stages: cycle, roles: P },
};

/** The code of a refusal by stage or role, or `undefined` when stage and role allow the event. */
export function expectedCode(
  stage: RelationshipStage,
  type: RelationshipEventType,
  role: ActorRole,
) {
  const rule = spec[type];
  if (isTerminalStage(stage)) return 'relationship_closed';
  if (!rule.stages.includes(stage)) return 'event_not_allowed_in_stage';
  if (!rule.roles.includes(role)) return 'actor_not_permitted';
  return undefined;
}
