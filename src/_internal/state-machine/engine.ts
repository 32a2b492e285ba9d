import type { Actor, ActorRole } from '../../model/actor';
import type { Id } from '../../model/id';
import { epochOf } from '../epoch-time';
import type { MachineTransition, TransitionIndex } from './definition';

// The engine both machines run on: the order in which an event is judged
// (event id, order in time, state, role, identity, guards, size limits), the
// guard runner, the list of events an actor may send, and the loop that
// applies many events to a private working copy. Each machine supplies its
// table, its guards, its effects and its error values; the engine never
// builds an error itself.

/** The fields every event of every machine has. */
export interface EngineEvent<T extends string = string> {
  readonly type: T;
  readonly id: Id;
  readonly at: string;
  readonly actor: Actor;
}

/** A guard: `undefined` when it holds, else the machine's refusal. */
export type EngineGuard<I, E> = (input: I) => E | undefined;

/** The refusals of the engine's own checks, built by the machine (its codes and message keys). */
export interface EngineRefusals<S extends string, T extends string, E> {
  readonly duplicateEventId: (id: Id) => E;
  readonly outOfOrder: (at: string, lastAt: string) => E;
  readonly closed: (state: S, type: T) => E;
  readonly notInState: (state: S, type: T) => E;
  readonly actorNotPermitted: (
    state: S,
    type: T,
    role: ActorRole,
    allowed: readonly ActorRole[],
  ) => E;
  readonly someoneElse: (actor: Actor) => E;
}

/** What a machine gives the engine. */
export interface EngineSpec<
  D,
  V extends EngineEvent<T>,
  S extends string,
  T extends string,
  G extends string,
  I,
  E,
> {
  readonly index: TransitionIndex<S, T, MachineTransition<S, T, G>>;
  readonly guards: Readonly<Record<G, EngineGuard<I, E>>>;
  readonly stateOf: (document: D) => S;
  readonly historyOf: (document: D) => readonly V[];
  readonly isTerminal: (state: S) => boolean;
  /** Whether the actor may act on this document in their own name (mentor/mentee ids). */
  readonly actsForThemselves: (actor: Actor, document: D) => boolean;
  /** The input the machine's guards read; `event` and `at` are absent when availability is asked. */
  readonly guardInput: (
    document: D,
    actor: Actor,
    at: number | undefined,
    event: V | undefined,
  ) => I;
  readonly refusals: EngineRefusals<S, T, E>;
}

/** A result as the engine returns it (the machine wraps it in its own `Result`). */
export type Decision<X, E> =
  | { readonly ok: true; readonly value: X }
  | { readonly ok: false; readonly error: E };

/** Runs guards in order and returns the first refusal. */
export function runGuards<G extends string, I, E>(
  table: Readonly<Record<G, EngineGuard<I, E>>>,
  names: readonly G[],
  input: I,
): E | undefined {
  for (const name of names) {
    const error = table[name](input);
    if (error !== undefined) return error;
  }
  return undefined;
}

/**
 * Decides which transition an event takes, or why it is refused: event id,
 * order, state, role, identity, guards (the first transition whose guards
 * all hold is taken), then `limits` for that transition. Does not validate
 * the event's shape; callers do that first.
 */
export function decide<
  D,
  V extends EngineEvent<T>,
  S extends string,
  T extends string,
  G extends string,
  I,
  E,
