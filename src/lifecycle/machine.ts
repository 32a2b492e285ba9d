import { deepFreeze } from '../_internal/deep-freeze';
import {
  indexTransitions,
  type MachineTransition,
  renderMermaid,
  type TransitionIndex,
  transitionBuilders,
} from '../_internal/state-machine/definition';
import {
  type ActorRole,
  type CycleStage,
  cycleStages,
  type RelationshipEventType,
  type RelationshipStage,
  RelationshipStageSchema,
  type TerminalStage,
  terminalStages,
} from '../model';
import { proposalTransition } from './proposal';

/**
 * The name of a guard: a condition a transition of the {@link lifecycleMachine}
 * checks before it is taken. The names are stable; a refused event reports
 * the guard in `LifecycleError.guard`.
 *
 * Conditions on the relationship: `not-yet-accepted`, `other-side-accepted`,
 * `other-side-pending`, `has-goal-with-plan`, `has-first-meeting`,
 * `first-meeting-held`, `agreement-accepted-by-both`, `evaluation-recorded`,
 * `agreement-recorded`, `agreement-not-yet-accepted`, `paused-from-preparing`,
 * `paused-from-initiating`, `paused-from-cultivating`, `paused-from-evaluating`.
 * Conditions on the event's time: `proposal-open`, `proposal-past-expiry`.
 * Conditions on the event's payload: `different-people`, `expires-after-proposal`,
 * `until-after-start`, `new-id`, `references-exist`, `meeting-scheduled`,
 * `meeting-in-future`, `meeting-started`, `item-open`, `feedback-for-actor` (the
 * feedback is shared, addressed to the sender and not yet acknowledged; asked
 * without a payload: some such feedback exists).
 *
 * @example
 * ```ts
 * const guard: GuardName = 'has-goal-with-plan';
 * ```
 */
export type GuardName =
  | 'different-people'
  | 'expires-after-proposal'
  | 'proposal-open'
  | 'proposal-past-expiry'
  | 'not-yet-accepted'
  | 'other-side-accepted'
  | 'other-side-pending'
  | 'has-goal-with-plan'
  | 'has-first-meeting'
  | 'first-meeting-held'
  | 'agreement-accepted-by-both'
  | 'evaluation-recorded'
  | 'paused-from-preparing'
  | 'paused-from-initiating'
  | 'paused-from-cultivating'
  | 'paused-from-evaluating'
  | 'until-after-start'
  | 'new-id'
  | 'references-exist'
  | 'meeting-scheduled'
  | 'meeting-in-future'
  | 'meeting-started'
  | 'item-open'
  | 'agreement-recorded'
  | 'agreement-not-yet-accepted'
  | 'feedback-for-actor';

/**
 * One transition of the {@link lifecycleMachine}: in one of the `from`
 * stages, an event of type `event` sent by one of the `actors` roles moves
 * the relationship to `to` (or keeps it where it is when `to` is `null`)
 * if every guard holds. When several transitions match an event, the first
 * whose guards all hold is taken.
 *
 * `kind` separates stage events, which are drawn in the diagram, from
 * activity events, which record what happens within a stage.
 *
 * @example
 * ```ts
 * const pause: LifecycleTransition = {
 *   kind: 'stage', event: 'pause', from: ['cultivating'], to: 'paused',
 *   actors: ['mentor', 'mentee', 'admin'], guards: ['until-after-start'],
 * };
 * ```
 */
export interface LifecycleTransition
  extends MachineTransition<RelationshipStage, RelationshipEventType, GuardName> {
  readonly kind: 'stage' | 'activity';
  readonly event: RelationshipEventType;
  readonly from: readonly RelationshipStage[];
  readonly to: RelationshipStage | null;
  readonly actors: readonly ActorRole[];
  readonly guards: readonly GuardName[];
}

/**
 * The shape of {@link lifecycleMachine}.
 *
 * @example
 * ```ts
 * const eventsOf = (machine: LifecycleMachine) => new Set(machine.transitions.map((t) => t.event));
 * ```
 */
export interface LifecycleMachine {
  readonly id: string;
  /** Every stage, in the order of `RelationshipStageSchema`. */
  readonly stages: readonly RelationshipStage[];
  /** Stages a relationship never leaves. */
  readonly terminal: readonly TerminalStage[];
  /** How a relationship comes to be: a `propose` event creates it in `stage`. */
  readonly initial: {
    readonly event: 'propose';
    readonly stage: 'proposed';
    readonly actors: readonly ActorRole[];
    readonly guards: readonly GuardName[];
  };
  readonly transitions: readonly LifecycleTransition[];
}

const parties = ['mentor', 'mentee'] as const;
const partiesAndAdmin = ['mentor', 'mentee', 'admin'] as const;
const working = ['preparing', 'initiating', 'cultivating'] as const;
const afterFirstMeeting = ['initiating', 'cultivating', 'evaluating'] as const;

const { stage, activity } = transitionBuilders<
  RelationshipStage,
  RelationshipEventType,
  GuardName
>();

const resumeGuards: Readonly<Record<CycleStage, GuardName>> = {
  preparing: 'paused-from-preparing',
  initiating: 'paused-from-initiating',
  cultivating: 'paused-from-cultivating',
  evaluating: 'paused-from-evaluating',
};

