/**
 * The lifecycle of a mentoring relationship as a state machine over plain
 * data: propose a match, apply events (stage changes and activities) with
 * guards and stable error codes, replay histories, list the events an actor
 * may send, enforce the programme's capacity and invalidation rules, and
 * learn whom to notify. Everything is a pure function; nothing is sent.
 *
 * @module lifecycle
 */
export { applyEvent, applyEvents, replay } from './apply';
export {
  type AvailableEventsOptions,
  AvailableEventsOptionsSchema,
  availableEvents,
} from './available';
export { type LifecycleError, type LifecycleErrorCode, lifecycleErrorCodes } from './errors';
export {
  type GuardName,
  type LifecycleMachine,
  type LifecycleTransition,
  lifecycleMachine,
  toMermaid,
} from './machine';
export {
  type Notification,
  type NotificationRecipient,
  notificationsFor,
} from './notifications';
export {
  type AppliedEvent,
  applyProgramEvent,
  type ExpireProposalsOptions,
  ExpireProposalsOptionsSchema,
  expireProposals,
  type MenteeLimit,
  type MentorCapacity,
  type ProgramEventFailure,
  type ProgramEventOptions,
  ProgramEventOptionsSchema,
  type ProgramUpdate,
} from './program';
export { type ProposeMatchInput, ProposeMatchInputSchema, proposeMatch } from './proposal';
