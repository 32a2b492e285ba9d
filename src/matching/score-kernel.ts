import { MentorshipKitError } from '../model/errors';
import { availabilityWords, popcount32 } from './availability';
import type { CohortFeatures } from './cohort';
import { builtinCriteria, criterionIndex, unknownBits } from './criteria';
import type { CriterionOutcome } from './define-criterion';
import { matchingErrorKey } from './matching-error-key';
import type { WeightVector } from './options';

/** Per-row scratch space: the current mentee's ranked and vetoed mentors, spread over all mentors. */
export interface RowScratch {
  readonly preference: Float64Array;
  readonly veto: Uint8Array;
  /** Per mentor, topics shared with the current mentee (reset after each row). */
  readonly shared: Int32Array;
  /** Per mentor, quarter hours shared with the current mentee (reset after each row). */
  readonly quarters: Int32Array;
  /** The current mentee's role value per mentor role. */
  readonly roleRow: Float64Array;
  /** The current mentee's experience value per distinct mentor years. */
  readonly experienceRow: Float64Array;
  /**
   * `availabilityTable` times the availability weight, then the current
   * mentee's weighted fallback per mentor offset.
   */
  readonly availabilityRow: Float64Array;
  /** The weight `availabilityRow` was last filled with (NaN: never). */
  availabilityWeight: number;
  /** The current mentee's weighted topic value per number of shared topics. */
  readonly topicRow: Float64Array;
  /** The current mentee's weighted channel value per shared channel mask. */
  readonly channelRow: Float64Array;
  /** Tables of the fused row kernel, for the features and weights they were made from. */
  plan: MatrixPlan | null;
  /**
   * `1 / known weight` of the last pair the reference arithmetic scored: with
   * the programme's criteria, what is unknown depends on both people.
   */
  pairInverse: number;
}

/** Allocates the scratch space of {@link scoreRow} once per cohort. */
export function createScratch(features: CohortFeatures): RowScratch {
  return {
    preference: new Float64Array(features.nMentors),
    veto: new Uint8Array(features.nMentors),
    shared: new Int32Array(features.nMentors),
    quarters: new Int32Array(features.nMentors),
    roleRow: new Float64Array(features.mentorRoleKinds),
    experienceRow: new Float64Array(features.mentorYearValues.length),
    availabilityRow: new Float64Array(
      features.availabilityTable.length + features.mentorOffsets.length,
    ),
    availabilityWeight: Number.NaN,
    topicRow: new Float64Array(features.topicStride),
    channelRow: new Float64Array(32),
    plan: null,
    pairInverse: 0,
  };
}

const customOffset = builtinCriteria.length;

/**
 * How alike two people answered the programme's questionnaire, the value of
 * the `questionnaire` criterion: 1 − mean distance / scale width over the
 * items both answered; NaN (unknown) when there is none.
 */
export function questionnaireValue(f: CohortFeatures, e: number, j: number): number {
  const items = f.itemCount;
  const { min, max } = f.options.questionnaireScale;
  const mentorBase = j * items;
  const menteeBase = e * items;
  let count = 0;
  let distance = 0;
  for (let q = 0; q < items; q++) {
    const a = f.mentorAnswers[mentorBase + q] as number;
    const b = f.menteeAnswers[menteeBase + q] as number;
    // NaN: not answered.
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      count++;
      distance += Math.abs(a - b);
    }
  }
  return count === 0 ? Number.NaN : 1 - distance / (count * (max - min));
}

/**
 * The value of attribute criterion `k` for a pair: 1 when the values are as
 * the programme prefers (same or different), else 0; NaN (unknown) when
 * either side gave none.
 */
export function attributeValue(f: CohortFeatures, e: number, j: number, k: number): number {
  const count = f.attributeCount;
  const a = f.mentorAttribute[j * count + k] as number;
  const b = f.menteeAttribute[e * count + k] as number;
  if (a === -1 || b === -1) return Number.NaN;
  return (a === b) === (f.attributeSame[k] === 1) ? 1 : 0;
}

/**
 * Whether the programme's criteria take part: rows then take the per-row
 * tables of {@link scoreRowSeparate} (or {@link scorePairs}), never the fused kernel.
 */
function hasProgramCriteria(f: CohortFeatures): boolean {
  return f.options.programCriteria.length > 0;
}

/**
 * The programme's criteria of pair (mentee `e`, mentor `j`), written once for
 * every path: returns their weighted sum (added to the pair's sum as one
 * term) and sets `scratch.pairInverse` to `1 / known weight`, where each
 * criterion unknown for the pair (either side gave nothing) takes its weight
 * off `knownBase` in summation order. With `values`, writes their values (0
 * when unknown) from `offset` on.
 */
function programTerms(
  f: CohortFeatures,
  w: Float64Array,
  e: number,
  j: number,
  knownBase: number,
  offset: number,
  values: Float64Array | null,
  scratch: RowScratch,
): number {
  let known = knownBase;
  let sum = 0;
  const attributeCount = f.attributeCount;
  for (let k = 0; k < attributeCount; k++) {
    const weight = w[offset + k] as number;
    let value = attributeValue(f, e, j, k);
    if (Number.isNaN(value)) {
      known -= weight;
      value = 0;
    } else {
      sum += weight * value;
    }
    if (values !== null) values[offset + k] = value;
  }
  if (f.itemCount > 0) {
    const at = offset + attributeCount;
    const weight = w[at] as number;
    let value = questionnaireValue(f, e, j);
    if (Number.isNaN(value)) {
      known -= weight;
      value = 0;
    } else {
      sum += weight * value;
    }
    if (values !== null) values[at] = value;
  }
  scratch.pairInverse = known > 0 ? 1 / known : 0;
  return sum;
}

/**
 * The criteria mentee `e` leaves unknown and out of the mean
 * ({@link unknownBits}): no topics, no target role.
 */
