import * as z from 'zod';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import {
  applyInPlace,
  available,
  decide,
  type EngineSpec,
  locatedAt,
} from '../_internal/state-machine/engine';
import { createSealer, freezeAll } from '../_internal/state-machine/seal';
import { coordinatorRefusal } from '../lifecycle/coordinators';
import { type Actor, ActorSchema } from '../model/actor';
import type { EnrolmentStatus } from '../model/enrolment';
import { type Enrolment, EnrolmentSchema, parseEnrolmentEvent } from '../model/enrolment';
import {
  type EnrolmentEvent,
  type EnrolmentEventInput,
  type EnrolmentEventOfType,
  EnrolmentEventSchema,
  type EnrolmentEventType,
} from '../model/enrolment-event';
import type { Id } from '../model/id';
import { type ProgramRef, ProgramRefSchema, type ResolvedProgram } from '../model/program';
import { defaultProgramSettings } from '../model/program-settings';
import { err, ok, type Result } from '../model/result';
import { currentSchemaVersion } from '../model/schema-version';
import { type Timestamp, TimestampSchema } from '../model/timestamp';
import {
  type EnrolmentError,
  enrolmentError,
  enrolmentErrorKey,
  enrolmentEventLabel,
  roleRef,
  statusLabel,
} from './enrolment-errors';
import { type EnrolmentGuardInput, enrolmentGuards } from './enrolment-guards';
import {
  type EnrolmentGuardName,
  type EnrolmentTransition,
  enrolmentMachine,
  enrolmentTransitionIndex,
} from './enrolment-machine';

/**
 * The largest sizes of an enrolment: its history holds at most 10,000
 * events, of which the last 100 places are kept for the events that close
 * something (`screen`, `relationship-ended`, `graduate`, `withdraw`,
 * `remove`), so a person who paused and resumed thousands of times can
 * still withdraw; and at most 1,000 matches (frozen).
 *
 * @example
 * ```ts
 * enrolment.history.length < enrolmentLimits.history - enrolmentLimits.keptForClosing; // room for any event
 * ```
 */
export const enrolmentLimits = /* @__PURE__ */ Object.freeze({
  history: 10_000,
  keptForClosing: 100,
  matches: 1000,
} as const);

const closingEvents: ReadonlySet<EnrolmentEventType> = new Set<EnrolmentEventType>([
  'screen',
  'relationship-ended',
  'graduate',
  'withdraw',
  'remove',
]);

const terminal: ReadonlySet<EnrolmentStatus> = new Set(enrolmentMachine.terminal);

const sealer = /* @__PURE__ */ createSealer<Enrolment>(EnrolmentSchema);

/** Whether a mentor or mentee actor is the enrolled person (admins and the system act for the programme). */
function actsForThemselves(actor: Actor, enrolment: Pick<Enrolment, 'personId' | 'side'>): boolean {
  if (actor.role !== 'mentor' && actor.role !== 'mentee') return true;
  return actor.id === enrolment.personId && actor.role === enrolment.side;
}

function someoneElse(actor: Actor): EnrolmentError {
  return enrolmentError('acting_for_someone_else', { id: actor.id, role: roleRef(actor.role) }, [
    'actor',
    'id',
  ]);
}

/** The enrolment machine as the state-machine engine runs it (shared with the relationship lifecycle). */
const enrolmentEngine: EngineSpec<
  Enrolment,
  EnrolmentEvent,
  EnrolmentStatus,
  EnrolmentEventType,
  EnrolmentGuardName,
  EnrolmentGuardInput,
  EnrolmentError
