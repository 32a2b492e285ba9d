import { z } from 'zod';
import type { MessageParams } from '../i18n';
import type { Relationship, ValidationError, ValidationIssue } from '../model';
import { RelationshipStageSchema } from '../model/relationship-stage';
import { err, ok, type Result } from '../model/result';
import { CalendarDateSchema } from '../model/timestamp';
import { fromZodIssue, validationError } from '../model/validation-error';
import { type BuiltinCriterionId, builtinCriteria, defaultWeights } from './criteria';
import type { CustomCriterion } from './define-criterion';

const WeightSchema = z.number().min(0).max(1000);
const WeightsSchema = z.record(z.string(), WeightSchema);

const CustomCriterionSchema = z.custom<CustomCriterion>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'custom-criterion',
  { params: { code: 'custom' } },
);

const RelationshipRefSchema = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  stage: RelationshipStageSchema,
});

const matchingShape = {
  /** Weight per criterion id (built-in or custom); missing ids keep their default. */
  weights: WeightsSchema.optional(),
  /** Weights for the mentee's view in `strategy: 'stable'`; `weights` when absent. */
  menteeWeights: WeightsSchema.optional(),
  /** Weights for the mentor's view in `strategy: 'stable'`; `weights` when absent. */
  mentorWeights: WeightsSchema.optional(),
  /** What a shared organisation does: rule the pair out, lower the score, or nothing. */
  sameOrganization: z.enum(['veto', 'penalty', 'allow']).optional(),
  /** Programme settings; a whole `Program['settings']` may be passed. */
  settings: z
    .object({
      minMentorExperienceYears: z.number().min(0).max(80).optional(),
      maxMentorsPerMentee: z.int().min(1).max(20).optional(),
      referenceWeek: CalendarDateSchema.optional(),
    })
    .optional(),
  /** Minutes of weekly overlap that count as a full availability fit (default 120). */
  availabilityTargetMinutes: z.number().positive().max(10_080).optional(),
  /** Years of experience gap that count as a full experience fit (default 5). */
  experienceTargetYears: z.number().positive().max(80).optional(),
  /** Existing relationships: active ones use capacity, earlier pairs are not proposed again. */
  relationships: z.array(RelationshipRefSchema).optional(),
  /** Custom criteria made with `defineCriterion`. */
  criteria: z.array(CustomCriterionSchema).max(64).optional(),
};

