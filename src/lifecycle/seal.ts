import { createSealer } from '../_internal/state-machine/seal';
import type { Relationship } from '../model/relationship';
import { RelationshipSchema } from '../model/relationship';

// Every relationship the lifecycle returns is deep-frozen and written in the
// key order of `RelationshipSchema`; the sealing itself is the state-machine
// engine's, shared with the enrolment machine.

const sealer = /* @__PURE__ */ createSealer<Relationship>(RelationshipSchema);

export { freezeAll } from '../_internal/state-machine/seal';

/**
 * Freezes the new parts of a relationship in schema key order and marks it
 * sealed; `previous` is the sealed relationship it was copied from, if any.
 */
export function sealRelationship(
  relationship: Relationship,
  previous?: Relationship,
): Relationship {
  return sealer.seal(relationship, previous);
}

/**
 * The relationship itself when it is deep-frozen, else a sealed copy: a
 * caller's unfrozen object is never frozen, in part or whole.
 */
export function sealedInput(relationship: Relationship): Relationship {
  return sealer.sealedInput(relationship);
}

/**
 * A copy of a sealed relationship that `replay`'s effects may change in
 * place (the events of the history are shared, never changed).
 */
export function workingCopy(relationship: Relationship): Relationship {
  return sealer.workingCopy(relationship);
}
