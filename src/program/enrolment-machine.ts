import { deepFreeze } from '../_internal/deep-freeze';
import {
  indexTransitions,
  type MachineTransition,
  renderMermaid,
  type TransitionIndex,
  transitionBuilders,
} from '../_internal/state-machine/definition';
import type { ActorRole } from '../model/actor';
import { type EnrolmentStatus, EnrolmentStatusSchema } from '../model/enrolment';
import type { EnrolmentEventType } from '../model/enrolment-event';

/**
 * The name of a guard of the {@link enrolmentMachine}: a condition a
 * transition checks before it is taken. Stable; a refused event reports it in
 * `EnrolmentError.guard`.
 *
 * - `own-application`: a mentor or mentee applies for themselves (their id is
 *   `personId`, their role its `side`).
 * - `screening-accepted`, `screening-declined`: the screening's decision
 *   (they pick the transition); `reason-given`: a decline says why.
 * - `no-requirements`, `has-requirements`: whether the accepted person has
 *   onboarding requirements to meet (they pick `ready` or `onboarding`).
 * - `requirement-known`: the requirement is one of the enrolment's;
 *   `requirement-open`: not met yet; `completes-onboarding` / `onboarding-continues`:
 *   it is the last one missing, or not (they pick `ready` or stay).
 * - `available`: the person has not paused their availability (no new matches
 *   while paused); `different-people`: the partner is someone else;
 *   `new-relationship`: the relationship id is new to the enrolment.
 * - `proposal-open`: the relationship is a standing proposal of the person;
 *   `relationship-active`: it is one of their active relationships.
 * - `others-active`, `others-proposed`, `nothing-else-open`: what remains
 *   besides the relationship the event is about (they pick the status);
 *   `rematch-requested`, `no-rematch`: whether the person wants a new match.
 * - `not-paused`, `paused`, `until-after-start`: pausing and resuming.
 *
 * @example
 * ```ts
 * const guard: EnrolmentGuardName = 'reason-given';
 * ```
 */
export type EnrolmentGuardName =
  | 'own-application'
  | 'screening-accepted'
  | 'screening-declined'
  | 'reason-given'
  | 'no-requirements'
  | 'has-requirements'
  | 'requirement-known'
  | 'requirement-open'
  | 'completes-onboarding'
  | 'onboarding-continues'
  | 'available'
  | 'different-people'
  | 'new-relationship'
  | 'proposal-open'
  | 'relationship-active'
  | 'others-active'
  | 'others-proposed'
  | 'nothing-else-open'
  | 'rematch-requested'
  | 'no-rematch'
  | 'not-paused'
  | 'paused'
  | 'until-after-start';

/**
 * One transition of the {@link enrolmentMachine}: in one of the `from`
 * statuses, an event of type `event` sent by one of the `actors` roles moves
 * the enrolment to `to` (or keeps its status when `to` is `null`) if every
 * guard holds; the first transition whose guards all hold is taken. The
 * same shape as a `LifecycleTransition`, so one generator reads both machines.
 *
 * @example
 * ```ts
 * const waitlist: EnrolmentTransition = {
 *   kind: 'stage', event: 'waitlist', from: ['ready'], to: 'waitlisted',
 *   actors: ['admin', 'system'], guards: [],
 * };
 * ```
 */
export interface EnrolmentTransition
  extends MachineTransition<EnrolmentStatus, EnrolmentEventType, EnrolmentGuardName> {}

/**
 * The shape of {@link enrolmentMachine}: the same fields as the
 * `LifecycleMachine` (`stages` holds the enrolment's statuses).
 *
 * @example
 * ```ts
 * const statuses = (machine: EnrolmentMachine) => machine.stages;
 * ```
 */
export interface EnrolmentMachine {
  readonly id: string;
  /** Every status, in the order of `EnrolmentStatusSchema`. */
  readonly stages: readonly EnrolmentStatus[];
  /** Statuses an enrolment never leaves. */
  readonly terminal: readonly EnrolmentStatus[];
  /** How an enrolment comes to be: an `apply` event creates it in `stage`. */
  readonly initial: {
    readonly event: 'apply';
    readonly stage: 'applied';
    readonly actors: readonly ActorRole[];
    readonly guards: readonly EnrolmentGuardName[];
  };
  readonly transitions: readonly EnrolmentTransition[];
}

const person = ['mentor', 'mentee'] as const;
const personAndAdmin = ['mentor', 'mentee', 'admin'] as const;
const programme = ['admin', 'system'] as const;
const open = ['applied', 'onboarding', 'ready', 'waitlisted', 'matched', 'active'] as const;
const enrolled = ['onboarding', 'ready', 'waitlisted', 'matched', 'active'] as const;
const matchable = ['ready', 'waitlisted', 'matched'] as const;

const { stage, activity } = transitionBuilders<
  EnrolmentStatus,
  EnrolmentEventType,
  EnrolmentGuardName
>();

