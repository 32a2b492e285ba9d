// Two tables.
//
// 1. Dispatch: events applied per second when replaying a relationship's
//    history of 10, 100 and 1,000 events, against the same machine in xstate
//    v5's pure `transition` (goal: not slower than xstate). Both sides do the
//    same work per event: validate it with `RelationshipEventSchema`, check
//    order, event id, the actor's role and identity, the transition's guards
//    (the library's own guard functions) and the size limits, then produce the
//    next relationship with the same function (`appendEvent`: the effect as an
//    immer recipe, the history appended). The xstate machine is
//    generated from `lifecycleMachine`: one state per stage, one guarded
//    transition per table row, guards composed with xstate's `and`, the
//    update in an `assign` action.
//
// 2. Appending: what one `applyEvent` costs on a history of 100 to 20,000
//    events, against the bare cost of copying that history once (a frozen
//    `concat` with the event, which every immutable append has to pay; goal:
//    applyEvent costs that copy plus a constant for validating and checking
//    the event, whatever the history's length), and what building the whole
//    history costs one `applyEvent` at a time (quadratic: each append copies
//    the history), with `applyEvents` (one batch, linear) and with `replay`.
import { and, assign, initialTransition, setup, transition } from 'xstate';
import { applyEvent, applyEvents, lifecycleMachine, replay } from '../src/lifecycle';
import { appendEvent } from '../src/lifecycle/append';
import { guards } from '../src/lifecycle/guards';
import { hasEventId, sentCounts } from '../src/lifecycle/history-index';
import { checkLimits } from '../src/lifecycle/limits';
import type { GuardName, LifecycleTransition } from '../src/lifecycle/machine';
import { actsForThemselves } from '../src/lifecycle/proposal';
import { toMillis } from '../src/lifecycle/time';
import { type Relationship, type RelationshipEvent, RelationshipEventSchema } from '../src/model';
import { longHistory } from '../test/lifecycle/history';
import { medianMs, printTable } from './table';

const SIZES = [10, 100, 1000] as const;
const APPEND_SIZES = [100, 1000, 5000, 20_000] as const;
/** Events per timed sample, so short histories are replayed many times. */
const EVENTS_PER_SAMPLE = 20_000;
/** Events appended one at a time per timed sample of table 2. */
const APPENDS = 50;

interface Context {
  relationship: Relationship;
}

function validate(input: unknown): RelationshipEvent {
  const parsed = RelationshipEventSchema.safeParse(input);
  if (!parsed.success) throw new Error('invalid event');
  return parsed.data;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

type Check =
  | 'within-limits'
  | { type: GuardName }
  | 'in-order'
  | 'new-event-id'
  | 'acts-for-themselves'
  | { type: 'actor-may'; params: { roles: readonly string[] } };

function xstateMachine() {
  const guardImplementations: Record<
    string,
    (args: { context: Context; event: RelationshipEvent }, params?: unknown) => boolean
  > = {
    'in-order': ({ context, event }) => {
      const last = context.relationship.history[context.relationship.history.length - 1];
      return last === undefined || toMillis(event.at) >= toMillis(last.at);
    },
    'new-event-id': ({ context, event }) => !hasEventId(context.relationship.history, event.id),
    'within-limits': ({ context, event }) =>
      checkLimits(context.relationship, event, sentCounts(context.relationship.history)) ===
      undefined,
    'acts-for-themselves': ({ context, event }) =>
      actsForThemselves(event.actor, context.relationship),
    'actor-may': ({ event }, params) =>
      (params as { roles: readonly string[] }).roles.includes(event.actor.role),
  };
  for (const name of Object.keys(guards) as GuardName[]) {
    guardImplementations[name] = ({ context, event }) =>
      guards[name]({
        relationship: context.relationship,
        actor: event.actor,
        at: toMillis(event.at),
        event,
      }) === undefined;
  }

  const states: Record<string, { type?: 'final'; on: Record<string, unknown[]> }> = {};
  for (const stage of lifecycleMachine.stages) {
    states[stage] = lifecycleMachine.terminal.includes(stage as never)
      ? { type: 'final', on: {} }
      : { on: {} };
  }
  const toTransition = (t: LifecycleTransition) => {
    const checks: Check[] = [
      'in-order',
      'new-event-id',
      { type: 'actor-may', params: { roles: t.actors } },
      'acts-for-themselves',
      ...t.guards.map((type) => ({ type })),
      'within-limits',
    ];
    return {
      ...(t.to === null ? {} : { target: t.to }),
      guard: and(checks as never),
      actions: { type: 'apply', params: { to: t.to } },
    };
  };
  for (const t of lifecycleMachine.transitions) {
    for (const from of t.from) {
      const on = states[from]?.on;
      if (on === undefined) continue;
      const list = on[t.event] ?? [];
      list.push(toTransition(t));
      on[t.event] = list;
    }
  }

  return setup({
    types: {} as { context: Context; events: RelationshipEvent; input: Relationship },
    guards: guardImplementations as never,
    actions: {
      apply: assign(({ context, event }, params: { to: LifecycleTransition['to'] }) => ({
        relationship: appendEvent(context.relationship, event, params.to),
      })),
    },
  }).createMachine({
    id: lifecycleMachine.id,
    initial: 'proposed',
    context: ({ input }) => ({ relationship: input }),
    states: states as never,
  });
}

const machine = xstateMachine();

function replayWithXstate(events: readonly RelationshipEvent[]): Relationship {
  const [first, ...rest] = events;
  // The proposal, sealed like every relationship the lifecycle hands on.
  const start = ok(replay([validate(first)]));
  let [snapshot] = initialTransition(machine, start);
  for (const input of rest) [snapshot] = transition(machine, snapshot, validate(input));
  return snapshot.context.relationship;
}

function replayWithApplyEvent(events: readonly RelationshipEvent[]): Relationship {
  const [first, ...rest] = events;
  let relationship = ok(replay(first === undefined ? [] : [first]));
  for (const event of rest) relationship = ok(applyEvent(relationship, event));
  return relationship;
}

function replayWithReplay(events: readonly RelationshipEvent[]): Relationship {
  return ok(replay(events));
}

const rate = (events: number, ms: number) => Math.round(events / (ms / 1000));
const format = (n: number) => n.toLocaleString('en-US');
const fixed = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function dispatchTable(): void {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const history = JSON.parse(JSON.stringify(longHistory(size))) as RelationshipEvent[];
    // All three rebuild the same relationship.
    const expected = JSON.stringify(replayWithReplay(history));
    for (const other of [replayWithApplyEvent, replayWithXstate]) {
      if (JSON.stringify(other(history)) !== expected)
        throw new Error(`${other.name} differs at ${size}`);
    }
    const repeats = Math.max(1, Math.round(EVENTS_PER_SAMPLE / size));
    const sample = (fn: (events: readonly RelationshipEvent[]) => Relationship) =>
      medianMs(
        () => {
          for (let i = 0; i < repeats; i++) fn(history);
        },
        7,
        2,
      );
    const events = size * repeats;
    const ours = rate(events, sample(replayWithReplay));
    const folded = rate(events, sample(replayWithApplyEvent));
    const xstate = rate(events, sample(replayWithXstate));
    rows.push([
      format(size),
      format(ours),
      format(folded),
      format(xstate),
      `${(ours / xstate).toFixed(2)}×`,
      `${(folded / xstate).toFixed(2)}×`,
    ]);
  }
  printTable(
    [
      'history',
      'replay (events/s)',
      'applyEvent fold (events/s)',
      'xstate transition (events/s)',
      'replay ÷ xstate',
      'applyEvent ÷ xstate',
    ],
    rows,
  );
}

