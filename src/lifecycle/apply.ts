import {
  applyInPlace as applyEach,
  decide as decideTransition,
  type EngineSpec,
  locatedAt,
} from '../_internal/state-machine/engine';
import type { Id } from '../model/id';
import { parseRelationshipEvent } from '../model/parsers';
import type { Relationship } from '../model/relationship';
import {
  type RelationshipEvent,
  type RelationshipEventInput,
  RelationshipEventSchema,
  type RelationshipEventType,
} from '../model/relationship-event';
import { isTerminalStage, type RelationshipStage } from '../model/relationship-stage';
import { err, ok, type Result } from '../model/result';
import { appendEvent } from './append';
import { applyEffect } from './effects';
import {
  eventLabel,
  type LifecycleError,
  lifecycleError,
  lifecycleErrorKey,
  roleLabel,
  stageLabel,
} from './errors';
import { type GuardInput, guards } from './guards';
import { hasEventId, indexAppended, indexBuilt, sentCounts } from './history-index';
import { checkLimits, countOne, type SentCounts } from './limits';
import { markOwned } from './list-index';
import { type GuardName, type LifecycleTransition, transitionIndex } from './machine';
import { actsForThemselves, createProposal, invalidEvent, someoneElse } from './proposal';
import { freezeAll, sealedInput, sealRelationship, workingCopy } from './seal';

/** The lifecycle as the state-machine engine runs it: its table, guards and refusals. */
export const lifecycleEngine: EngineSpec<
  Relationship,
  RelationshipEvent,
  RelationshipStage,
  RelationshipEventType,
  GuardName,
  GuardInput,
  LifecycleError
> = {
  index: transitionIndex,
  guards,
  stateOf: (relationship) => relationship.stage,
  historyOf: (relationship) => relationship.history,
  isTerminal: isTerminalStage,
  actsForThemselves,
  guardInput: (relationship, actor, at, event) => ({ relationship, actor, at, event }),
  refusals: {
    duplicateEventId: (id) => lifecycleError('duplicate_event_id', { id }, ['id']),
    outOfOrder: (at, lastAt) => lifecycleError('event_out_of_order', { at, lastAt }, ['at']),
    closed: (stage, type) =>
      lifecycleError('relationship_closed', { stage: stageLabel(stage), event: eventLabel(type) }, [
        'type',
      ]),
    notInState: (stage, type) =>
      lifecycleError(
        'event_not_allowed_in_stage',
        { stage: stageLabel(stage), event: eventLabel(type) },
        ['type'],
      ),
    actorNotPermitted: (stage, type, role, allowed) =>
      lifecycleError(
        'actor_not_permitted',
        {
          stage: stageLabel(stage),
          event: eventLabel(type),
          role: roleLabel(role),
          allowed: allowed.map(roleLabel),
        },
        ['actor', 'role'],
      ),
    someoneElse,
  },
};

/**
 * Decides which transition of the machine an event takes, or why it is
 * refused (the engine's order: event id, order, stage, role, identity,
 * guards), then the size limits (the schema's, and the sender's share of
 * the history). Does not validate the event's shape; callers do that first.
 */
function decide(
  relationship: Relationship,
  event: RelationshipEvent,
  isKnownEventId: (id: Id) => boolean,
  counts: SentCounts,
): Result<LifecycleTransition, LifecycleError> {
  const decision = decideTransition(lifecycleEngine, relationship, event, isKnownEventId, () =>
    checkLimits(relationship, event, counts),
  );
  return decision.ok ? ok(decision.value as LifecycleTransition) : err(decision.error);
}

/**
 * Validates an event with `RelationshipEventSchema` into a fresh copy (not yet
 * frozen: the caller's result freezes it). Anything else (invalid or hostile
 * input, `null` for an absent field) goes through `parseRelationshipEvent`,
 * which reads it as the model does, reports every issue and never throws.
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

/** A refusal as it leaves the lifecycle: deep-frozen, like every output. */
export function refuse<T>(error: LifecycleError): Result<T, LifecycleError> {
  return err(freezeAll(error));
}

/**
 * Applies one event to a relationship: validates the event against
 * `RelationshipEventSchema`, checks it against the {@link lifecycleMachine}
 * (id, order, stage, role, identity, guards, size limits), and returns the
 * new relationship with the event appended to its history.
 *
 * The result is deep-frozen, written in the key order of `RelationshipSchema`
 * (its JSON is what `parseRelationship` gives back), and shares every part
 * the event did not touch with a deep-frozen input, so appending costs about
 * as much as copying the history once. The input is never changed or
 * frozen: one that is not deep-frozen is copied first. To append many
 * events at once, {@link applyEvents} is linear in their number.
 *
 * Size limits: besides the limits of `RelationshipSchema` (5,000 meetings,
 * 200 plan steps a goal, …), the history holds at most 45,000 events from
 * each party and 9,000 from the programme's admins and the system together
 * (`participant_limit_reached`); the events that close a relationship count
 * against no share, so it can always be ended or completed.
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
 * else console.log(formatError(result.error, de));
 * ```
 */
