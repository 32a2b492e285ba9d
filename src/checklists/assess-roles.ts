import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { epochOf } from '../_internal/epoch-time';
import { parseOptions } from '../_internal/options';
import { formatChecklistsMessage } from '../i18n/scoped-format';
import { ok, type Result, type Timestamp, type ValidationError } from '../model';
import { createParser } from '../model/parse';
import { type CountedEvidence, countEvidence } from './behaviour-evidence';
import type { EvidenceRef } from './judgement';
import {
  type BehaviourEvidenceKind,
  type MenteeBehaviourId,
  type MenteeRoleId,
  menteeRoles,
} from './mentee-roles';
import { type AssessRolesOptions, AssessRolesOptionsSchema } from './options';

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
export interface RoleRatings extends z.output<typeof RoleRatingsSchema> {}

/**
 * What a relationship's records show of one behaviour, beside the
 * self-rating: the mentee's records of the behaviour's kind up to `now`.
 * Counts only the mentee's own acts (an agenda the mentor sent is not the
 * mentee bringing ideas).
 *
 * @example
 * ```ts
 * const line = (e: BehaviourEvidence) => `${e.message}${e.lastAt ? ` (last: ${e.lastAt})` : ''}`;
 * // '3 of 4 follow-up tasks done on time (last: 2026-04-02T18:00:00Z)'
 * ```
 */
export interface BehaviourEvidence {
  /** Which records count, see {@link BehaviourEvidenceKind}. */
  readonly kind: BehaviourEvidenceKind;
  /** How many records show the behaviour (0: none yet). */
  readonly count: number;
  /** For `follow-ups-on-time`: the follow-ups whose time has come (finished, or open past the deadline). */
  readonly of?: number;
  /** The latest of those records, as recorded; absent when there is none. */
  readonly lastAt?: Timestamp;
  /** The records themselves: meetings, goals, plan steps, action items, feedback, history events, … */
  readonly items: readonly EvidenceRef[];
  /** `checklists.evidence.<kind>`, with params `count` (and `of`). */
  readonly messageKey: `checklists.evidence.${BehaviourEvidenceKind}`;
  /** The count in words, in the chosen language: "3 of 4 follow-up tasks done on time". */
  readonly message: string;
}

/**
 * A behaviour with the mentee's rating and its label in the chosen language;
 * with a relationship given, also what its records show.
 *
 * @example
 * ```ts
 * const line = (b: RatedBehaviour) => `${b.rating}/5 ${b.label}${b.evidence ? ` — ${b.evidence.message}` : ''}`;
 * ```
 */
export interface RatedBehaviour {
  readonly id: MenteeBehaviourId;
  readonly role: MenteeRoleId;
  readonly label: string;
  readonly rating: number;
  /**
   * What the relationship's records show of it: present when `relationship`
   * was given and the behaviour has a kind of record (15 of the 22 do, see
   * {@link behaviourEvidence}); the others stay self-rated only.
   */
  readonly evidence?: BehaviourEvidence;
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

const parseRatings = createParser(RoleRatingsSchema);

const evidenceKinds: readonly BehaviourEvidenceKind[] = menteeRoles.flatMap((role) =>
  role.behaviours.flatMap((b) => (b.evidence === undefined ? [] : [b.evidence])),
);

function described(
  counted: CountedEvidence,
  locale: AssessRolesOptions['locale'],
): BehaviourEvidence {
  const messageKey = `checklists.evidence.${counted.kind}` as const;
  const params = { count: counted.count, of: counted.of ?? counted.count };
  return { ...counted, messageKey, message: formatChecklistsMessage(messageKey, params, locale) };
}

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
 * The ratings are data (a form's values): bad ones (a missing behaviour, an
 * unknown key, a rating outside 1–5 or not a whole number) come back as a
 * `ValidationError` listing every problem with its path and code. The
 * options are the program's: bad ones throw.
 *
 * Given the mentee's `relationship` (and `now`), each behaviour its records
 * can evidence gets `evidence` beside the self-rating — the mentee's own
 * records of that kind up to `now` ({@link behaviourEvidence} has the
 * mapping: "keep your commitments" ↔ follow-ups finished on time, "ask for
 * help" ↔ feedback requests, "pin down development goals" ↔ goals the mentee
 * set, …); the 7 behaviours that leave no record stay self-rated only. The
 * evidence never changes the ratings, averages or extremes.
 *
 * @param ratings - the mentee's ratings, see {@link RoleRatingsSchema}
 * @param options - the locale of the labels, the relationship and `now`; see {@link AssessRolesOptions}
 * @throws {@link InvalidOptionsError} when the options fail {@link AssessRolesOptionsSchema}
 *   (an unknown key such as `lang`, a locale that is neither a string nor a locale pack,
 *   a relationship that is not valid — paths under `['relationship']` — or one without `now`)
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * const result = assessRoles(formValues, { locale: de });
 * if (!result.ok) console.log(formatError(result.error, de));
 * else console.log(result.value.roles.map((r) => `${r.label}: ${r.average}`));
 *
 * // With the relationship, the records beside the self-rating:
 * const withRecords = assessRoles(formValues, { relationship, now: '2026-05-01T09:00:00+02:00' });
 * if (withRecords.ok) {
 *   const keeps = withRecords.value.roles[1]?.behaviours.find((b) => b.id === 'owner.keep-commitments');
 *   keeps?.evidence?.message; // e.g. '3 of 4 follow-up tasks done on time'
 * }
 * ```
 */
export function assessRoles(
  ratings: unknown,
  options: AssessRolesOptions = {},
): Result<RoleAssessment, ValidationError> {
  const { locale, relationship, now } = parseOptions(
    'assessRoles',
    AssessRolesOptionsSchema,
    options,
  );
  const parsed = parseRatings(ratings);
  // Outputs are frozen through and through, the Result around them included.
  if (!parsed.ok) return deepFreeze(parsed);
  const counted =
    relationship === undefined || now === undefined
      ? undefined
      : countEvidence(relationship, epochOf(now), evidenceKinds);
  const evidenceOf = (kind: BehaviourEvidenceKind | undefined): BehaviourEvidence | undefined => {
    const found = kind === undefined ? undefined : counted?.get(kind);
    return found === undefined ? undefined : described(found, locale);
  };
  const roles = menteeRoles.map((role): RoleProfile => {
    const behaviours = role.behaviours.map((behaviour): RatedBehaviour => {
      const rated: RatedBehaviour = {
        id: behaviour.id,
        role: role.id,
        label: formatChecklistsMessage(behaviour.labelKey, {}, locale),
        rating: parsed.value[behaviour.id],
      };
      const evidence = evidenceOf(behaviour.evidence);
      return evidence === undefined ? rated : { ...rated, evidence };
    });
    const { high, low } = extremes(behaviours, (b) => b.rating);
    const average = behaviours.reduce((sum, b) => sum + b.rating, 0) / behaviours.length;
    return {
      role: role.id,
      label: formatChecklistsMessage(role.labelKey, {}, locale),
      average,
      behaviours,
      strongest: high,
      weakest: low,
    };
  });
  const { high, low } = extremes(roles, (r) => r.average);
  return deepFreeze(
    ok({
      roles,
      strongestRoles: high.map((r) => r.role),
      weakestRoles: low.map((r) => r.role),
    }),
  );
}