function checkWeights(
  options: {
    weights?: Record<string, number> | undefined;
    menteeWeights?: Record<string, number> | undefined;
    mentorWeights?: Record<string, number> | undefined;
    criteria?: readonly CustomCriterion[] | undefined;
    settings?: { referenceWeek?: string | undefined } | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const custom = options.criteria ?? [];
  const known = new Set<string>([...builtinCriteria, ...custom.map((criterion) => criterion.id)]);
  custom.forEach((criterion, index) => {
    if (custom.findIndex((other) => other.id === criterion.id) !== index) {
      ctx.addIssue({
        code: 'custom',
        input: criterion.id,
        path: ['criteria', index],
        params: { code: 'duplicate_value', value: criterion.id },
      });
    }
  });
  for (const side of ['weights', 'menteeWeights', 'mentorWeights'] as const) {
    const weights = options[side];
    if (weights === undefined) continue;
    for (const key of Object.keys(weights)) {
      if (!known.has(key)) {
        ctx.addIssue({
          code: 'invalid_value',
          input: key,
          path: [side, key],
          values: [...known],
        });
      }
    }
    const total = [...known].reduce((sum, id) => sum + (weights[id] ?? baseWeight(id, custom)), 0);
    if (total <= 0) {
      ctx.addIssue({ code: 'too_small', input: total, path: [side], minimum: 0, origin: 'number' });
    }
  }
  const week = options.settings?.referenceWeek;
  if (week !== undefined && CalendarDateSchema.safeParse(week).success) {
    const [year, month, day] = week.split('-').map(Number);
    if (new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay() !== 1) {
      ctx.addIssue({
        code: 'custom',
        input: week,
        path: ['settings', 'referenceWeek'],
        params: { code: 'invalid_date' },
      });
    }
  }
}

function baseWeight(id: string, custom: readonly CustomCriterion[]): number {
  if (Object.hasOwn(defaultWeights, id)) return defaultWeights[id as BuiltinCriterionId];
  return custom.find((criterion) => criterion.id === id)?.weight ?? 0;
}

/**
 * Options of the pair scorer (`scorePair`, `scoreMatrix`, `rankMentors`).
 * Unknown keys are rejected so a typo (`wieghts`) is an error, not a silent default.
 *
 * @example
 * ```ts
 * MatchingOptionsSchema.parse({ weights: { availability: 3 }, sameOrganization: 'veto' });
 * ```
 */
export const MatchingOptionsSchema = z.strictObject(matchingShape).superRefine(checkWeights);

/**
 * Options of {@link assign}: the scorer's options plus the strategy.
 *
 * @example
 * ```ts
 * AssignOptionsSchema.parse({ strategy: 'stable', proposing: 'mentor' });
 * ```
 */
export const AssignOptionsSchema = z
  .strictObject({
    ...matchingShape,
    /** `optimal` (default): best total; `stable`: deferred acceptance; `greedy`: best pair first. */
    strategy: z.enum(['optimal', 'stable', 'greedy']).optional(),
    /** For `optimal`: best total (`score`, default) or most mentees matched first (`participation`). */
    objective: z.enum(['score', 'participation']).optional(),
    /** For `stable`: which side proposes (default `mentee`). */
    proposing: z.enum(['mentee', 'mentor']).optional(),
    /** Scale mode: keep each mentee's `topK` best mentors and solve on that sparse graph. */
    topK: z.int().min(1).max(100_000).optional(),
  })
  .superRefine(checkWeights)
  .superRefine((options, ctx) => {
    // Deferred acceptance needs every acceptable partner of both sides.
    if (options.topK !== undefined && options.strategy === 'stable') {
      ctx.addIssue({ code: 'custom', input: options.topK, path: ['topK'] });
    }
  });

/**
 * Schema of the options of `rankMentors`: the scorer's options plus `limit` and `includeIneligible`.
 *
 * @example
 * ```ts
 * RankMentorsOptionsSchema.safeParse({ limit: 5, includeIneligible: true }).success; // true
 * ```
 */
export const RankMentorsOptionsSchema = z
  .strictObject({
    ...matchingShape,
    limit: z.int().min(0).optional(),
    includeIneligible: z.boolean().optional(),
  })
  .superRefine(checkWeights);

/**
 * Options of the pair scorer, see {@link MatchingOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: MatchingOptions = { weights: { topics: 5 }, sameOrganization: 'veto' };
 * ```
 */
export interface MatchingOptions {
  readonly weights?: Readonly<Record<string, number>>;
  readonly menteeWeights?: Readonly<Record<string, number>>;
  readonly mentorWeights?: Readonly<Record<string, number>>;
  readonly sameOrganization?: 'veto' | 'penalty' | 'allow';
  readonly settings?: {
    readonly minMentorExperienceYears?: number;
    readonly maxMentorsPerMentee?: number;
    readonly referenceWeek?: string;
  };
  readonly availabilityTargetMinutes?: number;
  readonly experienceTargetYears?: number;
  readonly relationships?: readonly Pick<Relationship, 'mentorId' | 'menteeId' | 'stage'>[];
  readonly criteria?: readonly CustomCriterion[];
}

/**
 * Options of {@link assign}, see {@link AssignOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: AssignOptions = { strategy: 'optimal', objective: 'participation' };
 * ```
 */
export interface AssignOptions extends MatchingOptions {
  readonly strategy?: 'optimal' | 'stable' | 'greedy';
  readonly objective?: 'score' | 'participation';
  readonly proposing?: 'mentee' | 'mentor';
  readonly topK?: number;
}

/**
 * Thrown by the scorer and by {@link assign} when their options are invalid:
 * options come from code, so a bad one is a programmer error. It carries the
 * same `code`, `issues` (with path and code) and message key as a validation
 * error, so `formatError(error, 'de')` renders it. To validate options that
 * come from user input without throwing, use {@link parseMatchingOptions}.
 *
 * @example
 * ```ts
 * try {
 *   scoreMatrix(mentors, mentees, { weights: { topic: 2 } });
 * } catch (error) {
 *   if (error instanceof MatchingOptionsError) console.log(error.issues[0]?.path); // ['weights', 'topic']
 * }
 * ```
 */
export class MatchingOptionsError extends TypeError {
  readonly code = 'invalid_options' as const;
  readonly messageKey = 'matching.error.invalid_options' as const;
  readonly params: MessageParams;
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(
      `Invalid matching options: ${issues.length} problem(s)` +
        (first === undefined ? '' : `, first at [${first.path.join('.')}]: ${first.code}`),
    );
    this.name = 'MatchingOptionsError';
    this.params = { count: issues.length };
    this.issues = issues;
  }
}

