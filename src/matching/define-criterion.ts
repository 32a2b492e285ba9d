import type { MenteeProfile, MentorProfile } from '../model';
import { builtinCriteria } from './criteria';

/**
 * What a custom criterion says about one pair: a value in [0, 1], optionally a
 * veto (the pair must never be matched) and a short note for the explanation.
 *
 * @example
 * ```ts
 * const outcome: CriterionOutcome = { value: 1, note: 'both in Berlin' };
 * ```
 */
export interface CriterionOutcome {
  readonly value: number;
  readonly veto?: boolean;
  readonly note?: string;
}

/**
 * The input of {@link defineCriterion}.
 *
 * @example
 * ```ts
 * const definition: CriterionDefinition<'city'> = {
 *   id: 'city', weight: 2, evaluate: (mentor, mentee) => (mentor.bio === mentee.bio ? 1 : 0),
 * };
 * ```
 */
export interface CriterionDefinition<Id extends string> {
  /** A stable id (letters, digits, `-` and `_`), different from every built-in criterion. */
  readonly id: Id;
  /** A short label shown in explanations; the id when absent. */
  readonly label?: string;
  /** Default weight, 1 when absent; the `weights` option can override it. */
  readonly weight?: number;
  /**
   * Rates one pair. Called once per pair by `scoreMatrix`, so keep it cheap
   * and pure. Return a number in [0, 1] or a {@link CriterionOutcome}.
   */
  readonly evaluate: (mentor: MentorProfile, mentee: MenteeProfile) => number | CriterionOutcome;
}

/**
 * A programme's own criterion, made by {@link defineCriterion} and passed in
 * the `criteria` option of the scorer.
 *
 * @example
 * ```ts
 * const criteria: readonly CustomCriterion[] = [sameCity];
 * ```
 */
export interface CustomCriterion<Id extends string = string> {
  readonly kind: 'custom-criterion';
  readonly id: Id;
  readonly label: string;
  readonly weight: number;
  /** Rates one pair: a number in [0, 1] or a {@link CriterionOutcome}. */
  readonly evaluate: (mentor: MentorProfile, mentee: MenteeProfile) => number | CriterionOutcome;
}

const idPattern = /^[A-Za-z][\w-]{0,63}$/;

/**
 * Defines a custom criterion that takes part in scoring, explanations and
 * vetoes like the built-in ones. Throws a `TypeError` for a definition that
 * cannot work (a programmer error): a malformed id, an id of a built-in
 * criterion, or a weight that is not a finite number ≥ 0.
 *
 * @example
 * ```ts
 * const sameCity = defineCriterion({
 *   id: 'same-city',
 *   label: 'Same city',
 *   weight: 2,
 *   evaluate: (mentor, mentee) =>
 *     mentor.organization !== undefined && mentor.organization === mentee.organization
 *       ? { value: 1, note: 'can meet in person' }
 *       : 0,
 * });
 * scorePair(mentor, mentee, { criteria: [sameCity] });
 * ```
 */
export function defineCriterion<const Id extends string>(
  definition: CriterionDefinition<Id>,
): CustomCriterion<Id> {
  const { id, label, weight = 1, evaluate } = definition;
  if (typeof id !== 'string' || !idPattern.test(id)) {
    throw new TypeError(`defineCriterion: "${String(id)}" is not a valid criterion id`);
  }
  if ((builtinCriteria as readonly string[]).includes(id)) {
    throw new TypeError(`defineCriterion: "${id}" is the id of a built-in criterion`);
  }
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    throw new TypeError(`defineCriterion: the weight of "${id}" must be a finite number ≥ 0`);
  }
  if (typeof evaluate !== 'function') {
    throw new TypeError(`defineCriterion: "${id}" needs an evaluate function`);
  }
  return Object.freeze({ kind: 'custom-criterion', id, label: label ?? id, weight, evaluate });
}
