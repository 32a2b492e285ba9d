/**
 * The programme around the relationships. This part: calendars — meetings
 * as iCalendar documents (`toICalendar`) and the next times mentor and mentee
 * are both free (`suggestMeetingSlots`).
 *
 * @module program
 */
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
