import type { MessageKey, MessageParams, MessageRef } from '../i18n';
import { errorKeys } from '../i18n/error-catalogues';
import { enrolmentErrorMessages } from '../i18n/messages/enrolment-errors';
import type { Path, ValidationIssue } from '../model';
import type { EnrolmentGuardName } from './enrolment-machine';

/**
 * Every {@link EnrolmentErrorCode}, e.g. to check that an app maps each one.
 *
 * @example
 * ```ts
 * enrolmentErrorCodes.includes('availability_paused'); // true
 * ```
 */
export const enrolmentErrorCodes = /* @__PURE__ */ Object.freeze([
  'invalid_event',
  'not_an_application',
  'duplicate_event_id',
  'event_out_of_order',
  'enrolment_closed',
  'event_not_allowed_in_status',
  'actor_not_permitted',
  'acting_for_someone_else',
  'not_a_coordinator',
  'wrong_program',
  'guard_failed',
  'reason_required',
  'unknown_requirement',
  'requirement_already_met',
  'availability_paused',
  'already_paused',
  'not_paused',
  'duplicate_id',
  'same_person',
  'proposal_not_open',
  'relationship_not_active',
  'unknown_priority_flag',
  'limit_reached',
] as const);

/**
 * The stable codes of an {@link EnrolmentError}. The codes the relationship
 * lifecycle also has mean the same here (`duplicate_event_id`,
 * `event_out_of_order`, `actor_not_permitted`, `acting_for_someone_else`,
 * `not_a_coordinator`, `wrong_program`, `guard_failed`, `duplicate_id`,
 * `same_person`, `limit_reached`, `invalid_event`).
 *
 * - `not_an_application`: a history does not start with an `apply` event (or is empty).
 * - `enrolment_closed`: the enrolment is `declined`, `alumni`, `withdrawn` or `removed`.
 * - `event_not_allowed_in_status`: no transition takes this event in this status.
 * - `not_a_coordinator`: an `admin` event, where the programme is given and names
 *   its `coordinatorIds`, whose actor id is not one of them (path `['actor', 'id']`).
 * - `wrong_program`: the enrolment (or the `apply` event) is for another programme.
 * - `reason_required`: a decline without a `reason`.
 * - `unknown_requirement`, `requirement_already_met`: a `meet-requirement` for an
 *   id that is not one of the enrolment's `requirements`, or met already.
 * - `availability_paused`: a `match` while the person has paused their availability.
 * - `already_paused`, `not_paused`: a `pause` while paused, a `resume` while not.
 * - `duplicate_id`: the `match` names a relationship the enrolment already has.
 * - `same_person`: the `match` names the person as their own partner.
 * - `proposal_not_open`: the relationship is not a standing proposal of the person.
 * - `relationship_not_active`: the relationship is not one of their active ones.
 * - `unknown_priority_flag`: a flag the programme's `waitlistPriorities` does not list
 *   (checked when the programme is given).
 * - `limit_reached`: the history (10,000 events; the last 100 kept for the events that
 *   end an enrolment) or the matches (1,000) are full.
 *
 * @example
 * ```ts
 * const result = applyEnrolmentEvent(enrolment, event);
 * if (!result.ok && result.error.code === 'availability_paused') showResumeButton();
 * ```
 */
export type EnrolmentErrorCode = (typeof enrolmentErrorCodes)[number];

/**
 * Why the enrolment machine refused an event: a stable `code`, a message key
 * with params (render it with `formatError(error, de)`), the `path` of the
 * offending field inside the event, the `guard` that failed, and for
 * `invalid_event` the validation `issues`.
 *
 * @example
 * ```ts
 * const result = applyEnrolmentEvent(enrolment, event);
 * if (!result.ok) console.log(result.error.code, formatError(result.error, de));
 * ```
 */
export interface EnrolmentError {
  readonly code: EnrolmentErrorCode;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  /** Where the problem is, from the event's root (e.g. `['reason']`). */
  readonly path?: Path;
  /** The guard of the machine that refused the event, if one did. */
  readonly guard?: EnrolmentGuardName;
  /** For `invalid_event`: the problems of the event. */
  readonly issues?: readonly ValidationIssue[];
  /** For `invalid_event`: how many problems were found beyond those listed. */
  readonly omitted?: number;
}

/**
 * Names the message key of an enrolment error and brings its English text to
 * `formatError`: every enrolment error's key goes through it.
 */
export const enrolmentErrorKey = /* @__PURE__ */ errorKeys(enrolmentErrorMessages);

/** Builds an {@link EnrolmentError} whose message key is `enrolment.error.<code>`. */
export function enrolmentError(
  code: Exclude<EnrolmentErrorCode, 'guard_failed'>,
  params: MessageParams = {},
  path?: Path,
  guard?: EnrolmentGuardName,
): EnrolmentError {
  const messageKey: MessageKey = enrolmentErrorKey(`enrolment.error.${code}`);
  const error: EnrolmentError = { code, messageKey, params };
  return {
    ...error,
    ...(path === undefined ? {} : { path }),
    ...(guard === undefined ? {} : { guard }),
  };
}

/** A guard that does not hold, with its own message. */
export function guardFailed(
  guard: EnrolmentGuardName,
  params: MessageParams = {},
  path?: Path,
): EnrolmentError {
  const error: EnrolmentError = {
    code: 'guard_failed',
    messageKey: enrolmentErrorKey(`enrolment.guard.${guard}`),
    params,
    guard,
  };
  return path === undefined ? error : { ...error, path };
}

/** A status as a message param: its label, rendered in the reader's language. */
export function statusLabel(status: string): MessageRef {
  return { key: `enrolment.status.${status}` as MessageKey };
}

/** An enrolment event type as a message param. */
export function enrolmentEventLabel(type: string): MessageRef {
  return { key: `enrolment.event.${type}` as MessageKey };
}

/** A role as a message param (the shared `role.*` labels). */
export function roleRef(role: string): MessageRef {
  return { key: `role.${role}` as MessageKey };
}
