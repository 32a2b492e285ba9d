import * as z from 'zod';
import { IdSchema } from './id';
import { SchemaVersionSchema } from './schema-version';
import { LabelSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * A round (cohort) of a programme: when people can apply, when the round is
 * matched, and how long its relationships run.
 *
 * @example
 * ```ts
 * RoundSchema.parse({
 *   schemaVersion: 1, id: 'spring-2027', programId: 'career-starters', name: 'Spring 2027',
 *   applicationWindow: { opensAt: '2027-01-11T09:00:00+01:00', closesAt: '2027-02-08T18:00:00+01:00' },
 *   matchingAt: '2027-02-15T09:00:00+01:00', relationshipMonths: 6,
 * });
 * ```
 */
export const RoundSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    programId: IdSchema,
    name: LabelSchema,
    /** When applications to this round open and close (closing time exclusive). */
    applicationWindow: z.strictObject({ opensAt: TimestampSchema, closesAt: TimestampSchema }),
    /** When the round is matched; relationships proposed then start their cycle. */
    matchingAt: TimestampSchema,
    /** How long the round's relationships are meant to run, in months. */
    relationshipMonths: z.int().min(1).max(60),
  })
  .superRefine((round, ctx) => {
    const opens = Date.parse(round.applicationWindow.opensAt);
    const closes = Date.parse(round.applicationWindow.closesAt);
    if (!(opens < closes)) {
      ctx.addIssue({
        code: 'custom',
        input: round.applicationWindow.closesAt,
        path: ['applicationWindow', 'closesAt'],
        params: { code: 'window_closes_before_it_opens' },
      });
    }
    if (Date.parse(round.matchingAt) < closes) {
      ctx.addIssue({
        code: 'custom',
        input: round.matchingAt,
        path: ['matchingAt'],
        params: { code: 'matching_before_applications_close' },
      });
    }
  });

/**
 * A round of a programme, see {@link RoundSchema}.
 *
 * @example
 * ```ts
 * const isOpen = (round: Round, now: string) =>
 *   Date.parse(round.applicationWindow.opensAt) <= Date.parse(now) &&
 *   Date.parse(now) < Date.parse(round.applicationWindow.closesAt);
 * ```
 */
export interface Round extends z.output<typeof RoundSchema> {}
