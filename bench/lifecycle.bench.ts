// Events applied per second when replaying a relationship's history of 10,
// 100 and 1,000 events, against the same machine in xstate v5's pure
// `transition` (goal: not slower than xstate).
//
// Both sides do the same work per event: validate it with
// `RelationshipEventSchema`, check order, event id, the actor's role and
// identity, the transition's guards (the library's own guard functions) and
// the schema's size limits,
// then produce the next relationship with the same function (`nextRelationship`:
// the effect under immer, the history appended). The xstate machine is generated from `lifecycleMachine`: one state
// per stage, one guarded transition per table row, guards composed with
// xstate's `and`, the update in an `assign` action.
import { and, assign, initialTransition, setup, transition } from 'xstate';
import { applyEvent, lifecycleMachine, replay } from '../src/lifecycle';
import { actsForThemselves, hasEventId, nextRelationship } from '../src/lifecycle/apply';
import { createRelationship } from '../src/lifecycle/effects';
import { guards } from '../src/lifecycle/guards';
import { checkLimits } from '../src/lifecycle/limits';
import type { GuardName, LifecycleTransition } from '../src/lifecycle/machine';
import { toMillis } from '../src/lifecycle/time';
import {
  type EventOfType,
  type Relationship,
  type RelationshipEvent,
  RelationshipEventSchema,
} from '../src/model';
import { longHistory } from '../test/lifecycle/history';
import { medianMs, printTable } from './table';

const SIZES = [10, 100, 1000] as const;
/** Events per timed sample, so short histories are replayed many times. */
const EVENTS_PER_SAMPLE = 20_000;

interface Context {
  relationship: Relationship;
}

function validate(input: unknown): RelationshipEvent {
  const parsed = RelationshipEventSchema.safeParse(input);
  if (!parsed.success) throw new Error('invalid event');
  return parsed.data;
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
    'within-limits': ({ context, event }) => checkLimits(context.relationship, event) === undefined,
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
        relationship: nextRelationship(context.relationship, event, params.to),
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
  const start = createRelationship(validate(first) as EventOfType<'propose'>);
  let [snapshot] = initialTransition(machine, start);
  for (const input of rest) [snapshot] = transition(machine, snapshot, validate(input));
  return snapshot.context.relationship;
}

function replayWithApplyEvent(events: readonly RelationshipEvent[]): Relationship {
  const [first, ...rest] = events;
  const start = replay(first === undefined ? [] : [first]);
  if (!start.ok) throw new Error(start.error.code);
  let relationship = start.value;
  for (const event of rest) {
    const next = applyEvent(relationship, event);
    if (!next.ok) throw new Error(next.error.code);
    relationship = next.value;
  }
  return relationship;
}

function replayWithReplay(events: readonly RelationshipEvent[]): Relationship {
  const result = replay(events);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const rate = (events: number, ms: number) => Math.round(events / (ms / 1000));
const format = (n: number) => n.toLocaleString('en-US');

export default async function run(): Promise<void> {
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
