import * as z from 'zod';
import { type Locale, LocaleSchema } from '../i18n/locale';
import {
  IdSchema,
  type ProgramRef,
  ProgramRefSchema,
  type Timestamp,
  TimestampSchema,
} from '../model';
import { withUniqueIds } from '../model/unique-items';
import type { EnrolmentFields } from './enrolment-input';

/**
 * A round (cohort) of the programme for the report: its id and the ids of the
 * relationships that belong to it. Rounds are not stored by the library yet,
 * so the caller says which relationships form each one.
 *
 * @example
 * ```ts
 * ReportRoundSchema.parse({ id: 'spring-2026', relationshipIds: ['rel-1', 'rel-2'] });
 * ```
 */
export const ReportRoundSchema = z.strictObject({
  id: IdSchema,
  relationshipIds: z.array(IdSchema).max(1_000_000),
});

/**
 * Schema of {@link ProgramReportOptions}: a strict object (unknown keys and
 * typos are errors with a path). `programReport` validates its options with it.
 *
 * @example
 * ```ts
 * ProgramReportOptionsSchema.safeParse({ now: '2026-06-01T09:00:00+02:00', program: { id: 'p' } }).success; // true
 * ```
 */
export const ProgramReportOptionsSchema = z.strictObject({
  now: TimestampSchema,
  program: ProgramRefSchema,
  locale: LocaleSchema.optional(),
  rounds: withUniqueIds(z.array(ReportRoundSchema).max(10_000)).optional(),
  enrolments: z.array(z.unknown()).max(1_000_000).optional(),
  healthMonths: z.number().int().min(1).max(120).optional(),
});

/**
 * A round given to `programReport`, see {@link ReportRoundSchema}.
 *
 * @example
 * ```ts
 * const round: ReportRound = { id: 'spring-2026', relationshipIds: ['rel-1'] };
 * ```
 */
export interface ReportRound {
  /** The round's id; it names the round's section and its CSV rows. */
  readonly id: string;
  /** The relationships of the round; ids not among the valid relationships given are listed as missing. */
  readonly relationshipIds: readonly string[];
}

/**
 * Options of `programReport`, validated by {@link ProgramReportOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ProgramReportOptions = {
 *   now: '2026-06-01T09:00:00+02:00',
 *   program: { id: 'career-starters', timeZone: 'Europe/Berlin' },
 *   rounds: [{ id: 'spring-2026', relationshipIds: ['rel-1', 'rel-2'] }],
 *   enrolments,
 *   locale: 'en-GB',
 * };
 * ```
 */
export interface ProgramReportOptions {
  /** The moment the report describes (health, due duties): ISO 8601 with an offset. */
  readonly now: Timestamp;
  /** The programme: its settings judge duties and health; its `timeZone` decides the month of a meeting. */
  readonly program: ProgramRef;
  /** The language of the CSV header and descriptions: a BCP 47 tag (English) or a locale pack. */
  readonly locale?: Locale;
  /** Rounds (cohorts) to report on beside the whole programme, each with its relationships. */
  readonly rounds?: readonly ReportRound[];
  /**
   * The programme's enrolments (whole documents fit), for the waitlist figures:
   * its length and waiting times, as `waitlist` counts them, for the
   * programme and for each round (by the enrolments' `roundId`). Without
   * them the report has no waitlist figures.
   */
  readonly enrolments?: readonly EnrolmentFields[];
  /** How many calendar months, up to the month of `now`, the health over time covers (1–120; default 12). */
  readonly healthMonths?: number;
}
