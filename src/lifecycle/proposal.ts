import { deepFreeze } from '../_internal/deep-freeze';
import type { Actor, EventOfType, Id, Relationship, RelationshipEvent, Timestamp } from '../model';
import { formatPath } from '../model/format-path';
import { createParser } from '../model/parse';
import { defaultProgramSettings } from '../model/program-settings';
import { ProposeEventSchema } from '../model/propose-event';
import { err, ok, type Result } from '../model/result';
import { currentSchemaVersion } from '../model/schema-version';
import { type LifecycleError, lifecycleError } from './errors';
import type { LifecycleMachine } from './machine';
import { addDays, toMillis } from './time';

// How a relationship starts: the `propose` event, its checks and the
// relationship it creates. Kept apart from the machine's other transitions,
// the guards table and the immer-based effects, so that code which only
// proposes (`proposeMatch`, matching's `toProposals`) bundles just this.
// `applyEvent`, `replay` and `applyProgramEvent` use the same functions.

/**
 * The machine's initial transition: the event that starts a relationship, its
 * stage, the roles that may send it and its guards, in the order they are
 * checked. `lifecycleMachine.initial` is this object.
 */
export const proposalTransition = {
  event: 'propose',
  stage: 'proposed',
  actors: ['mentor', 'mentee', 'admin', 'system'],
  guards: ['different-people', 'expires-after-proposal'],
} as const satisfies LifecycleMachine['initial'];

type ProposalGuardName = (typeof proposalTransition.guards)[number];

/**
 * The guards of a proposal, on the event and its time in epoch milliseconds.
 * The guards table of the machine wraps these.
 */
export const proposalGuards: {
  readonly [name in ProposalGuardName]: (
    event: RelationshipEvent,
    at: number,
  ) => LifecycleError | undefined;
} = {
  'different-people': (event) =>
    event.type === 'propose' && event.mentorId === event.menteeId
      ? {
          code: 'same_person',
          messageKey: 'lifecycle.error.same_person',
          params: { id: event.menteeId },
          path: ['menteeId'],
          guard: 'different-people',
        }
      : undefined,
  'expires-after-proposal': (event, at) =>
    event.type === 'propose' && toMillis(event.expiresAt) <= at
      ? {
          code: 'guard_failed',
          messageKey: 'lifecycle.guard.expires-after-proposal',
          params: { expiresAt: event.expiresAt },
          guard: 'expires-after-proposal',
          path: ['expiresAt'],
        }
      : undefined,
};

/**
 * Whether the actor is who their role claims: a mentor or mentee event must
 * come from the relationship's own mentor or mentee.
 */
export function actsForThemselves(
  actor: Actor,
  people: { readonly mentorId: Id; readonly menteeId: Id },
): boolean {
  if (actor.role === 'mentor') return actor.id === people.mentorId;
  if (actor.role === 'mentee') return actor.id === people.menteeId;
  return true;
}

/** The refusal of an actor who acts for someone else. */
export function someoneElse(actor: Actor): LifecycleError {
  return lifecycleError('acting_for_someone_else', { role: actor.role, id: actor.id }, [
    'actor',
    'id',
  ]);
}

/** The `invalid_event` error for a failed `parseRelationshipEvent`. */
export function invalidEvent(error: {
  readonly issues: NonNullable<LifecycleError['issues']>;
}): LifecycleError {
  return {
    code: 'invalid_event',
    messageKey: 'lifecycle.error.invalid_event',
    params: { count: error.issues.length },
    issues: error.issues,
  };
}

/**
 * The relationship a `propose` event creates. Every field is a fresh object,
 * so {@link replay} may keep changing it in place before it freezes it.
 */
export function createRelationship(event: EventOfType<'propose'>): Relationship {
  const proposal: Relationship['proposal'] = {
    proposedAt: event.at,
    proposedBy: event.actor,
    expiresAt: event.expiresAt,
    acceptedBy: {},
  };
  if (event.note !== undefined) proposal.note = event.note;
  return {
    schemaVersion: currentSchemaVersion,
    id: event.relationshipId,
    programId: event.programId,
    mentorId: event.mentorId,
    menteeId: event.menteeId,
    stage: 'proposed',
    cycle: 1,
    proposal,
    goals: [],
    meetings: [],
    actionItems: [],
    feedbackRequests: [],
    feedback: [],
    progressUpdates: [],
    selfInventories: [],
    evaluations: [],
    attestations: [],
    history: [event],
  };
}

