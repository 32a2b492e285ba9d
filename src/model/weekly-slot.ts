import * as z from 'zod';
import { storableString } from './text';

const timeOfDayPattern = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Minutes since midnight of an `HH:MM` time of day (`24:00` is 1440).
 *
 * @example
 * ```ts
 * minutesOfDay('09:30'); // 570
 * ```
 */
export function minutesOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * A time of day `HH:MM` on a 24-hour clock; `24:00` marks the end of a day.
 *
 * @example
 * ```ts
 * TimeOfDaySchema.parse('18:30');
 * ```
 */
export const TimeOfDaySchema = storableString((value: string, ctx: z.RefinementCtx) => {
  if (!timeOfDayPattern.test(value)) {
    ctx.addIssue({ code: 'custom', input: value, params: { code: 'invalid_time_of_day' } });
  }
}).meta({ pattern: timeOfDayPattern.source });

/**
 * Days of the week, Monday first (ISO 8601).
 *
 * @example
 * ```ts
 * WeekdaySchema.options[0]; // 'mon'
 * ```
 */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/**
 * A day of the week, see {@link WeekdaySchema}.
 *
 * @example
 * ```ts
 * const day: Weekday = 'thu';
 * ```
 */
export type Weekday = z.infer<typeof WeekdaySchema>;

/**
 * A recurring weekly window of availability in the person's own time zone
 * (the profile's `timeZone`). A window across midnight is written as two slots.
 *
 * @example
 * ```ts
 * WeeklySlotSchema.parse({ day: 'tue', start: '18:00', end: '20:00' });
 * ```
 */
export const WeeklySlotSchema = z
  .strictObject({
    day: WeekdaySchema,
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
  })
  .superRefine((slot, ctx) => {
    if (minutesOfDay(slot.start) >= minutesOfDay(slot.end)) {
      ctx.addIssue({
        code: 'custom',
        input: slot,
        path: ['end'],
        params: { code: 'slot_not_ordered' },
      });
    }
  });

/**
 * A weekly availability window, see {@link WeeklySlotSchema}.
 *
 * @example
 * ```ts
 * const slot: WeeklySlot = { day: 'sat', start: '10:00', end: '12:00' };
 * ```
 */
export interface WeeklySlot extends z.output<typeof WeeklySlotSchema> {}