> = {
  index: enrolmentTransitionIndex,
  guards: enrolmentGuards,
  stateOf: (enrolment) => enrolment.status,
  historyOf: (enrolment) => enrolment.history,
  isTerminal: (status) => terminal.has(status),
  actsForThemselves,
  guardInput: (enrolment, actor, at, event) => ({ enrolment, actor, at, event }),
  refusals: {
    duplicateEventId: (id) => enrolmentError('duplicate_event_id', { id }, ['id']),
    outOfOrder: (at, lastAt) => enrolmentError('event_out_of_order', { at, lastAt }, ['at']),
    closed: (status, type) =>
      enrolmentError(
        'enrolment_closed',
        { status: statusLabel(status), event: enrolmentEventLabel(type) },
        ['type'],
      ),
    notInState: (status, type) =>
      enrolmentError(
        'event_not_allowed_in_status',
        { status: statusLabel(status), event: enrolmentEventLabel(type) },
        ['type'],
      ),
    actorNotPermitted: (status, type, role, allowed) =>
      enrolmentError(
        'actor_not_permitted',
        {
          status: statusLabel(status),
          event: enrolmentEventLabel(type),
          role: roleRef(role),
          allowed: allowed.map(roleRef),
        },
        ['actor', 'role'],
      ),
    someoneElse,
  },
};

function over(field: 'history' | 'matches', max: number): EnrolmentError {
  return enrolmentError('limit_reached', { field, max });
}

/** Refuses an event that would take the enrolment past a size limit. */
function checkLimits(enrolment: Enrolment, event: EnrolmentEvent): EnrolmentError | undefined {
  return fits(enrolment, event.type) ? undefined : limitOf(enrolment, event.type);
}

function fits(enrolment: Enrolment, type: EnrolmentEventType): boolean {
  const room = closingEvents.has(type)
    ? enrolmentLimits.history
    : enrolmentLimits.history - enrolmentLimits.keptForClosing;
  if (enrolment.history.length >= room) return false;
  return type !== 'match' || enrolment.matches.length < enrolmentLimits.matches;
}

function limitOf(enrolment: Enrolment, type: EnrolmentEventType): EnrolmentError {
  const room = closingEvents.has(type)
    ? enrolmentLimits.history
    : enrolmentLimits.history - enrolmentLimits.keptForClosing;
  return enrolment.history.length >= room
    ? over('history', room)
    : over('matches', enrolmentLimits.matches);
}

type Working = {
  -readonly [K in keyof Enrolment]: Enrolment[K] extends readonly (infer T)[] ? T[] : Enrolment[K];
};

/** The waiting statuses: `waitingSince` is kept only while the person waits for a match. */
const waiting: ReadonlySet<EnrolmentStatus> = new Set(['ready', 'waitlisted', 'matched']);

/** Changes a working copy as an accepted event says; `to` is the status it moves to, if any. */
function applyEffect(working: Working, event: EnrolmentEvent, to: EnrolmentStatus | null): void {
  const status = to ?? working.status;
  working.status = status;
  const { at } = event;
  const matchOf = (id: Id) => working.matches.find((match) => match.relationshipId === id);
  switch (event.type) {
    case 'screen':
      working.screening = {
        decision: event.decision,
        at,
        by: { role: event.actor.role, id: event.actor.id },
        ...(event.reason === undefined ? {} : { reason: event.reason }),
      };
      if (event.decision === 'accepted') working.requirements = [...(event.requirements ?? [])];
      break;
    case 'meet-requirement':
      working.requirementsMet = { ...working.requirementsMet, [event.requirement]: at };
      break;
    case 'match':
      working.matches.push({
        relationshipId: event.relationshipId,
        partnerId: event.partnerId,
        status: 'proposed',
        proposedAt: at,
      });
      working.relationshipIds.push(event.relationshipId);
      break;
    case 'proposal-closed': {
      const match = matchOf(event.relationshipId);
      if (match) Object.assign(match, { status: 'closed', endedAt: at });
      break;
    }
    case 'relationship-started': {
      const match = matchOf(event.relationshipId);
      if (match) {
        Object.assign(match, { status: 'active', startedAt: at });
        if (!working.formerPartnerIds.includes(match.partnerId)) {
          working.formerPartnerIds.push(match.partnerId);
        }
      }
      break;
    }
    case 'relationship-ended': {
      const match = matchOf(event.relationshipId);
      if (match) Object.assign(match, { status: 'ended', endedAt: at });
      break;
    }
    case 'pause':
      working.pause = {
        since: at,
        ...(event.until === undefined ? {} : { until: event.until }),
        ...(event.reason === undefined ? {} : { reason: event.reason }),
      };
      break;
    case 'resume':
      delete working.pause;
      break;
    case 'set-priority-flags':
      working.priorityFlags = [...event.flags];
      break;
    default:
      break;
  }
  if (terminal.has(status) && to !== null) {
    working.endedAt = at;
    const reason = 'reason' in event ? event.reason : undefined;
    if (reason !== undefined) working.endReason = reason;
  }
  if (!waiting.has(status)) delete working.waitingSince;
  else if (working.waitingSince === undefined) working.waitingSince = at;
}