export function menteeUnknownMask(f: CohortFeatures, e: number): number {
  return (
    ((f.menteeTopicCount[e] as number) === 0 ? unknownBits.topics : 0) |
    ((f.menteeRole[e] as number) === 0 ? unknownBits.role : 0)
  );
}

/**
 * Reads a custom criterion's answer as value, veto and note.
 *
 * @throws {@link MentorshipKitError} (`invalid_criterion_value`) for an answer
 *   that is not a number in [0, 1] or an outcome with one.
 */
export function readOutcome(
  id: string,
  outcome: number | CriterionOutcome,
): { value: number; veto: boolean; note: string | undefined } {
  if (typeof outcome === 'number') {
    if (outcome >= 0 && outcome <= 1) return { value: outcome, veto: false, note: undefined };
    throw badOutcome(id, outcome);
  }
  if (typeof outcome !== 'object' || outcome === null) throw badOutcome(id, outcome);
  const { value, veto, note } = outcome;
  if (!(typeof value === 'number' && value >= 0 && value <= 1)) throw badOutcome(id, value);
  return { value, veto: veto === true, note: typeof note === 'string' ? note : undefined };
}

function badOutcome(id: string, value: unknown): MentorshipKitError {
  const shown = typeof value === 'number' ? value : typeof value;
  return new MentorshipKitError(
    `criterion "${id}" returned ${String(shown)}, not a number in [0, 1]`,
    {
      code: 'invalid_criterion_value',
      messageKey: matchingErrorKey('matching.error.invalid_criterion_value'),
      params: { criterion: id, value: String(shown) },
    },
  );
}

/**
 * The one place where a pair's score is computed: mentee `e` against mentors
 * `from` (inclusive) to `to` (exclusive), written to `scores` and `eligible`
 * from `out` on. `scorePair` calls it for a single mentor and `scoreMatrix`
 * for whole rows, so both give bit-identical scores. With `values` (a single
 * mentor only) the criterion values are written too, vetoed or not. Whole
 * rows without custom criteria take {@link scoreRowBuiltin} (with the
 * programme's attribute and questionnaire criteria, {@link scoreRowSeparate}),
 * which compute the same products and add them in the same order; the
 * programme's criteria come from {@link programTerms} on every path.
 *
 * Ineligible pairs get the score 0.
 */
export function scoreRow(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  from: number,
  to: number,
  scores: Float64Array,
  eligible: Uint8Array,
  out: number,
  scratch: RowScratch,
  values: Float64Array | null,
): void {
  if (values === null && f.options.criteria.length === 0 && from === 0 && to === f.nMentors) {
    if (!hasProgramCriteria(f)) {
      scoreRowBuiltin(f, weights, e, scores, eligible, out, scratch);
    } else if ((f.menteeFree[e] as number) === 0) {
      scores.fill(0, out, out + f.nMentors);
      eligible.fill(0, out, out + f.nMentors);
    } else {
      scoreRowSeparate(f, weights, e, scores, eligible, out, scratch);
    }
  } else {
    scorePairs(f, weights, e, from, to, scores, eligible, out, scratch, values);
  }
}

/**
 * {@link scoreRow} for one mentee against every mentor without a cached
 * plan: the per-request path of a mentor pool, where building the fused
 * kernel's tables would cost more than the row. Same arithmetic, same bits.
 */
export function scoreSingleRow(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  scores: Float64Array,
  eligible: Uint8Array,
  scratch: RowScratch,
): void {
  if (f.options.criteria.length > 0) {
    scorePairs(f, weights, e, 0, f.nMentors, scores, eligible, 0, scratch, null);
  } else if ((f.menteeFree[e] as number) === 0) {
    scores.fill(0, 0, f.nMentors);
    eligible.fill(0, 0, f.nMentors);
  } else {
    scoreRowSeparate(f, weights, e, scores, eligible, 0, scratch);
  }
}

