import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { Relationship, ValidationError } from '../model';
import { createParser } from '../model/parse';
import {
  type ProgramRef,
  ProgramRefSchema,
  type ResolvedProgram,
  type Topic,
} from '../model/program';
import { defaultProgramSettings } from '../model/program-settings';
import { RelationshipStageSchema } from '../model/relationship-stage';
import type { Result } from '../model/result';
import { CalendarDateSchema } from '../model/timestamp';
import {
  type BuiltinCriterionId,
  builtinCriteria,
  criterionIndex,
  defaultWeights,
  unknownBits,
} from './criteria';
import { type CustomCriterion, criterionIdIssue } from './define-criterion';
import { type ProgramCriterion, programCriteriaOf } from './program-criteria';
import { type AbortSignalLike, progressOptionsShape, type SolveProgress } from './solvers/progress';

const WeightSchema = z.number().min(0).max(1000);
const WeightsSchema = z.record(z.string(), WeightSchema);

/**
 * A custom criterion, read once into a frozen copy: the scorer calls
 * `evaluate` many times and must not meet a different object than was checked.
 */
const CustomCriterionSchema = z
  .custom<CustomCriterion>(() => true)
  .transform((value, ctx) => {
    const copy = readCriterion(value);
    if (copy === undefined) {
      ctx.addIssue({ code: 'custom', input: value, params: { code: 'custom' } });
      return z.NEVER;
    }
    const problem = criterionIdIssue(copy.id, []);
    if (problem !== undefined) {
      ctx.addIssue({
        code: 'custom',
        input: copy.id,
        path: ['id'],
        params: { code: problem.code, value: copy.id },
      });
      return z.NEVER;
    }
    return copy;
  });

function readCriterion(value: unknown): CustomCriterion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, id, label, weight, evaluate } = value as Record<string, unknown>;
  if (
    kind !== 'custom-criterion' ||
    typeof id !== 'string' ||
    typeof label !== 'string' ||
    typeof weight !== 'number' ||
    !(weight >= 0 && weight <= 1000) ||
    typeof evaluate !== 'function'
  ) {
    return undefined;
  }
  return Object.freeze({
    kind,
    id,
    label,
    weight,
    evaluate: evaluate as CustomCriterion['evaluate'],
  });
}

/** Whole relationships fit: only these fields are read, other keys are ignored. */
const RelationshipRefSchema = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  stage: RelationshipStageSchema,
});

const matchingShape = {
  weights: WeightsSchema.optional(),
  menteeWeights: WeightsSchema.optional(),
  mentorWeights: WeightsSchema.optional(),
  sameOrganization: z.enum(['veto', 'penalty', 'allow']).optional(),
  program: ProgramRefSchema.optional(),
  availabilityTargetMinutes: z.number().positive().max(10_080).optional(),
  experienceTargetYears: z.number().positive().max(80).optional(),
  relationships: z.array(RelationshipRefSchema).optional(),
  criteria: z.array(CustomCriterionSchema).max(64).optional(),
  requireSharedChannel: z.boolean().optional(),
  minWeeklyOverlapMinutes: z.int().min(0).max(10_080).optional(),
};

interface RefinedOptions {
  weights?: Record<string, number> | undefined;
  menteeWeights?: Record<string, number> | undefined;
  mentorWeights?: Record<string, number> | undefined;
  criteria?: readonly CustomCriterion[] | undefined;
  program?: ResolvedProgram | undefined;
}