/** The enrolment an `apply` event creates, not yet sealed. */
function createEnrolment(event: EnrolmentEventOfType<'apply'>): Working {
  const enrolment: Working = {
    schemaVersion: currentSchemaVersion,
    id: event.enrolmentId,
    programId: event.programId,
    personId: event.personId,
    side: event.side,
    status: 'applied',
    appliedAt: event.at,
    requirementsMet: {},
    priorityFlags: [...(event.priorityFlags ?? [])],
    relationshipIds: [],
    formerPartnerIds: [],
    requirements: [],
    matches: [],
    history: [event],
  };
  if (event.roundId !== undefined) enrolment.roundId = event.roundId;
  return enrolment;
}

function invalidEvent(error: {
  readonly issues: NonNullable<EnrolmentError['issues']>;
  readonly omitted?: number;
}): EnrolmentError {
  const omitted = error.omitted ?? 0;
  const invalid: EnrolmentError = {
    code: 'invalid_event',
    messageKey: enrolmentErrorKey('enrolment.error.invalid_event'),
    params: { count: error.issues.length + omitted },
    issues: error.issues,
  };
  return omitted > 0 ? { ...invalid, omitted } : invalid;
}

/** Validates an event into a fresh copy; hostile input is reported, never thrown. */
function validateEvent(input: unknown): Result<EnrolmentEvent, EnrolmentError> {
  try {
    const parsed = EnrolmentEventSchema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
  } catch {
    // Reported below.
  }
  const reported = parseEnrolmentEvent(input);
  return reported.ok ? ok(reported.value) : err(invalidEvent(reported.error));
}

/**
 * The programme's checks on an event, and the event as stored: an accepted
 * screening without `requirements` gets the programme's `onboardingRequirements`
 * (the defaults without a programme), so that a replay needs no programme.
 */
function programmeChecks(
  program: ResolvedProgram | undefined,
  event: EnrolmentEvent,
  enrolment: Enrolment | undefined,
): Result<EnrolmentEvent, EnrolmentError> {
  if (program !== undefined) {
    const notCoordinator = coordinatorRefusal(program, event.actor);
    if (notCoordinator !== undefined) {
      return err(enrolmentError('not_a_coordinator', notCoordinator.params, notCoordinator.path));
    }
    const programId =
      enrolment?.programId ?? (event.type === 'apply' ? event.programId : program.id);
    if (programId !== program.id) {
      return err(
        enrolmentError(
          'wrong_program',
          { programId, expected: program.id },
          enrolment === undefined ? ['programId'] : undefined,
        ),
      );
    }
    const flags =
      event.type === 'apply'
        ? event.priorityFlags
        : event.type === 'set-priority-flags'
          ? event.flags
          : undefined;
    const known = program.settings.waitlistPriorities;
    const index = flags?.findIndex((flag) => !known.includes(flag)) ?? -1;
    if (flags !== undefined && index >= 0) {
      return err(
        enrolmentError('unknown_priority_flag', { id: flags[index] as string, known: [...known] }, [
          event.type === 'apply' ? 'priorityFlags' : 'flags',
          index,
        ]),
      );
    }
  }
  if (
    event.type === 'screen' &&
    event.decision === 'accepted' &&
    event.requirements === undefined
  ) {
    const settings = program?.settings ?? defaultProgramSettings;
    return ok({ ...event, requirements: [...settings.onboardingRequirements] });
  }
  return ok(event);
}

