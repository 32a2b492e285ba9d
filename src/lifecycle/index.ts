/**
 * The lifecycle of a mentoring relationship as a state machine over plain
 * data: propose a match, apply events (stage changes and activities) with
 * guards and stable error codes, replay histories, list the events an actor
 * may send, enforce the programme's capacity and invalidation rules, and
 * learn whom to notify. Everything is a pure function; nothing is sent.
 *
 * @module lifecycle
 */
export { applyEvent, replay } from './apply';
export { type AvailableEventsOptions, availableEvents } from './available';
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
  expireProposals,
  type MentorCapacity,
  type ProgramEventOptions,
  type ProgramUpdate,
} from './program';
export { type ProgramRef, type ProposeMatchInput, proposeMatch } from './proposal';
