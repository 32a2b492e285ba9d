import { deepFreeze } from '../_internal/deep-freeze';
import { produce } from '../_internal/immer';
import {
  err,
  type Id,
  isTerminalStage,
  ok,
  parseRelationshipEvent,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventInput,
  RelationshipEventSchema,
  type RelationshipStage,
  type Result,
} from '../model';
import { applyEffect } from './effects';
import { type LifecycleError, lifecycleError } from './errors';
import { type GuardInput, guards } from './guards';
import { checkLimits } from './limits';
import { type GuardName, type LifecycleTransition, transitionIndex } from './machine';
import { actsForThemselves, createProposal, invalidEvent, someoneElse } from './proposal';
import { toMillis } from './time';

// Re-exported for callers that import them from here (the lifecycle benchmark).
export { actsForThemselves } from './proposal';

/** Runs guards in order and returns the first refusal. */
export function runGuards(
  names: readonly GuardName[],
  input: GuardInput,
): LifecycleError | undefined {
  for (const name of names) {
    const error = guards[name](input);
    if (error !== undefined) return error;
  }
  return undefined;
}

/** Whether an event id is in a history: a plain loop, since it runs for every applied event. */
export function hasEventId(history: readonly RelationshipEvent[], id: Id): boolean {
  for (let index = history.length - 1; index >= 0; index--) {
    if (history[index]?.id === id) return true;
  }
  return false;
}

/**
 * Decides which transition of the machine an event takes, or why it is
 * refused: event id, order, stage, role, identity, guards, then the schema's
 * size limits. Does not validate the event's shape; callers do that first.
 */
function decide(
  relationship: Relationship,
  event: RelationshipEvent,
  isKnownEventId: (id: Id) => boolean,
): Result<LifecycleTransition, LifecycleError> {
  if (isKnownEventId(event.id)) {
    return err(lifecycleError('duplicate_event_id', { id: event.id }, ['id']));
  }
  const at = toMillis(event.at);
  const last = relationship.history[relationship.history.length - 1];
  if (last !== undefined && at < toMillis(last.at)) {
    return err(lifecycleError('event_out_of_order', { at: event.at, lastAt: last.at }, ['at']));
  }
  const { stage } = relationship;
  if (isTerminalStage(stage)) {
    return err(lifecycleError('relationship_closed', { stage, event: event.type }, ['type']));
  }
  const candidates = transitionIndex.get(stage)?.get(event.type);
  if (candidates === undefined) {
    return err(
      lifecycleError('event_not_allowed_in_stage', { stage, event: event.type }, ['type']),
    );
  }
  const { actor } = event;
  const permitted = candidates.filter((transition) => transition.actors.includes(actor.role));
  if (permitted.length === 0) {
    const allowed = [...new Set(candidates.flatMap((transition) => transition.actors))];
    return err(
      lifecycleError(
        'actor_not_permitted',
        { stage, event: event.type, role: actor.role, allowed },
        ['actor', 'role'],
      ),
    );
  }
  if (!actsForThemselves(actor, relationship)) return err(someoneElse(actor));
  const input: GuardInput = { relationship, actor, at, event };
  let refusal: LifecycleError | undefined;
  for (const transition of permitted) {
    refusal = runGuards(transition.guards, input);
    if (refusal === undefined) {
      const limit = checkLimits(relationship, event);
      return limit === undefined ? ok(transition) : err(limit);
    }
  }
  // `permitted` is not empty, so a refusal was recorded.
  return err(refusal as LifecycleError);
}

/**
 * Validates an event with `RelationshipEventSchema` into a fresh copy (not yet
 * frozen: the caller's result freezes it). Invalid or hostile input goes
 * through `parseRelationshipEvent`, which reports every issue and never throws.
 */
export function validateEvent(input: unknown): Result<RelationshipEvent, LifecycleError> {
  try {
    const parsed = RelationshipEventSchema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
  } catch {
    // Reported below.
  }
  const reported = parseRelationshipEvent(input);
  return reported.ok ? ok(reported.value) : err(invalidEvent(reported.error));
}

