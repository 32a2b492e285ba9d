import { deepFreeze } from '../_internal/deep-freeze';
import {
  type EventOfType,
  err,
  type Id,
  isActiveStage,
  isTerminalStage,
  isTimestamp,
  ok,
  type Program,
  type Relationship,
  type RelationshipEvent,
  type RelationshipEventInput,
  type Result,
  type Timestamp,
} from '../model';
import { applyEvent, applyParsedEvent, startRelationship, validateEvent } from './apply';
import { type LifecycleError, lifecycleError } from './errors';
import { later, toMillis } from './time';

/**
 * How many mentees a mentor takes on at the same time: a `MentorProfile`
 * fits, or just its id and capacity.
 *
 * @example
 * ```ts
 * const mentors: MentorCapacity[] = [{ id: 'mentor-1', capacity: 2 }];
 * ```
 */
export interface MentorCapacity {
  readonly id: Id;
  readonly capacity: number;
}

/**
 * Options of {@link applyProgramEvent} and {@link expireProposals}.
 *
 * @example
 * ```ts
 * const options: ProgramEventOptions = { mentors: mentorProfiles, systemActorId: 'scheduler' };
 * ```
 */
export interface ProgramEventOptions {
  /**
   * The programme's mentors with their capacity. A mentor who is not listed
   * has the programme's `settings.defaultMentorCapacity`.
   */
  readonly mentors?: readonly MentorCapacity[];
  /** The actor id of the events the programme rules send themselves; default `'mentorship-kit'`. */
  readonly systemActorId?: Id;
}

/**
 * One event that a programme-level function applied: the relationship
 * before (`undefined` for a proposal) and after it. Pass it to
 * {@link notificationsFor} to learn whom to tell.
 *
 * @example
 * ```ts
 * for (const { before, event, after } of update.applied) send(notificationsFor(before, event, after));
 * ```
 */
export interface AppliedEvent {
  readonly before: Relationship | undefined;
  readonly event: RelationshipEvent;
  readonly after: Relationship;
}

/**
 * The result of a programme-level change: every relationship of the input
 * (changed ones replaced in place, new ones appended, the others the very
 * same objects) and the events applied, in order. The first applied event is
 * the one the caller sent; any after it were sent by the programme's rules.
 *
 * @example
 * ```ts
 * const changed = update.applied.map(({ after }) => after.id);
 * ```
 */
export interface ProgramUpdate {
  readonly relationships: readonly Relationship[];
  readonly applied: readonly AppliedEvent[];
}

/** The reason written on proposals the programme rules invalidate. */
const menteeLimitReason = 'mentee_mentor_limit_reached';

function capacityOf(program: Program, mentorId: Id, options: ProgramEventOptions): number {
  const mentor = options.mentors?.find((candidate) => candidate.id === mentorId);
  return mentor?.capacity ?? program.settings.defaultMentorCapacity;
}

function countActive(
  relationships: readonly Relationship[],
  matches: (relationship: Relationship) => boolean,
): number {
  let count = 0;
  for (const relationship of relationships) {
    if (isActiveStage(relationship.stage) && matches(relationship)) count++;
  }
  return count;
}

/** Refuses an acceptance that would take the mentor over capacity or the mentee over their limit. */
function checkPlaces(
  program: Program,
  relationships: readonly Relationship[],
  relationship: Relationship,
  options: ProgramEventOptions,
): LifecycleError | undefined {
  const others = relationships.filter((other) => other.id !== relationship.id);
  const capacity = capacityOf(program, relationship.mentorId, options);
  const mentorActive = countActive(others, (other) => other.mentorId === relationship.mentorId);
  if (mentorActive >= capacity) {
    return lifecycleError('capacity_exceeded', {
      mentorId: relationship.mentorId,
      capacity,
      active: mentorActive,
    });
  }
  const max = program.settings.maxMentorsPerMentee;
  const menteeActive = countActive(others, (other) => other.menteeId === relationship.menteeId);
  if (menteeActive >= max) {
    return lifecycleError('mentee_mentor_limit_reached', {
      menteeId: relationship.menteeId,
      max,
      active: menteeActive,
    });
  }
  return undefined;
}

