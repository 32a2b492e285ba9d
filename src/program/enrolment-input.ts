import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import { enrolmentFields } from '../model/enrolment';
import type { LibraryError } from '../model/format-error';
import { createParser } from '../model/parse';
import { type ProgramRef, ProgramRefSchema, type ResolvedProgram } from '../model/program';
import { RelationshipStageSchema } from '../model/relationship-stage';
import type { ValidationError } from '../model/validation-error';
import { programErrorKey } from './program-error-key';

// Rounds, the waitlist and re-matching read only the enrolment fields the
// model defines; a whole enrolment document (with its history) fits, and its
// other keys are ignored. Not strict on purpose.
const EnrolmentFieldsSchema = z.object(enrolmentFields);

/**
 * An enrolment as rounds, the waitlist, re-matching and shortlists read it:
 * the fields every enrolment document carries (`status`, `side`, `personId`,
 * `roundId`, `waitingSince`, `priorityFlags`, `formerPartnerIds`, `pause`, …).
 * A whole enrolment document fits; its other fields are ignored.
 *
 * @example
 * ```ts
 * const enrolment: EnrolmentFields = {
 *   schemaVersion: 1, id: 'enr-sam', programId: 'career-starters', personId: 'sam',
 *   side: 'mentee', status: 'waitlisted', appliedAt: '2027-01-12T10:00:00+01:00',
 *   waitingSince: '2027-02-15T09:00:00+01:00', priorityFlags: ['rematch'],
 * };
 * ```
 */
export type EnrolmentFields = z.input<typeof EnrolmentFieldsSchema>;

/** An enrolment after reading: every default filled in. */
export type ReadEnrolment = z.output<typeof EnrolmentFieldsSchema>;

/** A relationship as the programme functions read it; a whole `Relationship` fits. */
const RelationshipFieldsSchema = z.object({
  id: z.string().optional(),
  mentorId: z.string(),
  menteeId: z.string(),
  stage: RelationshipStageSchema,
  proposal: z.object({ expiresAt: z.string().optional() }).optional(),
});

/**
 * A relationship as rounds, re-matching and shortlists read it: its pair, its
 * stage and, for a pending proposal, when it expires. A whole `Relationship` fits.
 *
 * @example
 * ```ts
 * const earlier: RelationshipFields = { mentorId: 'ada', menteeId: 'sam', stage: 'ended' };
 * ```
 */
export type RelationshipFields = z.input<typeof RelationshipFieldsSchema>;

/**
 * A document of a batch that was left out: its index in its list, its id if
 * it has one, and why — its validation error, or `program_mismatch` when it
 * belongs to another programme.
 *
 * @example
 * ```ts
 * for (const f of result.failed) console.warn(f.list, f.index, formatError(f.error, de));
 * ```
 */
export interface ProgramInputFailure {
  /** The list the document was in. */
  readonly list: 'enrolments' | 'relationships' | 'mentors' | 'mentees';
  readonly index: number;
  readonly id?: string;
  readonly error: ValidationError | LibraryError;
}

const parseEnrolmentFields = createParser(EnrolmentFieldsSchema);
const parseRelationshipFields = createParser(RelationshipFieldsSchema);

const ProgramArgumentSchema = z.strictObject({ program: ProgramRefSchema });

/** The programme argument, validated with its path under `program`. */
export function readProgram(functionName: string, program: ProgramRef): ResolvedProgram {
  return parseOptions(functionName, ProgramArgumentSchema, { program }).program;
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Reads each document of a list with `parse`; a failure per unreadable one. */
function readBatch<T>(
  list: ProgramInputFailure['list'],
  values: readonly unknown[],
  parse: (value: unknown) => { ok: true; value: unknown } | { ok: false; error: ValidationError },
  failed: ProgramInputFailure[],
): { readonly index: number; readonly value: T }[] {
  const read: { index: number; value: T }[] = [];
  values.forEach((value, index) => {
    const result = parse(value);
    if (result.ok) {
      read.push({ index, value: result.value as T });
      return;
    }
    const id = idOf(value);
    failed.push({ list, index, ...(id === undefined ? {} : { id }), error: result.error });
  });
  return read;
}

/** Reads the enrolments of a batch: the valid ones of the programme, and a failure for each other. */
export function readEnrolments(
  programId: string,
  enrolments: readonly unknown[],
  failed: ProgramInputFailure[],
): ReadEnrolment[] {
  const read: ReadEnrolment[] = [];
  for (const { index, value: enrolment } of readBatch<ReadEnrolment>(
    'enrolments',
    enrolments,
    parseEnrolmentFields,
    failed,
  )) {
    if (enrolment.programId === programId) {
      read.push(enrolment);
      continue;
    }
    failed.push({
      list: 'enrolments',
      index,
      id: enrolment.id,
      error: {
        code: 'program_mismatch',
        messageKey: programErrorKey('program.enrolment.program_mismatch'),
        params: { expected: programId, actual: enrolment.programId },
        path: ['programId'],
      },
    });
  }
  return read;
}

/** A relationship after reading. */
export type ReadRelationship = z.output<typeof RelationshipFieldsSchema>;

/** Reads the relationships of a batch; unreadable ones are reported, not thrown. */
export function readRelationships(
  relationships: readonly unknown[],
  failed: ProgramInputFailure[],
): ReadRelationship[] {
  return readBatch<ReadRelationship>(
    'relationships',
    relationships,
    parseRelationshipFields,
    failed,
  ).map((entry) => entry.value);
}

/** Whether a person takes no new matches at `nowMs`: a pause that has begun and not ended. */
export function isPaused(enrolment: ReadEnrolment, nowMs: number): boolean {
  const { pause } = enrolment;
  if (pause === undefined) return false;
  if (Date.parse(pause.since) > nowMs) return false;
  return pause.until === undefined || Date.parse(pause.until) > nowMs;
}

/** Statuses in which a person waits to be matched. */
export const waitingStatuses: ReadonlySet<string> = new Set(['ready', 'waitlisted']);

/** Statuses in which a mentor may take a new mentee (places permitting). */
export const openMentorStatuses: ReadonlySet<string> = new Set([
  'ready',
  'waitlisted',
  'matched',
  'active',
]);
