import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  ICalendarOptions,
  ICalendarOptionsSchema,
  SuggestedSlot,
  SuggestMeetingSlotsOptions,
  SuggestMeetingSlotsOptionsSchema,
  suggestMeetingSlots,
  toICalendar,
} from '../../src/program';

describe('program types', () => {
  it('documents the same options its schemas accept', () => {
    // Every documented option is accepted by the schema (the schema's input
    // is wider: `locale` is checked at run time, so its input type is `unknown`).
    const calendar = {} as ICalendarOptions;
    const calendarInput: z.input<typeof ICalendarOptionsSchema> = calendar;
    const slots = {} as SuggestMeetingSlotsOptions;
    const slotsInput: z.input<typeof SuggestMeetingSlotsOptionsSchema> = slots;
    expectTypeOf(calendarInput.now).toEqualTypeOf<string>();
    expectTypeOf(slotsInput.now).toEqualTypeOf<string>();
  });

  it('returns a string and read-only slots', () => {
    expectTypeOf<ReturnType<typeof toICalendar>>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<typeof suggestMeetingSlots>>().toEqualTypeOf<
      readonly SuggestedSlot[]
    >();
  });
});