function checkWeights(options: RefinedOptions, ctx: z.RefinementCtx): void {
  const custom = options.criteria ?? [];
  const programCriteria = programCriteriaOf(options.program);
  const known = new Set<string>([
    ...builtinCriteria,
    ...custom.map((criterion) => criterion.id),
    ...programCriteria.map((criterion) => criterion.id),
  ]);
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
    const total = [...known].reduce(
      (sum, id) =>
        sum +
        (Object.hasOwn(weights, id)
          ? (weights[id] as number)
          : baseWeight(id, custom, programCriteria)),
      0,
    );
    if (total <= 0) {
      ctx.addIssue({ code: 'too_small', input: total, path: [side], minimum: 0, origin: 'number' });
    }
  }
  // The bitmaps of weekly slots start on a Monday.
  const week = options.program?.settings.referenceWeek;
  if (week !== undefined && CalendarDateSchema.safeParse(week).success) {
    const [year, month, day] = week.split('-').map(Number);
    if (new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay() !== 1) {
      ctx.addIssue({
        code: 'custom',
        input: week,
        path: ['program', 'settings', 'referenceWeek'],
        params: { code: 'invalid_date' },
      });
    }
  }
}

function baseWeight(
  id: string,
  custom: readonly CustomCriterion[],
  programCriteria: readonly ProgramCriterion[],
): number {
  if (Object.hasOwn(defaultWeights, id)) return defaultWeights[id as BuiltinCriterionId];
  return (
    custom.find((criterion) => criterion.id === id)?.weight ??
    programCriteria.find((criterion) => criterion.id === id)?.weight ??
    0
  );
}

/**
 * Schema of {@link MatchingOptions}, the options of the pair scorer
 * (`scorePair`, `scoreMatrix`). Strict: an unknown key or a typo (`wieghts`,
 * or `program.settings.proposalTTLDays`) is an error with a path.
 *
 * @example
 * ```ts
 * MatchingOptionsSchema.parse({ weights: { availability: 3 }, sameOrganization: 'veto' });
 * ```
 */
export const MatchingOptionsSchema = z.strictObject(matchingShape).superRefine(checkWeights);

/**
 * Schema of {@link AssignOptions}: the scorer's options plus the strategy.
 *
 * @example
 * ```ts
 * AssignOptionsSchema.parse({ strategy: 'stable', proposing: 'mentor' });
 * ```
 */
export const AssignOptionsSchema = z
  .strictObject({
    ...matchingShape,
    strategy: z.enum(['optimal', 'stable', 'greedy']).optional(),
    objective: z.enum(['score', 'participation', 'fairness']).optional(),
    proposing: z.enum(['mentee', 'mentor']).optional(),
    topK: z.int().min(1).max(100_000).optional(),
    ...progressOptionsShape,
  })
  .superRefine(checkWeights)
  .superRefine((options, ctx) => {
    // Deferred acceptance needs every acceptable partner of both sides.
    if (options.topK !== undefined && options.strategy === 'stable') {
      ctx.addIssue({ code: 'custom', input: options.topK, path: ['topK'] });
    }
  });

/**
 * Schema of {@link RankMentorsOptions}: the scorer's options plus `limit` and
 * `includeIneligible`.
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
 * Schema of {@link ScoreMatrixOptions}: the scorer's options plus `into`.
 *
 * @example
 * ```ts
 * ScoreMatrixOptionsSchema.safeParse({ into: { scores: new Float64Array(6), eligible: new Uint8Array(6) } }).success; // true
 * ```
 */
export const ScoreMatrixOptionsSchema = z
  .strictObject({
    ...matchingShape,
    into: z
      .strictObject({ scores: z.instanceof(Float64Array), eligible: z.instanceof(Uint8Array) })
      .optional(),
  })
  .superRefine(checkWeights);

/**
 * An existing relationship as the scorer reads it; a whole `Relationship` fits.
 *
 * @example
 * ```ts
 * const earlier: RelationshipRef = { mentorId: 'ada', menteeId: 'sam', stage: 'ended' };
 * ```
 */
export type RelationshipRef = Pick<Relationship, 'mentorId' | 'menteeId' | 'stage'>;

/**
 * Options of the pair scorer (`scorePair`, `scoreMatrix`, and with a few more
 * `rankMentors` and `assign`), validated by {@link MatchingOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: MatchingOptions = {
 *   program, // minimum experience, mentors per mentee, reference week, topic labels
 *   weights: { topics: 5 },
 *   sameOrganization: 'veto',
 * };
 * ```
 */
