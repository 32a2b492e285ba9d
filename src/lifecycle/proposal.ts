import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import { type Actor, ActorSchema } from '../model/actor';
import { InvalidOptionsError } from '../model/errors';
import { type Id, IdSchema } from '../model/id';
import { type ProgramRef, ProgramRefSchema } from '../model/program';
import type { Relationship } from '../model/relationship';
import type { EventOfType, RelationshipEvent } from '../model/relationship-event';
import { err, ok, type Result } from '../model/result';
import { currentSchemaVersion } from '../model/schema-version';
import { TextSchema } from '../model/text';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import type { ValidationIssue } from '../model/validation-error';
import { coordinatorRefusal } from './coordinators';
import { type LifecycleError, lifecycleError, lifecycleErrorKey, roleLabel } from './errors';
import type { LifecycleMachine } from './machine';
import { addDays, toMillis } from './time';

// How a relationship starts: the `propose` event, its checks and the
// relationship it creates. Kept apart from the machine's other transitions,
// the guards table, the effects and the schemas of every event,
// so that code which only proposes (`proposeMatch`, matching's `toProposals`)
// bundles just this. `applyEvent`, `replay` and `applyProgramEvent` use the
// same functions.

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
          messageKey: lifecycleErrorKey('lifecycle.error.same_person'),
          params: { id: event.menteeId },
          path: ['menteeId'],
          guard: 'different-people',
        }
      : undefined,
  'expires-after-proposal': (event, at) =>
    event.type === 'propose' && toMillis(event.expiresAt) <= at
      ? {
          code: 'guard_failed',
          messageKey: lifecycleErrorKey('lifecycle.guard.expires-after-proposal'),
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
  return lifecycleError('acting_for_someone_else', { role: roleLabel(actor.role), id: actor.id }, [
    'actor',
    'id',
  ]);
}

/** The `invalid_event` error for a failed `parseRelationshipEvent`: its issues, and how many more there were. */
export function invalidEvent(error: {
  readonly issues: NonNullable<LifecycleError['issues']>;
  readonly omitted?: number;
}): LifecycleError {
  const omitted = error.omitted ?? 0;
  const invalid: LifecycleError = {
    code: 'invalid_event',
    messageKey: lifecycleErrorKey('lifecycle.error.invalid_event'),
    params: { count: error.issues.length + omitted },
    issues: error.issues,
  };
  return omitted > 0 ? { ...invalid, omitted } : invalid;
}

/**
 * The relationship a `propose` event creates, written in the key order of
 * `RelationshipSchema`. Every field is a fresh object, so {@link replay} may
 * keep changing it in place before it freezes it.
 */