/**
 * Applies one event to a relationship: validates the event against
 * `RelationshipEventSchema`, checks it against the {@link lifecycleMachine}
 * (id, order, stage, role, identity, guards, size limits), and returns the new relationship
 * with the event appended to its history. The result is deep-frozen and
 * shares every part the event did not touch with the input; the input is
 * never changed.
 *
 * The relationship must come from {@link proposeMatch}, {@link replay},
 * `applyEvent` or `parseRelationship`; it is not validated again.
 *
 * @example
 * ```ts
 * const result = applyEvent(relationship, {
 *   type: 'accept', id: 'e2', at: '2026-03-02T09:00:00+01:00',
 *   actor: { role: 'mentee', id: relationship.menteeId },
 * });
 * if (result.ok) relationship = result.value;
 * else console.log(formatError(result.error, 'de'));
 * ```
 */
export function applyEvent(
  relationship: Relationship,
  event: RelationshipEventInput,
): Result<Relationship, LifecycleError> {
  const parsed = validateEvent(event);
  return parsed.ok ? applyParsedEvent(relationship, parsed.value) : parsed;
}

/** {@link applyEvent} for an event that {@link validateEvent} has already validated. */
export function applyParsedEvent(
  relationship: Relationship,
  event: RelationshipEvent,
): Result<Relationship, LifecycleError> {
  const decision = decide(relationship, event, (id) => hasEventId(relationship.history, id));
  if (!decision.ok) return decision;
  return ok(nextRelationship(relationship, event, decision.value.to));
}

/**
 * The relationship after an accepted event, as a new frozen value that shares
 * every untouched part with `relationship`. The history is appended outside
 * immer: finalising a draft of a long array visits every element, which would
 * make each event cost O(history).
 */
export function nextRelationship(
  relationship: Relationship,
  event: RelationshipEvent,
  to: RelationshipStage | null,
): Relationship {
  const changed = produce(relationship, (draft) => {
    applyEffect(draft, event, to);
  });
  const history = [...relationship.history, deepFreeze(event)];
  Object.freeze(history);
  const next: Relationship = { ...changed, history };
  return Object.freeze(next);
}

function atIndex(error: LifecycleError, index: number): LifecycleError {
  const located: LifecycleError = { ...error, path: [index, ...(error.path ?? [])] };
  return error.issues === undefined
    ? located
    : {
        ...located,
        issues: error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      };
}

/**
 * Rebuilds a relationship from its events, oldest first: the first must be
 * the `propose` event, every later one is checked exactly as
 * {@link applyEvent} checks it. `replay(relationship.history)` returns a
 * relationship deep-equal to `relationship`. A refused event is reported with
 * its index in front of the error's `path`.
 *
 * Replay builds the relationship in a private working copy and freezes it
 * once at the end, so long histories cost linear time.
 *
 * @example
 * ```ts
 * const restored = replay(JSON.parse(storedHistoryJson));
 * if (!restored.ok) console.log(restored.error.code, restored.error.path); // e.g. 'event_out_of_order' [12, 'at']
 * ```
 */
export function replay(
  events: readonly RelationshipEventInput[],
): Result<Relationship, LifecycleError> {
  if (events.length === 0) return err(lifecycleError('not_a_proposal', { event: 'none' }, []));
  const started = startRelationship(events[0]);
  if (!started.ok) return err(atIndex(started.error, 0));
  const working = started.value;
  const seen = new Set<Id>([working.history[0]?.id ?? '']);
  for (let index = 1; index < events.length; index++) {
    const parsed = validateEvent(events[index]);
    if (!parsed.ok) return err(atIndex(parsed.error, index));
    const event = parsed.value;
    const decision = decide(working, event, (id) => seen.has(id));
    if (!decision.ok) return err(atIndex(decision.error, index));
    applyEffect(working, event, decision.value.to);
    working.history.push(event);
    seen.add(event.id);
  }
  return ok(deepFreeze(working));
}

/**
 * Validates and checks a `propose` event and creates the relationship it
 * proposes, not yet frozen: {@link replay} keeps building on it, the other
 * callers freeze it.
 */
export function startRelationship(input: unknown): Result<Relationship, LifecycleError> {
  const parsed = validateEvent(input);
  if (!parsed.ok) return parsed;
  const event = parsed.value;
  if (event.type !== 'propose') {
    return err(lifecycleError('not_a_proposal', { event: event.type }, ['type']));
  }
  return createProposal(event);
}
