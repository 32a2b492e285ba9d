// The state-machine engine both machines run on (issue #11 §2: the enrolment
// shares the lifecycle's engine — one copy of the guard runner, the order of
// checks, replay, availability and the diagram renderer).
import { describe, expect, it } from 'vitest';
import {
  indexTransitions,
  type MachineDefinition,
  renderMermaid,
} from '../../src/_internal/state-machine/definition';
import {
  available,
  decide,
  type EngineEvent,
  type EngineSpec,
} from '../../src/_internal/state-machine/engine';
import { enrolmentMachine, enrolmentToMermaid, lifecycleMachine, toMermaid } from '../../src/index';

type S = 'off' | 'on' | 'gone';
type T = 'flip' | 'note' | 'drop';
type G = 'allowed';

const toy: MachineDefinition<S, T, G> = {
  id: 'toy',
  stages: ['off', 'on', 'gone'],
  terminal: ['gone'],
  initial: { event: 'create', stage: 'off', actors: ['admin'], guards: [] },
  transitions: [
    {
      kind: 'stage',
      event: 'flip',
      from: ['off'],
      to: 'on',
      actors: ['admin'],
      guards: ['allowed'],
    },
    { kind: 'stage', event: 'flip', from: ['on'], to: 'off', actors: ['admin'], guards: [] },
    {
      kind: 'activity',
      event: 'note',
      from: ['off', 'on'],
      to: null,
      actors: ['mentor'],
      guards: [],
    },
    {
      kind: 'stage',
      event: 'drop',
      from: ['off', 'on'],
      to: 'gone',
      actors: ['admin'],
      guards: [],
    },
  ],
};

interface Doc {
  readonly state: S;
  readonly allowed: boolean;
  readonly history: readonly EngineEvent<T>[];
}

const spec: EngineSpec<Doc, EngineEvent<T>, S, T, G, Doc, string> = {
  index: indexTransitions(toy.transitions),
  guards: { allowed: (doc) => (doc.allowed ? undefined : 'guard:allowed') },
  stateOf: (doc) => doc.state,
  historyOf: (doc) => doc.history,
  isTerminal: (state) => state === 'gone',
  actsForThemselves: (actor) => actor.id !== 'impostor',
  guardInput: (doc) => doc,
  refusals: {
    duplicateEventId: (id) => `duplicate:${id}`,
    outOfOrder: () => 'out-of-order',
    closed: (state) => `closed:${state}`,
    notInState: (state, type) => `not-in:${state}:${type}`,
    actorNotPermitted: (_state, _type, role, allowed) => `role:${role}:${allowed.join('|')}`,
    someoneElse: (actor) => `someone-else:${actor.id}`,
  },
};

const doc: Doc = {
  state: 'off',
  allowed: true,
  history: [
    { type: 'flip', id: 'e1', at: '2027-01-01T10:00:00Z', actor: { role: 'admin', id: 'a' } },
  ],
};
const event = (
  type: T,
  role: 'admin' | 'mentor' = 'admin',
  id = 'x',
  at = '2027-01-02T10:00:00Z',
) => ({ type, id: 'e2', at, actor: { role, id } }) as const;
const judge = (d: Doc, e: EngineEvent<T>, known = false) =>
  decide(
    spec,
    d,
    e,
    () => known,
    () => undefined,
  );

describe('the engine', () => {
  it('judges in a fixed order: id, time, terminal state, transition, role, identity, guards, limits', () => {
    expect(judge(doc, event('flip'), true)).toEqual({ ok: false, error: 'duplicate:e2' });
    expect(judge(doc, event('flip', 'admin', 'x', '2026-01-01T00:00:00Z'))).toEqual({
      ok: false,
      error: 'out-of-order',
    });
    expect(judge({ ...doc, state: 'gone' }, event('flip'))).toEqual({
      ok: false,
      error: 'closed:gone',
    });
    expect(judge({ ...doc, state: 'gone', history: [] }, event('note', 'mentor'))).toEqual({
      ok: false,
      error: 'closed:gone',
    });
    expect(judge(doc, event('flip', 'mentor'))).toEqual({ ok: false, error: 'role:mentor:admin' });
    expect(judge(doc, event('note', 'mentor', 'impostor'))).toEqual({
      ok: false,
      error: 'someone-else:impostor',
    });
    expect(judge({ ...doc, allowed: false }, event('flip'))).toEqual({
      ok: false,
      error: 'guard:allowed',
    });
    const taken = judge(doc, event('flip'));
    expect(taken.ok && taken.value.to).toBe('on');
    expect(
      decide(
        spec,
        doc,
        event('flip'),
        () => false,
        () => 'limit',
      ),
    ).toEqual({
      ok: false,
      error: 'limit',
    });
  });

  it('offers what the table and the state guards allow, in table order', () => {
    expect(available(spec, doc, { role: 'admin', id: 'a' }, undefined, () => true)).toEqual([
      'flip',
      'drop',
    ]);
    expect(
      available(
        spec,
        { ...doc, allowed: false },
        { role: 'admin', id: 'a' },
        undefined,
        () => true,
      ),
    ).toEqual(['drop']);
    expect(available(spec, doc, { role: 'mentor', id: 'impostor' }, undefined, () => true)).toEqual(
      [],
    );
    expect(available(spec, doc, { role: 'admin', id: 'a' }, 0, () => true)).toEqual([]);
    expect(
      available(spec, doc, { role: 'admin', id: 'a' }, undefined, (t) => t !== 'drop'),
    ).toEqual(['flip']);
  });

  it('draws both machines with one renderer', () => {
    expect(toMermaid()).toBe(renderMermaid(lifecycleMachine));
    expect(enrolmentToMermaid()).toBe(renderMermaid(enrolmentMachine));
    expect(renderMermaid(toy).split('\n')).toEqual([
      'stateDiagram-v2',
      '  [*] --> off : create (admin)',
      '  off --> on : flip (admin) [allowed]',
      '  on --> off : flip (admin)',
      '  off --> gone : drop (admin)',
      '  on --> gone : drop (admin)',
      '  gone --> [*]',
    ]);
  });
});
