import { epochOf } from '../_internal/epoch-time';
import type { EngineGuard } from '../_internal/state-machine/engine';
import type { Actor } from '../model/actor';
import type { Enrolment, EnrolmentMatch } from '../model/enrolment';
import type { EnrolmentEvent } from '../model/enrolment-event';
import { type EnrolmentError, enrolmentError, guardFailed, roleRef } from './enrolment-errors';
import type { EnrolmentGuardName } from './enrolment-machine';

/** What an enrolment guard looks at. `event` and `at` are absent when availability is asked. */
export interface EnrolmentGuardInput {
  readonly enrolment: Enrolment;
  readonly actor: Actor;
  /** The event's time in epoch milliseconds. */
  readonly at: number | undefined;
  readonly event: EnrolmentEvent | undefined;
}

type Guard = EngineGuard<EnrolmentGuardInput, EnrolmentError>;

/** The relationship an event is about, for the events that name one. */
function relationshipOf(event: EnrolmentEvent | undefined): string | undefined {
  return event !== undefined && 'relationshipId' in event ? event.relationshipId : undefined;
}

function findMatch(enrolment: Enrolment, relationshipId: string): EnrolmentMatch | undefined {
  return enrolment.matches.find((match) => match.relationshipId === relationshipId);
}

/** Whether a match other than the event's has `status`. */
function othersWith(
  { enrolment, event }: EnrolmentGuardInput,
  status: EnrolmentMatch['status'],
): boolean {
  const own = relationshipOf(event);
  return enrolment.matches.some((match) => match.status === status && match.relationshipId !== own);
}

function missing(enrolment: Enrolment): string[] {
  return enrolment.requirements.filter((id) => !Object.hasOwn(enrolment.requirementsMet, id));
}

/** A guard on the event's payload: holds when asked without one. */
function payload(
  check: (event: EnrolmentEvent, input: EnrolmentGuardInput) => EnrolmentError | undefined,
): Guard {
  return (input) => (input.event === undefined ? undefined : check(input.event, input));
}

function screening(event: EnrolmentEvent): (EnrolmentEvent & { type: 'screen' }) | undefined {
  return event.type === 'screen' ? event : undefined;
}

/**
 * The implementation of every guard named in the enrolment machine, keyed by
 * name so the machine stays plain data.
 */