/** Checks an `apply` event and creates its enrolment, not yet sealed. */
function startEnrolment(event: EnrolmentEvent): Result<Working, EnrolmentError> {
  if (event.type !== 'apply') {
    return err(
      enrolmentError('not_an_application', { event: enrolmentEventLabel(event.type) }, ['type']),
    );
  }
  const { initial } = enrolmentMachine;
  if (!initial.actors.includes(event.actor.role)) {
    return err(
      enrolmentError(
        'actor_not_permitted',
        {
          status: statusLabel(initial.stage),
          event: enrolmentEventLabel('apply'),
          role: roleRef(event.actor.role),
          allowed: initial.actors.map(roleRef),
        },
        ['actor', 'role'],
      ),
    );
  }
  for (const name of initial.guards) {
    const refusal = enrolmentGuards[name]({
      enrolment: undefined as never,
      actor: event.actor,
      at: epochOf(event.at),
      event,
    });
    if (refusal !== undefined) return err(refusal);
  }
  return ok(createEnrolment(event));
}

function refuse<T>(error: EnrolmentError): Result<T, EnrolmentError> {
  return err(freezeAll(error));
}

/**
 * Schema of {@link EnrolmentEventOptions} (strict: unknown keys are errors).
 *
 * @example
 * ```ts
 * EnrolmentEventOptionsSchema.safeParse({ programme: {} }).success; // false: the option is `program`
 * ```
 */
export const EnrolmentEventOptionsSchema = z.strictObject({
  program: ProgramRefSchema.optional(),
});

/**
 * Options of {@link applyEnrolmentEvent}, {@link applyEnrolmentEvents} and
 * {@link replayEnrolment}, validated by {@link EnrolmentEventOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: EnrolmentEventOptions = { program: { id: 'career-starters', coordinatorIds: ['coordinator-1'] } };
 * ```
 */
export interface EnrolmentEventOptions {
  /**
   * The programme the enrolment belongs to. With it, an `admin` must be one of
   * its `coordinatorIds` (when it names them; `not_a_coordinator`), the
   * enrolment must be this programme's (`wrong_program`), priority flags must
   * be among its `waitlistPriorities` (`unknown_priority_flag`), and an
   * accepted screening without `requirements` gets its `onboardingRequirements`
   * (without it, the default ones: training, rules-agreed, profile-complete).
   */
  readonly program?: ProgramRef | undefined;
}

function resolveProgram(functionName: string, options: unknown): ResolvedProgram | undefined {
  return parseOptions(functionName, EnrolmentEventOptionsSchema, options).program;
}

/** Applies events from `from` to a working copy; the refusal carries the event's index. */
function applyAll(
  working: Working,
  events: readonly unknown[],
  from: number,
  isKnownBefore: (id: Id) => boolean,
  program: ResolvedProgram | undefined,
): EnrolmentError | undefined {
  return applyInPlace<Working, EnrolmentEvent, EnrolmentError, EnrolmentTransition>(
    {
      validate: (input) => {
        const parsed = validateEvent(input);
        return parsed.ok ? programmeChecks(program, parsed.value, working) : parsed;
      },
      decide: (document, event, isKnown) =>
        decide(enrolmentEngine, document, event, isKnown, () => checkLimits(document, event)),
      commit: (document, event, transition) => {
        applyEffect(document, event, transition.to);
        document.history.push(event);
      },
      atIndex: locatedAt,
    },
    working,
    events,
    from,
    isKnownBefore,
  );
}

function knownIn(history: readonly EnrolmentEvent[]): (id: Id) => boolean {
  let ids: Set<Id> | undefined;
  return (id) => {
    ids ??= new Set(history.map((event) => event.id));
    return ids.has(id);
  };
}

