import { availabilityWords, popcount32, zoneDistanceMinutes } from './availability';
import type { CohortFeatures } from './cohort';
import { builtinCriteria } from './criteria';
import type { CriterionOutcome } from './define-criterion';
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
  };
}

const customOffset = builtinCriteria.length;

/** Reads a custom criterion's answer as value and veto, rejecting values outside [0, 1]. */
export function readOutcome(
  id: string,
  outcome: number | CriterionOutcome,
): { value: number; veto: boolean; note: string | undefined } {
  const value = typeof outcome === 'number' ? outcome : outcome.value;
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`criterion "${id}" returned ${String(value)}, outside [0, 1]`);
  }
  if (typeof outcome === 'number') return { value, veto: false, note: undefined };
  return { value, veto: outcome.veto === true, note: outcome.note };
}

/**
 * The one place where a pair's score is computed: mentee `e` against mentors
 * `from` (inclusive) to `to` (exclusive), written to `scores` and `eligible`
 * from `out` on. `scorePair` calls it for a single mentor and `scoreMatrix`
 * for whole rows, so both give bit-identical scores. With `values` (a single
 * mentor only) the criterion values are written too, vetoed or not. Whole
 * rows without custom criteria take {@link scoreRowBuiltin}, which computes
 * the same products and adds them in the same order.
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
    scoreRowBuiltin(f, weights, e, scores, eligible, out, scratch);
    return;
  }
  const w = weights.values;
  const wTopics = w[0] as number;
  const wRole = w[1] as number;
  const wExperience = w[2] as number;
  const wLanguage = w[3] as number;
  const wAvailability = w[4] as number;
  const wChannels = w[5] as number;
  const wOrganization = w[6] as number;
  const wPreference = w[7] as number;
  const inverseTotal = 1 / weights.total;
  const options = f.options;
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
  const mentorOffset = f.mentorOffset;
  const menteeOffset = f.menteeOffset[e] as number;
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

    let topicValue = 0.5;
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
    let availabilityValue: number;
    if (menteeHasSlots && mentorHasSlots[j] === 1) {
      let common = (mentorMask[j] as number) & menteeMask;
      let quarters = 0;
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
    } else {
      availabilityValue = 1 - zoneDistanceMinutes(mentorOffset[j] as number, menteeOffset) / 720;
    }
    const channelValue = channelTable[
      channelBase + ((mentorChannels[j] as number) & menteeChannels)
    ] as number;
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
      values[0] = topicValue;
      values[1] = roleValue;
      values[2] = experienceValue;
      values[3] = languageValue;
      values[4] = availabilityValue;
      values[5] = channelValue;
      values[6] = organizationValue;
      values[7] = preferenceValue;
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
    if (vetoed) {
      scores[cell] = 0;
      eligible[cell] = 0;
      continue;
    }
    const score = sum * inverseTotal;
    scores[cell] = Math.min(1, score);
    eligible[cell] = 1;
  }

  for (let k = preferenceFrom; k < preferenceTo; k++)
    preference[f.preferenceMentor[k] as number] = 0;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 0;
}

/**
 * {@link scoreRow} for a whole row without custom criteria and without
 * per-criterion values: the matrix case. The same arithmetic in the same
 * order, so the same bits, but shared topics and quarter hours are counted
 * from inverted lists (a mentee touches only the mentors that share one) and
 * every criterion's weighted value is a lookup in a small per-row table, so
 * the pair loop has no calls and one branch (the vetoes).
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
  const w = weights.values;
  const wTopics = w[0] as number;
  const wRole = w[1] as number;
  const wExperience = w[2] as number;
  const wLanguage = w[3] as number;
  const wAvailability = w[4] as number;
  const wChannels = w[5] as number;
  const wOrganization = w[6] as number;
  const wPreference = w[7] as number;
  const inverseTotal = 1 / weights.total;
  const options = f.options;

  // Topics: count shared topics per mentor from the mentee's topic lists.
  const shared = scratch.shared;
  const topicCount = f.menteeTopicCount[e] as number;
  const topicTable = f.topicTable;
  const topicBase = topicCount * f.topicStride;
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
        shared[m] = (shared[m] as number) + 1;
      }
    }
  }
  // Each criterion's weighted value is looked up in a small per-row table;
  // the products are the same as the kernel's, and are added in its order.
  const topicRow = scratch.topicRow;
  if (topicCount === 0) {
    // Without topics the criterion is neutral; shared counts stay 0.
    topicRow[0] = wTopics * 0.5;
  } else {
    for (let count = 0; count <= topicCount; count++) {
      topicRow[count] = wTopics * (topicTable[topicBase + count] as number);
    }
  }

  // Availability: count shared quarter hours from the per-word mentor lists.
  const quarters = scratch.quarters;
  const menteeHasSlots = f.menteeHasSlots[e] === 1;
  if (menteeHasSlots) {
    const slotMentorStart = f.slotMentorStart;
    const slotMentor = f.slotMentor;
    const slotMentorBits = f.slotMentorBits;
    const base = e * availabilityWords;
    for (let word = 0; word < availabilityWords; word++) {
      const bits = f.menteeAvailability[base + word] as number;
      if (bits === 0) continue;
      const end = slotMentorStart[word + 1] as number;
      for (let k = slotMentorStart[word] as number; k < end; k++) {
        const m = slotMentor[k] as number;
        quarters[m] = (quarters[m] as number) + popcount32((slotMentorBits[k] as number) & bits);
      }
    }
  }
  // Mentors without slots (or all, if the mentee has none) use the distance of zones.
  const availabilityRow = scratch.availabilityRow;
  const availabilityTable = f.availabilityTable;
  if (!Object.is(scratch.availabilityWeight, wAvailability)) {
    for (let k = 0; k < availabilityTable.length; k++) {
      availabilityRow[k] = wAvailability * (availabilityTable[k] as number);
    }
    scratch.availabilityWeight = wAvailability;
  }
  const menteeOffset = f.menteeOffset[e] as number;
  const mentorOffsets = f.mentorOffsets;
  for (let k = 0; k < mentorOffsets.length; k++) {
    availabilityRow[availabilityTable.length + k] =
      wAvailability * (1 - zoneDistanceMinutes(mentorOffsets[k] as number, menteeOffset) / 720);
  }
  const availabilityKey = menteeHasSlots ? f.mentorAvailabilityKey : f.mentorOffsetKey;

  const roleRow = scratch.roleRow;
  const roleFit = f.roleFit;
  const roleKinds = f.menteeRoleKinds;
  const menteeRole = f.menteeRole[e] as number;
  for (let r = 0; r < roleRow.length; r++) {
    roleRow[r] = wRole * (roleFit[r * roleKinds + menteeRole] as number);
  }
  const experienceRow = scratch.experienceRow;
  const mentorYearValues = f.mentorYearValues;
  const menteeYears = f.menteeYears[e] as number;
  const experienceTarget = options.experienceTargetYears;
  for (let y = 0; y < experienceRow.length; y++) {
    const gap = (mentorYearValues[y] as number) - menteeYears;
    experienceRow[y] =
      wExperience * (gap <= 0 ? 0 : gap >= experienceTarget ? 1 : gap / experienceTarget);
  }

  const preference = scratch.preference;
  const veto = scratch.veto;
  const preferenceFrom = f.preferenceStart[e] as number;
  const preferenceTo = f.preferenceStart[e + 1] as number;
  for (let k = preferenceFrom; k < preferenceTo; k++) {
    preference[f.preferenceMentor[k] as number] = wPreference * (f.preferenceValue[k] as number);
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
    channelRow[mask] = wChannels * (channelTable[channelBase + mask] as number);
  }
  const organizationPenalized = wOrganization * 0;
  const organizationKept = wOrganization * 1;

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
    if (
      ((veto[j] as number) | (blocked[j] as number)) !== 0 ||
      sharesLanguage === 0 ||
      organization === vetoOrganization
    ) {
      scores[cell] = 0;
      eligible[cell] = 0;
      continue;
    }
    const sum =
      (topicRow[sharedTopics] as number) +
      (roleRow[mentorRole[j] as number] as number) +
      (experienceRow[mentorYearIndex[j] as number] as number) +
      wLanguage +
      (availabilityRow[sharedQuarters + (availabilityKey[j] as number)] as number) +
      (channelRow[(mentorChannels[j] as number) & menteeChannels] as number) +
      (organization === penaltyOrganization ? organizationPenalized : organizationKept) +
      (preference[j] as number);
    scores[cell] = Math.min(1, sum * inverseTotal);
    eligible[cell] = 1;
  }

  for (let k = preferenceFrom; k < preferenceTo; k++)
    preference[f.preferenceMentor[k] as number] = 0;
  for (let k = vetoFrom; k < vetoTo; k++) veto[f.vetoMentor[k] as number] = 0;
}