>(
  spec: EngineSpec<D, V, S, T, G, I, E>,
  document: D,
  event: V,
  isKnownEventId: (id: Id) => boolean,
  limits: (transition: MachineTransition<S, T, G>) => E | undefined,
): Decision<MachineTransition<S, T, G>, E> {
  const { refusals } = spec;
  if (isKnownEventId(event.id)) return { ok: false, error: refusals.duplicateEventId(event.id) };
  const at = epochOf(event.at);
  const history = spec.historyOf(document);
  const last = history[history.length - 1];
  if (last !== undefined && at < epochOf(last.at)) {
    return { ok: false, error: refusals.outOfOrder(event.at, last.at) };
  }
  const state = spec.stateOf(document);
  if (spec.isTerminal(state)) return { ok: false, error: refusals.closed(state, event.type) };
  const candidates = spec.index.get(state)?.get(event.type);
  if (candidates === undefined) {
    return { ok: false, error: refusals.notInState(state, event.type) };
  }
  const { actor } = event;
  const permitted = candidates.filter((transition) => transition.actors.includes(actor.role));
  if (permitted.length === 0) {
    const allowed = [...new Set(candidates.flatMap((transition) => transition.actors))];
    return { ok: false, error: refusals.actorNotPermitted(state, event.type, actor.role, allowed) };
  }
  if (!spec.actsForThemselves(actor, document)) {
    return { ok: false, error: refusals.someoneElse(actor) };
  }
  const input = spec.guardInput(document, actor, at, event);
  let refusal: E | undefined;
  for (const transition of permitted) {
    refusal = runGuards(spec.guards, transition.guards, input);
    if (refusal === undefined) {
      const limit = limits(transition);
      return limit === undefined ? { ok: true, value: transition } : { ok: false, error: limit };
    }
  }
  // `permitted` is not empty, so a refusal was recorded.
  return { ok: false, error: refusal as E };
}

/**
 * The event types an actor may send now, in table order: the state has a
 * transition for the actor's role whose state guards hold (payload guards
 * hold when asked without a payload), and `fits` accepts the type (size
 * limits). Nothing in a terminal state, for someone acting for another, or
 * before the last event when `at` is given.
 */
export function available<
  D,
  V extends EngineEvent<T>,
  S extends string,
  T extends string,
  G extends string,
  I,
  E,
>(
  spec: EngineSpec<D, V, S, T, G, I, E>,
  document: D,
  actor: Actor,
  at: number | undefined,
  fits: (type: T) => boolean,
): T[] {
  const state = spec.stateOf(document);
  if (spec.isTerminal(state) || !spec.actsForThemselves(actor, document)) return [];
  const history = spec.historyOf(document);
  const last = history[history.length - 1];
  if (at !== undefined && last !== undefined && at < epochOf(last.at)) return [];
  const input = spec.guardInput(document, actor, at, undefined);
  const types: T[] = [];
  for (const [type, transitions] of spec.index.get(state) ?? []) {
    const possible = transitions.some(
      (transition) =>
        transition.actors.includes(actor.role) &&
        runGuards(spec.guards, transition.guards, input) === undefined,
    );
    if (possible && fits(type)) types.push(type);
  }
  return types;
}

/** How {@link applyInPlace} validates, decides and applies one event. */
export interface InPlaceSteps<D, V, E, X> {
  readonly validate: (input: unknown) => Decision<V, E>;
  readonly decide: (working: D, event: V, isKnownEventId: (id: Id) => boolean) => Decision<X, E>;
  /** Applies the accepted event to the working copy, history included. */
  readonly commit: (working: D, event: V, transition: X) => void;
  /** The refusal with the event's index in front of its path. */
  readonly atIndex: (error: E, index: number) => E;
}

/**
 * Applies `events[from..]` to a private working copy, checking each exactly
 * as a single apply does; returns the first refusal (with its index) or
 * `undefined`. Linear in the events: ids added on the way are remembered.
 */
export function applyInPlace<D, V extends { readonly id: Id }, E, X>(
  steps: InPlaceSteps<D, V, E, X>,
  working: D,
  events: readonly unknown[],
  from: number,
  isKnownBefore: (id: Id) => boolean,
): E | undefined {
  const added = new Set<Id>();
  const isKnown = (id: Id) => added.has(id) || isKnownBefore(id);
  for (let index = from; index < events.length; index++) {
    const parsed = steps.validate(events[index]);
    if (!parsed.ok) return steps.atIndex(parsed.error, index);
    const event = parsed.value;
    const decision = steps.decide(working, event, isKnown);
    if (!decision.ok) return steps.atIndex(decision.error, index);
    steps.commit(working, event, decision.value);
    added.add(event.id);
  }
  return undefined;
}

/** An error with the index of the event in front of its path (and its issues' paths). */
export function locatedAt<
  E extends {
    readonly path?: readonly (string | number)[];
    readonly issues?: readonly { readonly path: readonly (string | number)[] }[];
  },
>(error: E, index: number): E {
  const located: E = { ...error, path: [index, ...(error.path ?? [])] };
  return error.issues === undefined
    ? located
    : {
        ...located,
        issues: error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      };
}