/**
 * Applies one event to an enrolment: validates it against
 * `EnrolmentEventSchema`, checks it against the {@link enrolmentMachine} on
 * the lifecycle's engine (event id, order, status, role, identity, guards,
 * size limits) and, with the `program` option, the programme's rules; returns
 * the new enrolment with the event appended to its history.
 *
 * The result is deep-frozen, written in the key order of `EnrolmentSchema`
 * (its JSON is what `parseEnrolment` gives back), and shares the untouched
 * events with a deep-frozen input. The input is never changed or frozen.
 * An `apply` event is refused here (`event_not_allowed_in_status`): it
 * starts an enrolment, see {@link replayEnrolment}.
 *
 * @param enrolment - from {@link replayEnrolment}, `applyEnrolmentEvent` or `parseEnrolment`
 * @param event - the event (`id`, `at`, `actor` and its own fields)
 * @param options - the `program` (see {@link EnrolmentEventOptions})
 * @throws {InvalidOptionsError} when `options` fail {@link EnrolmentEventOptionsSchema}.
 * @example
 * ```ts
 * const result = applyEnrolmentEvent(enrolment, {
 *   type: 'screen', id: 'e2', at: '2027-01-20T10:00:00+01:00',
 *   actor: { role: 'admin', id: 'coordinator-1' }, decision: 'accepted',
 * }, { program });
 * if (result.ok) enrolment = result.value; // 'onboarding', with the programme's requirements
 * else console.log(formatError(result.error, de));
 * ```
 */
export function applyEnrolmentEvent(
  enrolment: Enrolment,
  event: EnrolmentEventInput,
  options: EnrolmentEventOptions = {},
): Result<Enrolment, EnrolmentError> {
  return applyEnrolmentEventsIn('applyEnrolmentEvent', enrolment, [event], options, false);
}

/**
 * Applies many events to an enrolment, oldest first, each checked exactly as
 * {@link applyEnrolmentEvent} checks it; a refused event is reported with its
 * index in `events` in front of the error's `path`, and nothing is applied.
 *
 * @throws {InvalidOptionsError} when `options` fail {@link EnrolmentEventOptionsSchema}.
 * @example
 * ```ts
 * const result = applyEnrolmentEvents(enrolment, importedEvents, { program });
 * if (!result.ok) console.log(result.error.code, result.error.path); // e.g. 'duplicate_event_id' [2, 'id']
 * ```
 */
export function applyEnrolmentEvents(
  enrolment: Enrolment,
  events: readonly EnrolmentEventInput[],
  options: EnrolmentEventOptions = {},
): Result<Enrolment, EnrolmentError> {
  return applyEnrolmentEventsIn('applyEnrolmentEvents', enrolment, events, options, true);
}

function applyEnrolmentEventsIn(
  functionName: string,
  enrolment: Enrolment,
  events: readonly unknown[],
  options: unknown,
  located: boolean,
): Result<Enrolment, EnrolmentError> {
  const program = resolveProgram(functionName, options);
  const base = sealer.sealedInput(enrolment);
  if (events.length === 0) return ok(base);
  const working = sealer.workingCopy(base) as Working;
  const refused = applyAll(working, events, 0, knownIn(base.history), program);
  if (refused !== undefined) {
    return refuse(located ? refused : withoutIndex(refused));
  }
  return ok(sealer.seal(working as Enrolment, base));
}

/** A single event's refusal has no index in front of its path. */
function withoutIndex(error: EnrolmentError): EnrolmentError {
  const [, ...path] = error.path ?? [];
  const issues = error.issues?.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  const { path: _path, issues: _issues, ...rest } = error;
  return {
    ...rest,
    ...(path.length > 0 ? { path } : {}),
    ...(issues === undefined ? {} : { issues }),
  } as EnrolmentError;
}

/**
 * Rebuilds an enrolment from its events, oldest first: the first must be the
 * `apply` event, every later one is checked exactly as
 * {@link applyEnrolmentEvent} checks it. `replayEnrolment(enrolment.history)`
 * returns an enrolment deep-equal to `enrolment`, with the same JSON; a
 * refused event is reported with its index in front of the error's `path`.
 * This is also how an enrolment starts: `replayEnrolment([applyEvent])`.
 *
 * @throws {InvalidOptionsError} when `options` fail {@link EnrolmentEventOptionsSchema}.
 * @example
 * ```ts
 * const started = replayEnrolment([{
 *   type: 'apply', id: 'e1', at: '2027-01-12T18:00:00+01:00', actor: { role: 'mentee', id: 'mentee-1' },
 *   enrolmentId: 'enr-1', programId: 'career-starters', personId: 'mentee-1', side: 'mentee',
 * }], { program });
 * if (started.ok) console.log(started.value.status); // 'applied'
 * ```
 */