function appendTable(): void {
  const largest = APPEND_SIZES[APPEND_SIZES.length - 1] ?? 0;
  const all = JSON.parse(JSON.stringify(longHistory(largest + APPENDS))) as RelationshipEvent[];
  const rows: string[][] = [];
  for (const size of APPEND_SIZES) {
    const prefix = all.slice(0, size);
    const next = all.slice(size, size + APPENDS);
    const base = ok(replay(prefix));
    // One event at a time onto a history of `size` (growing by at most APPENDS).
    const appendMs =
      medianMs(
        () => {
          let relationship = base;
          for (const event of next) relationship = ok(applyEvent(relationship, event));
        },
        7,
        2,
      ) / APPENDS;
    // The bare cost: copying the history once per event, frozen, nothing else.
    const copyMs =
      medianMs(
        () => {
          let history: readonly RelationshipEvent[] = base.history;
          for (const event of next) history = Object.freeze(history.concat([event]));
        },
        7,
        2,
      ) / APPENDS;
    // Building the whole history: one at a time, as one batch, and by replay.
    const [first, ...rest] = prefix;
    const proposal = ok(replay(first === undefined ? [] : [first]));
    const foldMs = medianMs(() => replayWithApplyEvent(prefix), 3, 1);
    const batchMs = medianMs(() => ok(applyEvents(proposal, rest)), 5, 1);
    const replayMs = medianMs(() => ok(replay(prefix)), 5, 1);
    rows.push([
      format(size),
      fixed(appendMs * 1000),
      fixed(copyMs * 1000),
      fixed((appendMs - copyMs) * 1000),
      `${(appendMs / copyMs).toFixed(2)}×`,
      format(rate(1, appendMs)),
      fixed(foldMs / 1000, 2),
      format(rate(size, foldMs)),
      format(rate(size, batchMs)),
      format(rate(size, replayMs)),
    ]);
  }
  printTable(
    [
      'history',
      'applyEvent (µs/event)',
      'bare copy (µs/event)',
      'applyEvent − copy (µs)',
      'applyEvent ÷ copy',
      'applyEvent (events/s)',
      'build one by one (s)',
      'one by one (events/s)',
      'applyEvents (events/s)',
      'replay (events/s)',
    ],
    rows,
  );
}

export default async function run(): Promise<void> {
  dispatchTable();
  console.log('');
  appendTable();
}
