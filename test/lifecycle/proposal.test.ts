// The proposal path that `proposeMatch` (and matching's `toProposals`) take
// without the machine's guards table, validating with its own input schema,
// must decide exactly as the machine path does (`replay` and
// `applyProgramEvent` validate with `RelationshipEventSchema` and check the
// machine's initial transition), and must throw nothing but InvalidOptionsError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lifecycleMachine,
  type ProposeMatchInput,
  ProposeMatchInputSchema,
  proposeMatch,
} from '../../src/lifecycle';
import { startRelationship } from '../../src/lifecycle/apply';
import { guards } from '../../src/lifecycle/guards';
import { proposalEvent, proposalGuards, proposalTransition } from '../../src/lifecycle/proposal';
import { type ActorRole, InvalidOptionsError } from '../../src/model';
import { ids, isDeepFrozen } from './fixtures';

type Outcome = { ok: true; value: unknown } | { ok: false; error: InvalidOptionsError };

function viaProposeMatch(input: ProposeMatchInput): Outcome {
  try {
    return { ok: true, value: proposeMatch(input) };
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return { ok: false, error: error as InvalidOptionsError };
  }
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
        settings: fc.record({ proposalTtlDays: pick([1, 7], [0, -3, 2.5, Number.NaN]) }),
        timeZone: pick(['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata'], ['Mars/Base']),
      },
      { requiredKeys: ['id'] },
    ),
    // The same person on both sides is a refusal by a guard, not invalid input.
    mentorId: fc.constantFrom(ids.mentor, ids.mentor, ids.mentor, ids.mentee),
    menteeId: pick([ids.mentee], ['', 'a b']),
    now: pick(
      ['2026-03-01T09:00:00+01:00', '2026-03-01T23:00:00.250-05:30', '9999-12-30T00:00:00Z'],
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
    ttlDays: pick([1, 14], [0, 400, 1.5, Number.NaN, Number.POSITIVE_INFINITY]),
    note: pick(['', 'Both love Rust'], ['x'.repeat(5001)]),
  },
  { requiredKeys: ['relationshipId', 'program', 'mentorId', 'menteeId', 'now', 'proposedBy'] },
);

describe('the proposal path', () => {
  it('decides every proposal exactly as the machine path does, and throws only InvalidOptionsError', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const lean = viaProposeMatch(input);
        const parsed = ProposeMatchInputSchema.safeParse(input);
        if (!parsed.success) {
          expect(lean.ok).toBe(false);
          return;
        }
        const machine = startRelationship(proposalEvent(parsed.data));
        expect(lean.ok).toBe(machine.ok);
        if (lean.ok && machine.ok) {
          expect(lean.value).toEqual(machine.value);
          expect(JSON.stringify(lean.value)).toBe(JSON.stringify(machine.value));
          expect(isDeepFrozen(lean.value)).toBe(true);
        }
        if (!lean.ok && !machine.ok) {
          expect(lean.error.issues).toHaveLength(1);
          expect(lean.error.issues[0]?.code).toBe(
            machine.error.code === 'same_person' ? 'same_person' : 'custom',
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('covers valid proposals and every refusal of the initial transition', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(inputs, (input) => {
        const parsed = ProposeMatchInputSchema.safeParse(input);
        if (!parsed.success) {
          codes.add('invalid');
          return;
        }
        const machine = startRelationship(proposalEvent(parsed.data));
        codes.add(machine.ok ? 'ok' : machine.error.code);
      }),
      { numRuns: 500, seed: 7 },
    );
    expect([...codes].sort()).toEqual(
      ['acting_for_someone_else', 'guard_failed', 'invalid', 'ok', 'same_person'].sort(),
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
    const event = proposalEvent(
      ProposeMatchInputSchema.parse({
        relationshipId: 'r1',
        program: { id: ids.program },
        mentorId: ids.mentor,
        menteeId: ids.mentor,
        now: '2026-03-01T09:00:00+01:00',
        proposedBy: { role: 'admin', id: ids.admin },
        expiresAt: '2026-03-01T08:00:00+01:00',
      }),
    );
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
