import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { MenteeProfile, MentorProfile } from '../model';
import { type ProgramRef, ProgramRefSchema, type ResolvedProgram } from '../model/program';
import { err, ok, type Result } from '../model/result';
import {
  type Path,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from '../model/validation-error';
import { matchingErrorKey } from './matching-error-key';

/** A label by language, as the programme gives it for an attribute or its questionnaire. */
type ProgramLabel = Readonly<Record<string, string>>;

/**
 * A criterion the programme defines through its settings: one per attribute
 * (`attribute:<id>`, `same` or `different` values preferred) and one for the
 * questionnaire (`questionnaire`). Their ids contain a `:` or are reserved, so
 * they never clash with a built-in or custom criterion.
 */
export interface ProgramCriterion {
  readonly id: string;
  readonly kind: 'attribute' | 'questionnaire';
  /** The attribute id (the key in profiles' `attributes`); '' for the questionnaire. */
  readonly key: string;
  readonly prefer: 'same' | 'different';
  /** Default weight, before the `weights` option. */
  readonly weight: number;
  readonly label: ProgramLabel | undefined;
}

/** The id of the questionnaire criterion; reserved for custom criteria. */
export const questionnaireCriterionId = 'questionnaire';

/** The id of an attribute's criterion. */
export function attributeCriterionId(key: string): string {
  return `attribute:${key}`;
}

/**
 * The programme's criteria in summation order: its attributes as listed,
 * then the questionnaire. None without a programme.
 */
export function programCriteriaOf(program: ResolvedProgram | undefined): ProgramCriterion[] {
  const settings = program?.settings;
  if (settings === undefined) return [];
  const criteria: ProgramCriterion[] = (settings.attributes ?? []).map((attribute) => ({
    id: attributeCriterionId(attribute.id),
    kind: 'attribute',
    key: attribute.id,
    prefer: attribute.prefer,
    weight: attribute.weight ?? 1,
    label: attribute.label,
  }));
  const questionnaire = settings.questionnaire;
  if (questionnaire !== undefined) {
    criteria.push({
      id: questionnaireCriterionId,
      kind: 'questionnaire',
      key: '',
      prefer: 'same',
      weight: questionnaire.weight ?? 1,
      label: undefined,
    });
  }
  return criteria;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks people's `attributes` and `answers` against the programme's
 * definitions: every key must be one the programme defines, every attribute
 * value text, every answer a whole number on the questionnaire's scale.
 * Without a `program` option nothing is defined and nothing is checked (the
 * fields are then ignored by the scorer).
 */
export function programFieldIssues(
  program: ResolvedProgram | undefined,
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (program === undefined) return issues;
  const attributes = new Set((program.settings.attributes ?? []).map((attribute) => attribute.id));
  const questionnaire = program.settings.questionnaire;
  const items = new Set((questionnaire?.items ?? []).map((item) => item.id));
  const scale = questionnaire?.scale ?? { min: 1, max: 5 };
  const check = (person: MentorProfile | MenteeProfile, base: Path) => {
    const values: unknown = person.attributes;
    if (values !== undefined) {
      if (!isRecord(values)) {
        issues.push({
          path: [...base, 'attributes'],
          code: 'invalid_type',
          messageKey: matchingErrorKey('matching.error.attributes_type'),
          params: {},
        });
      } else {
        for (const key of Object.keys(values)) {
          const path = [...base, 'attributes', key];
          if (!attributes.has(key)) {
            issues.push({
              path,
              code: 'unrecognized_keys',
              messageKey: matchingErrorKey('matching.error.unknown_attribute'),
              params: { value: key.slice(0, 64) },
            });
          } else if (typeof values[key] !== 'string') {
            issues.push({
              path,
              code: 'invalid_type',
              messageKey: matchingErrorKey('matching.error.attribute_value'),
              params: {},
            });
          }
        }
      }
    }
    const answers: unknown = person.answers;
    if (answers === undefined) return;
    if (!isRecord(answers)) {
      issues.push({
        path: [...base, 'answers'],
        code: 'invalid_type',
        messageKey: matchingErrorKey('matching.error.answers_type'),
        params: {},
      });
      return;
    }
    for (const key of Object.keys(answers)) {
      const path = [...base, 'answers', key];
      const answer = answers[key];
      if (!items.has(key)) {
        issues.push({
          path,
          code: 'unrecognized_keys',
          messageKey: matchingErrorKey('matching.error.unknown_question'),
          params: { value: key.slice(0, 64) },
        });
      } else if (
        typeof answer !== 'number' ||
        !Number.isInteger(answer) ||
        answer < scale.min ||
        answer > scale.max
      ) {
        issues.push({
          path,
          code:
            typeof answer !== 'number' || !Number.isInteger(answer)
              ? 'invalid_type'
              : answer < scale.min
                ? 'too_small'
                : 'too_big',
          messageKey: matchingErrorKey('matching.error.answer_out_of_scale'),
          params: { value: String(answer).slice(0, 32), min: scale.min, max: scale.max },
        });
      }
    }
  };
  mentors.forEach((mentor, m) => {
    check(mentor, ['mentors', m]);
  });
  mentees.forEach((mentee, e) => {
    check(mentee, ['mentees', e]);
  });
  return issues;
}

const CheckOptionsSchema = z.strictObject({ program: ProgramRefSchema });

/**
 * Checks people's `attributes` and `answers` against a programme's
 * `settings.attributes` and `settings.questionnaire`, as the scorer does, but
 * returns the problems instead of throwing: for profiles that come from a
 * form or an import. Every unknown attribute or question id
 * (`unrecognized_keys`) and every answer off the scale (`too_small`,
 * `too_big`, `invalid_type`) is an issue with its path (`['mentors', 0,
 * 'answers', 'pace']`).
 *
 * @param people - the mentors and mentees to check (either may be left out)
 * @param options - the programme, as the scorer's `program` option
 * @throws {@link InvalidOptionsError} for invalid options (a programmer error).
 * @example
 * ```ts
 * const checked = checkProgramFields({ mentees: [mentee] }, { program });
 * if (!checked.ok) console.log(formatError(checked.error, de));
 * ```
 */
export function checkProgramFields(
  people: {
    readonly mentors?: readonly MentorProfile[] | undefined;
    readonly mentees?: readonly MenteeProfile[] | undefined;
  },
  options: { readonly program: ProgramRef },
): Result<true, ValidationError> {
  const { program } = parseOptions('checkProgramFields', CheckOptionsSchema, options);
  const issues = programFieldIssues(
    program as ResolvedProgram,
    people.mentors ?? [],
    people.mentees ?? [],
  );
  return issues.length === 0 ? ok(true) : err(validationError(issues));
}