export interface MatchingOptions {
  /**
   * Weight per criterion id (built-in, custom, or the programme's own:
   * `attribute:<id>` and `questionnaire`), from 0 to 1000; missing ids keep
   * their default ({@link defaultWeights}, the custom criterion's, the
   * programme's). An unknown id is an error.
   */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** Weights for the mentee's view in `strategy: 'stable'`; `weights` when absent. */
  readonly menteeWeights?: Readonly<Record<string, number>> | undefined;
  /** Weights for the mentor's view in `strategy: 'stable'`; `weights` when absent. */
  readonly mentorWeights?: Readonly<Record<string, number>> | undefined;
  /** What a shared organisation does: rule the pair out, lower the score (default), or nothing. */
  readonly sameOrganization?: 'veto' | 'penalty' | 'allow' | undefined;
  /**
   * The programme (a parsed `Program`, or `{ id, settings?, topics? }`). The
   * scorer honours its `minMentorExperienceYears`, `maxMentorsPerMentee` and
   * `referenceWeek` (a Monday), explains topics by its topic labels, and
   * scores its `attributes` and `questionnaire` (each a criterion; profiles'
   * `attributes` and `answers` are checked against them).
   * The defaults of `ProgramSettingsSchema` apply without it.
   */
  readonly program?: ProgramRef | undefined;
  /** Minutes of weekly overlap that count as a full availability fit (default 120). */
  readonly availabilityTargetMinutes?: number | undefined;
  /** Years of experience gap that count as a full experience fit (default 5). */
  readonly experienceTargetYears?: number | undefined;
  /** Existing relationships: active ones use places, earlier or open pairs are not proposed again. */
  readonly relationships?: readonly RelationshipRef[] | undefined;
  /** Custom criteria made with `defineCriterion` (at most 64). */
  readonly criteria?: readonly CustomCriterion[] | undefined;
  /**
   * Hard rule: a pair must share at least one communication channel
   * (veto `no_shared_channel`). Off by default: channels then only score.
   */
  readonly requireSharedChannel?: boolean | undefined;
  /**
   * Hard rule: a pair must share at least this many minutes of weekly
   * availability (veto `insufficient_overlap`; a pair where either side gave
   * no weekly slots cannot show the overlap and is ruled out too). 0 or
   * absent: no rule.
   */
  readonly minWeeklyOverlapMinutes?: number | undefined;
}

/**
 * Options of `assign`, validated by {@link AssignOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: AssignOptions = { program, strategy: 'optimal', objective: 'participation' };
 * ```
 */
export interface AssignOptions extends MatchingOptions {
  /** `optimal` (default): best total; `stable`: deferred acceptance; `greedy`: best pair first. */
  readonly strategy?: 'optimal' | 'stable' | 'greedy' | undefined;
  /**
   * For `optimal`: best total (`score`, default); most mentees matched, then
   * the total (`participation`); most mentees matched, then the highest
   * lowest pair score, then the total (`fairness`). As in `solve`.
   */
  readonly objective?: 'score' | 'participation' | 'fairness' | undefined;
  /** Progress events while the run lasts (see `SolveProgress`), as in `solve`. */
  readonly onProgress?: ((progress: SolveProgress) => void) | undefined;
  /** Cancels the run when aborted: throws `MentorshipKitError` with code `aborted`, as in `solve`. */
  readonly signal?: AbortSignalLike | undefined;
  /** For `stable`: which side proposes (default `mentee`). */
  readonly proposing?: 'mentee' | 'mentor' | undefined;
  /** Scale mode: keep each mentee's `topK` best mentors and solve on that sparse graph (not with `stable`). */
  readonly topK?: number | undefined;
}

/**
 * Options of `rankMentors`, validated by {@link RankMentorsOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: RankMentorsOptions = { program, limit: 5, includeIneligible: false };
 * ```
 */
export interface RankMentorsOptions extends MatchingOptions {
  /** At most this many mentors (default: all). */
  readonly limit?: number | undefined;
  /** Also list mentors that a veto rules out, after the eligible ones (default false). */
  readonly includeIneligible?: boolean | undefined;
}