function parseWith<T>(schema: z.ZodType, input: unknown): Result<T, ValidationError> {
  const result = schema.safeParse(input);
  if (result.success) return ok(result.data as T);
  return err(validationError(result.error.issues.map(fromZodIssue)));
}

/**
 * Validates scorer options that come from user input (a coordinator's
 * settings form, a config file) and returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = parseMatchingOptions({ weights: { topics: -1 } });
 * if (!result.ok) console.log(formatError(result.error, 'en'));
 * ```
 */
export function parseMatchingOptions(input: unknown): Result<MatchingOptions, ValidationError> {
  return parseWith<MatchingOptions>(MatchingOptionsSchema, input);
}

/**
 * Validates options of {@link assign} that come from user input, see {@link parseMatchingOptions}.
 *
 * @example
 * ```ts
 * const result = parseAssignOptions({ strategy: 'fair' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'invalid_value'
 * ```
 */
export function parseAssignOptions(input: unknown): Result<AssignOptions, ValidationError> {
  return parseWith<AssignOptions>(AssignOptionsSchema, input);
}

/** Weights of one view, laid out like the value vectors of the scorer. */
export interface WeightVector {
  readonly values: Float64Array;
  readonly total: number;
}

/** Options after validation and defaults, used inside the module. */
export interface ResolvedOptions {
  readonly weights: WeightVector;
  readonly menteeWeights: WeightVector;
  readonly mentorWeights: WeightVector;
  readonly sideWeightsDiffer: boolean;
  readonly sameOrganization: 'veto' | 'penalty' | 'allow';
  readonly minMentorExperienceYears: number;
  readonly maxMentorsPerMentee: number;
  readonly referenceWeek: string;
  readonly availabilityTargetMinutes: number;
  readonly experienceTargetYears: number;
  readonly relationships: readonly Pick<Relationship, 'mentorId' | 'menteeId' | 'stage'>[];
  readonly criteria: readonly CustomCriterion[];
}

function weightVector(
  weights: Readonly<Record<string, number>> | undefined,
  custom: readonly CustomCriterion[],
): WeightVector {
  const values = new Float64Array(builtinCriteria.length + custom.length);
  builtinCriteria.forEach((id, index) => {
    values[index] = weights?.[id] ?? defaultWeights[id];
  });
  custom.forEach((criterion, index) => {
    values[builtinCriteria.length + index] = weights?.[criterion.id] ?? criterion.weight;
  });
  let total = 0;
  for (const value of values) total += value;
  return { values, total };
}

function sameVector(a: WeightVector, b: WeightVector): boolean {
  return a.values.every((value, index) => value === b.values[index]);
}

/** Validates (throwing {@link MatchingOptionsError}) and fills in defaults. */
export function resolveOptions(
  input: unknown,
  schema: z.ZodType = MatchingOptionsSchema,
): ResolvedOptions {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw new MatchingOptionsError(result.error.issues.map(fromZodIssue));
  const options = result.data as MatchingOptions;
  const criteria = options.criteria ?? [];
  const weights = weightVector(options.weights, criteria);
  const menteeWeights =
    options.menteeWeights === undefined
      ? weights
      : weightVector({ ...options.weights, ...options.menteeWeights }, criteria);
  const mentorWeights =
    options.mentorWeights === undefined
      ? weights
      : weightVector({ ...options.weights, ...options.mentorWeights }, criteria);
  return {
    weights,
    menteeWeights,
    mentorWeights,
    sideWeightsDiffer: !sameVector(weights, menteeWeights) || !sameVector(weights, mentorWeights),
    sameOrganization: options.sameOrganization ?? 'penalty',
    minMentorExperienceYears: options.settings?.minMentorExperienceYears ?? 1,
    maxMentorsPerMentee: options.settings?.maxMentorsPerMentee ?? 1,
    referenceWeek: options.settings?.referenceWeek ?? '2026-01-05',
    availabilityTargetMinutes: options.availabilityTargetMinutes ?? 120,
    experienceTargetYears: options.experienceTargetYears ?? 5,
    relationships: options.relationships ?? [],
    criteria,
  };
}
