// The machine as data: consistency of the table, the Mermaid diagram, and the
// guide that documents both (it must not go stale).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GuardName, lifecycleMachine, toMermaid } from '../../src/lifecycle';
import { guards } from '../../src/lifecycle/guards';
import {
  isTerminalStage,
  type RelationshipStage,
  RelationshipStageSchema,
  relationshipEventTypes,
} from '../../src/model';

const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'lifecycle.md'), 'utf8');

function reachable(from: RelationshipStage): Set<RelationshipStage> {
  const seen = new Set<RelationshipStage>([from]);
  const queue = [from];
  for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
    for (const t of lifecycleMachine.transitions) {
      if (t.to !== null && t.from.includes(stage) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

describe('lifecycleMachine', () => {
  it('names every stage and handles every event type', () => {
    expect(lifecycleMachine.stages).toEqual(RelationshipStageSchema.options);
    const handled = new Set([
      lifecycleMachine.initial.event,
      ...lifecycleMachine.transitions.map((t) => t.event),
    ]);
    expect([...handled].sort()).toEqual([...relationshipEventTypes].sort());
  });

  it('reaches every stage from the proposal, and a terminal stage from every stage', () => {
    expect([...reachable('proposed')].sort()).toEqual([...RelationshipStageSchema.options].sort());
    for (const stage of RelationshipStageSchema.options) {
      expect([...reachable(stage)].some(isTerminalStage)).toBe(true);
    }
  });

  it('has no transition out of a terminal stage', () => {
    for (const t of lifecycleMachine.transitions) expect(t.from.some(isTerminalStage)).toBe(false);
  });

  it('uses every guard it implements and implements every guard it uses', () => {
    const used = new Set<GuardName>([
      ...lifecycleMachine.initial.guards,
      ...lifecycleMachine.transitions.flatMap((t) => t.guards),
    ]);
    expect([...used].sort()).toEqual(Object.keys(guards).sort());
  });

  it('keeps activities in their stage and is deep-frozen', () => {
    for (const t of lifecycleMachine.transitions)
      if (t.kind === 'activity') expect(t.to).toBeNull();
    expect(Object.isFrozen(lifecycleMachine.transitions[0]?.actors)).toBe(true);
    expect(() => (lifecycleMachine.transitions as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('toMermaid', () => {
  const diagram = toMermaid();

  it('draws every stage transition once per source stage, and the terminal stages as ends', () => {
    const lines = diagram.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    const arrows = lifecycleMachine.transitions
      .filter((t) => t.kind === 'stage')
      .reduce((count, t) => count + t.from.length, 0);
    expect(lines.filter((line) => / --> (?!\[\*\])/.test(line))).toHaveLength(arrows + 1);
    expect(lines).toContain(
      '  evaluating --> cultivating : continue (mentor, mentee) [evaluation-recorded, new-id]',
    );
    for (const stage of lifecycleMachine.terminal) expect(lines).toContain(`  ${stage} --> [*]`);
    expect(diagram).not.toMatch(/set-goal|send-agenda/);
  });

  it('is the diagram of docs/lifecycle.md (run scripts/render-lifecycle-diagram.ts --write)', () => {
    const embedded = /```mermaid\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(embedded).toBe(diagram);
  });
});

describe('docs/lifecycle.md', () => {
  const rows = guide
    .split('\n')
    .map((line) => /^\| `([a-z-]+)` \| ([a-z, ]+) \| ([a-z, ]+) \|(.*)\|$/.exec(line))
    .filter((match) => match !== null);

  it('lists every transition of the machine with its stages, roles and guards', () => {
    const documented = new Map(
      rows.map((m) => [
        m[1],
        {
          from: (m[2] ?? '').split(', ').sort(),
          actors: (m[3] ?? '').split(', ').sort(),
          guards: [...(m[4] ?? '').matchAll(/`([a-z-]+)`/g)].map((g) => g[1]).sort(),
        },
      ]),
    );
    const types = [...new Set(lifecycleMachine.transitions.map((t) => t.event))];
    expect([...documented.keys()].sort()).toEqual(types.sort());
    for (const type of types) {
      const all = lifecycleMachine.transitions.filter((t) => t.event === type);
      expect(documented.get(type), type).toEqual({
        from: [...new Set(all.flatMap((t) => t.from))].sort(),
        actors: [...new Set(all.flatMap((t) => t.actors))].sort(),
        guards: [...new Set(all.flatMap((t) => t.guards))].sort(),
      });
    }
  });
});
