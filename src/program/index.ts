/**
 * The programme around the relationships: calendars — meetings
 * as iCalendar documents (`toICalendar`) and the next times mentor and mentee
 * are both free (`suggestMeetingSlots`) — and the monitoring and closure
 * report of a programme and its rounds (`programReport`).
 *
 * @module program
 */

export {
  type AvailableEnrolmentEventsOptions,
  AvailableEnrolmentEventsOptionsSchema,
  applyEnrolmentEvent,
  applyEnrolmentEvents,
  availableEnrolmentEvents,
  type EnrolmentEventOptions,
  EnrolmentEventOptionsSchema,
  enrolmentLimits,
  replayEnrolment,
} from './enrolment';
export {
  type EnrolmentError,
  type EnrolmentErrorCode,
  enrolmentErrorCodes,
} from './enrolment-errors';
export type {
  EnrolmentFields,
  ProgramInputFailure,
  RelationshipFields,
} from './enrolment-input';
export {
  type EnrolmentGuardName,
  type EnrolmentMachine,
  type EnrolmentTransition,
  enrolmentMachine,
  enrolmentToMermaid,
} from './enrolment-machine';
export {
  type EnrolmentNotification,
  type EnrolmentNotificationRecipient,
  enrolmentNotificationsFor,
} from './enrolment-notifications';
export {
  type MatchRoundInput,
  MatchRoundInputSchema,
  type MatchRoundOptions,
  MatchRoundOptionsSchema,
  matchRound,
} from './match-round';
export {
  type PlanRoundOptions,
  PlanRoundOptionsSchema,
  planRound,
  type RoundDraft,
  type RoundParticipant,
  type RoundPhase,
  type RoundPlan,
} from './plan-round';
export {
  type DutyFulfilment,
  type ProgramReport,
  programReport,
  type ReportFailure,
  type ReportSection,
  type RoundReport,
  type WaitlistFigures,
} from './program-report';
export {
  type ProgramReportOptions,
  ProgramReportOptionsSchema,
  type ReportRound,
  ReportRoundSchema,
} from './program-report-options';
export type { CsvCell } from './program-report-rows';
export {
  type RematchInput,
  RematchInputSchema,
  type RematchOptions,
  RematchOptionsSchema,
  rematch,
} from './rematch';
export {
  type ChoiceError,
  type ChooseFromShortlistOptions,
  ChooseFromShortlistOptionsSchema,
  chooseFromShortlist,
  type MenteeShortlist,
  type ShortlistOffer,
  type ShortlistOptions,
  ShortlistOptionsSchema,
  type Shortlists,
  shortlist,
} from './shortlist';
export type {
  MentorPlaces,
  SkippedPerson,
  SkipReason,
  StagedMatch,
  WaitlistedPerson,
  WaitlistReason,
} from './staged-matching';
export {
  type AvailablePerson,
  type SuggestedSlot,
  type SuggestMeetingSlotsOptions,
  SuggestMeetingSlotsOptionsSchema,
  suggestMeetingSlots,
} from './suggest-meeting-slots';
export {
  type CalendarPerson,
  CalendarPersonSchema,
  type ICalendarOptions,
  ICalendarOptionsSchema,
  toICalendar,
} from './to-icalendar';
export {
  type Waitlist,
  type WaitlistEntry,
  type WaitlistOptions,
  WaitlistOptionsSchema,
  waitlist,
} from './waitlist';
