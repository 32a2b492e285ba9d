/**
 * The programme around the relationships: calendars — meetings
 * as iCalendar documents (`toICalendar`) and the next times mentor and mentee
 * are both free (`suggestMeetingSlots`) — and the monitoring and closure
 * report of a programme and its rounds (`programReport`).
 *
 * @module program
 */

export {
  type DutyFulfilment,
  type ProgramReport,
  programReport,
  type ReportFailure,
  type ReportSection,
  type RoundReport,
} from './program-report';
export {
  type ProgramReportOptions,
  ProgramReportOptionsSchema,
  type ReportRound,
  ReportRoundSchema,
} from './program-report-options';
export type { CsvCell } from './program-report-rows';
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
