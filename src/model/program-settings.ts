import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { IdSchema } from './id';
import { CalendarDateSchema } from './timestamp';
import { uniqueArray } from './unique-items';

/**
 * The rules a programme runs by. Every field has a default, so `{}` is a
 * valid settings object; the defaults follow common practice of mentoring programmes.
 *
 * @example
 * ```ts
 * ProgramSettingsSchema.parse({}).meetingCadenceDays; // 14
 * ```
 */
export const ProgramSettingsSchema = z.strictObject({
  /** Mentees a mentor takes on when their profile does not say. */
  defaultMentorCapacity: z.int().min(0).max(1000).default(2),
  /** Concurrent mentors one mentee may have. */
  maxMentorsPerMentee: z.int().min(1).max(20).default(1),
  /** Days a proposal waits for both sides before it expires. */
  proposalTtlDays: z.int().min(1).max(365).default(14),
  /** Days between meetings, unless the agreement sets its own cadence. */
  meetingCadenceDays: z.int().min(1).max(365).default(14),
  /** Hours before a meeting by which the agenda should be sent. */
  agendaLeadTimeHours: z
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** Hours of notice a cancellation needs to respect the other person's time. */
  cancellationNoticeHours: z
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** Minutes late that still count as on time. */
  punctualityGraceMinutes: z.int().min(0).max(120).default(5),
  /** Years of experience a mentor needs at least. */
  minMentorExperienceYears: z.number().min(0).max(80).default(1),
  /**
   * Monday of the week used to compare weekly availability across time zones;
   * fixing it makes overlaps reproducible across daylight-saving changes.
   */
  referenceWeek: CalendarDateSchema.default('2026-01-05'),
  /**
   * What a person must complete after being accepted before they can be
   * matched, by id (the programme names them; texts are the app's). The
   * defaults follow common practice: training done, programme rules agreed,
   * profile complete.
   */
  onboardingRequirements: uniqueArray(IdSchema, 20).default([
    'training',
    'rules-agreed',
    'profile-complete',
  ]),
  /**
   * Waitlist priority flags the programme sets, highest first (e.g.
   * `['rematch', 'under-represented-field']`). A person's flags order the
   * waitlist before their waiting time does; unknown flags rank last.
   */
  waitlistPriorities: uniqueArray(IdSchema, 20).default([]),
});

/**
 * The settings of a programme, see {@link ProgramSettingsSchema}.
 *
 * @example
 * ```ts
 * const strict: ProgramSettings = { ...defaultProgramSettings, cancellationNoticeHours: 48 };
 * ```
 */
export interface ProgramSettings extends z.output<typeof ProgramSettingsSchema> {}

/**
 * The settings a programme has when it states none (frozen).
 *
 * @example
 * ```ts
 * defaultProgramSettings.proposalTtlDays; // 14
 * ```
 */
export const defaultProgramSettings: ProgramSettings = /* @__PURE__ */ deepFreeze(
  ProgramSettingsSchema.parse({}),
);
