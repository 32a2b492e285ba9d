import type { ActorRole } from '../../model/actor';

// The shape every state machine of the library is written in: plain data
// (states, transitions with their event, roles and guard names) that the
// engine, the diagrams and the docs' event catalogue all read. The
// relationship lifecycle and the enrolment are two tables of this shape.

/**
 * One transition: in one of the `from` states, an event of type `event`
 * sent by one of the `actors` roles moves the document to `to` (or keeps it
 * where it is when `to` is `null`) if every guard holds. When several
 * transitions match an event, the first whose guards all hold is taken.
 * `kind` separates state changes (drawn in diagrams) from activities.
 */
export interface MachineTransition<S extends string, T extends string, G extends string> {
  readonly kind: 'stage' | 'activity';
  readonly event: T;
  readonly from: readonly S[];
  readonly to: S | null;
  readonly actors: readonly ActorRole[];
  readonly guards: readonly G[];
}

/** A whole machine: its states, the terminal ones, how a document begins, and its transitions. */
export interface MachineDefinition<
  S extends string,
  T extends string,
  G extends string,
  I extends string = string,
  IS extends S = S,
> {
  readonly id: string;
  readonly stages: readonly S[];
  readonly terminal: readonly S[];
  readonly initial: {
    readonly event: I;
    readonly stage: IS;
    readonly actors: readonly ActorRole[];
    readonly guards: readonly G[];
  };
  readonly transitions: readonly MachineTransition<S, T, G>[];
}

/**
 * The two ways a machine's table writes a transition: `stage` (to a state, or
 * `null` to stay, drawn in diagrams) and `activity` (within a state). Both
 * copy their lists, so the table owns (and freezes) them.
 */
export function transitionBuilders<S extends string, T extends string, G extends string>() {
  return {
    stage: (
      event: T,
      from: readonly S[],
      to: S | null,
      actors: readonly ActorRole[],
      guards: readonly G[] = [],
    ): MachineTransition<S, T, G> => ({
      kind: 'stage',
      event,
      from: [...from],
      to,
      actors: [...actors],
      guards: [...guards],
    }),
    activity: (
      event: T,
      from: readonly S[],
      actors: readonly ActorRole[],
      guards: readonly G[] = [],
    ): MachineTransition<S, T, G> => ({
      kind: 'activity',
      event,
      from: [...from],
      to: null,
      actors: [...actors],
      guards: [...guards],
    }),
  };
}

/** The transitions of a machine by state and event type, in table order. */
export type TransitionIndex<S extends string, T extends string, X> = ReadonlyMap<
  S,
  ReadonlyMap<T, readonly X[]>
>;

/** Indexes a machine's transitions by state and event type, keeping table order. */
export function indexTransitions<
  S extends string,
  T extends string,
  X extends { readonly event: T; readonly from: readonly S[] },
>(transitions: readonly X[]): TransitionIndex<S, T, X> {
  const index = new Map<S, Map<T, X[]>>();
  for (const transition of transitions) {
    for (const from of transition.from) {
      let byEvent = index.get(from);
      if (byEvent === undefined) {
        byEvent = new Map();
        index.set(from, byEvent);
      }
      const list = byEvent.get(transition.event);
      if (list === undefined) byEvent.set(transition.event, [transition]);
      else list.push(transition);
    }
  }
  return index;
}

function label(event: string, actors: readonly string[], guards: readonly string[]): string {
  const by = actors.join(', ');
  return guards.length === 0 ? `${event} (${by})` : `${event} (${by}) [${guards.join(', ')}]`;
}

/**
 * A machine's state changes as a Mermaid `stateDiagram-v2`: one arrow per
 * transition and state it leaves, labelled with the event, the roles that
 * may send it and its guards. Activities, which keep the state, are left out.
 */
export function renderMermaid(
  machine: MachineDefinition<string, string, string, string, string>,
): string {
  const lines = ['stateDiagram-v2'];
  const { initial } = machine;
  lines.push(
    `  [*] --> ${initial.stage} : ${label(initial.event, initial.actors, initial.guards)}`,
  );
  for (const transition of machine.transitions) {
    if (transition.kind !== 'stage') continue;
    for (const from of transition.from) {
      const to = transition.to ?? from;
      lines.push(
        `  ${from} --> ${to} : ${label(transition.event, transition.actors, transition.guards)}`,
      );
    }
  }
  for (const terminal of machine.terminal) lines.push(`  ${terminal} --> [*]`);
  return lines.join('\n');
}
