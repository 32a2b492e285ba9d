import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions } from '../_internal/options';
import { proposeMatch } from '../lifecycle/proposal';
import type { ProgramRef, Relationship, ValidationIssue } from '../model';
import { type Actor, ActorSchema } from '../model/actor';
import { MentorshipKitError } from '../model/errors';
import { ProgramRefSchema } from '../model/program';
import { TimestampSchema } from '../model/timestamp';
import type { Assignment } from './assign';
import { matchingErrorKey } from './matching-error-key';

/**
 * Options of {@link toProposals}, validated by {@link ToProposalsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ToProposalsOptions = {
 *   program, // its proposalTtlDays sets the expiry, its timeZone the offset
 *   now: '2026-03-01T09:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator' },
 * };
 * ```
 */
export interface ToProposalsOptions {
  /**
   * The programme (a parsed `Program`, or `{ id, settings?, timeZone? }`): the
   * proposals belong to it and expire after its `settings.proposalTtlDays`
   * (14 days by default).
   */
  readonly program: ProgramRef;
  /** When the proposals are made: an ISO 8601 timestamp with an offset. */
  readonly now: string;
  /** Who proposes them, usually the coordinator. */
  readonly by: Actor;
  /**
   * Id of each new relationship. By default `<programId>~<mentorId>~<menteeId>`
   * with `%`, `~` and `/` in each part written `%25`, `%7E` and `%2F` (so ids
   * never collide and never contain a slash), or `<programId>~match-<hash>`
   * when that is longer than 128 characters.
   */
  readonly relationshipId?: ((pair: { mentorId: string; menteeId: string }) => string) | undefined;
}

/**
 * Schema of {@link ToProposalsOptions}. Strict, down to the programme's settings.
 *
 * @example
 * ```ts
 * ToProposalsOptionsSchema.safeParse({ program: { id: 'p' }, now: 'yesterday', by }).success; // false
 * ```
 */
export const ToProposalsOptionsSchema = z.strictObject({
  /** The programme the proposals belong to. */
  program: ProgramRefSchema,
  /** When the proposals are made. */
  now: TimestampSchema,
  /** Who proposes them. */
  by: ActorSchema,
  /** Id of each new relationship, from its pair. */
  relationshipId: z
    .custom<NonNullable<ToProposalsOptions['relationshipId']>>((v) => typeof v === 'function')
    .optional(),
});

/** What `toProposals` reads of an assignment: the ids of its pairs. */
const AssignmentPairsSchema = z.object({
  pairs: z.array(z.object({ mentorId: z.string(), menteeId: z.string() })),
});

/**
 * Why one pair could not be proposed, as data like the errors of a `Result`:
 * always the code `invalid_pair`, with one issue per problem, such as
 * `same_person` at `menteeId` (the same id on both sides), `invalid_id` at
 * `relationshipId` or `mentorId`, or `duplicate_id` at `relationshipId` (your
 * `relationshipId` gave two pairs the same id). `formatError(error, locale)`
 * renders it.
 *
 * @example
 * ```ts
 * // The pair ada → ada cannot be proposed (1 problem):
 * // - at menteeId: mentor and mentee must be two different people
 * console.log(formatError(failure.error));
 * ```
 */
export interface ProposalError {
  readonly code: 'invalid_pair';
  readonly messageKey: 'matching.error.invalid_pair';
  readonly params: { readonly mentorId: string; readonly menteeId: string; readonly count: number };
  readonly issues: readonly ValidationIssue[];
}

/**
 * A pair of the assignment that could not be proposed, with the reason.
 *
 * @example
 * ```ts
 * for (const failure of failed) console.warn(failure.index, formatError(failure.error, de));
 * ```
 */
export interface ProposalFailure {
  /** Position of the pair in `assignment.pairs`. */
  readonly index: number;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly error: ProposalError;
}

/**
 * The result of {@link toProposals}: a relationship for every pair that could
 * be proposed, in the order of the pairs, and a failure for every other pair.
 *
 * @example
 * ```ts
 * const { proposals, failed }: ToProposalsResult = toProposals(assignment, options);
 * ```
 */
export interface ToProposalsResult {
  readonly proposals: readonly Relationship[];
  readonly failed: readonly ProposalFailure[];
}

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