export function applyEvent(
  relationship: Relationship,
  event: RelationshipEventInput,
): Result<Relationship, LifecycleError> {
  const parsed = validateEvent(event);
  return parsed.ok ? applyParsedEvent(relationship, parsed.value) : refuse(parsed.error);
}

/** {@link applyEvent} for an event that {@link validateEvent} has already validated. */
export function applyParsedEvent(
  relationship: Relationship,
  event: RelationshipEvent,
): Result<Relationship, LifecycleError> {
  const base = sealedInput(relationship);
  const { history } = base;
  const decision = decide(base, event, (id) => hasEventId(history, id), sentCounts(history));
  if (!decision.ok) return refuse(decision.error);
  return ok(appendEvent(base, event, decision.value.to));
}

function atIndex(error: LifecycleError, index: number): LifecycleError {
  return locatedAt(error, index);
}

/** Marks the lists of a private working copy as the lifecycle's own, so their indexes are kept. */
function ownLists(working: Relationship): void {
  const { goals, meetings, actionItems, feedbackRequests, feedback, progressUpdates, evaluations } =
    working;
  for (const list of [goals, meetings, actionItems, feedbackRequests, feedback, progressUpdates]) {
    markOwned(list);
  }
  markOwned(evaluations);
  for (const goal of goals) markOwned(goal.plan);
}

/**
 * Applies events to a working copy that effects change in place, checking
 * each exactly as {@link applyEvent} does; a refusal carries the event's
 * index (from `offset`) in front of its path.
 */
function applyInPlace(
  working: Relationship,
  events: readonly unknown[],
  from: number,
  isKnownBefore: (id: Id) => boolean,
  countsBefore: SentCounts,
): LifecycleError | undefined {
  ownLists(working);
  let counts = countsBefore;
  return applyEach<Relationship, RelationshipEvent, LifecycleError, LifecycleTransition>(
    {
      validate: validateEvent,
      decide: (document, event, isKnown) => decide(document, event, isKnown, counts),
      commit: (document, event, transition) => {
        applyEffect(document, event, transition.to);
        document.history.push(event);
        counts = countOne(counts, event.actor.role);
      },
      atIndex,
    },
    working,
    events,
    from,
    isKnownBefore,
  );
}

/**
 * Applies many events to a relationship, oldest first, each checked exactly
 * as {@link applyEvent} checks it: the result equals folding `applyEvent`
 * over the events, but costs time linear in the history and the events
 * instead of one history copy per event. A refused event is reported with its
 * index in `events` in front of the error's `path` (as {@link replay} does),
 * and nothing is applied. The input is never changed or frozen; the result
 * is deep-frozen.
 *
 * @example
 * ```ts
 * const result = applyEvents(relationship, importedEvents);
 * if (!result.ok) console.log(result.error.code, result.error.path); // e.g. 'duplicate_event_id' [3, 'id']
 * ```
 */
export function applyEvents(
  relationship: Relationship,
  events: readonly RelationshipEventInput[],
): Result<Relationship, LifecycleError> {
  const base = sealedInput(relationship);
  if (events.length === 0) return ok(base);
  const working = workingCopy(base);
  const { history } = base;
  const refused = applyInPlace(
    working,
    events,
    0,
    (id) => hasEventId(history, id),
    sentCounts(history),
  );
  if (refused !== undefined) return refuse(refused);
  const result = sealRelationship(working);
  indexAppended(history, result.history, result.history.slice(history.length));
  return ok(result);
}

/**
 * Rebuilds a relationship from its events, oldest first: the first must be
 * the `propose` event, every later one is checked exactly as
 * {@link applyEvent} checks it. `replay(relationship.history)` returns a
 * relationship deep-equal to `relationship`, with the same JSON. A refused
 * event is reported with its index in front of the error's `path`.
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
  if (events.length === 0) {
    return refuse({
      code: 'not_a_proposal',
      messageKey: lifecycleErrorKey('lifecycle.error.no_events'),
      params: {},
      path: [],
    });
  }
  const started = startRelationship(events[0]);
  if (!started.ok) return refuse(atIndex(started.error, 0));
  const working = started.value;
  const first = working.history[0]?.id;
  const refused = applyInPlace(
    working,
    events,
    1,
    (id) => id === first,
    countOne({ mentor: 0, mentee: 0, programme: 0 }, working.proposal.proposedBy.role),
  );
  if (refused !== undefined) return refuse(refused);
  const result = sealRelationship(working);
  indexBuilt(result.history);
  return ok(result);
}

/**
 * Validates and checks a `propose` event and creates the relationship it
 * proposes, not yet frozen: {@link replay} keeps building on it, the other
 * callers seal it.
 */
export function startRelationship(input: unknown): Result<Relationship, LifecycleError> {
  const parsed = validateEvent(input);
  if (!parsed.ok) return parsed;
  const event = parsed.value;
  if (event.type !== 'propose') {
    return err(lifecycleError('not_a_proposal', { event: eventLabel(event.type) }, ['type']));
  }
  return createProposal(event);
}
