import {
  type Actor,
  isTerminalStage,
  type Relationship,
  type RelationshipEventType,
  type Timestamp,
} from '../model';
import { runGuards } from './apply';
import { transitionIndex } from './machine';
import { actsForThemselves } from './proposal';
import { toMillis } from './time';

/**
 * Options of {@link availableEvents}.
 *
 * @example
 * ```ts
 * const options: AvailableEventsOptions = { now: new Date().toISOString() };
 * ```
 */
export interface AvailableEventsOptions {
  /**
   * The time the actor would act. With it, guards on time (a proposal's
   * expiry) are checked too, and nothing is offered before the last event.
   */
  readonly now?: Timestamp;
}

/**
 * The event types an actor may send to a relationship now, in the order of
 * the {@link lifecycleMachine}'s table: the stage has a transition for the
 * actor's role, the actor is the relationship's own mentor or mentee (for
 * those roles), and every guard that depends only on the relationship holds.
 * Guards on an event's payload (an unknown meeting id, say) cannot be judged
 * without the payload and are assumed to hold. Derived from the same table
 * {@link applyEvent} enforces, so it never offers a stage change the machine
 * would refuse.
 *
 * @example
 * ```ts
 * availableEvents(relationship, { role: 'mentee', id: relationship.menteeId });
 * // in 'preparing' with a goal, a plan and a scheduled meeting:
 * // ['begin-initiation', 'pause', 'end-early', 'record-self-inventory', 'set-goal', …]
 * ```
 */
export function availableEvents(
  relationship: Relationship,
  actor: Actor,
  options: AvailableEventsOptions = {},
): readonly RelationshipEventType[] {
  if (isTerminalStage(relationship.stage) || !actsForThemselves(actor, relationship)) return [];
  const at = options.now === undefined ? undefined : toMillis(options.now);
  const last = relationship.history[relationship.history.length - 1];
  if (at !== undefined && last !== undefined && at < toMillis(last.at)) return [];
  const available: RelationshipEventType[] = [];
  for (const [type, transitions] of transitionIndex.get(relationship.stage) ?? []) {
    const possible = transitions.some(
      (transition) =>
        transition.actors.includes(actor.role) &&
        runGuards(transition.guards, { relationship, actor, at, event: undefined }) === undefined,
    );
    if (possible) available.push(type);
  }
  return available;
}