/** {@link scoreRow} pair by pair: the reference arithmetic. */
function scorePairs(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  from: number,
  to: number,
  scores: Float64Array,
  eligible: Uint8Array,
  out: number,
  scratch: RowScratch,
  values: Float64Array | null,
): void {
  const w = weights.values;
  const {
    topics: wTopics,
    role: wRole,
    experience: wExperience,
    language: wLanguage,
  } = weights.named;
  const { availability: wAvailability, channels: wChannels } = weights.named;
  const { organization: wOrganization, preference: wPreference } = weights.named;
  const options = f.options;
  const requireChannel = options.requireSharedChannel;
  const minQuarters = options.minOverlapQuarters;
  const vetoSameOrganization = options.sameOrganization === 'veto';
  const penaltySameOrganization = options.sameOrganization === 'penalty';
  const experienceTarget = options.experienceTargetYears;
  const custom = options.criteria;
  const customCount = custom.length;

  const topicWords = f.topicWords;
  const mentorTopics = f.mentorTopics;
  const menteeTopicBase = e * topicWords;
  const menteeTopicsFirst = f.menteeTopics[menteeTopicBase] as number;
  const topicCount = f.menteeTopicCount[e] as number;
  const languageWords = f.languageWords;
  const mentorLanguages = f.mentorLanguages;
  const menteeLanguageBase = e * languageWords;
  const menteeLanguagesFirst = f.menteeLanguages[menteeLanguageBase] as number;
  const mentorChannels = f.mentorChannels;
  const menteeChannels = f.menteeChannels[e] as number;
  const menteeChannelCount = f.menteeChannelCount[e] as number;
  const roleFit = f.roleFit;
  const mentorRole = f.mentorRole;
  const roleKinds = f.menteeRoleKinds;
  const menteeRole = f.menteeRole[e] as number;
  const mentorYears = f.mentorYears;
  const menteeYears = f.menteeYears[e] as number;
  const menteeFull = (f.menteeFree[e] as number) === 0;
  const mentorAvailability = f.mentorAvailability;
  const mentorMask = f.mentorAvailabilityMask;
  const mentorHasSlots = f.mentorHasSlots;
  const menteeAvailability = f.menteeAvailability;
  const menteeMask = f.menteeAvailabilityMask[e] as number;
  const menteeHasSlots = f.menteeHasSlots[e] === 1;
  const menteeAvailabilityBase = e * availabilityWords;
  const mentorOrganization = f.mentorOrganization;
  const menteeOrganization = f.menteeOrganization[e] as number;
  const blocked = f.mentorBlocked;
  const topicTable = f.topicTable;
  const topicBase = topicCount * f.topicStride;
  const channelTable = f.channelTable;
  const channelBase = menteeChannelCount * 32;
  const availabilityTable = f.availabilityTable;
  const preference = scratch.preference;
  const veto = scratch.veto;

  // Unknown criteria count 0 and their weight is left out of the mean.
  const unknownMask = menteeUnknownMask(f, e);
  const inverse = weights.inverse[unknownMask] as number;
  const knownBase = weights.known[unknownMask] as number;
  const programOffset = customOffset + customCount;
  const programCount = f.options.programCriteria.length;
  const preferenceFrom = f.preferenceStart[e] as number;
  const preferenceTo = f.preferenceStart[e + 1] as number;
  for (let k = preferenceFrom; k < preferenceTo; k++) {
    preference[f.preferenceMentor[k] as number] = f.preferenceValue[k] as number;
  }
  const vetoFrom = f.vetoStart[e] as number;
  const vetoTo = f.vetoStart[e + 1] as number;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 1;

  for (let j = from; j < to; j++) {
    const cell = out + j - from;
    let vetoed = menteeFull || ((veto[j] as number) | (blocked[j] as number)) !== 0;

    let sharesLanguage = (mentorLanguages[j * languageWords] as number) & menteeLanguagesFirst;
    for (let word = 1; sharesLanguage === 0 && word < languageWords; word++) {
      sharesLanguage =
        (mentorLanguages[j * languageWords + word] as number) &
        (f.menteeLanguages[menteeLanguageBase + word] as number);
    }
    if (sharesLanguage === 0) vetoed = true;
    const organization = mentorOrganization[j] as number;
    const sameOrganization = organization >= 0 && organization === menteeOrganization;
    if (sameOrganization && vetoSameOrganization) vetoed = true;
    if (vetoed && values === null) {
      scores[cell] = 0;
      eligible[cell] = 0;
      continue;
    }

    let topicValue = 0;
    if (topicCount > 0) {
      let shared = popcount32((mentorTopics[j * topicWords] as number) & menteeTopicsFirst);
      for (let word = 1; word < topicWords; word++) {
        shared += popcount32(
          (mentorTopics[j * topicWords + word] as number) &
            (f.menteeTopics[menteeTopicBase + word] as number),
        );
      }
      topicValue = topicTable[topicBase + shared] as number;
    }
    const roleValue = roleFit[(mentorRole[j] as number) * roleKinds + menteeRole] as number;
    const gap = (mentorYears[j] as number) - menteeYears;
    const experienceValue = gap <= 0 ? 0 : gap >= experienceTarget ? 1 : gap / experienceTarget;
    const languageValue = sharesLanguage === 0 ? 0 : 1;
    let availabilityValue = 0;
    let quarters = -1;
    if (menteeHasSlots && mentorHasSlots[j] === 1) {
      let common = (mentorMask[j] as number) & menteeMask;
      quarters = 0;
      const mentorBase = j * availabilityWords;
      while (common !== 0) {
        const word = 31 - Math.clz32(common & -common);
        common &= common - 1;
        quarters += popcount32(
          (mentorAvailability[mentorBase + word] as number) &
            (menteeAvailability[menteeAvailabilityBase + word] as number),
        );
      }
      availabilityValue = availabilityTable[quarters] as number;
    }
    const sharedChannels = (mentorChannels[j] as number) & menteeChannels;
    const channelValue = channelTable[channelBase + sharedChannels] as number;
    // Hard rules of the programme (quarters stay -1 without slots to compare).
    if ((requireChannel && sharedChannels === 0) || (minQuarters > 0 && quarters < minQuarters)) {
      vetoed = true;
    }
    const organizationValue = sameOrganization && penaltySameOrganization ? 0 : 1;
    const preferenceValue = preference[j] as number;

    let sum =
      wTopics * topicValue +
      wRole * roleValue +
      wExperience * experienceValue +
      wLanguage * languageValue +
      wAvailability * availabilityValue +
      wChannels * channelValue +
      wOrganization * organizationValue +
      wPreference * preferenceValue;
    if (values !== null) {
      values[criterionIndex.topics] = topicValue;
      values[criterionIndex.role] = roleValue;
      values[criterionIndex.experience] = experienceValue;
      values[criterionIndex.language] = languageValue;
      values[criterionIndex.availability] = availabilityValue;
      values[criterionIndex.channels] = channelValue;
      values[criterionIndex.organization] = organizationValue;
      values[criterionIndex.preference] = preferenceValue;
    }
    for (let c = 0; c < customCount; c++) {
      const criterion = custom[c];
      if (criterion === undefined) continue;
      const mentor = f.mentors[j];
      const mentee = f.mentees[e];
      if (mentor === undefined || mentee === undefined) continue;
      const outcome = readOutcome(criterion.id, criterion.evaluate(mentor, mentee));
      if (outcome.veto) vetoed = true;
      sum += (w[customOffset + c] as number) * outcome.value;
      if (values !== null) values[customOffset + c] = outcome.value;
    }
    let pairInverse = inverse;
    if (programCount > 0) {
      sum += programTerms(f, w, e, j, knownBase, programOffset, values, scratch);
      pairInverse = scratch.pairInverse;
    }
    scratch.pairInverse = pairInverse;
    if (vetoed) {
      scores[cell] = 0;
      eligible[cell] = 0;
      continue;
    }
    const score = sum * pairInverse;
    scores[cell] = Math.min(1, score);
    eligible[cell] = 1;
  }

  for (let k = preferenceFrom; k < preferenceTo; k++)
    preference[f.preferenceMentor[k] as number] = 0;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 0;
}

