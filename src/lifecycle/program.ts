import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import { type Id, IdSchema } from '../model/id';
import { type ProgramRef, ProgramRefSchema, type ResolvedProgram } from '../model/program';
import type { Relationship } from '../model/relationship';
import type {
  EventOfType,
  RelationshipEvent,
  RelationshipEventInput,
} from '../model/relationship-event';
import { isActiveStage, isTerminalStage } from '../model/relationship-stage';
import { ok, type Result } from '../model/result';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import { withUniqueIds } from '../model/unique-items';
import { applyParsedEvent, refuse, startRelationship, validateEvent } from './apply';
import { coordinatorRefusal } from './coordinators';
import { type LifecycleError, lifecycleError } from './errors';
import { hasEventId } from './history-index';
import { freezeAll, sealedInput, sealRelationship } from './seal';
import { later, toMillis } from './time';

/**
 * How many mentees a mentor takes on at the same time: a `MentorProfile`
 * fits (its other fields are ignored), or just its id and capacity.
 *
 * @example
 * ```ts
 * const mentors: MentorCapacity[] = [{ id: 'mentor-1', capacity: 2 }];
 * ```
 */
export interface MentorCapacity {
  /** The mentor's id. */
  readonly id: Id;
  /** Mentees the mentor takes on at the same time (0–1,000). */
  readonly capacity: number;
}

/**
 * How many mentors a mentee wants at the same time: a `MenteeProfile` fits
 * (its other fields are ignored), or just its id and `maxMentors`.
 *
 * @example
 * ```ts
 * const mentees: MenteeLimit[] = [{ id: 'mentee-1', maxMentors: 1 }];
 * ```
 */
export interface MenteeLimit {
  /** The mentee's id. */
  readonly id: Id;
  /**
   * Mentors the mentee wants at the same time (1–20); capped by the
   * programme's `maxMentorsPerMentee`, which also applies when it is absent.
   */
  readonly maxMentors?: number | undefined;
}

// Profiles fit as items, so their other fields are stripped rather than
// refused; the options object itself is strict.
const MentorCapacitySchema = z.object({ id: IdSchema, capacity: z.int().min(0).max(1000) });
const MenteeLimitSchema = z.object({ id: IdSchema, maxMentors: z.int().min(1).max(20).optional() });

/**
 * Schema of {@link ProgramEventOptions} (strict: unknown keys are errors;
 * the items of `mentors` and `mentees` may be whole profiles).
 *
 * @example
 * ```ts
 * ProgramEventOptionsSchema.safeParse({ mentor: [] }).success; // false: a typo of `mentors`
 * ```
 */
export const ProgramEventOptionsSchema = z.strictObject({
  mentors: withUniqueIds(z.array(MentorCapacitySchema).max(100_000)).optional(),
  mentees: withUniqueIds(z.array(MenteeLimitSchema).max(100_000)).optional(),
  systemActorId: IdSchema.optional(),
});

/**
 * Options of {@link applyProgramEvent}, validated by {@link ProgramEventOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ProgramEventOptions = { mentors: mentorProfiles, mentees: menteeProfiles };
 * ```
 */
export interface ProgramEventOptions {
  /**
   * The programme's mentors with their capacity (`MentorProfile`s fit). A
   * mentor who is not listed has the programme's `settings.defaultMentorCapacity`.
   */
  readonly mentors?: readonly MentorCapacity[] | undefined;
  /**
   * The programme's mentees with the number of mentors each wants at a time
   * (`MenteeProfile`s fit). A mentee's `maxMentors` counts up to the
   * programme's `settings.maxMentorsPerMentee`; unlisted mentees have that maximum.
   */
  readonly mentees?: readonly MenteeLimit[] | undefined;
  /** The actor id of the events the programme rules send themselves; `'mentorship-kit'` by default. */
  readonly systemActorId?: Id | undefined;
}

/**
 * Schema of {@link ExpireProposalsOptions} (strict: unknown keys are errors).
 *
 * @example
 * ```ts
 * ExpireProposalsOptionsSchema.safeParse({ now: '2026-03-15T09:00:00Z' }).success; // true
 * ```
 */
export const ExpireProposalsOptionsSchema = z.strictObject({
  now: TimestampSchema,
  systemActorId: IdSchema.optional(),
});

/**
 * Options of {@link expireProposals}, validated by {@link ExpireProposalsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ExpireProposalsOptions = { now: '2026-03-15T09:00:00+01:00', systemActorId: 'cron' };
 * ```
 */
