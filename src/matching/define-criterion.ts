import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { MenteeProfile, MentorProfile } from '../model';
import { InvalidOptionsError } from '../model/errors';
import { LabelSchema } from '../model/text';
import type { Path, ValidationIssue } from '../model/validation-error';
import { builtinCriteria } from './criteria';
import { matchingErrorKey } from './matching-error-key';

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
  /** A short label shown in explanations (1–200 characters); the id when absent. */
  readonly label?: string;
  /** Default weight from 0 to 1000, 1 when absent; the `weights` option can override it. */
  readonly weight?: number;
  /**
   * Rates one pair. Called once per pair by `scoreMatrix`, so keep it cheap
   * and pure. Return a number in [0, 1] or a {@link CriterionOutcome}; any
   * other answer makes the scorer throw a `MentorshipKitError`
   * (`invalid_criterion_value`).
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

/** Letters, digits, `-` and `_`, starting with a letter: usable as a key of the `weights` option. */
const idPattern = /^[A-Za-z][\w-]{0,63}$/;

const DefinitionSchema = z.strictObject({
  id: z.string(),
  label: LabelSchema.optional(),
  weight: z.number().min(0).max(1000).optional(),
  evaluate: z.custom<CriterionDefinition<string>['evaluate']>(
    (value) => typeof value === 'function',
  ),
});

/** Why `id` cannot name a custom criterion, as an issue at `path`; none when it can. */
export function criterionIdIssue(id: string, path: Path): ValidationIssue | undefined {
  if (!idPattern.test(id)) {
    return {
      path,
      code: 'invalid_id',
      messageKey: matchingErrorKey('matching.error.criterion_id'),
      params: { value: id.slice(0, 64) },
    };
  }
  // `questionnaire` names the programme's questionnaire criterion.
  if ((builtinCriteria as readonly string[]).includes(id) || id === 'questionnaire') {
    return {
      path,
      code: 'duplicate_id',
      messageKey: matchingErrorKey('matching.error.builtin_criterion_id'),
      params: { value: id },
    };
  }
  return undefined;
}

/**
 * Defines a custom criterion that takes part in scoring, explanations and
 * vetoes like the built-in ones. The definition is checked like options:
 * unknown keys are errors, the id must be letters, digits, `-` and `_`
 * (starting with a letter, at most 64) and differ from every built-in
 * criterion (and from `questionnaire`, the programme's questionnaire), and the weight must be a number from 0 to 1000.
 *
 * Errors thrown by `evaluate` itself reach the caller of the scorer unchanged.
 *
 * @throws {@link InvalidOptionsError} (`params.function` is `'defineCriterion'`)
 *   when the definition cannot work; `issues` say where.
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
  const {
    id,
    label,
    weight = 1,
    evaluate,
  } = parseOptions('defineCriterion', DefinitionSchema, definition);
  const problem = criterionIdIssue(id, ['id']);
  if (problem !== undefined) throw new InvalidOptionsError('defineCriterion', [problem]);
  return Object.freeze({
    kind: 'custom-criterion',
    id: id as Id,
    label: label ?? id,
    weight,
    evaluate,
  });
}
