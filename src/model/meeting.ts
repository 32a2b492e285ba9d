import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { type Agenda, AgendaSchema } from './agenda';
import { type Channel, ChannelSchema } from './channel';
import { IdSchema } from './id';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * Whether one side came to a meeting, how late, and whether prepared.
 *
 * @example
 * ```ts
 * AttendanceSchema.parse({ present: true, minutesLate: 3, prepared: true });
 * ```
 */
export const AttendanceSchema = z.strictObject({
  present: z.boolean(),
  minutesLate: z
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
  prepared: z.boolean().optional(),
});

/**
 * The attendance of one side, see {@link AttendanceSchema}.
 *
 * @example
 * ```ts
 * const onTime = (a: Attendance, grace: number) => a.present && a.minutesLate <= grace;
 * ```
 */
export interface Attendance extends z.output<typeof AttendanceSchema> {}

/**
 * A meeting of mentor and mentee: planned, held, missed or cancelled.
 *
 * @example
 * ```ts
 * MeetingSchema.parse({
 *   id: 'mt1', startsAt: '2026-03-10T18:00:00+01:00', durationMinutes: 45,
 *   status: 'scheduled', scheduledAt: '2026-03-01T10:00:00+01:00', scheduledBy: 'mentee',
 *   previousStartTimes: [],
 * });
 * ```
 */
export const MeetingSchema = z.strictObject({
  id: IdSchema,
  startsAt: TimestampSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  channel: ChannelSchema.optional(),
  location: LabelSchema.optional(),
  /** `held` and `missed` are set by recording the meeting. */
  status: z.enum(['scheduled', 'held', 'missed', 'cancelled']),
  scheduledAt: TimestampSchema,
  scheduledBy: ParticipantRoleSchema,
  /** Earlier start times, oldest first, kept when the meeting is rescheduled. */
  previousStartTimes: z.array(TimestampSchema).max(100),
  agenda: AgendaSchema.optional(),
  cancelledAt: TimestampSchema.optional(),
  cancelledBy: ParticipantRoleSchema.optional(),
  cancelReason: LabelSchema.optional(),
  recordedAt: TimestampSchema.optional(),
  attendance: z.strictObject({ mentor: AttendanceSchema, mentee: AttendanceSchema }).optional(),
  notes: TextSchema.optional(),
});

/**
 * A meeting, see {@link MeetingSchema}.
 *
 * @example
 * ```ts
 * const upcoming = (m: Meeting, now: number) => m.status === 'scheduled' && Date.parse(m.startsAt) > now;
 * ```
 */
export interface Meeting extends z.output<typeof MeetingSchema> {
  channel?: Channel | undefined;
  agenda?: Agenda | undefined;
  attendance?: { mentor: Attendance; mentee: Attendance } | undefined;
}
