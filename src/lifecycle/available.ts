import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import { available as engineAvailable } from '../_internal/state-machine/engine';
import { type Actor, ActorSchema } from '../model/actor';
import { type ProgramRef, ProgramRefSchema } from '../model/program';
import type { Relationship } from '../model/relationship';
import type { RelationshipEventType } from '../model/relationship-event';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import { lifecycleEngine } from './apply';
import { coordinatorRefusal } from './coordinators';
import { sentCounts } from './history-index';
import { fitsSomeLimit } from './limits';
import { toMillis } from './time';

/**
 * Schema of {@link AvailableEventsOptions} (strict: unknown keys are errors).
 *
 * @example
 * ```ts
 * AvailableEventsOptionsSchema.safeParse({ now: new Date() }).success; // false: a string is needed
 * ```
 */
export const AvailableEventsOptionsSchema = z.strictObject({
  now: TimestampSchema.optional(),
  program: ProgramRefSchema.optional(),
});

/**
 * Options of {@link availableEvents}, validated by {@link AvailableEventsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: AvailableEventsOptions = { now: '2026-03-20T10:00:00+01:00' };
 * ```
 */
export interface AvailableEventsOptions {
  /**
   * The time the actor would act: an ISO 8601 timestamp with an offset. With
   * it, guards on time (a proposal's expiry) are checked too, and nothing is
   * offered before the last event. Without it, time guards are assumed to hold.
   */
  readonly now?: Timestamp | undefined;
  /**
   * The programme the events would be sent through (`applyProgramEvent`).
   * With it, nothing is offered that the programme refuses whatever the
   * event: an `admin` who is not one of its `coordinatorIds` (when it names
   * them), or a relationship of another programme. Capacities are not
   * judged (they need the other relationships).
   */
  readonly program?: ProgramRef | undefined;
}

// The actor is an argument a program writes: checked like an option.
const ActorArgumentSchema = z.strictObject({ actor: ActorSchema });

const nothing: readonly RelationshipEventType[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The event types an actor may send to a relationship now, in the order of
 * the {@link lifecycleMachine}'s table: the stage has a transition for the
 * actor's role, the actor is the relationship's own mentor or mentee (for
 * those roles), every guard that depends only on the relationship holds, and
 * some event of the type still fits the size limits (the schema's and the
 * sender's share of the history), so nothing is offered that
 * {@link applyEvent} would refuse for its size. Guards on an event's payload
 * (an unknown meeting id, say) cannot be judged without the payload and are
 * assumed to hold. With the `program` option, nothing is offered that
 * `applyProgramEvent` would refuse for the programme itself (an admin who is
 * not one of its coordinators). The list is frozen.
 *
 * @throws {InvalidOptionsError} when `options` fail {@link AvailableEventsOptionsSchema}
 *   (an unknown key, a `now` that is not a timestamp with an offset, a
 *   `program` that fails `ProgramRefSchema`) or
 *   `actor` is not an actor (issues at `['actor', …]`).
 * @example
 * ```ts
 * availableEvents(relationship, { role: 'mentee', id: relationship.menteeId }, { now });
 * // in 'preparing' with a goal, a plan and a scheduled meeting:
 * // ['begin-initiation', 'pause', 'end-early', 'record-self-inventory', 'set-goal', …]
 * availableEvents(relationship, { role: 'admin', id: 'someone' }, { program: { id: relationship.programId, coordinatorIds: ['coordinator-1'] } });
 * // []: not a coordinator of the programme
 * ```
 */
export function availableEvents(
  relationship: Relationship,
  actor: Actor,
  options: AvailableEventsOptions = {},
): readonly RelationshipEventType[] {
  const { now, program } = parseOptions('availableEvents', AvailableEventsOptionsSchema, options);
  parseOptions('availableEvents', ActorArgumentSchema, { actor });
  if (program !== undefined) {
    if (relationship.programId !== program.id || coordinatorRefusal(program, actor) !== undefined)
      return nothing;
  }
  const at = now === undefined ? undefined : toMillis(now);
  const counts = sentCounts(relationship.history);
  const available = engineAvailable(lifecycleEngine, relationship, actor, at, (type) =>
    fitsSomeLimit(relationship, type, actor.role, counts),
  );
  return Object.freeze(available);
}