/** An event id derived from another, at most 128 characters and not yet in `history`. */
function derivedEventId(base: Id, suffix: string, history: readonly RelationshipEvent[]): Id {
  const taken = new Set(history.map((event) => event.id));
  for (let attempt = 0; ; attempt++) {
    const tail = attempt === 0 ? suffix : `${suffix}~${attempt}`;
    const id = `${base.slice(0, 128 - tail.length)}${tail}`;
    if (!taken.has(id)) return id;
  }
}

/** The entry for an event that turned `before` into `after`: the stored (parsed, frozen) event. */
function appliedTo(before: Relationship, after: Relationship): AppliedEvent {
  const event = after.history[after.history.length - 1];
  if (event === undefined) throw new Error('a relationship always has its propose event');
  return { before, event, after };
}

function finish(
  relationships: readonly Relationship[],
  applied: readonly AppliedEvent[],
): ProgramUpdate {
  return Object.freeze({
    relationships: Object.freeze([...relationships]),
    applied: Object.freeze(applied.map((entry) => Object.freeze(entry))),
  });
}

function proposeInProgram(
  program: Program,
  relationships: readonly Relationship[],
  relationshipId: Id,
  event: EventOfType<'propose'>,
): Result<ProgramUpdate, LifecycleError> {
  if (event.relationshipId !== relationshipId) {
    return err(
      lifecycleError(
        'relationship_id_mismatch',
        { id: relationshipId, eventId: event.relationshipId },
        ['relationshipId'],
      ),
    );
  }
  if (event.programId !== program.id) {
    return err(
      lifecycleError('wrong_program', { programId: event.programId, expected: program.id }, [
        'programId',
      ]),
    );
  }
  if (relationships.some((relationship) => relationship.id === relationshipId)) {
    return err(lifecycleError('duplicate_id', { id: relationshipId }, ['relationshipId']));
  }
  const open = relationships.find(
    (relationship) =>
      relationship.mentorId === event.mentorId &&
      relationship.menteeId === event.menteeId &&
      !isTerminalStage(relationship.stage),
  );
  if (open !== undefined) {
    return err(
      lifecycleError('pair_already_open', {
        mentorId: event.mentorId,
        menteeId: event.menteeId,
        id: open.id,
      }),
    );
  }
  const created = startRelationship(event);
  if (!created.ok) return created;
  const after = deepFreeze(created.value);
  return ok(finish([...relationships, after], [{ before: undefined, event, after }]));
}

/**
 * Applies an event to one relationship of a programme and enforces the
 * programme's rules across all its relationships:
 *
 * - a `propose` adds a relationship (its id must be new, its programme this
 *   one, and the pair may not already have an open relationship);
 * - an `accept` is refused with `capacity_exceeded` when the mentor's active
 *   relationships (stages `preparing` to `evaluating` and `paused`) already
 *   fill their capacity, and with `mentee_mentor_limit_reached` when the
 *   mentee already has `settings.maxMentorsPerMentee` active mentors;
 * - when an acceptance makes the relationship active and the mentee thereby
 *   reaches that maximum, the mentee's other open proposals are invalidated
 *   (reason `mentee_mentor_limit_reached`, `supersededBy` the accepted one).
 *
 * Capacities come from `options.mentors` (e.g. the mentors' profiles);
 * unlisted mentors have the programme's `defaultMentorCapacity`. Every other
 * event is applied as {@link applyEvent} applies it. Nothing is changed in
 * place; the result lists every relationship and the applied events.
 *
 * @example
 * ```ts
 * const result = applyProgramEvent(program, relationships, 'r7', acceptEvent, { mentors });
 * if (!result.ok && result.error.code === 'capacity_exceeded') {
 *   console.log(formatError(result.error)); // Mentor mentor-3 already has 2 of 2 active mentees.
 * }
 * if (result.ok) save(result.value.relationships);
 * ```
 */