export const enrolmentGuards: Readonly<Record<EnrolmentGuardName, Guard>> = {
  'own-application': payload((event, { actor }) => {
    if (event.type !== 'apply' || (actor.role !== 'mentor' && actor.role !== 'mentee')) {
      return undefined;
    }
    return actor.id === event.personId && actor.role === event.side
      ? undefined
      : enrolmentError(
          'acting_for_someone_else',
          { id: actor.id, role: roleRef(actor.role) },
          ['actor', 'id'],
          'own-application',
        );
  }),
  'screening-accepted': payload((event) =>
    screening(event)?.decision === 'declined' ? guardFailed('screening-accepted') : undefined,
  ),
  'screening-declined': payload((event) =>
    screening(event)?.decision === 'accepted' ? guardFailed('screening-declined') : undefined,
  ),
  'reason-given': payload((event) =>
    'reason' in event && event.reason !== undefined
      ? undefined
      : enrolmentError('reason_required', {}, ['reason'], 'reason-given'),
  ),
  'no-requirements': payload((event) =>
    (screening(event)?.requirements?.length ?? 0) === 0
      ? undefined
      : guardFailed('no-requirements'),
  ),
  'has-requirements': payload((event) =>
    (screening(event)?.requirements?.length ?? 0) > 0 ? undefined : guardFailed('has-requirements'),
  ),
  'requirement-known': payload((event, { enrolment }) =>
    event.type !== 'meet-requirement' || enrolment.requirements.includes(event.requirement)
      ? undefined
      : enrolmentError(
          'unknown_requirement',
          { id: event.requirement, known: [...enrolment.requirements] },
          ['requirement'],
          'requirement-known',
        ),
  ),
  'requirement-open': payload((event, { enrolment }) =>
    event.type !== 'meet-requirement' ||
    !Object.hasOwn(enrolment.requirementsMet, event.requirement)
      ? undefined
      : enrolmentError(
          'requirement_already_met',
          { id: event.requirement, at: enrolment.requirementsMet[event.requirement] as string },
          ['requirement'],
          'requirement-open',
        ),
  ),
  'completes-onboarding': ({ enrolment, event }) => {
    const open = missing(enrolment);
    const last =
      event?.type === 'meet-requirement'
        ? open.length === 1 && open[0] === event.requirement
        : open.length === 1;
    return last ? undefined : guardFailed('completes-onboarding', { count: open.length });
  },
  'onboarding-continues': ({ enrolment, event }) => {
    const open = missing(enrolment);
    const after =
      event?.type === 'meet-requirement'
        ? open.filter((id) => id !== event.requirement).length
        : open.length - 1;
    return after > 0 ? undefined : guardFailed('onboarding-continues');
  },
  available: ({ enrolment }) =>
    enrolment.pause === undefined
      ? undefined
      : enrolmentError(
          'availability_paused',
          {
            since: enrolment.pause.since,
            withUntil: enrolment.pause.until !== undefined,
            until: enrolment.pause.until,
          },
          undefined,
          'available',
        ),
  'different-people': payload((event, { enrolment }) =>
    event.type === 'match' && event.partnerId === enrolment.personId
      ? enrolmentError('same_person', { id: event.partnerId }, ['partnerId'], 'different-people')
      : undefined,
  ),
  'new-relationship': payload((event, { enrolment }) =>
    event.type === 'match' &&
    (findMatch(enrolment, event.relationshipId) !== undefined ||
      enrolment.relationshipIds.includes(event.relationshipId))
      ? enrolmentError(
          'duplicate_id',
          { id: event.relationshipId },
          ['relationshipId'],
          'new-relationship',
        )
      : undefined,
  ),
  'proposal-open': (input) => {
    const id = relationshipOf(input.event);
    if (id === undefined) {
      return input.enrolment.matches.some((match) => match.status === 'proposed')
        ? undefined
        : guardFailed('proposal-open');
    }
    return findMatch(input.enrolment, id)?.status === 'proposed'
      ? undefined
      : enrolmentError('proposal_not_open', { id }, ['relationshipId'], 'proposal-open');
  },
  'relationship-active': (input) => {
    const id = relationshipOf(input.event);
    if (id === undefined) {
      return input.enrolment.matches.some((match) => match.status === 'active')
        ? undefined
        : guardFailed('relationship-active');
    }
    return findMatch(input.enrolment, id)?.status === 'active'
      ? undefined
      : enrolmentError(
          'relationship_not_active',
          { id },
          ['relationshipId'],
          'relationship-active',
        );
  },
  // Without an event, these hold: some relationship could be the one the event names.
  'others-active': (input) =>
    input.event === undefined || othersWith(input, 'active')
      ? undefined
      : guardFailed('others-active'),
  'others-proposed': (input) =>
    input.event === undefined || othersWith(input, 'proposed')
      ? undefined
      : guardFailed('others-proposed'),
  'nothing-else-open': (input) =>
    input.event === undefined || !(othersWith(input, 'active') || othersWith(input, 'proposed'))
      ? undefined
      : guardFailed('nothing-else-open'),
  'rematch-requested': payload((event) =>
    event.type !== 'relationship-ended' || event.rematch === true
      ? undefined
      : guardFailed('rematch-requested'),
  ),
  'no-rematch': payload((event) =>
    event.type !== 'relationship-ended' || event.rematch !== true
      ? undefined
      : guardFailed('no-rematch'),
  ),
  'not-paused': ({ enrolment }) =>
    enrolment.pause === undefined
      ? undefined
      : enrolmentError('already_paused', { since: enrolment.pause.since }, undefined, 'not-paused'),
  paused: ({ enrolment }) =>
    enrolment.pause !== undefined
      ? undefined
      : enrolmentError('not_paused', {}, undefined, 'paused'),
  'until-after-start': payload((event, { at }) =>
    event.type === 'pause' &&
    event.until !== undefined &&
    at !== undefined &&
    epochOf(event.until) <= at
      ? guardFailed('until-after-start', { until: event.until }, ['until'])
      : undefined,
  ),
};
