import type { Actor, ParticipantRole } from '../model';

/** The other party of a relationship. */
export function otherSide(role: ParticipantRole): ParticipantRole {
  return role === 'mentor' ? 'mentee' : 'mentor';
}

/**
 * The party an actor speaks for. Only called for mentor and mentee actors:
 * the machine lets no admin or system event reach a rule that needs a side.
 */
export function sideOf(actor: Actor): ParticipantRole {
  return actor.role === 'mentor' ? 'mentor' : 'mentee';
}