/**
 * The relationship lifecycle as data: every stage, and every transition with
 * the event that triggers it, the roles that may send it and the guards it
 * checks. {@link applyEvent}, {@link availableEvents} and {@link toMermaid} all
 * read this one table, so what the diagram shows is what the code enforces.
 *
 * The four stages of the mentoring cycle (`preparing`, `initiating`,
 * `cultivating`, `evaluating`) follow a `proposed` stage that both sides must
 * accept; `paused` interrupts any of them and `resume` returns to the stage
 * it left; `continue` starts the next cycle in `cultivating` (a continuing
 * relationship does not prepare and initiate again).
 *
 * @example
 * ```ts
 * lifecycleMachine.transitions
 *   .filter((t) => t.from.includes('proposed'))
 *   .map((t) => `${t.event} → ${t.to ?? 'stays'}`);
 * // ['accept → preparing', 'accept → stays', 'decline → declined', …]
 * ```
 */
export const lifecycleMachine: LifecycleMachine = deepFreeze({
  id: 'mentoring-relationship',
  stages: [...RelationshipStageSchema.options],
  terminal: [...terminalStages],
  initial: proposalTransition,
  transitions: [
    // ── the proposal ──────────────────────────────────────────────────────
    stage('accept', ['proposed'], 'preparing', parties, [
      'proposal-open',
      'not-yet-accepted',
      'other-side-accepted',
    ]),
    stage('accept', ['proposed'], null, parties, [
      'proposal-open',
      'not-yet-accepted',
      'other-side-pending',
    ]),
    stage('decline', ['proposed'], 'declined', parties),
    stage('withdraw', ['proposed'], 'withdrawn', ['admin']),
    stage('expire', ['proposed'], 'expired', ['system'], ['proposal-past-expiry']),
    stage('invalidate', ['proposed'], 'invalidated', ['system']),
    // ── the four stages of the cycle ──────────────────────────────────────
    stage('begin-initiation', ['preparing'], 'initiating', parties, [
      'has-goal-with-plan',
      'has-first-meeting',
    ]),
    stage('begin-cultivation', ['initiating'], 'cultivating', parties, [
      'first-meeting-held',
      'agreement-accepted-by-both',
    ]),
    stage('begin-evaluation', ['cultivating'], 'evaluating', parties),
    stage('continue', ['evaluating'], 'cultivating', parties, ['evaluation-recorded', 'new-id']),
    stage('complete', ['evaluating'], 'completed', parties, ['evaluation-recorded']),
    // ── interruptions ─────────────────────────────────────────────────────
    stage('pause', cycleStages, 'paused', partiesAndAdmin, ['until-after-start']),
    ...cycleStages.map((to) =>
      stage('resume', ['paused'], to, partiesAndAdmin, [resumeGuards[to]]),
    ),
    stage('end-early', [...cycleStages, 'paused'], 'ended', partiesAndAdmin),
    // ── activities within a stage ─────────────────────────────────────────
    activity('record-self-inventory', ['preparing', 'initiating'], parties),
    activity('set-goal', working, ['mentee'], ['new-id']),
    activity('add-plan-step', working, ['mentee'], ['references-exist', 'new-id']),
    activity('complete-plan-step', working, ['mentee'], ['references-exist', 'item-open']),
    activity('drop-plan-step', working, ['mentee'], ['references-exist', 'item-open']),
    activity('schedule-meeting', cycleStages, parties, ['new-id']),
    activity('reschedule-meeting', cycleStages, parties, ['references-exist', 'meeting-scheduled']),
    activity('cancel-meeting', cycleStages, parties, [
      'references-exist',
      'meeting-scheduled',
      'meeting-in-future',
    ]),
    activity('record-meeting', cycleStages, parties, [
      'references-exist',
      'meeting-scheduled',
      'meeting-started',
    ]),
    activity('send-agenda', cycleStages, parties, [
      'references-exist',
      'meeting-scheduled',
      'meeting-in-future',
    ]),
    activity('add-action-item', afterFirstMeeting, parties, ['new-id', 'references-exist']),
    activity('complete-action-item', afterFirstMeeting, parties, ['references-exist', 'item-open']),
    activity('drop-action-item', afterFirstMeeting, parties, ['references-exist', 'item-open']),
    activity('request-feedback', afterFirstMeeting, parties, ['new-id']),
    activity('give-feedback', afterFirstMeeting, parties, ['new-id', 'references-exist']),
    activity('acknowledge-feedback', afterFirstMeeting, parties, [
      'references-exist',
      'feedback-for-actor',
    ]),
    activity('post-progress-update', cycleStages, parties, ['new-id', 'references-exist']),
    activity('record-agreement', ['initiating', 'cultivating'], parties, ['references-exist']),
    activity('accept-agreement', ['initiating', 'cultivating'], parties, [
      'agreement-recorded',
      'agreement-not-yet-accepted',
    ]),
    activity('record-evaluation', ['evaluating'], parties, ['new-id', 'references-exist']),
    activity('attest-checklist-item', cycleStages, parties),
  ],
});

/**
 * The transitions of the machine by stage and event type, in table order.
 * Derived once from {@link lifecycleMachine}; not a second copy of the rules.
 */
export const transitionIndex: TransitionIndex<
  RelationshipStage,
  RelationshipEventType,
  LifecycleTransition
> = /* @__PURE__ */ indexTransitions(lifecycleMachine.transitions);

/**
 * Renders the stage transitions of the {@link lifecycleMachine} as a Mermaid
 * `stateDiagram-v2`: one arrow per transition, labelled with the event, the
 * roles that may send it and its guards. Activity events, which keep the
 * stage, are left out to keep the diagram readable.
 *
 * @example
 * ```ts
 * const markdown = '```mermaid\n' + toMermaid() + '\n```';
 * // stateDiagram-v2
 * //   [*] --> proposed : propose (mentor, mentee, admin, system) [different-people, …]
 * //   proposed --> preparing : accept (mentor, mentee) [proposal-open, …]
 * ```
 */
export function toMermaid(): string {
  return renderMermaid(lifecycleMachine);
}
