import type { ParticipantRole, Timestamp } from '../model';

/**
 * The status of a checklist item at a moment:
 * - `done`: fulfilled, and the evidence shows how;
 * - `open`: still to do, with no deadline yet (e.g. an item of the current stage);
 * - `due`: still to do, with a deadline that has not passed;
 * - `overdue`: the deadline passed without it (or the item's stage ended without it);
 * - `manual`: cannot be worked out from records and has not been attested yet;
 * - `not-applicable`: not part of the relationship's current stage.
 *
 * @example
 * ```ts
 * const needsAction = (s: ChecklistItemStatus) => s === 'open' || s === 'due' || s === 'overdue';
 * ```
 */
export type ChecklistItemStatus = 'done' | 'open' | 'due' | 'overdue' | 'manual' | 'not-applicable';

/**
 * The kind of record a piece of evidence points at. Ids are unique within
 * their kind: `event` ids are those of the relationship's `history`.
 *
 * @example
 * ```ts
 * const kind: EvidenceKind = 'meeting';
 * ```
 */
export type EvidenceKind =
  | 'meeting'
  | 'event'
  | 'goal'
  | 'plan-step'
  | 'action-item'
  | 'feedback'
  | 'feedback-request'
  | 'progress-update'
  | 'evaluation'
  | 'self-inventory'
  | 'agreement'
  | 'attestation';

/**
 * A pointer to the record behind a status: a meeting, a history event or an
 * entity of the relationship. Records without an id of their own (a
 * self-inventory, the agreement, an attestation) are referred to through the
 * history event that recorded them; when the history lacks it, through the
 * side (`self-inventory`), `'agreement'`, or the item id (`attestation`).
 *
 * @example
 * ```ts
 * const ref: EvidenceRef = { kind: 'meeting', id: 'mt-3' };
 * ```
 */
export interface EvidenceRef {
  readonly kind: EvidenceKind;
  readonly id: string;
}

/**
 * What an item's evaluator returns: a status, the evidence behind it and,
 * if there is one, the deadline as an ISO timestamp.
 *
 * @example
 * ```ts
 * const judged: ItemEvaluation = {
 *   status: 'due', dueAt: '2026-03-20T18:00:00Z', evidence: [{ kind: 'meeting', id: 'mt-4' }],
 * };
 * ```
 */
export interface ItemEvaluation {
  readonly status: ChecklistItemStatus;
  readonly evidence?: readonly EvidenceRef[];
  readonly dueAt?: Timestamp;
}

/**
 * The other side did the work of an item, so it is not fulfilled (see
 * `ChecklistItemReport.coveredBy`): who did it, the records that show it, and
 * a sentence saying so in the report's language.
 *
 * @example
 * ```ts
 * const note = (c: ItemCoverage) => `${c.message} (${c.evidence.map((e) => e.id).join(', ')})`;
 * ```
 */
export interface ItemCoverage {
  /** The side that did the work instead of the responsible one. */
  readonly role: ParticipantRole;
  /** Its records: a meeting (scheduled, or with an agenda, by that side), a history event, a goal, … */
  readonly evidence: readonly EvidenceRef[];
  /** The message key of {@link ItemCoverage.message}: `checklists.covered`, with param `role`. */
  readonly messageKey: 'checklists.covered';
  /** E.g. "The mentor did this instead; it does not count for the mentee". */
  readonly message: string;
}

/** The built-in evaluators' result: like {@link ItemEvaluation} with the deadline in epoch ms. */
export interface Judgement {
  readonly status: ChecklistItemStatus;
  readonly evidence: readonly EvidenceRef[];
  readonly due?: number;
  /** The other side did the work (the message is rendered when the report is built). */
  readonly coveredBy?: {
    readonly role: ParticipantRole;
    readonly evidence: readonly EvidenceRef[];
  };
}

// Whether judgements are wanted for their status only (see `statusesOnly`): then
// no reference is made and no evidence kept. Set only for the duration of one
// synchronous call of the built-in rules, which call no code of the caller.
let statusOnly = false;

/** The one reference given while only statuses are wanted: counted, never shown. */
const uncited: EvidenceRef = Object.freeze({ kind: 'event', id: '-' });

/**
 * Runs `judging(input)` with judgements wanted for their status only: the
 * same rules, but references are not made and evidence is not kept (a batch
 * that counts statuses throws both away). Lists keep their lengths, so every
 * rule that counts records decides exactly as with evidence.
 */
export function statusesOnly<I, R>(judging: (input: I) => R, input: I): R {
  const was = statusOnly;
  statusOnly = true;
  try {
    return judging(input);
  } finally {
    statusOnly = was;
  }
}

/** Whether evidence is being kept (false inside {@link statusesOnly}). */
export function citing(): boolean {
  return !statusOnly;
}

/** A frozen evidence reference (reports are frozen; freezing at creation spares a deep walk later). */
export function ref(kind: EvidenceKind, id: string): EvidenceRef {
  return statusOnly ? uncited : Object.freeze({ kind, id });
}

const noEvidence: readonly EvidenceRef[] = Object.freeze([]);

// A judgement without evidence or deadline is the same for every item: share one per status.
const bare: { readonly [S in ChecklistItemStatus]: Judgement } = {
  done: { status: 'done', evidence: noEvidence },
  open: { status: 'open', evidence: noEvidence },
  due: { status: 'due', evidence: noEvidence },
  overdue: { status: 'overdue', evidence: noEvidence },
  manual: { status: 'manual', evidence: noEvidence },
  'not-applicable': { status: 'not-applicable', evidence: noEvidence },
};

/** Builds a judgement; `due` is left out when unknown (exactOptionalPropertyTypes). */
export function judge(
  status: ChecklistItemStatus,
  evidence: readonly EvidenceRef[] = noEvidence,
  due?: number,
): Judgement {
  if (statusOnly || (due === undefined && evidence.length === 0)) return bare[status];
  const frozen = Object.freeze(evidence);
  return due === undefined ? { status, evidence: frozen } : { status, evidence: frozen, due };
}

/**
 * The judgement with the other side's records attached: it did the work the
 * item asks of the responsible side. Nothing changes when there are none, or
 * when the item is fulfilled anyway.
 */
export function coveredBy(
  judgement: Judgement,
  role: ParticipantRole,
  evidence: readonly EvidenceRef[],
): Judgement {
  if (statusOnly || evidence.length === 0 || judgement.status === 'done') return judgement;
  return {
    ...judgement,
    coveredBy: Object.freeze({ role, evidence: Object.freeze(evidence) }),
  };
}

/** `due` before the deadline, `overdue` from it on. */
export function dueOrOverdue(
  asOf: number,
  due: number,
  evidence?: readonly EvidenceRef[],
): Judgement {
  return judge(asOf < due ? 'due' : 'overdue', evidence, due);
}