/**
 * Tables of the fused row kernel for one cohort and one weight vector. Mentors
 * fall into few classes: by role and years of experience (static classes) and
 * by languages (language classes, with the blocked mentors in one of their
 * own). A mentee's partial sums per static class and eligibility per mentor
 * are cached by the mentee's own class, so most rows only look them up.
 */
export interface MatrixPlan {
  /** The features last scored with the plan; others fit if {@link planInputs} are the same. */
  features: CohortFeatures;
  readonly weights: WeightVector;
  /** False when the tables would outgrow a row: rows take {@link scoreRowSeparate}. */
  readonly fused: boolean;
  readonly staticCount: number;
  readonly staticRole: Int32Array;
  readonly staticYear: Int32Array;
  /**
   * Per mentor, the start of its row index: static class above
   * {@link indexBits}, below them its availability key (for mentees with
   * slots, then for mentees without).
   */
  readonly startWithSlots: Int32Array;
  readonly startWithoutSlots: Int32Array;
  /**
   * Per mentor, its start plus the shared topics times `staticCount << indexBits`
   * and the shared quarter hours: refilled per row.
   */
  readonly index: Int32Array;
  /** Per mentor, its language class. */
  readonly languageClass: Int32Array;
  /** Language words per language class; class 0 (blocked mentors) shares none. */
  readonly languageClassWords: Int32Array;
  readonly languageOk: Uint8Array;
  /** Mentors by organisation: CSR by organisation id (mentors without one are left out). */
  readonly organizationStart: Int32Array;
  readonly organizationMentor: Int32Array;
  readonly menteeYearIds: Map<number, number>;
  readonly prefixTables: Map<number, Float64Array>;
  /** Per mentee languages, 1 per mentor that shares one and is not blocked. */
  readonly eligibleRows: Map<number | string, Uint8Array>;
  /** Filled per row once the caches are full. */
  readonly prefixSpare: Float64Array;
  readonly eligibleSpare: Uint8Array;
  /** Doubles the caches may still take. */
  cacheRoom: number;
}

/**
 * The features the plan and its cached tables are made from. `assign` scores
 * with copies of the features that differ in capacities (not read here) and
 * blocked mentors, so a plan is kept for a copy only if all of these agree.
 */
const planInputs = [
  'options',
  'nMentors',
  'mentorRole',
  'mentorYearIndex',
  'mentorYearValues',
  'languageWords',
  'mentorLanguages',
  'mentorBlocked',
  'mentorChannels',
  'mentorAvailabilityKey',
  'mentorOffsetKey',
  'mentorOrganization',
  'menteeTopicCount',
  'availabilityTable',
  'mentorOffsets',
  'topicTable',
  'topicStride',
  'roleFit',
  'menteeRoleKinds',
  'channelTable',
] as const satisfies readonly (keyof CohortFeatures)[];

function planFits(plan: MatrixPlan, f: CohortFeatures, weights: WeightVector): boolean {
  if (plan.weights !== weights) return false;
  if (plan.features === f) return true;
  for (const input of planInputs) if (plan.features[input] !== f[input]) return false;
  plan.features = f;
  return true;
}

/**
 * Low bits of {@link MatrixPlan.index}: shared quarter hours (at most 672) or
 * a zone offset's slot after them, so at most 2047.
 */
const indexBits = 11;
const indexMask = (1 << indexBits) - 1;

function classify(
  count: number,
  key: (index: number) => number | string,
): { classOf: Int32Array; first: number[] } {
  const ids = new Map<number | string, number>();
  const classOf = new Int32Array(count);
  const first: number[] = [];
  for (let index = 0; index < count; index++) {
    const k = key(index);
    let id = ids.get(k);
    if (id === undefined) {
      id = first.length;
      ids.set(k, id);
      first.push(index);
    }
    classOf[index] = id;
  }
  return { classOf, first };
}

function wordsKey(words: Int32Array, base: number, count: number): number | string {
  if (count === 1) return words[base] as number;
  return words.subarray(base, base + count).join(',');
}