export interface ExpireProposalsOptions {
  /** The time of the run: an ISO 8601 timestamp with an offset. Proposals expiring at or before it expire. */
  readonly now: Timestamp;
  /** The actor id of the `expire` events; `'mentorship-kit'` by default. */
  readonly systemActorId?: Id | undefined;
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
 * A relationship a programme rule could not change, with the reason; the
 * rest of the batch went on without it.
 *
 * @example
 * ```ts
 * for (const { relationshipId, error } of update.failed) log.warn(relationshipId, formatError(error));
 * ```
 */
export interface ProgramEventFailure {
  readonly relationshipId: Id;
  readonly error: LifecycleError;
}

/**
 * The result of a programme-level change: every relationship of the input
 * (changed ones replaced in place, new ones appended, the others the very
 * same objects when they are deep-frozen, as the lifecycle's and the
 * parser's are, else deep-frozen copies), the events applied in order, and
 * the relationships a rule could not change (usually none). The first applied event of
 * {@link applyProgramEvent} is the one the caller sent; any after it were
 * sent by the programme's rules. Deep-frozen.
 *
 * @example
 * ```ts
 * const changed = update.applied.map(({ after }) => after.id);
 * ```
 */
export interface ProgramUpdate {
  readonly relationships: readonly Relationship[];
  readonly applied: readonly AppliedEvent[];
  readonly failed: readonly ProgramEventFailure[];
}

/** The reason written on proposals the programme rules invalidate. */
export const menteeLimitReason = 'mentee_mentor_limit_reached';

// The programme is an argument a program writes: checked like an option, its
// issues reported under `program`.
const ProgramArgumentSchema = z.strictObject({ program: ProgramRefSchema });

function resolveProgram(functionName: string, program: ProgramRef): ResolvedProgram {
  return parseOptions(functionName, ProgramArgumentSchema, { program }).program;
}

type ParsedProgramOptions = z.output<typeof ProgramEventOptionsSchema>;

function capacityOf(program: ResolvedProgram, mentorId: Id, options: ParsedProgramOptions): number {
  const mentor = options.mentors?.find((candidate) => candidate.id === mentorId);
  return mentor?.capacity ?? program.settings.defaultMentorCapacity;
}

/** The mentors a mentee may have at once: their own wish, capped by the programme's maximum. */
function menteeMaxOf(
  program: ResolvedProgram,
  menteeId: Id,
  options: ParsedProgramOptions,
): number {
  const max = program.settings.maxMentorsPerMentee;
  const own = options.mentees?.find((candidate) => candidate.id === menteeId)?.maxMentors;
  return own === undefined ? max : Math.min(own, max);
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
  program: ResolvedProgram,
  relationships: readonly Relationship[],
  relationship: Relationship,
  options: ParsedProgramOptions,
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
  const max = menteeMaxOf(program, relationship.menteeId, options);
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
  for (let attempt = 0; ; attempt++) {
    const tail = attempt === 0 ? suffix : `${suffix}~${attempt}`;
    const id = `${base.slice(0, 128 - tail.length)}${tail}`;
    if (!hasEventId(history, id)) return id;
  }
}

function lastEventOf(relationship: Relationship): RelationshipEvent {
  // A relationship always has its propose event.
  return relationship.history[relationship.history.length - 1] as RelationshipEvent;
}

function finish(
  relationships: readonly Relationship[],
  applied: readonly AppliedEvent[],
  failed: readonly ProgramEventFailure[] = [],
): ProgramUpdate {
  return Object.freeze({
    relationships: Object.freeze([...relationships]),
    applied: Object.freeze(applied.map((entry) => Object.freeze({ ...entry }))),
    failed: Object.freeze(failed.map((entry) => freezeAll({ ...entry }))),
  });
}

function proposeInProgram(
  program: ResolvedProgram,
  relationships: readonly Relationship[],
  relationshipId: Id,
  event: EventOfType<'propose'>,
): Result<ProgramUpdate, LifecycleError> {
  if (event.relationshipId !== relationshipId) {
    return refuse(
      lifecycleError(
        'relationship_id_mismatch',
        { id: relationshipId, eventId: event.relationshipId },
        ['relationshipId'],
      ),
    );
  }
  if (event.programId !== program.id) {
    return refuse(
      lifecycleError('wrong_program', { programId: event.programId, expected: program.id }, [
        'programId',
      ]),
    );
  }
  if (relationships.some((relationship) => relationship.id === relationshipId)) {
    return refuse(lifecycleError('duplicate_id', { id: relationshipId }, ['relationshipId']));
  }
  const open = relationships.find(
    (relationship) =>
      relationship.mentorId === event.mentorId &&
      relationship.menteeId === event.menteeId &&
      !isTerminalStage(relationship.stage),
  );
  if (open !== undefined) {
    return refuse(
      lifecycleError('pair_already_open', {
        mentorId: event.mentorId,
        menteeId: event.menteeId,
        id: open.id,
      }),
    );
  }
  const created = startRelationship(event);
  if (!created.ok) return refuse(created.error);
  const after = sealRelationship(created.value);
  return ok(
    finish([...relationships, after], [{ before: undefined, event: lastEventOf(after), after }]),
  );
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
 *   mentee already has as many active mentors as they may have: their own
 *   `maxMentors` (from `options.mentees`), at most the programme's
 *   `settings.maxMentorsPerMentee`;
 * - when an acceptance makes the relationship active and the mentee thereby
 *   reaches that maximum, the mentee's other open proposals in this
 *   programme are invalidated (reason `mentee_mentor_limit_reached`,
 *   `supersededBy` the accepted one). A proposal that cannot be invalidated
 *   is listed in `failed` and left as it was; the rest goes on.
 *
 * When the programme names its `coordinatorIds`, an event sent by an `admin`
 * whose id is not among them is refused with `not_a_coordinator` (path
 * `['actor', 'id']`), whatever the event; a programme without the list lets
 * any admin id act, as before.
 *
 * Capacities come from `options.mentors` (e.g. the mentors' profiles);
 * unlisted mentors have the programme's `defaultMentorCapacity`. Every other
 * event is applied as {@link applyEvent} applies it. Nothing is changed in
 * place; the result lists every relationship and the applied events.
 *
 * @param program - the programme (a parsed `Program`, or `{ id, settings? }`)
 * @param relationships - the programme's relationships, from the lifecycle or `parseRelationship`
 * @param relationshipId - the relationship the event is for
 * @param event - the event, validated like {@link applyEvent}'s
 * @param options - capacities, mentees' limits and the system actor's id
 * @throws {InvalidOptionsError} when `program` fails `ProgramRefSchema` (issues
 *   at `['program', …]`) or `options` fail {@link ProgramEventOptionsSchema}.
 * @example
 * ```ts
 * const result = applyProgramEvent(program, relationships, 'r7', acceptEvent, { mentors, mentees });
 * if (!result.ok && result.error.code === 'capacity_exceeded') {
 *   console.log(formatError(result.error)); // Mentor mentor-3 already has 2 of 2 active mentees.
 * }
 * if (result.ok) save(result.value.relationships);
 * ```
 */
export function applyProgramEvent(
  program: ProgramRef,
  relationships: readonly Relationship[],
  relationshipId: Id,
  event: RelationshipEventInput,
  options: ProgramEventOptions = {},
): Result<ProgramUpdate, LifecycleError> {
  const settings = parseOptions('applyProgramEvent', ProgramEventOptionsSchema, options);
  const resolved = resolveProgram('applyProgramEvent', program);
  // Deep-frozen relationships are used as they are; others are copied, never frozen.
  const list = relationships.map(sealedInput);
  const parsed = validateEvent(event);
  if (!parsed.ok) return refuse(parsed.error);
  const valid = parsed.value;
  const notCoordinator = coordinatorRefusal(resolved, valid.actor);
  if (notCoordinator !== undefined) return refuse(notCoordinator);
  if (valid.type === 'propose') {
    return proposeInProgram(resolved, list, relationshipId, valid);
  }
  const index = list.findIndex((relationship) => relationship.id === relationshipId);
  const before = list[index];
  if (before === undefined) {
    return refuse(lifecycleError('unknown_relationship', { id: relationshipId }));
  }
  if (before.programId !== resolved.id) {
    return refuse(
      lifecycleError('wrong_program', { programId: before.programId, expected: resolved.id }),
    );
  }
  const result = applyParsedEvent(before, valid);
  if (!result.ok) return result;
  const after = result.value;
  const applied: AppliedEvent[] = [{ before, event: lastEventOf(after), after }];
  if (valid.type !== 'accept') {
    return ok(finish(list.with(index, after), applied));
  }
  const limit = checkPlaces(resolved, list, before, settings);
  if (limit !== undefined) return refuse(limit);
  const next = list.with(index, after);
  if (after.stage !== 'preparing') return ok(finish(next, applied));
  const menteeActive = countActive(next, (other) => other.menteeId === after.menteeId);
  if (menteeActive < menteeMaxOf(resolved, after.menteeId, settings)) {
    return ok(finish(next, applied));
  }
  const failed = invalidateOthers(next, after, valid, settings.systemActorId, applied);
  return ok(finish(next, applied, failed));
}

/**
 * Invalidates the open proposals of the mentee of `accepted` in its
 * programme, in place in `next`; returns the ones that could not be.
 */
function invalidateOthers(
  next: Relationship[],
  accepted: Relationship,
  acceptance: RelationshipEvent,
  systemActorId: Id | undefined,
  applied: AppliedEvent[],
): ProgramEventFailure[] {
  const actor = { role: 'system', id: systemActorId ?? 'mentorship-kit' } as const;
  const failed: ProgramEventFailure[] = [];
  for (let i = 0; i < next.length; i++) {
    const other = next[i];
    if (other === undefined || other.id === accepted.id || other.stage !== 'proposed') continue;
    if (other.menteeId !== accepted.menteeId || other.programId !== accepted.programId) continue;
    const invalidate: RelationshipEvent = {
      type: 'invalidate',
      id: derivedEventId(acceptance.id, ':invalidate', other.history),
      at: later(acceptance.at, lastEventOf(other).at),
      actor,
      reason: menteeLimitReason,
      supersededBy: accepted.id,
    };
    const invalidated = applyParsedEvent(other, invalidate);
    if (!invalidated.ok) {
      failed.push({ relationshipId: other.id, error: invalidated.error });
      continue;
    }
    next[i] = invalidated.value;
    applied.push({
      before: other,
      event: lastEventOf(invalidated.value),
      after: invalidated.value,
    });
  }
  return failed;
}

/**
 * Expires every proposal of the programme whose `expiresAt` is at or before
 * `options.now`: applies an `expire` event (id `expire:<now>`, actor `system`)
 * to each, in the order of the list. A proposal that cannot be expired (its
 * last event is later than `now`, say) is listed in `failed` with the
 * lifecycle's error and left as it was; the batch goes on.
 *
 * @param program - the programme (a parsed `Program`, or `{ id }`); other programmes' relationships are left alone
 * @param relationships - the programme's relationships
 * @param options - `now`, and the system actor's id
 * @throws {InvalidOptionsError} when `program` fails `ProgramRefSchema` (issues
 *   at `['program', …]`) or `options` fail {@link ExpireProposalsOptionsSchema},
 *   such as a missing `now` or one without an offset.
 * @example
 * ```ts
 * const update = expireProposals(program, relationships, { now: '2026-03-15T09:00:00+01:00' });
 * for (const { before, event, after } of update.applied) notify(notificationsFor(before, event, after));
 * for (const { relationshipId, error } of update.failed) log.warn(relationshipId, error.code);
 * ```
 */
export function expireProposals(
  program: ProgramRef,
  relationships: readonly Relationship[],
  options: ExpireProposalsOptions,
): ProgramUpdate {
  const { now, systemActorId } = parseOptions(
    'expireProposals',
    ExpireProposalsOptionsSchema,
    options,
  );
  const resolved = resolveProgram('expireProposals', program);
  const nowMillis = toMillis(now);
  const actor = { role: 'system', id: systemActorId ?? 'mentorship-kit' } as const;
  // Deep-frozen relationships are used as they are; others are copied, never frozen.
  const next = relationships.map(sealedInput);
  const applied: AppliedEvent[] = [];
  const failed: ProgramEventFailure[] = [];
  for (let i = 0; i < next.length; i++) {
    const relationship = next[i];
    if (relationship === undefined || relationship.stage !== 'proposed') continue;
    if (relationship.programId !== resolved.id) continue;
    if (nowMillis < toMillis(relationship.proposal.expiresAt)) continue;
    const expire: RelationshipEvent = {
      type: 'expire',
      id: derivedEventId('expire:', now, relationship.history),
      at: now,
      actor,
    };
    const result = applyParsedEvent(relationship, expire);
    if (!result.ok) {
      failed.push({ relationshipId: relationship.id, error: result.error });
      continue;
    }
    next[i] = result.value;
    applied.push({ before: relationship, event: lastEventOf(result.value), after: result.value });
  }
  return finish(next, applied, failed);
}
