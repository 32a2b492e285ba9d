import { availabilityWords, popcount32, zoneDistanceMinutes } from './availability';
import type { CohortFeatures } from './cohort';
import { builtinCriteria } from './criteria';
import type { CriterionOutcome } from './define-criterion';
import type { WeightVector } from './options';

/** Per-row scratch space: the current mentee's ranked and vetoed mentors, spread over all mentors. */
export interface RowScratch {
  readonly preference: Float64Array;
  readonly veto: Uint8Array;
}

/** Allocates the scratch space of {@link scoreRow} once per cohort. */
export function createScratch(features: CohortFeatures): RowScratch {
  return {
    preference: new Float64Array(features.nMentors),
    veto: new Uint8Array(features.nMentors),
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
 * mentor only) the criterion values are written too, vetoed or not.
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