function createPlan(f: CohortFeatures, weights: WeightVector): MatrixPlan {
  const n = f.nMentors;
  const years = f.mentorYearValues.length;
  const statics = classify(
    n,
    (m) => (f.mentorRole[m] as number) * years + (f.mentorYearIndex[m] as number),
  );
  const languageWords = f.languageWords;
  // Language class 0 stands for blocked mentors and has no language.
  const languages = classify(n + 1, (m) =>
    m === 0 || f.mentorBlocked[m - 1] === 1
      ? 'blocked'
      : wordsKey(f.mentorLanguages, (m - 1) * languageWords, languageWords),
  );
  const languageClassWords = new Int32Array(languages.first.length * languageWords);
  languages.first.forEach((m, c) => {
    if (m === 0) return;
    languageClassWords.set(
      f.mentorLanguages.subarray((m - 1) * languageWords, m * languageWords),
      c * languageWords,
    );
  });
  let maxTopics = 0;
  for (const count of f.menteeTopicCount) maxTopics = Math.max(maxTopics, count);
  const prefixSize = (maxTopics + 1) * statics.first.length;
  const staticClass = statics.classOf;
  const start = (key: Int32Array) =>
    Int32Array.from(staticClass, (c, m) => (c << indexBits) | (key[m] as number));
  // Mentors by organisation id (ids of mentors without one are -1).
  let organizationCount = 0;
  for (const id of f.mentorOrganization) organizationCount = Math.max(organizationCount, id + 1);
  const organizationStart = new Int32Array(organizationCount + 1);
  for (const id of f.mentorOrganization) {
    if (id >= 0) organizationStart[id + 1] = (organizationStart[id + 1] as number) + 1;
  }
  for (let id = 0; id < organizationCount; id++) {
    organizationStart[id + 1] =
      (organizationStart[id + 1] as number) + (organizationStart[id] as number);
  }
  const organizationMentor = new Int32Array(organizationStart[organizationCount] as number);
  const fill = organizationStart.slice();
  f.mentorOrganization.forEach((id, m) => {
    if (id < 0) return;
    organizationMentor[fill[id] as number] = m;
    fill[id] = (fill[id] as number) + 1;
  });
  return {
    features: f,
    weights,
    fused:
      prefixSize <= n + 1024 &&
      prefixSize < 1 << (31 - indexBits) &&
      f.availabilityTable.length + f.mentorOffsets.length <= indexMask + 1,
    staticCount: statics.first.length,
    staticRole: Int32Array.from(statics.first, (m) => f.mentorRole[m] as number),
    staticYear: Int32Array.from(statics.first, (m) => f.mentorYearIndex[m] as number),
    startWithSlots: start(f.mentorAvailabilityKey),
    startWithoutSlots: start(f.mentorOffsetKey),
    index: new Int32Array(n),
    languageClass: languages.classOf.subarray(1),
    languageClassWords,
    languageOk: new Uint8Array(languages.first.length),
    organizationStart,
    organizationMentor,
    menteeYearIds: new Map(),
    prefixTables: new Map(),
    prefixSpare: new Float64Array(prefixSize),
    eligibleRows: new Map(),
    eligibleSpare: new Uint8Array(n),
    // 8 MB at most (a few hundred mentee classes of a large cohort), and no
    // more than the scores themselves take.
    cacheRoom: Math.min(1 << 20, n * f.nMentees),
  };
}

/** The cached table for `key`, or one to fill: cached while there is room, else `spare`. */
function cachedTable<K>(
  plan: MatrixPlan,
  tables: Map<K, Float64Array>,
  key: K,
  size: number,
  spare: Float64Array,
): { table: Float64Array; filled: boolean } {
  const known = tables.get(key);
  if (known !== undefined) return { table: known, filled: true };
  if (size > plan.cacheRoom) return { table: spare, filled: false };
  const table = new Float64Array(size);
  tables.set(key, table);
  plan.cacheRoom -= size;
  return { table, filled: false };
}

/**
 * Adds `step` per shared topic to `shared` for every mentor that offers one
 * of mentee `e`'s topics.
 */
function addSharedTopics(f: CohortFeatures, e: number, shared: Int32Array, step: number): void {
  const topicWords = f.topicWords;
  const topicMentorStart = f.topicMentorStart;
  const topicMentor = f.topicMentor;
  for (let word = 0; word < topicWords; word++) {
    let bits = f.menteeTopics[e * topicWords + word] as number;
    while (bits !== 0) {
      const topic = word * 32 + 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const end = topicMentorStart[topic + 1] as number;
      for (let k = topicMentorStart[topic] as number; k < end; k++) {
        const m = topicMentor[k] as number;
        shared[m] = (shared[m] as number) + step;
      }
    }
  }
}

/** Adds the quarter hours mentee `e` shares with each mentor, times `step`, to `quarters`. */
function addSharedQuarters(f: CohortFeatures, e: number, quarters: Int32Array, step: number): void {
  if (f.menteeHasSlots[e] !== 1) return;
  const patternStart = f.slotPatternStart;
  const patternBits = f.slotPatternBits;
  const memberStart = f.slotMemberStart;
  const slotMentor = f.slotMentor;
  const base = e * availabilityWords;
  for (let word = 0; word < availabilityWords; word++) {
    const bits = f.menteeAvailability[base + word] as number;
    if (bits === 0) continue;
    const last = patternStart[word + 1] as number;
    for (let pattern = patternStart[word] as number; pattern < last; pattern++) {
      const common = popcount32((patternBits[pattern] as number) & bits);
      if (common === 0) continue;
      const add = common * step;
      const end = memberStart[pattern + 1] as number;
      for (let k = memberStart[pattern] as number; k < end; k++) {
        const m = slotMentor[k] as number;
        quarters[m] = (quarters[m] as number) + add;
      }
    }
  }
}

/**
 * The weighted availability value per shared quarter hours, then per mentor
 * offset for the mentors without slots (or all, if mentee `e` has none):
 * those are unknown and count 0.
 */
function fillAvailabilityRow(
  f: CohortFeatures,
  _e: number,
  wAvailability: number,
  scratch: RowScratch,
): Float64Array {
  const availabilityRow = scratch.availabilityRow;
  const availabilityTable = f.availabilityTable;
  if (!Object.is(scratch.availabilityWeight, wAvailability)) {
    for (let k = 0; k < availabilityTable.length; k++) {
      availabilityRow[k] = wAvailability * (availabilityTable[k] as number);
    }
    scratch.availabilityWeight = wAvailability;
  }
  // Without slots on either side the overlap is unknown: it counts as none
  // shown, so leaving slots blank never scores above giving them.
  const mentorOffsets = f.mentorOffsets;
  for (let k = 0; k < mentorOffsets.length; k++) {
    availabilityRow[availabilityTable.length + k] = wAvailability * 0;
  }
  return availabilityRow;
}

/**
 * Mentee `e`'s weighted topic, role, experience and language values summed in
 * the kernel's order, at `shared topics * staticCount + static class`. It
 * depends on the mentee only through its topic count, target role and years.
 */
