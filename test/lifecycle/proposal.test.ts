// The proposal path that `proposeMatch` (and matching's `toProposals`) take
// without the machine's guards table, validating with the `propose` event's
// schema alone, must decide exactly as the machine path does: `replay` and
// `applyProgramEvent` validate with `RelationshipEventSchema` and check the
// machine's initial transition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_internal/deep-freeze';
import { lifecycleMachine, type ProposeMatchInput, proposeMatch } from '../../src/lifecycle';
import { startRelationship } from '../../src/lifecycle/apply';
import { guards } from '../../src/lifecycle/guards';
import { proposalEvent, proposalGuards, proposalTransition } from '../../src/lifecycle/proposal';
import type { ActorRole } from '../../src/model';
import { ids, isDeepFrozen } from './fixtures';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function viaProposeMatch(input: ProposeMatchInput): Outcome {
  try {
    return { ok: true, value: proposeMatch(input) };
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return { ok: false, error: (error as Error).cause };
  }
}

function viaMachine(input: ProposeMatchInput): Outcome {
  const result = startRelationship(proposalEvent(input));
  return result.ok ? { ok: true, value: deepFreeze(result.value) } : result;
}

/** Mostly one of `valid`, sometimes one of `invalid`, so that every outcome shows up. */
function pick<T>(valid: readonly T[], invalid: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

const inputs: fc.Arbitrary<ProposeMatchInput> = fc.record(
  {
    relationshipId: pick(['r1', 'spring/ada/sam'], ['', 'has space', 'x'.repeat(129)]),
    program: fc.record(
      {
        id: pick([ids.program], ['', 'p 2']),
        settings: fc.record({ proposalTtlDays: pick([1, 7], [0, -3, 2.5]) }),
      },
      { requiredKeys: ['id'] },
    ),
    // The same person on both sides is a refusal by a guard, not invalid input.
    mentorId: fc.constantFrom(ids.mentor, ids.mentor, ids.mentor, ids.mentee),
    menteeId: pick([ids.mentee], ['', 'a b']),
    at: pick(
      ['2026-03-01T09:00:00+01:00', '2026-03-01T23:00:00.250-05:30'],
      ['2026-02-30T09:00:00Z', 'soon'],
    ),
    proposedBy: fc.record({
      role: pick<ActorRole | 'guest'>(['mentor', 'mentee', 'admin', 'system'], ['guest']),
      id: pick([ids.mentor, ids.mentee, ids.admin], ['']),
    }) as fc.Arbitrary<ProposeMatchInput['proposedBy']>,
    eventId: pick(['e1', 'r1:propose'], ['']),
    // Expiry at or before the proposal is refused by a guard.
    expiresAt: pick(
      ['2026-03-20T09:00:00+01:00', '2026-03-01T09:00:00+01:00', '2026-02-01T00:00:00Z'],
      ['later'],
    ),
    ttlDays: pick([1, 14], [0, 400, 1.5]),
    note: pick(['', 'Both love Rust'], ['x'.repeat(5001)]),
  },
  { requiredKeys: ['relationshipId', 'program', 'mentorId', 'menteeId', 'at', 'proposedBy'] },
);

describe('the proposal path', () => {
  it('decides every proposal exactly as the machine path does', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const lean = viaProposeMatch(input);
        expect(lean).toEqual(viaMachine(input));
        if (lean.ok) expect(isDeepFrozen(lean.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('covers valid proposals and every refusal of the initial transition', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(inputs, (input) => {
        const outcome = viaProposeMatch(input);
        codes.add(outcome.ok ? 'ok' : (outcome.error as { code: string }).code);
      }),
      { numRuns: 500, seed: 7 },
    );
    expect([...codes].sort()).toEqual(
      ['acting_for_someone_else', 'guard_failed', 'invalid_event', 'ok', 'same_person'].sort(),
    );
  });

  it('is the machine’s initial transition, and the guards table uses its guards', () => {
    expect(lifecycleMachine.initial).toBe(proposalTransition);
    expect(lifecycleMachine.initial).toEqual({
      event: 'propose',
      stage: 'proposed',
      actors: ['mentor', 'mentee', 'admin', 'system'],
      guards: ['different-people', 'expires-after-proposal'],
    });
    const event = proposalEvent({
      relationshipId: 'r1',
      program: { id: ids.program },
      mentorId: ids.mentor,
      menteeId: ids.mentor,
      at: '2026-03-01T09:00:00+01:00',
      proposedBy: { role: 'admin', id: ids.admin },
      expiresAt: '2026-03-01T08:00:00+01:00',
    });
    const at = Date.parse(event.at);
    for (const name of proposalTransition.guards) {
      const refusal = proposalGuards[name](event, at);
      expect(refusal).toMatchObject({ guard: name });
      expect(
        guards[name]({ relationship: undefined as never, actor: event.actor, at, event }),
      ).toEqual(refusal);
    }
  });
});