export function replayEnrolment(
  events: readonly EnrolmentEventInput[],
  options: EnrolmentEventOptions = {},
): Result<Enrolment, EnrolmentError> {
  const program = resolveProgram('replayEnrolment', options);
  if (events.length === 0) {
    return refuse({
      code: 'not_an_application',
      messageKey: enrolmentErrorKey('enrolment.error.no_events'),
      params: {},
      path: [],
    });
  }
  const parsed = validateEvent(events[0]);
  const checked = parsed.ok ? programmeChecks(program, parsed.value, undefined) : parsed;
  const started = checked.ok ? startEnrolment(checked.value) : checked;
  if (!started.ok) return refuse(locatedAt(started.error, 0));
  const working = started.value;
  const first = working.history[0]?.id;
  const refused = applyAll(working, events, 1, (id) => id === first, program);
  if (refused !== undefined) return refuse(refused);
  return ok(sealer.seal(working as Enrolment));
}

/**
 * Schema of {@link AvailableEnrolmentEventsOptions} (strict).
 *
 * @example
 * ```ts
 * AvailableEnrolmentEventsOptionsSchema.safeParse({ now: '2027-02-01T09:00:00Z' }).success; // true
 * ```
 */
export const AvailableEnrolmentEventsOptionsSchema = z.strictObject({
  now: TimestampSchema.optional(),
  program: ProgramRefSchema.optional(),
});

/**
 * Options of {@link availableEnrolmentEvents}, validated by
 * {@link AvailableEnrolmentEventsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: AvailableEnrolmentEventsOptions = { now: '2027-02-01T09:00:00+01:00', program };
 * ```
 */
export interface AvailableEnrolmentEventsOptions {
  /** The time the actor would act; with it, nothing is offered before the last event. */
  readonly now?: Timestamp | undefined;
  /**
   * The programme: with it, nothing is offered to an `admin` who is not one
   * of its coordinators, or for another programme's enrolment.
   */
  readonly program?: ProgramRef | undefined;
}

const ActorArgumentSchema = z.strictObject({ actor: ActorSchema });

/**
 * The event types an actor may send to an enrolment now, in the order of the
 * {@link enrolmentMachine}'s table, judged by the same engine as the
 * relationship's `availableEvents`: the status has a transition for the
 * actor's role, a mentor or mentee is the enrolled person, every guard that
 * depends only on the enrolment holds (payload guards are assumed to hold),
 * and the event still fits the size limits. The list is frozen; `apply`
 * is never in it (it starts an enrolment).
 *
 * @throws {InvalidOptionsError} when `options` fail
 *   {@link AvailableEnrolmentEventsOptionsSchema} or `actor` is not an actor.
 * @example
 * ```ts
 * availableEnrolmentEvents(enrolment, { role: 'admin', id: 'coordinator-1' }, { program });
 * // for a 'ready' enrolment: ['waitlist', 'match', 'graduate', 'remove', 'set-priority-flags']
 * ```
 */
export function availableEnrolmentEvents(
  enrolment: Enrolment,
  actor: Actor,
  options: AvailableEnrolmentEventsOptions = {},
): readonly EnrolmentEventType[] {
  const { now, program } = parseOptions(
    'availableEnrolmentEvents',
    AvailableEnrolmentEventsOptionsSchema,
    options,
  );
  parseOptions('availableEnrolmentEvents', ActorArgumentSchema, { actor });
  if (program !== undefined) {
    if (enrolment.programId !== program.id || coordinatorRefusal(program, actor) !== undefined) {
      return Object.freeze([]);
    }
  }
  const at = now === undefined ? undefined : epochOf(now);
  return Object.freeze(
    available(enrolmentEngine, enrolment, actor, at, (type) => fits(enrolment, type)),
  );
}
