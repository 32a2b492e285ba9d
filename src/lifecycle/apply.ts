import type { Id } from '../model/id';
import { parseRelationshipEvent } from '../model/parsers';
import type { Relationship } from '../model/relationship';
import {
  type RelationshipEvent,
  type RelationshipEventInput,
  RelationshipEventSchema,
} from '../model/relationship-event';
import { isTerminalStage } from '../model/relationship-stage';
import { err, ok, type Result } from '../model/result';
import { appendEvent } from './append';
import { applyEffect } from './effects';
import { eventLabel, type LifecycleError, lifecycleError, roleLabel, stageLabel } from './errors';
import { type GuardInput, guards } from './guards';
import { hasEventId, indexAppended, indexBuilt, sentCounts } from './history-index';
import { checkLimits, countOne, type SentCounts } from './limits';
import { markOwned } from './list-index';
import { type GuardName, type LifecycleTransition, transitionIndex } from './machine';
import { actsForThemselves, createProposal, invalidEvent, someoneElse } from './proposal';
import { freezeAll, sealedInput, sealRelationship, workingCopy } from './seal';
import { toMillis } from './time';

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

/**
 * Decides which transition of the machine an event takes, or why it is
 * refused: event id, order, stage, role, identity, guards, then the size
 * limits (the schema's, and the sender's share of the history). Does not
 * validate the event's shape; callers do that first.
 */
function decide(
  relationship: Relationship,
  event: RelationshipEvent,
  isKnownEventId: (id: Id) => boolean,
  counts: SentCounts,
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
  const type = eventLabel(event.type);
  if (isTerminalStage(stage)) {
    return err(
      lifecycleError('relationship_closed', { stage: stageLabel(stage), event: type }, ['type']),
    );
  }
  const candidates = transitionIndex.get(stage)?.get(event.type);
  if (candidates === undefined) {
    return err(
      lifecycleError('event_not_allowed_in_stage', { stage: stageLabel(stage), event: type }, [
        'type',
      ]),
    );
  }
  const { actor } = event;
  const permitted = candidates.filter((transition) => transition.actors.includes(actor.role));
  if (permitted.length === 0) {
    const allowed = [...new Set(candidates.flatMap((transition) => transition.actors))];
    return err(
      lifecycleError(
        'actor_not_permitted',
        {
          stage: stageLabel(stage),
          event: type,
          role: roleLabel(actor.role),
          allowed: allowed.map(roleLabel),
        },
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
      const limit = checkLimits(relationship, event, counts);
      return limit === undefined ? ok(transition) : err(limit);
    }
  }
  // `permitted` is not empty, so a refusal was recorded.
  return err(refusal as LifecycleError);
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
  const located: LifecycleError = { ...error, path: [index, ...(error.path ?? [])] };
  return error.issues === undefined
    ? located
    : {
        ...located,
        issues: error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      };
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
  const added = new Set<Id>();
  const isKnown = (id: Id) => added.has(id) || isKnownBefore(id);
  let counts = countsBefore;
  for (let index = from; index < events.length; index++) {
    const parsed = validateEvent(events[index]);
    if (!parsed.ok) return atIndex(parsed.error, index);
    const event = parsed.value;
    const decision = decide(working, event, isKnown, counts);
    if (!decision.ok) return atIndex(decision.error, index);
    applyEffect(working, event, decision.value.to);
    working.history.push(event);
    added.add(event.id);
    counts = countOne(counts, event.actor.role);
  }
  return undefined;
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
      messageKey: 'lifecycle.error.no_events',
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