/** `%`, `~` and `/` as `%25`, `%7E` and `%2F`: a part then holds no separator and no slash. */
function escapePart(part: string): string {
  return part.replace(/[%~/]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `<program>~<mentor>~<menteeId>`, each part escaped, so two pairs never share
 * an id and no id has a slash (file and URL stores); past 128 characters,
 * `<program>~match-<hash>` (one `~`, so never equal to a short id).
 */
function defaultId(programId: string, mentorId: string, menteeId: string): string {
  const id = `${escapePart(programId)}~${escapePart(mentorId)}~${escapePart(menteeId)}`;
  return id.length <= 128 ? id : `${escapePart(programId).slice(0, 60)}~match-${shortHash(id)}`;
}

function failure(
  index: number,
  mentorId: string,
  menteeId: string,
  issues: readonly ValidationIssue[],
): ProposalFailure {
  return {
    index,
    mentorId,
    menteeId,
    error: {
      code: 'invalid_pair',
      messageKey: matchingErrorKey('matching.error.invalid_pair'),
      params: { mentorId, menteeId, count: issues.length },
      issues,
    },
  };
}

/** The problems of a refused proposal as issues, whatever shape the refusal had. */
function issuesOf(error: MentorshipKitError): readonly ValidationIssue[] {
  if (error.issues !== undefined && error.issues.length > 0) return error.issues;
  return [
    { path: error.path ?? [], code: 'custom', messageKey: error.messageKey, params: error.params },
  ];
}

/**
 * Turns the pairs of an assignment into relationships in the lifecycle's
 * `proposed` stage (through `proposeMatch`): the draft a coordinator reviews
 * before anyone is told. Each relationship's history is its `propose` event;
 * it expires after the programme's `proposalTtlDays`.
 *
 * One pair that cannot be proposed (a mentor and mentee with the same id,
 * an id `relationshipId` made twice or malformed) does not stop the others:
 * it is reported in `failed` with the reason, and every other pair is
 * proposed. The result is deep-frozen.
 *
 * @param assignment - the result of `assign`, or anything with its `pairs`
 * @param options - programme, time and proposer
 * @throws {@link InvalidOptionsError} (`params.function` is `'toProposals'`)
 *   for invalid options or an assignment without a list of `pairs` with
 *   string ids. Errors thrown by your `relationshipId` reach you unchanged.
 * @example
 * ```ts
 * const { proposals, failed } = toProposals(assign(mentors, mentees, { program }), {
 *   program,
 *   now: '2026-03-01T09:00:00+01:00',
 *   by: { role: 'admin', id: 'coordinator-1' },
 * });
 * proposals[0]?.stage; // 'proposed'
 * for (const failure of failed) console.warn(formatError(failure.error, de));
 * ```
 */
export function toProposals(
  assignment: {
    readonly pairs: readonly Pick<Assignment['pairs'][number], 'mentorId' | 'menteeId'>[];
  },
  options: ToProposalsOptions,
): ToProposalsResult {
  const { program, now, by, relationshipId } = parseOptions(
    'toProposals',
    ToProposalsOptionsSchema,
    options,
  );
  const { pairs } = parseOptions('toProposals', AssignmentPairsSchema, assignment);
  const proposals: Relationship[] = [];
  const failed: ProposalFailure[] = [];
  const used = new Set<string>();
  pairs.forEach(({ mentorId, menteeId }, index) => {
    const id =
      relationshipId?.({ mentorId, menteeId }) ?? defaultId(program.id, mentorId, menteeId);
    if (typeof id === 'string' && used.has(id)) {
      failed.push(
        failure(index, mentorId, menteeId, [
          {
            path: ['relationshipId'],
            code: 'duplicate_id',
            messageKey: 'validation.duplicate_id',
            params: { value: id },
          },
        ]),
      );
      return;
    }
    try {
      proposals.push(
        proposeMatch({ relationshipId: id, program, mentorId, menteeId, now, proposedBy: by }),
      );
      used.add(id);
    } catch (error) {
      // Anything else would be a bug of the library: let it surface.
      if (!(error instanceof MentorshipKitError)) throw error;
      failed.push(failure(index, mentorId, menteeId, issuesOf(error)));
    }
  });
  return deepFreeze({ proposals, failed });
}