/**
 * Options of {@link scoreMatrix}: the scorer's options, plus arrays to write
 * the scores into instead of new ones.
 *
 * @example
 * ```ts
 * const cells = mentees.length * mentors.length;
 * const into = { scores: new Float64Array(cells), eligible: new Uint8Array(cells) };
 * const options: ScoreMatrixOptions = { program, into };
 * ```
 */
export interface ScoreMatrixOptions extends MatchingOptions {
  /**
   * Arrays of exactly mentees × mentors entries that `scoreMatrix` fills and
   * returns, every entry overwritten. Reusing them across calls (a nightly
   * re-score, a coordinator trying weights) saves allocating fresh memory,
   * which for a large cohort costs more than the scoring: on a 2-core VM, the
   * first write of a new 180 MB output took 0.6–0.9 s, the scoring 0.2 s.
   * These are the only arguments the library writes to.
   */
  readonly into?: { readonly scores: Float64Array; readonly eligible: Uint8Array } | undefined;
}

function parseResult<T>(schema: z.ZodType, input: unknown): Result<T, ValidationError> {
  // The model's parser: every issue with its path, hostile input reported, never thrown.
  return createParser(schema)(input) as Result<T, ValidationError>;
}

/**
 * Validates scorer options that come from user input (a coordinator's
 * settings form, a config file) and returns a `Result`, never throwing: every
 * problem with its path, or a frozen copy to pass to the scorer.
 *
 * @example
 * ```ts
 * const result = parseMatchingOptions({ weights: { topics: -1 } });
 * if (!result.ok) console.log(formatError(result.error, de));
 * ```
 */
export function parseMatchingOptions(input: unknown): Result<MatchingOptions, ValidationError> {
  return parseResult<MatchingOptions>(MatchingOptionsSchema, input);
}

/**
 * Validates options of `assign` that come from user input; never throws. See
 * {@link parseMatchingOptions}.
 *
 * @example
 * ```ts
 * const result = parseAssignOptions({ strategy: 'fair' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'invalid_value'
 * ```
 */
export function parseAssignOptions(input: unknown): Result<AssignOptions, ValidationError> {
  return parseResult<AssignOptions>(AssignOptionsSchema, input);
}

/** Weights of one view, laid out like the value vectors of the scorer. */
export interface WeightVector {
  /** Built-in criteria, then custom ones, then the programme's. */
  readonly values: Float64Array;
  readonly total: number;
  /**
   * The total of the known weights per unknown mask ({@link unknownBits}),
   * before the programme's criteria unknown for a pair are taken off.
   */
  readonly known: Float64Array;
  /**
   * `1 / total of the known weights` per unknown mask ({@link unknownBits}),
   * 0 where no weight is left: every path divides by the same number, so
   * every path gives the same bits.
   */
  readonly inverse: Float64Array;
  /** The built-in criteria's weights by name: what the kernels read. */
  readonly named: Readonly<Record<BuiltinCriterionId, number>>;
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
  readonly relationships: readonly RelationshipRef[];
  readonly criteria: readonly CustomCriterion[];
  /** The programme's attribute and questionnaire criteria, after the custom ones. */
  readonly programCriteria: readonly ProgramCriterion[];
  /** The questionnaire's item ids and scale (none without a questionnaire). */
  readonly questionnaireItems: readonly string[];
  readonly questionnaireScale: { readonly min: number; readonly max: number };
  /** The programme, when the options name one (profiles' attributes are checked against it). */
  readonly program: ResolvedProgram | undefined;
  readonly requireSharedChannel: boolean;
  /** Quarter hours of weekly overlap a pair needs (0: no rule). */
  readonly minOverlapQuarters: number;
  readonly minWeeklyOverlapMinutes: number;
  /** The programme's label of each topic it names. */
  readonly topicLabels: ReadonlyMap<string, Topic['label']>;
}