export function createRelationship(event: EventOfType<'propose'>): Relationship {
  const proposal: Relationship['proposal'] = {
    proposedAt: event.at,
    proposedBy: { role: event.actor.role, id: event.actor.id },
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
      {
        stage: { key: `stage.${stage}` },
        event: { key: 'lifecycle.event.propose' },
        role: roleLabel(actor.role),
        allowed: actors.map(roleLabel),
      },
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
  const refused = checkProposal(event);
  return refused === undefined ? ok(createRelationship(event)) : err(refused);
}

/**
 * Schema of {@link ProposeMatchInput}: a strict object, so unknown keys and
 * typos are errors with a path. `proposeMatch` validates its input with it;
 * use it to check input from elsewhere without an exception.
 *
 * @example
 * ```ts
 * ProposeMatchInputSchema.safeParse({ ...input, at: input.now }).success; // false: `at` is now `now`
 * ```
 */
export const ProposeMatchInputSchema = z.strictObject({
  relationshipId: IdSchema,
  program: ProgramRefSchema,
  mentorId: IdSchema,
  menteeId: IdSchema,
  now: TimestampSchema,
  proposedBy: ActorSchema,
  eventId: IdSchema.optional(),
  expiresAt: TimestampSchema.optional(),
  ttlDays: z.int().min(1).max(365).optional(),
  note: TextSchema.optional(),
});

/**
 * The input of {@link proposeMatch}, validated by {@link ProposeMatchInputSchema}.
 *
 * The proposal's expiry is, in this order: `expiresAt` if given; else `now`
 * plus `ttlDays`; else `now` plus the programme's `settings.proposalTtlDays`
 * (14 days by default). Days are calendar days: with a programme `timeZone`
 * the expiry is the same wall-clock time in that zone, written in its offset
 * (`+02:00` in a Berlin summer); without one, in the offset `now` is written in.
 *
 * @example
 * ```ts
 * const input: ProposeMatchInput = {
 *   relationshipId: 'r1', program: { id: 'spring-2026', timeZone: 'Europe/Berlin' },
 *   mentorId: 'mentor-1', menteeId: 'mentee-1',
 *   now: '2026-03-20T09:00:00+01:00', proposedBy: { role: 'admin', id: 'coordinator' },
 * };
 * ```
 */
export interface ProposeMatchInput {
  /** The id of the new relationship, unique within the programme. */
  readonly relationshipId: Id;
  /**
   * The programme: a parsed `Program`, or `{ id, settings?, timeZone? }`. Its
   * `settings.proposalTtlDays` sets the expiry, its `timeZone` the offset the
   * expiry is written in.
   */
  readonly program: ProgramRef;
  /** The mentor's id. */
  readonly mentorId: Id;
  /** The mentee's id; must differ from `mentorId`. */
  readonly menteeId: Id;
  /** When the proposal is made: an ISO 8601 timestamp with an offset. */
  readonly now: Timestamp;
  /** Who proposes: a coordinator (`admin`), the matching job (`system`), or one of the two people. */
  readonly proposedBy: Actor;
  /** The id of the `propose` event; `<relationshipId>:propose` by default. */
  readonly eventId?: Id | undefined;
  /** When the proposal lapses unless both sides accepted; must be after `now`. */
  readonly expiresAt?: Timestamp | undefined;
  /** Days until the proposal lapses (1–365), instead of the programme's `proposalTtlDays`. */
  readonly ttlDays?: number | undefined;
  /** A note for both people, e.g. why they were matched. */
  readonly note?: string | undefined;
}

type ParsedInput = z.output<typeof ProposeMatchInputSchema>;

/** The `propose` event {@link proposeMatch} builds from its validated input. */
export function proposalEvent(input: ParsedInput): EventOfType<'propose'> {
  const { program } = input;
  const ttlDays = input.ttlDays ?? program.settings.proposalTtlDays;
  const event: EventOfType<'propose'> = {
    type: 'propose',
    id: input.eventId ?? `${input.relationshipId}:propose`,
    at: input.now,
    actor: input.proposedBy,
    schemaVersion: currentSchemaVersion,
    relationshipId: input.relationshipId,
    programId: program.id,
    mentorId: input.mentorId,
    menteeId: input.menteeId,
    expiresAt: input.expiresAt ?? addDays(input.now, ttlDays, program.timeZone),
  };
  if (input.note !== undefined) event.note = input.note;
  return event;
}

/** A refusal of the initial transition as an issue of `proposeMatch`'s input. */
function inputIssue(refusal: LifecycleError, input: ParsedInput): ValidationIssue {
  if (refusal.code === 'same_person') {
    return {
      path: ['menteeId'],
      code: 'same_person',
      messageKey: 'validation.same_person',
      params: {},
    };
  }
  const path =
    refusal.code === 'acting_for_someone_else' || refusal.code === 'not_a_coordinator'
      ? ['proposedBy', 'id']
      : refusal.guard === 'expires-after-proposal'
        ? [input.expiresAt === undefined ? 'now' : 'expiresAt']
        : ['proposedBy', 'role'];
  return { path, code: 'custom', messageKey: refusal.messageKey, params: refusal.params };
}

/**
 * Proposes a match: builds the `propose` event from the input and returns the
 * new relationship in stage `proposed`, deep-frozen, whose history is exactly
 * that event. See {@link ProposeMatchInput} for how the expiry is chosen.
 *
 * To check untrusted input without exceptions, validate it with
 * {@link ProposeMatchInputSchema}, or send the `propose` event through
 * `replay([event])` or `applyProgramEvent`, which return a `Result`.
 *
 * @throws {InvalidOptionsError} when the input is not a valid proposal: a
 *   field fails {@link ProposeMatchInputSchema} (an unknown key, `ttlDays: NaN`),
 *   mentor and mentee are the same person (`same_person` at `['menteeId']`), a
 *   mentor or mentee proposes for someone else (at `['proposedBy', 'id']`), an
 *   `admin` proposes who is not one of the programme's `coordinatorIds` when it
 *   names them (`lifecycle.error.not_a_coordinator` at `['proposedBy', 'id']`), or
 *   the expiry is not after `now`.
 * @example
 * ```ts
 * const relationship = proposeMatch({
 *   relationshipId: 'r1', program: { id: 'spring-2026', settings: { proposalTtlDays: 10 } },
 *   mentorId: 'mentor-1', menteeId: 'mentee-1',
 *   now: '2026-03-01T09:00:00+01:00', proposedBy: { role: 'admin', id: 'coordinator' },
 * });
 * relationship.stage; // 'proposed'
 * relationship.proposal.expiresAt; // '2026-03-11T09:00:00+01:00'
 * ```
 */
export function proposeMatch(input: ProposeMatchInput): Relationship {
  const parsed = parseOptions('proposeMatch', ProposeMatchInputSchema, input);
  const event = proposalEvent(parsed);
  const refused = coordinatorRefusal(parsed.program, event.actor) ?? checkProposal(event);
  if (refused !== undefined) {
    throw new InvalidOptionsError('proposeMatch', [inputIssue(refused, parsed)]);
  }
  return deepFreeze(createRelationship(event));
}
