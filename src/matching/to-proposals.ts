import { z } from 'zod';
import { proposeMatch } from '../lifecycle/proposal';
import type { Relationship } from '../model';
import { type Actor, ActorSchema } from '../model/actor';
import { IdSchema } from '../model/id';
import { TimestampSchema } from '../model/timestamp';
import { fromZodIssue } from '../model/validation-error';
import type { Assignment } from './assign';
import { MatchingOptionsError } from './options';

/**
 * Options of {@link toProposals}.
 *
 * @example
 * ```ts
 * const options: ToProposalsOptions = {
 *   programId: 'spring-2026', at: '2026-03-01T09:00:00+01:00', by: { role: 'admin', id: 'coordinator' },
 * };
 * ```
 */
export interface ToProposalsOptions {
  readonly programId: string;
  /** When the proposals are made. */
  readonly at: string;
  /** Who proposes them, usually the coordinator. */
  readonly by: Actor;
  /** Days until a proposal expires; the lifecycle's default (14) when absent. */
  readonly ttlDays?: number;
  /** Id of each new relationship; `<programId>/<mentorId>/<menteeId>` (hashed when too long) by default. */
  readonly relationshipId?: (pair: { mentorId: string; menteeId: string }) => string;
}

const ToProposalsOptionsSchema = z.strictObject({
  programId: IdSchema,
  at: TimestampSchema,
  by: ActorSchema,
  ttlDays: z.int().min(1).max(365).optional(),
  relationshipId: z
    .custom<ToProposalsOptions['relationshipId']>((v) => typeof v === 'function')
    .optional(),
});

/** FNV-1a, 32 bits twice with different seeds: a short stable id for long id pairs. */
function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function defaultId(programId: string, mentorId: string, menteeId: string): string {
  const id = `${programId}/${mentorId}/${menteeId}`;
  return id.length <= 128 ? id : `${programId.slice(0, 60)}/match-${shortHash(id)}`;
}

/**
 * Turns the pairs of an assignment into relationships in the lifecycle's
 * `proposed` stage (through `proposeMatch`): the draft a coordinator reviews
 * before anyone is told. Each relationship's history is its `propose` event.
 *
 * Throws {@link MatchingOptionsError} for invalid options.
 *
 * @param assignment - the result of {@link assign}
 * @param options - programme, time, proposer and optional expiry
 * @example
 * ```ts
 * const drafts = toProposals(assign(mentors, mentees), {
 *   programId: program.id,
 *   at: '2026-03-01T09:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator-1' },
 * });
 * drafts[0]?.stage; // 'proposed'
 * ```
 */
export function toProposals(
  assignment: Pick<Assignment, 'pairs'>,
  options: ToProposalsOptions,
): readonly Relationship[] {
  const parsed = ToProposalsOptionsSchema.safeParse(options);
  if (!parsed.success) throw new MatchingOptionsError(parsed.error.issues.map(fromZodIssue));
  const { programId, at, by, ttlDays, relationshipId } = options;
  return Object.freeze(
    assignment.pairs.map(({ mentorId, menteeId }) =>
      proposeMatch({
        relationshipId:
          relationshipId?.({ mentorId, menteeId }) ?? defaultId(programId, mentorId, menteeId),
        program: { id: programId },
        mentorId,
        menteeId,
        at,
        proposedBy: by,
        ...(ttlDays === undefined ? {} : { ttlDays }),
      }),
    ),
  );
}