function prefixTable(
  plan: MatrixPlan,
  f: CohortFeatures,
  e: number,
  scratch: RowScratch,
): Float64Array {
  const topicCount = f.menteeTopicCount[e] as number;
  const menteeRole = f.menteeRole[e] as number;
  const menteeYears = f.menteeYears[e] as number;
  let yearId = plan.menteeYearIds.get(menteeYears);
  if (yearId === undefined) {
    yearId = plan.menteeYearIds.size;
    plan.menteeYearIds.set(menteeYears, yearId);
  }
  const key = (yearId * f.menteeRoleKinds + menteeRole) * (f.topicStride + 1) + topicCount;
  const statics = plan.staticCount;
  const { table, filled } = cachedTable(
    plan,
    plan.prefixTables,
    key,
    (topicCount + 1) * statics,
    plan.prefixSpare,
  );
  if (filled) return table;
  const {
    topics: wTopics,
    role: wRole,
    experience: wExperience,
    language: wLanguage,
  } = plan.weights.named;
  const topicRow = scratch.topicRow;
  if (topicCount === 0) {
    // Without topics the criterion is unknown (left out of the mean); shared counts stay 0.
    topicRow[0] = wTopics * 0;
  } else {
    const topicBase = topicCount * f.topicStride;
    for (let count = 0; count <= topicCount; count++) {
      topicRow[count] = wTopics * (f.topicTable[topicBase + count] as number);
    }
  }
  const roleRow = scratch.roleRow;
  for (let r = 0; r < roleRow.length; r++) {
    roleRow[r] = wRole * (f.roleFit[r * f.menteeRoleKinds + menteeRole] as number);
  }
  const experienceRow = scratch.experienceRow;
  const experienceTarget = f.options.experienceTargetYears;
  for (let y = 0; y < experienceRow.length; y++) {
    const gap = (f.mentorYearValues[y] as number) - menteeYears;
    experienceRow[y] =
      wExperience * (gap <= 0 ? 0 : gap >= experienceTarget ? 1 : gap / experienceTarget);
  }
  const staticRole = plan.staticRole;
  const staticYear = plan.staticYear;
  for (let count = 0; count <= topicCount; count++) {
    const topicValue = topicRow[count] as number;
    const base = count * statics;
    for (let k = 0; k < statics; k++) {
      table[base + k] =
        topicValue +
        (roleRow[staticRole[k] as number] as number) +
        (experienceRow[staticYear[k] as number] as number) +
        wLanguage;
    }
  }
  return table;
}

/** One pair of the fused kernel, 0 where not eligible. */
function pairScore(
  j: number,
  index: Int32Array,
  mentorChannels: Uint8Array,
  menteeChannels: number,
  ok: Uint8Array,
  prefix: Float64Array,
  availabilityRow: Float64Array,
  channelRow: Float64Array,
  organizationValue: number,
  inverseTotal: number,
): number {
  const at = index[j] as number;
  const score =
    ((prefix[at >>> indexBits] as number) +
      (availabilityRow[at & indexMask] as number) +
      (channelRow[(mentorChannels[j] as number) & menteeChannels] as number) +
      organizationValue) *
    inverseTotal;
  // A vetoed pair's sum is finite, so multiplying by 0 gives 0.
  return Math.min(score, 1) * (ok[j] as number);
}

/**
 * Mentee `e`'s eligibility per mentor before exclusions and organisations:
 * 1 where the mentor shares a language and is not blocked. It depends on the
 * mentee only through its languages.
 */
function eligibleRow(plan: MatrixPlan, f: CohortFeatures, e: number): Uint8Array {
  const languageWords = f.languageWords;
  const menteeBase = e * languageWords;
  const key = wordsKey(f.menteeLanguages, menteeBase, languageWords);
  const known = plan.eligibleRows.get(key);
  if (known !== undefined) return known;
  const languageOk = plan.languageOk;
  const classWords = plan.languageClassWords;
  for (let c = 0; c < languageOk.length; c++) {
    let common = 0;
    for (let word = 0; word < languageWords && common === 0; word++) {
      common =
        (classWords[c * languageWords + word] as number) &
        (f.menteeLanguages[menteeBase + word] as number);
    }
    languageOk[c] = common === 0 ? 0 : 1;
  }
  const n = f.nMentors;
  // A byte per mentor, charged in doubles.
  const size = Math.ceil(n / 8);
  let row = plan.eligibleSpare;
  if (size <= plan.cacheRoom) {
    row = new Uint8Array(n);
    plan.eligibleRows.set(key, row);
    plan.cacheRoom -= size;
  }
  const languageClass = plan.languageClass;
  for (let j = 0; j < n; j++) row[j] = languageOk[languageClass[j] as number] as number;
  return row;
}

/**
 * {@link scoreRow} for a whole row without custom criteria and without
 * per-criterion values: the matrix case. The same arithmetic in the same
 * order, so the same bits. Shared topics and quarter hours are counted from
 * inverted lists (a mentee touches only the mentors that share one); topic,
 * role, experience and language are one lookup in the mentee's prefix table,
 * channels one in a 32-entry row, and the language veto a copied flag row.
 * The rare ranked, excluded and same-organisation mentors are rescored
 * afterwards, so the pair loop has none of them.
 */