function weightVector(
  weights: Readonly<Record<string, number>> | undefined,
  custom: readonly CustomCriterion[],
  programCriteria: readonly ProgramCriterion[],
): WeightVector {
  const weight = (id: string, fallback: number) =>
    weights !== undefined && Object.hasOwn(weights, id) ? (weights[id] as number) : fallback;
  const values = new Float64Array(builtinCriteria.length + custom.length + programCriteria.length);
  builtinCriteria.forEach((id, index) => {
    values[index] = weight(id, defaultWeights[id]);
  });
  custom.forEach((criterion, index) => {
    values[builtinCriteria.length + index] = weight(criterion.id, criterion.weight);
  });
  programCriteria.forEach((criterion, index) => {
    values[builtinCriteria.length + custom.length + index] = weight(criterion.id, criterion.weight);
  });
  let total = 0;
  for (const value of values) total += value;
  const inverse = new Float64Array(4);
  const knownTotals = new Float64Array(4);
  for (let mask = 0; mask < 4; mask++) {
    // Subtracted in one fixed order: the same bits for every caller.
    let known = total;
    if (mask & unknownBits.topics) known -= values[criterionIndex.topics] as number;
    if (mask & unknownBits.role) known -= values[criterionIndex.role] as number;
    knownTotals[mask] = known;
    inverse[mask] = known > 0 ? 1 / known : 0;
  }
  const named = Object.fromEntries(
    builtinCriteria.map((id) => [id, values[criterionIndex[id]] as number]),
  ) as Record<BuiltinCriterionId, number>;
  return { values, total, known: knownTotals, inverse, named };
}

function sameVector(a: WeightVector, b: WeightVector): boolean {
  return a.values.every((value, index) => value === b.values[index]);
}

/** The scorer's options as {@link MatchingOptionsSchema} and its extensions return them. */
export type ParsedMatchingOptions = z.output<typeof MatchingOptionsSchema>;

/**
 * Validates options at the door of `functionName`.
 *
 * @throws {@link InvalidOptionsError} for invalid or unreadable options.
 */
export function readOptions<S extends z.ZodType>(
  functionName: string,
  schema: S,
  input: unknown,
): z.output<S> {
  return parseOptions(functionName, schema, input === undefined ? {} : input);
}

/** Fills in the defaults of validated options. */
export function resolveOptions(options: ParsedMatchingOptions): ResolvedOptions {
  const criteria = options.criteria ?? [];
  const programCriteria = programCriteriaOf(options.program);
  const weights = weightVector(options.weights, criteria, programCriteria);
  const menteeWeights =
    options.menteeWeights === undefined
      ? weights
      : weightVector({ ...options.weights, ...options.menteeWeights }, criteria, programCriteria);
  const mentorWeights =
    options.mentorWeights === undefined
      ? weights
      : weightVector({ ...options.weights, ...options.mentorWeights }, criteria, programCriteria);
  const settings = options.program?.settings ?? defaultProgramSettings;
  const questionnaire = settings.questionnaire;
  return {
    weights,
    menteeWeights,
    mentorWeights,
    sideWeightsDiffer: !sameVector(weights, menteeWeights) || !sameVector(weights, mentorWeights),
    sameOrganization: options.sameOrganization ?? 'penalty',
    minMentorExperienceYears: settings.minMentorExperienceYears,
    maxMentorsPerMentee: settings.maxMentorsPerMentee,
    referenceWeek: settings.referenceWeek,
    availabilityTargetMinutes: options.availabilityTargetMinutes ?? 120,
    experienceTargetYears: options.experienceTargetYears ?? 5,
    relationships: options.relationships ?? [],
    criteria,
    programCriteria,
    questionnaireItems: (questionnaire?.items ?? []).map((item) => item.id),
    questionnaireScale: questionnaire?.scale ?? { min: 1, max: 5 },
    program: options.program,
    requireSharedChannel: options.requireSharedChannel === true,
    minOverlapQuarters: Math.ceil((options.minWeeklyOverlapMinutes ?? 0) / 15),
    minWeeklyOverlapMinutes: options.minWeeklyOverlapMinutes ?? 0,
    topicLabels: new Map((options.program?.topics ?? []).map((topic) => [topic.id, topic.label])),
  };
}