export function applyProgramEvent(
  program: Program,
  relationships: readonly Relationship[],
  relationshipId: Id,
  event: RelationshipEventInput,
  options: ProgramEventOptions = {},
): Result<ProgramUpdate, LifecycleError> {
  const parsed = validateEvent(event);
  if (!parsed.ok) return parsed;
  const valid = parsed.value;
  if (valid.type === 'propose')
    return proposeInProgram(program, relationships, relationshipId, valid);
  const index = relationships.findIndex((relationship) => relationship.id === relationshipId);
  const before = relationships[index];
  if (before === undefined) {
    return err(lifecycleError('unknown_relationship', { id: relationshipId }));
  }
  if (before.programId !== program.id) {
    return err(
      lifecycleError('wrong_program', { programId: before.programId, expected: program.id }),
    );
  }
  const result = applyParsedEvent(before, valid);
  if (!result.ok) return result;
  const after = result.value;
  const applied: AppliedEvent[] = [{ before, event: valid, after }];
  if (valid.type !== 'accept') {
    return ok(finish(relationships.with(index, after), applied));
  }
  const limit = checkPlaces(program, relationships, before, options);
  if (limit !== undefined) return err(limit);
  const next = relationships.with(index, after);
  if (after.stage !== 'preparing') return ok(finish(next, applied));
  const menteeActive = countActive(next, (other) => other.menteeId === after.menteeId);
  if (menteeActive < program.settings.maxMentorsPerMentee) return ok(finish(next, applied));
  const actor = { role: 'system', id: options.systemActorId ?? 'mentorship-kit' } as const;
  for (let i = 0; i < next.length; i++) {
    const other = next[i];
    if (other === undefined || other.id === after.id) continue;
    if (other.menteeId !== after.menteeId || other.stage !== 'proposed') continue;
    const lastAt = other.history[other.history.length - 1]?.at ?? valid.at;
    const invalidate: RelationshipEvent = {
      type: 'invalidate',
      id: derivedEventId(valid.id, ':invalidate', other.history),
      at: later(valid.at, lastAt),
      actor,
      reason: menteeLimitReason,
      supersededBy: after.id,
    };
    const invalidated = applyEvent(other, invalidate);
    if (!invalidated.ok)
      throw new Error(`cannot invalidate ${other.id}: ${invalidated.error.code}`);
    next[i] = invalidated.value;
    applied.push(appliedTo(other, invalidated.value));
  }
  return ok(finish(next, applied));
}

/**
 * Expires every proposal of the programme whose `expiresAt` is at or before
 * `now`: applies an `expire` event (id `expire:<now>`, actor `system`) to
 * each, in the order of the list.
 *
 * Throws a `TypeError` when `now` is not an ISO timestamp with an offset.
 *
 * @example
 * ```ts
 * const { relationships: next, applied } = expireProposals(program, relationships, new Date().toISOString());
 * for (const { before, event, after } of applied) notify(notificationsFor(before, event, after));
 * ```
 */
export function expireProposals(
  program: Program,
  relationships: readonly Relationship[],
  now: Timestamp,
  options: ProgramEventOptions = {},
): ProgramUpdate {
  if (!isTimestamp(now))
    throw new TypeError(`expireProposals: "${now}" is not an ISO timestamp with an offset`);
  const nowMillis = toMillis(now);
  const actor = { role: 'system', id: options.systemActorId ?? 'mentorship-kit' } as const;
  const next = [...relationships];
  const applied: AppliedEvent[] = [];
  for (let i = 0; i < next.length; i++) {
    const relationship = next[i];
    if (relationship === undefined || relationship.stage !== 'proposed') continue;
    if (relationship.programId !== program.id) continue;
    if (nowMillis < toMillis(relationship.proposal.expiresAt)) continue;
    const expire: RelationshipEvent = {
      type: 'expire',
      id: derivedEventId('expire:', now, relationship.history),
      at: now,
      actor,
    };
    // Every event of an open proposal is earlier than its expiry, so this cannot be refused.
    const result = applyEvent(relationship, expire);
    if (!result.ok) throw new Error(`cannot expire ${relationship.id}: ${result.error.code}`);
    next[i] = result.value;
    applied.push(appliedTo(relationship, result.value));
  }
  return finish(next, applied);
}