function scoreRowBuiltin(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  scores: Float64Array,
  eligible: Uint8Array,
  out: number,
  scratch: RowScratch,
): void {
  const nMentors = f.nMentors;
  if ((f.menteeFree[e] as number) === 0) {
    // A mentee without a free place can have no mentor at all.
    scores.fill(0, out, out + nMentors);
    eligible.fill(0, out, out + nMentors);
    return;
  }
  let plan = scratch.plan;
  if (plan === null || !planFits(plan, f, weights)) {
    plan = createPlan(f, weights);
    scratch.plan = plan;
  }
  if (!plan.fused) {
    scoreRowSeparate(f, weights, e, scores, eligible, out, scratch);
    return;
  }
  const menteeHasSlots = f.menteeHasSlots[e] === 1;
  const inverseTotal = weights.inverse[menteeUnknownMask(f, e)] as number;
  const index = plan.index;
  index.set(menteeHasSlots ? plan.startWithSlots : plan.startWithoutSlots);
  addSharedTopics(f, e, index, plan.staticCount << indexBits);
  addSharedQuarters(f, e, index, 1);
  const prefix = prefixTable(plan, f, e, scratch);
  const availabilityRow = fillAvailabilityRow(f, e, weights.named.availability, scratch);
  const wOrganization = weights.named.organization;
  const organizationKept = wOrganization * 1;

  // Every mentor as if from another organisation. The flags come from a
  // row per mentee languages and the channel value from a 32-entry row, as
  // small tables and sequential reads beat a table per language and channels class.
  const ok = eligibleRow(plan, f, e);
  const channelRow = scratch.channelRow;
  const channelBase = (f.menteeChannelCount[e] as number) * 32;
  const wChannels = weights.named.channels;
  for (let mask = 0; mask < 32; mask++) {
    channelRow[mask] = wChannels * (f.channelTable[channelBase + mask] as number);
  }
  const mentorChannels = f.mentorChannels;
  const menteeChannels = f.menteeChannels[e] as number;
  let j = 0;
  // Unrolled by hand: V8 does not, and the plain loop measured clearly slower.
  // biome-ignore format: one call per line
  for (; j + 8 <= nMentors; j += 8) {
    scores[out + j] = pairScore(j, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 1] = pairScore(j + 1, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 2] = pairScore(j + 2, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 3] = pairScore(j + 3, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 4] = pairScore(j + 4, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 5] = pairScore(j + 5, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 6] = pairScore(j + 6, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
    scores[out + j + 7] = pairScore(j + 7, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
  }
  // biome-ignore format: one call per line
  for (; j < nMentors; j++) {
    scores[out + j] = pairScore(j, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationKept, inverseTotal);
  }
  eligible.set(ok, out);

  // Mentors of the mentee's own organisation again, penalised or vetoed.
  const organization = f.menteeOrganization[e] as number;
  const sameOrganization = f.options.sameOrganization;
  if (
    organization >= 0 &&
    organization + 1 < plan.organizationStart.length &&
    sameOrganization !== 'allow'
  ) {
    const organizationPenalized = wOrganization * 0;
    const to = plan.organizationStart[organization + 1] as number;
    for (let k = plan.organizationStart[organization] as number; k < to; k++) {
      const m = plan.organizationMentor[k] as number;
      if (sameOrganization === 'veto') {
        scores[out + m] = 0;
        eligible[out + m] = 0;
      } else {
        // biome-ignore format: one call per line
        scores[out + m] = pairScore(m, index, mentorChannels, menteeChannels, ok, prefix, availabilityRow, channelRow, organizationPenalized, inverseTotal);
        eligible[out + m] = ok[m] as number;
      }
    }
  }

  // Ranked mentors through the reference path; excluded or earlier pairs are vetoed.
  const preferenceTo = f.preferenceStart[e + 1] as number;
  for (let k = f.preferenceStart[e] as number; k < preferenceTo; k++) {
    const m = f.preferenceMentor[k] as number;
    scorePairs(f, weights, e, m, m + 1, scores, eligible, out + m, scratch, null);
  }
  const vetoTo = f.vetoStart[e + 1] as number;
  for (let k = f.vetoStart[e] as number; k < vetoTo; k++) {
    const m = f.vetoMentor[k] as number;
    scores[out + m] = 0;
    eligible[out + m] = 0;
  }
  applyHardRules(f, e, scores, eligible, out, index, menteeHasSlots);
}

/**
 * The programme's hard rules on a whole row of the fused kernel: no shared
 * channel, or less weekly overlap than required (no slots: no overlap to show).
 * The reference arithmetic vetoes the same pairs.
 */
function applyHardRules(
  f: CohortFeatures,
  e: number,
  scores: Float64Array,
  eligible: Uint8Array,
  out: number,
  index: Int32Array,
  menteeHasSlots: boolean,
): void {
  const { requireSharedChannel, minOverlapQuarters } = f.options;
  if (!requireSharedChannel && minOverlapQuarters === 0) return;
  const nMentors = f.nMentors;
  const mentorChannels = f.mentorChannels;
  const menteeChannels = requireSharedChannel ? (f.menteeChannels[e] as number) : 0xff;
  const mentorHasSlots = f.mentorHasSlots;
  for (let j = 0; j < nMentors; j++) {
    const quarters =
      menteeHasSlots && mentorHasSlots[j] === 1 ? (index[j] as number) & indexMask : -1;
    if (
      ((mentorChannels[j] as number) & menteeChannels) === 0 ||
      (minOverlapQuarters > 0 && quarters < minOverlapQuarters)
    ) {
      scores[out + j] = 0;
      eligible[out + j] = 0;
    }
  }
}

/**
 * {@link scoreRowBuiltin} for cohorts whose fused tables would be too large
 * (many distinct mentor roles and years): one small table per criterion.
 */
function scoreRowSeparate(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  scores: Float64Array,
  eligible: Uint8Array,
  out: number,
  scratch: RowScratch,
): void {
  const nMentors = f.nMentors;
  const named = weights.named;
  // Read per pair: a local.
  const wLanguage = named.language;
  const menteeHasSlots = f.menteeHasSlots[e] === 1;
  const unknownMask = menteeUnknownMask(f, e);
  const inverseTotal = weights.inverse[unknownMask] as number;
  const knownBase = weights.known[unknownMask] as number;
  // Custom criteria never reach this path: the programme's come right after the built-in ones.
  const programOffset = customOffset;
  const programCount = f.options.programCriteria.length;
  const mentorHasSlots = f.mentorHasSlots;
  const requireChannel = f.options.requireSharedChannel;
  const minQuarters = f.options.minOverlapQuarters;
  const options = f.options;

  const shared = scratch.shared;
  addSharedTopics(f, e, shared, 1);
  const topicCount = f.menteeTopicCount[e] as number;
  const topicTable = f.topicTable;
  const topicBase = topicCount * f.topicStride;
  // Each criterion's weighted value is looked up in a small per-row table;
  // the products are the same as the kernel's, and are added in its order.
  const topicRow = scratch.topicRow;
  if (topicCount === 0) {
    // Without topics the criterion is unknown (left out of the mean); shared counts stay 0.
    topicRow[0] = named.topics * 0;
  } else {
    for (let count = 0; count <= topicCount; count++) {
      topicRow[count] = named.topics * (topicTable[topicBase + count] as number);
    }
  }

  const quarters = scratch.quarters;
  addSharedQuarters(f, e, quarters, 1);
  const availabilityRow = fillAvailabilityRow(f, e, named.availability, scratch);
  const availabilityKey = f.menteeHasSlots[e] === 1 ? f.mentorAvailabilityKey : f.mentorOffsetKey;

  const roleRow = scratch.roleRow;
  const roleFit = f.roleFit;
  const roleKinds = f.menteeRoleKinds;
  const menteeRole = f.menteeRole[e] as number;
  for (let r = 0; r < roleRow.length; r++) {
    roleRow[r] = named.role * (roleFit[r * roleKinds + menteeRole] as number);
  }
  const experienceRow = scratch.experienceRow;
  const mentorYearValues = f.mentorYearValues;
  const menteeYears = f.menteeYears[e] as number;
  const experienceTarget = options.experienceTargetYears;
  for (let y = 0; y < experienceRow.length; y++) {
    const gap = (mentorYearValues[y] as number) - menteeYears;
    experienceRow[y] =
      named.experience * (gap <= 0 ? 0 : gap >= experienceTarget ? 1 : gap / experienceTarget);
  }

  const preference = scratch.preference;
  const veto = scratch.veto;
  const preferenceFrom = f.preferenceStart[e] as number;
  const preferenceTo = f.preferenceStart[e + 1] as number;
  for (let k = preferenceFrom; k < preferenceTo; k++) {
    preference[f.preferenceMentor[k] as number] =
      named.preference * (f.preferenceValue[k] as number);
  }
  const vetoFrom = f.vetoStart[e] as number;
  const vetoTo = f.vetoStart[e + 1] as number;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 1;

  // Mentor organisations are -1 or more: -2 never matches.
  const menteeOrganization = f.menteeOrganization[e] as number;
  const ownOrganization = menteeOrganization >= 0 ? menteeOrganization : -2;
  const vetoOrganization = options.sameOrganization === 'veto' ? ownOrganization : -2;
  const penaltyOrganization = options.sameOrganization === 'penalty' ? ownOrganization : -2;
  const mentorOrganization = f.mentorOrganization;
  const languageWords = f.languageWords;
  const mentorLanguages = f.mentorLanguages;
  const menteeLanguages = f.menteeLanguages;
  const menteeLanguageBase = e * languageWords;
  const menteeLanguagesFirst = menteeLanguages[menteeLanguageBase] as number;
  const blocked = f.mentorBlocked;
  const mentorRole = f.mentorRole;
  const mentorYearIndex = f.mentorYearIndex;
  const mentorChannels = f.mentorChannels;
  const menteeChannels = f.menteeChannels[e] as number;
  const channelTable = f.channelTable;
  const channelBase = (f.menteeChannelCount[e] as number) * 32;
  const channelRow = scratch.channelRow;
  for (let mask = 0; mask < 32; mask++) {
    channelRow[mask] = named.channels * (channelTable[channelBase + mask] as number);
  }
  const organizationPenalized = named.organization * 0;
  const organizationKept = named.organization * 1;

  for (let j = 0; j < nMentors; j++) {
    const cell = out + j;
    const sharedTopics = shared[j] as number;
    shared[j] = 0;
    const sharedQuarters = quarters[j] as number;
    quarters[j] = 0;
    let sharesLanguage = (mentorLanguages[j * languageWords] as number) & menteeLanguagesFirst;
    for (let word = 1; word < languageWords && sharesLanguage === 0; word++) {
      sharesLanguage =
        (mentorLanguages[j * languageWords + word] as number) &
        (menteeLanguages[menteeLanguageBase + word] as number);
    }
    const organization = mentorOrganization[j] as number;
    const slotsKnown = menteeHasSlots && mentorHasSlots[j] === 1;
    if (
      ((veto[j] as number) | (blocked[j] as number)) !== 0 ||
      sharesLanguage === 0 ||
      organization === vetoOrganization ||
      (requireChannel && ((mentorChannels[j] as number) & menteeChannels) === 0) ||
      (minQuarters > 0 && (slotsKnown ? sharedQuarters : -1) < minQuarters)
    ) {
      scores[cell] = 0;
      eligible[cell] = 0;
      continue;
    }
    let sum =
      (topicRow[sharedTopics] as number) +
      (roleRow[mentorRole[j] as number] as number) +
      (experienceRow[mentorYearIndex[j] as number] as number) +
      wLanguage +
      (availabilityRow[sharedQuarters + (availabilityKey[j] as number)] as number) +
      (channelRow[(mentorChannels[j] as number) & menteeChannels] as number) +
      (organization === penaltyOrganization ? organizationPenalized : organizationKept) +
      (preference[j] as number);
    let inverse = inverseTotal;
    if (programCount > 0) {
      sum += programTerms(f, weights.values, e, j, knownBase, programOffset, null, scratch);
      inverse = scratch.pairInverse;
    }
    scores[cell] = Math.min(1, sum * inverse);
    eligible[cell] = 1;
  }

  for (let k = preferenceFrom; k < preferenceTo; k++)
    preference[f.preferenceMentor[k] as number] = 0;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 0;
}
