import * as z from 'zod';
import { ParticipantRoleSchema } from './actor';
import { IdSchema } from './id';
import { LabelSchema, TextSchema } from './text';
import { TimestampSchema } from './timestamp';

/**
 * Who may read a piece of feedback: the other party (`shared`) or only the
 * programme's admins (`private`).
 *
 * @example
 * ```ts
 * FeedbackVisibilitySchema.parse('private');
 * ```
 */
export const FeedbackVisibilitySchema = z.enum(['shared', 'private']);

/**
 * A request for feedback, usually by the mentee.
 *
 * @example
 * ```ts
 * FeedbackRequestSchema.parse({
 *   id: 'fr1', requestedBy: 'mentee', requestedAt: '2026-03-10T19:00:00+01:00',
 *   topic: 'My mock interview',
 * });
 * ```
 */
export const FeedbackRequestSchema = z.strictObject({
  id: IdSchema,
  requestedBy: ParticipantRoleSchema,
  requestedAt: TimestampSchema,
  topic: LabelSchema.optional(),
});

/**
 * A request for feedback, see {@link FeedbackRequestSchema}.
 *
 * @example
 * ```ts
 * const byMentee = (r: FeedbackRequest) => r.requestedBy === 'mentee';
 * ```
 */
export interface FeedbackRequest extends z.output<typeof FeedbackRequestSchema> {}

/**
 * Feedback from one party to the other (advice, a challenge, praise or a concern).
 *
 * @example
 * ```ts
 * FeedbackSchema.parse({
 *   id: 'f1', from: 'mentor', to: 'mentee', kind: 'advice', visibility: 'shared',
 *   text: 'Lead with the project you are proudest of.', givenAt: '2026-03-10T19:05:00+01:00',
 * });
 * ```
 */
export const FeedbackSchema = z.strictObject({
  id: IdSchema,
  from: ParticipantRoleSchema,
  to: ParticipantRoleSchema,
  kind: z.enum(['advice', 'challenge', 'praise', 'concern', 'general']),
  text: TextSchema.min(1),
  visibility: FeedbackVisibilitySchema,
  givenAt: TimestampSchema,
  /** The request this answers, if any. */
  requestId: IdSchema.optional(),
  /** When the recipient took the feedback on board (`acknowledge-feedback`). */
  acknowledgedAt: TimestampSchema.optional(),
  /** What the recipient makes of it, e.g. what they will change. */
  acknowledgementNote: TextSchema.optional(),
});

/**
 * A piece of feedback, see {@link FeedbackSchema}.
 *
 * @example
 * ```ts
 * const visibleTo = (f: Feedback, role: 'mentor' | 'mentee') => f.visibility === 'shared' || f.from === role;
 * ```
 */
export interface Feedback extends z.output<typeof FeedbackSchema> {}