/**
 * A person's way through a programme as data, on the same engine as the
 * relationship's `lifecycleMachine`: `apply` → `screen` (accepted →
 * `onboarding`, or `ready` when the programme asks nothing; declined, with a
 * reason) → `meet-requirement` for each onboarding requirement → `ready` →
 * `waitlist` or `match` (a proposal: `matched`) → `relationship-started`
 * (`active`, in as many relationships as the person has) →
 * `relationship-ended` (back to `ready` when the person wants a new match,
 * else `alumni`) or `graduate`; `withdraw` (the person) and `remove` (a
 * coordinator) end it from any open status. `pause` and `resume` keep the
 * status: a paused person keeps their relationships and gets no new match.
 * {@link applyEnrolmentEvent}, {@link availableEnrolmentEvents} and
 * {@link enrolmentToMermaid} all read this one table.
 *
 * @example
 * ```ts
 * enrolmentMachine.transitions
 *   .filter((t) => t.from.includes('ready'))
 *   .map((t) => `${t.event} → ${t.to ?? 'stays'}`);
 * // ['waitlist → waitlisted', 'match → matched', 'graduate → alumni', …]
 * ```
 */
export const enrolmentMachine: EnrolmentMachine = /* @__PURE__ */ deepFreeze({
  id: 'programme-enrolment',
  stages: [...EnrolmentStatusSchema.options],
  terminal: ['declined', 'alumni', 'withdrawn', 'removed'],
  initial: {
    event: 'apply',
    stage: 'applied',
    actors: ['mentor', 'mentee', 'admin', 'system'],
    guards: ['own-application'],
  },
  transitions: [
    // ── screening and onboarding ──────────────────────────────────────────
    stage(
      'screen',
      ['applied'],
      'onboarding',
      ['admin'],
      ['screening-accepted', 'has-requirements'],
    ),
    stage('screen', ['applied'], 'ready', ['admin'], ['screening-accepted', 'no-requirements']),
    stage('screen', ['applied'], 'declined', ['admin'], ['screening-declined', 'reason-given']),
    stage(
      'meet-requirement',
      ['onboarding'],
      'ready',
      [...personAndAdmin, 'system'],
      ['requirement-known', 'requirement-open', 'completes-onboarding'],
    ),
    stage(
      'meet-requirement',
      ['onboarding'],
      null,
      [...personAndAdmin, 'system'],
      ['requirement-known', 'requirement-open', 'onboarding-continues'],
    ),
    // ── matching ──────────────────────────────────────────────────────────
    stage('waitlist', ['ready'], 'waitlisted', programme),
    stage('match', matchable, 'matched', programme, [
      'available',
      'different-people',
      'new-relationship',
    ]),
    stage('match', ['active'], null, programme, [
      'available',
      'different-people',
      'new-relationship',
    ]),
    stage('proposal-closed', ['matched'], null, programme, ['proposal-open', 'others-proposed']),
    stage('proposal-closed', ['matched'], 'ready', programme, [
      'proposal-open',
      'nothing-else-open',
    ]),
    stage('proposal-closed', ['active'], null, programme, ['proposal-open']),
    stage('relationship-started', ['matched', 'active'], 'active', programme, ['proposal-open']),
    stage('relationship-ended', ['active'], null, programme, [
      'relationship-active',
      'others-active',
    ]),
    stage('relationship-ended', ['active'], 'matched', programme, [
      'relationship-active',
      'others-proposed',
    ]),
    stage('relationship-ended', ['active'], 'ready', programme, [
      'relationship-active',
      'nothing-else-open',
      'rematch-requested',
    ]),
    stage('relationship-ended', ['active'], 'alumni', programme, [
      'relationship-active',
      'nothing-else-open',
      'no-rematch',
    ]),
    stage('graduate', ['ready', 'waitlisted'], 'alumni', programme),
    // ── leaving ───────────────────────────────────────────────────────────
    stage('withdraw', open, 'withdrawn', person),
    stage('remove', open, 'removed', ['admin']),
    // ── activities that keep the status ───────────────────────────────────
    activity('pause', enrolled, personAndAdmin, ['not-paused', 'until-after-start']),
    activity('resume', enrolled, [...personAndAdmin, 'system'], ['paused']),
    activity('set-priority-flags', open, programme),
  ],
});

/** The transitions by status and event type, derived once from {@link enrolmentMachine}. */
export const enrolmentTransitionIndex: TransitionIndex<
  EnrolmentStatus,
  EnrolmentEventType,
  EnrolmentTransition
> = /* @__PURE__ */ indexTransitions(enrolmentMachine.transitions);

/**
 * Renders the status changes of the {@link enrolmentMachine} as a Mermaid
 * `stateDiagram-v2`, with the same renderer as the relationship's
 * `toMermaid`: one arrow per transition, labelled with the event, the roles
 * that may send it and its guards (activities are left out).
 *
 * @example
 * ```ts
 * const markdown = '```mermaid\n' + enrolmentToMermaid() + '\n```';
 * // stateDiagram-v2
 * //   [*] --> applied : apply (mentor, mentee, admin, system) [own-application]
 * ```
 */
export function enrolmentToMermaid(): string {
  return renderMermaid(enrolmentMachine);
}
