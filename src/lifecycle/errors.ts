import type { MessageKey, MessageParams, MessageRef } from '../i18n';
import { errorKeys } from '../i18n/error-catalogues';
import { lifecycleErrorMessages } from '../i18n/messages/lifecycle-errors';
import type { Path, ValidationIssue } from '../model';
import type { GuardName } from './machine';

/**
 * Every {@link LifecycleErrorCode}, e.g. to check that an app maps each one.
 *
 * @example
 * ```ts
 * lifecycleErrorCodes.includes('capacity_exceeded'); // true
 * ```
 */
export const lifecycleErrorCodes = /* @__PURE__ */ Object.freeze([
  'invalid_event',
  'not_a_proposal',
  'duplicate_event_id',
  'event_out_of_order',
  'relationship_closed',
  'event_not_allowed_in_stage',
  'actor_not_permitted',
  'acting_for_someone_else',
  'not_a_coordinator',
  'guard_failed',
  'duplicate_id',
  'unknown_goal',
  'unknown_plan_step',
  'unknown_meeting',
  'unknown_action_item',
  'unknown_feedback_request',
  'unknown_feedback',
  'feedback_not_for_actor',
  'feedback_already_acknowledged',
  'unknown_agreement',
  'meeting_not_scheduled',
  'meeting_in_past',
  'meeting_not_started',
  'item_not_open',
  'already_accepted',
  'proposal_expired',
  'proposal_not_expired',
  'same_person',
  'limit_reached',
  'participant_limit_reached',
  'unknown_relationship',
  'relationship_id_mismatch',
  'wrong_program',
  'pair_already_open',
  'capacity_exceeded',
  'mentee_mentor_limit_reached',
] as const);

/**
 * The stable codes of a {@link LifecycleError}. Apps branch on these; the
 * message keys behind them render the error in any language (`formatError`).
 *
 * - `invalid_event`: the event does not match `RelationshipEventSchema` (see `issues`).
 * - `not_a_proposal`: a history does not start with a `propose` event.
 * - `duplicate_event_id`: the event's id is already in the history.
 * - `event_out_of_order`: the event is earlier than the last applied event.
 * - `relationship_closed`: the relationship is in a terminal stage and accepts nothing.
 * - `event_not_allowed_in_stage`: no transition of the machine takes this event in this stage.
 * - `actor_not_permitted`: the actor's role may not send this event in this stage.
 * - `acting_for_someone_else`: a mentor or mentee event whose actor id is not the relationship's mentor or mentee.
 * - `not_a_coordinator`: an `admin` event, where the programme is given and names its
 *   `coordinatorIds`, whose actor id is not one of them (path `['actor', 'id']`).
 * - `guard_failed`: a precondition of the transition does not hold; `guard` names it.
 * - the payload guards' own codes: `duplicate_id`, `unknown_goal`, `unknown_plan_step`,
 *   `unknown_meeting`, `unknown_action_item`, `unknown_feedback_request`, `unknown_agreement`,
 *   `meeting_not_scheduled`, `meeting_in_past`, `meeting_not_started`, `item_not_open`,
 *   `already_accepted`, `proposal_expired`, `proposal_not_expired`, `same_person`,
 *   `unknown_feedback`, `feedback_not_for_actor` (feedback acknowledged by someone it was
 *   not addressed to, or private feedback), `feedback_already_acknowledged`.
 * - `limit_reached`: the event would grow the relationship past a size limit of
 *   `RelationshipSchema` (e.g. 5,000 meetings, 200 plan steps per goal, 1,000 cycles).
 * - `participant_limit_reached`: the sender's side has used up its share of the
 *   history (45,000 events each for the mentor and the mentee, 9,000 for the
 *   programme's admins and the system together). Events that close the
 *   relationship (`decline`, `withdraw`, `expire`, `invalidate`, `complete`,
 *   `end-early`) never count and stay possible: the shares add up to less than
 *   the schema's 100,000 events, so one side can never lock out the others.
 * - programme rules: `unknown_relationship`, `relationship_id_mismatch`, `wrong_program`, `pair_already_open`,
 *   `capacity_exceeded`, `mentee_mentor_limit_reached`.
 *
 * @example
 * ```ts
 * const result = applyEvent(relationship, event);
 * if (!result.ok && result.error.code === 'capacity_exceeded') showWaitingList();
 * ```
 */
export type LifecycleErrorCode = (typeof lifecycleErrorCodes)[number];

/**
 * Why the lifecycle refused an event: a stable `code`, a message key with its
 * params (render it with `formatError(error, de)`), the `path` of the
 * offending field inside the event where there is one, the `guard` that
 * failed, and for `invalid_event` the validation `issues`.
 *
 * @example
 * ```ts
 * const result = applyEvent(relationship, event);
 * if (!result.ok) {
 *   console.log(result.error.code, result.error.guard); // 'guard_failed' 'has-goal-with-plan'
 *   console.log(formatError(result.error, 'de'));
 * }
 * ```
 */
export interface LifecycleError {
  readonly code: LifecycleErrorCode;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  /** Where the problem is, from the event's root (e.g. `['meetingId']`). */
  readonly path?: Path;
  /** The guard of the machine that refused the event, if one did. */
  readonly guard?: GuardName;
  /** For `invalid_event`: the problems of the event, as `parseRelationshipEvent` reports them. */
  readonly issues?: readonly ValidationIssue[];
  /** For `invalid_event`: how many problems were found beyond those listed in `issues`. */
  readonly omitted?: number;
}

/**
 * Names the message key of a lifecycle error and brings its English text to
 * `formatError`: every lifecycle error's key goes through it.
 */
export const lifecycleErrorKey = /* @__PURE__ */ errorKeys(lifecycleErrorMessages);

/** Builds a {@link LifecycleError} whose message key is `lifecycle.error.<code>`. */
export function lifecycleError(
  code: Exclude<LifecycleErrorCode, 'guard_failed'>,
  params: MessageParams = {},
  path?: Path,
): LifecycleError {
  const messageKey = lifecycleErrorKey(`lifecycle.error.${code}`);
  return path === undefined ? { code, messageKey, params } : { code, messageKey, params, path };
}

/** A role as a message param: its label, rendered in the reader's language. */
export function roleLabel(role: string): MessageRef {
  return { key: `role.${role}` as MessageKey };
}

/** A stage as a message param: its label, rendered in the reader's language. */
export function stageLabel(stage: string): MessageRef {
  return { key: `stage.${stage}` as MessageKey };
}

/** An event type as a message param: its label, rendered in the reader's language. */
export function eventLabel(type: string): MessageRef {
  return { key: `lifecycle.event.${type}` as MessageKey };
}
