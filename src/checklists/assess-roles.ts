import { z } from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { defaultLocale, type Locale } from '../i18n';
import { createParser, ok, type Result, type ValidationError } from '../model';
import { type MenteeBehaviourId, type MenteeRoleId, menteeRoles } from './mentee-roles';

const rating = () => z.int().min(1).max(5);
const shape = Object.fromEntries(
  menteeRoles.flatMap((role) => role.behaviours.map((behaviour) => [behaviour.id, rating()])),
) as Record<MenteeBehaviourId, ReturnType<typeof rating>>;

/**
 * A mentee's self-assessment: every one of the 22 behaviours rated as a whole
 * number from 1 (rarely) to 5 (consistently). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * RoleRatingsSchema.shape['owner.ask-questions'].parse(4);
 * ```
 */
export const RoleRatingsSchema = z.strictObject(shape);

/**
 * Ratings of the 22 behaviours, see {@link RoleRatingsSchema}.
 *
 * @example
 * ```ts
 * const ratings = Object.fromEntries(behaviourIds.map((id) => [id, 3])) as RoleRatings;
 * ```
 */
export type RoleRatings = z.infer<typeof RoleRatingsSchema>;

/**
 * A behaviour with the mentee's rating and its label in the chosen language.
 *
 * @example
 * ```ts
 * const line = (b: RatedBehaviour) => `${b.rating}/5 ${b.label}`;
 * ```
 */
export interface RatedBehaviour {
  readonly id: MenteeBehaviourId;
  readonly role: MenteeRoleId;
  readonly label: string;
  readonly rating: number;
}

/**
 * How a mentee rates themself in one role: the mean rating, every
 * behaviour, and the strongest and weakest ones (all behaviours that share
 * the highest, or lowest, rating; the same list when every rating is equal).
 *
 * @example
 * ```ts
 * const focus = (profile: RoleProfile) => profile.weakest.map((b) => b.label);
 * ```
 */
export interface RoleProfile {
  readonly role: MenteeRoleId;
  readonly label: string;
  readonly average: number;
  readonly behaviours: readonly RatedBehaviour[];
  readonly strongest: readonly RatedBehaviour[];
  readonly weakest: readonly RatedBehaviour[];
}

/**
 * The result of {@link assessRoles}: one profile per role, in catalogue order
 * (protégé, owner, learner), and the roles with the highest and lowest mean.
 *
 * @example
 * ```ts
 * const summary = (a: RoleAssessment) => `${a.strongestRoles.join(', ')} / ${a.weakestRoles.join(', ')}`;
 * ```
 */
export interface RoleAssessment {
  readonly roles: readonly RoleProfile[];
  readonly strongestRoles: readonly MenteeRoleId[];
  readonly weakestRoles: readonly MenteeRoleId[];
}

/**
 * Options of {@link assessRoles}.
 *
 * @example
 * ```ts
 * const options: AssessRolesOptions = { locale: 'de' };
 * ```
 */
export interface AssessRolesOptions {
  /** Language of the labels; default `'en'`. */
  readonly locale?: Locale;
}

const parseRatings = createParser(RoleRatingsSchema);

function extremes<T>(items: readonly T[], value: (item: T) => number): { high: T[]; low: T[] } {
  const values = items.map(value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    high: items.filter((_, index) => values[index] === max),
    low: items.filter((_, index) => values[index] === min),
  };
}

/**
 * Turns a mentee's 1–5 ratings of the 22 behaviours of the three mentee
 * roles into a profile per role with the strongest and weakest behaviours.
 * Bad input (a missing behaviour, an unknown key, a rating outside 1–5 or
 * not a whole number) comes back as a `ValidationError` listing every
 * problem with its path and code; nothing is thrown.
 *
 * @example
 * ```ts
 * const result = assessRoles(formValues, { locale: 'de' });
 * if (!result.ok) console.log(formatError(result.error, 'de'));
 * else console.log(result.value.roles.map((r) => `${r.label}: ${r.average}`));
 * ```
 */
export function assessRoles(
  ratings: unknown,
  options: AssessRolesOptions = {},
): Result<RoleAssessment, ValidationError> {
  const parsed = parseRatings(ratings);
  if (!parsed.ok) return parsed;
  const locale = options.locale ?? defaultLocale;
  const roles = menteeRoles.map((role): RoleProfile => {
    const behaviours = role.behaviours.map(
      (behaviour): RatedBehaviour => ({
        id: behaviour.id,
        role: role.id,
        label: behaviour.label[locale],
        rating: parsed.value[behaviour.id],
      }),
    );
    const { high, low } = extremes(behaviours, (b) => b.rating);
    const average = behaviours.reduce((sum, b) => sum + b.rating, 0) / behaviours.length;
    return {
      role: role.id,
      label: role.label[locale],
      average,
      behaviours,
      strongest: high,
      weakest: low,
    };
  });
  const { high, low } = extremes(roles, (r) => r.average);
  return ok(
    deepFreeze({
      roles,
      strongestRoles: high.map((r) => r.role),
      weakestRoles: low.map((r) => r.role),
    }),
  );
}