/** Why a validated `propose` event is refused: role, identity, then the guards in order. */
function checkProposal(event: EventOfType<'propose'>): LifecycleError | undefined {
  const { actor } = event;
  const { actors, stage, guards } = proposalTransition;
  if (!(actors as readonly string[]).includes(actor.role)) {
    return lifecycleError(
      'actor_not_permitted',
      { stage, event: event.type, role: actor.role, allowed: actors },
      ['actor', 'role'],
    );
  }
  if (!actsForThemselves(actor, event)) return someoneElse(actor);
  const at = toMillis(event.at);
  for (const name of guards) {
    const refusal = proposalGuards[name](event, at);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

/**
 * Creates the relationship a validated `propose` event proposes, not yet
 * frozen ({@link replay} keeps building on it, the other callers freeze it),
 * or the refusal of the machine's initial transition.
 */
export function createProposal(
  event: EventOfType<'propose'>,
): Result<Relationship, LifecycleError> {
  const relationship = createRelationship(event);
  const refused = checkProposal(event);
  return refused === undefined ? ok(relationship) : err(refused);
}

/**
 * Validates a `propose` event into a fresh copy, as `applyEvent` validates any
 * event: a failure reports every issue (as `parseRelationshipEvent` would) and
 * never throws.
 */
function validateProposal(
  input: EventOfType<'propose'>,
): Result<EventOfType<'propose'>, LifecycleError> {
  try {
    const parsed = ProposeEventSchema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
  } catch {
    // Reported below.
  }
  const reported = createParser(ProposeEventSchema)(input);
  return reported.ok ? ok(reported.value) : err(invalidEvent(reported.error));
}

/**
 * Where a proposal's programme and expiry come from: any {@link Program}
 * fits, or just its id with the settings that matter here.
 *
 * @example
 * ```ts
 * const ref: ProgramRef = { id: 'spring-2026', settings: { proposalTtlDays: 7 } };
 * ```
 */
export interface ProgramRef {
  readonly id: Id;
  readonly settings?: { readonly proposalTtlDays?: number };
}

/**
 * The input of {@link proposeMatch}.
 *
 * The proposal's expiry is, in this order: `expiresAt` if given; else `at`
 * plus `ttlDays`; else `at` plus the programme's `settings.proposalTtlDays`;
 * else `at` plus the default of 14 days. It is written in the same offset as `at`.
 *
 * @example
 * ```ts
 * const input: ProposeMatchInput = {
 *   relationshipId: 'r1', program, mentorId: 'mentor-1', menteeId: 'mentee-1',
 *   at: '2026-03-01T09:00:00+01:00', proposedBy: { role: 'admin', id: 'coordinator' },
 * };
 * ```
 */
export interface ProposeMatchInput {
  readonly relationshipId: Id;
  readonly program: ProgramRef;
  readonly mentorId: Id;
  readonly menteeId: Id;
  readonly at: Timestamp;
  readonly proposedBy: Actor;
  /** The id of the `propose` event; defaults to `<relationshipId>:propose`. */
  readonly eventId?: Id;
  readonly expiresAt?: Timestamp;
  readonly ttlDays?: number;
  readonly note?: string;
}

/** The `propose` event {@link proposeMatch} builds from its input. */
export function proposalEvent(input: ProposeMatchInput): EventOfType<'propose'> {
  const ttlDays =
    input.ttlDays ??
    input.program.settings?.proposalTtlDays ??
    defaultProgramSettings.proposalTtlDays;
  const event: EventOfType<'propose'> = {
    type: 'propose',
    id: input.eventId ?? `${input.relationshipId}:propose`,
    at: input.at,
    actor: input.proposedBy,
    schemaVersion: currentSchemaVersion,
    relationshipId: input.relationshipId,
    programId: input.program.id,
    mentorId: input.mentorId,
    menteeId: input.menteeId,
    expiresAt: input.expiresAt ?? addDays(input.at, ttlDays),
  };
  if (input.note !== undefined) event.note = input.note;
  return event;
}

/**
 * Proposes a match: builds the `propose` event from the input and returns the
 * new relationship in stage `proposed`, whose history is exactly that event.
 * See {@link ProposeMatchInput} for how the expiry is chosen.
 *
 * Throws a `TypeError` (with the {@link LifecycleError} as `cause`) when the
 * input is not a valid proposal, such as a mentor proposing to themselves,
 * since that is a programming error; to check untrusted input without
 * exceptions, use `replay([event])` on the event instead.
 *
 * @example
 * ```ts
 * const relationship = proposeMatch({
 *   relationshipId: 'r1', program, mentorId: 'mentor-1', menteeId: 'mentee-1',
 *   at: '2026-03-01T09:00:00+01:00', proposedBy: { role: 'admin', id: 'coordinator' },
 * });
 * relationship.stage; // 'proposed'
 * relationship.proposal.expiresAt; // '2026-03-15T09:00:00+01:00' with the default 14 days
 * ```
 */
export function proposeMatch(input: ProposeMatchInput): Relationship {
  const parsed = validateProposal(proposalEvent(input));
  const result = parsed.ok ? createProposal(parsed.value) : parsed;
  if (!result.ok) {
    // A programmer error: a short English message (the catalogue stays out of
    // bundles that only propose), the full error as the cause.
    const where = result.error.issues?.map((issue) => formatPath(issue.path)).join(', ');
    throw new TypeError(`proposeMatch: ${result.error.code}${where ? ` (${where})` : ''}`, {
      cause: result.error,
    });
  }
  return deepFreeze(result.value);
}
