import type { Message, MessageKey, MessageListItem } from '../i18n';
import type { MenteeProfile, MentorProfile } from '../model';
import { primaryLanguage } from '../model/language-tag';
import { availabilityWords, popcount32, quarterMinutes } from './availability';
import { type CohortFeatures, pairKey, vetoFlags } from './cohort';
import { builtinCriteria, unknownBits } from './criteria';

type UnknownId = keyof typeof unknownBits;

import type { WeightVector } from './options';
import type { ProgramCriterion } from './program-criteria';
import {
  attributeValue,
  menteeUnknownMask,
  questionnaireValue,
  type RowScratch,
  readOutcome,
  scoreRow,
} from './score-kernel';

/**
 * One criterion's part in a pair's score.
 *
 * @example
 * ```ts
 * const topic: CriterionScore = {
 *   id: 'topics', weight: 3, value: 2 / 3, contribution: 0.18,
 *   explanation: {
 *     key: 'matching.topics.covered',
 *     params: { count: 2, total: 3, topics: [{ text: { en: 'First job', de: 'Erster Job' } }, 'cloud'] },
 *   },
 * };
 * ```
 */
export interface CriterionScore {
  /**
   * A built-in criterion id (see {@link builtinCriteria}), a custom
   * criterion's id, or one of the programme's: `attribute:<id>` for each of
   * its attributes, `questionnaire` for its questionnaire.
   */
  readonly id: string;
  readonly weight: number;
  /** How well the pair meets the criterion, in [0, 1]; 0 when not {@link known}. */
  readonly value: number;
  /**
   * False when the data to judge the criterion is missing; its explanation
   * then says what is unknown. Topics and role (the mentee named none), and
   * the programme's attributes and questionnaire (either side gave nothing
   * to compare) are left out of the weighted mean — neither a bonus nor a penalty; weekly
   * availability (either side gave no slots) counts as no overlap shown, so
   * leaving it blank never scores above giving it.
   */
  readonly known: boolean;
  /**
   * `weight × value / total weight of the known criteria`: this criterion's
   * share of the score (0 when not known).
   */
  readonly contribution: number;
  /**
   * Why: a message key with params, rendered by `formatPairScore` (or
   * `formatMessage`) in any locale. Params are plain JSON: topics as the
   * programme's labels (`{ text: { en, de } }`, the id where it has none),
   * languages as `{ language: 'es' }`, channels and stages as message
   * references (`{ key: 'channel.video' }`); free text (a mentor's `role`, an
   * organisation) as written.
   */
  readonly explanation: Message;
}

/**
 * Why a pair can never be matched.
 *
 * @example
 * ```ts
 * const code: VetoCode = 'no_shared_language';
 * ```
 */
export type VetoCode =
  | 'no_shared_language'
  | 'mentor_too_junior'
  | 'same_organization'
  | 'excluded_by_mentee'
  | 'excluded_by_mentor'
  | 'no_capacity'
  | 'mentee_full'
  | 'previously_paired'
  | 'already_paired'
  | 'same_person'
  | 'no_shared_channel'
  | 'insufficient_overlap'
  | 'custom';

/**
 * A hard limit that rules a pair out, with the criterion it comes from.
 *
 * @example
 * ```ts
 * const veto: Veto = {
 *   criterion: 'language', code: 'no_shared_language',
 *   explanation: { key: 'matching.language.none', params: {} },
 * };
 * ```
 */
export interface Veto {
  readonly criterion: string;
  readonly code: VetoCode;
  readonly explanation: Message;
}

/**
 * The score of one mentor–mentee pair with its reasons.
 *
 * @example
 * ```ts
 * const result: PairScore = scorePair(mentor, mentee);
 * if (result.eligible) console.log(Math.round(result.score * 100), '%');
 * ```
 */
export interface PairScore {
  readonly mentorId: string;
  readonly menteeId: string;
  /** Weighted mean of the criterion values in [0, 1]; 0 when the pair is not eligible. */
  readonly score: number;
  /** False when at least one veto applies. */
  readonly eligible: boolean;
  /** Every criterion with a positive or zero weight, in summation order (the known ones count). */
  readonly criteria: readonly CriterionScore[];
  readonly vetoes: readonly Veto[];
}

function commonOf(wanted: readonly string[], offered: readonly string[]): string[] {
  const set = new Set(offered);
  return [...new Set(wanted)].filter((item) => set.has(item));
}

function sharedLanguages(mentor: MentorProfile, mentee: MenteeProfile): string[] {
  const spoken = new Set(mentor.languages.map(primaryLanguage));
  return [...new Set(mentee.languages.map(primaryLanguage))].filter((language) =>
    spoken.has(language),
  );
}

/** Quarter hours a week both are available (both have slots). */
function sharedQuarters(f: CohortFeatures, e: number, m: number): number {
  let quarters = 0;
  for (let word = 0; word < availabilityWords; word++) {
    quarters += popcount32(
      (f.mentorAvailability[m * availabilityWords + word] as number) &
        (f.menteeAvailability[e * availabilityWords + word] as number),
    );
  }
  return quarters;
}

/** Who gave no weekly slots. */
function missingSlots(f: CohortFeatures, e: number, m: number): 'mentor' | 'mentee' | 'both' {
  if (f.menteeHasSlots[e] === 1) return 'mentor';
  return f.mentorHasSlots[m] === 1 ? 'mentee' : 'both';
}

/** A topic as the programme labels it (`{ text: label }`), or its id when it has no label. */
function topicName(f: CohortFeatures, id: string): MessageListItem {
  const label = f.options.topicLabels.get(id);
  return label === undefined ? id : { text: label };
}

function explainBuiltin(
  f: CohortFeatures,
  e: number,
  m: number,
  index: number,
  value: number,
): Message {
  const mentor = f.mentors[m] as MentorProfile;
  const mentee = f.mentees[e] as MenteeProfile;
  switch (builtinCriteria[index]) {
    case 'topics': {
      const total = new Set(mentee.interests).size;
      if (total === 0) return { key: 'matching.topics.unknown', params: {} };
      const topics = commonOf(mentee.interests, mentor.expertise);
      return topics.length === 0
        ? { key: 'matching.topics.none_covered', params: { total } }
        : {
            key: 'matching.topics.covered',
            params: { count: topics.length, total, topics: topics.map((id) => topicName(f, id)) },
          };
    }
    case 'role': {
      const targetRole = mentee.targetRole;
      if (targetRole === undefined) return { key: 'matching.role.unknown', params: {} };
      const key =
        value === 1
          ? 'matching.role.same'
          : value > 0
            ? 'matching.role.related'
            : 'matching.role.different';
      return { key, params: { role: mentor.role, targetRole } };
    }
    case 'experience': {
      const params = { mentorYears: mentor.yearsExperience, menteeYears: mentee.yearsExperience };
      const gap = mentor.yearsExperience - mentee.yearsExperience;
      return gap > 0
        ? { key: 'matching.experience.gap', params: { ...params, gap } }
        : { key: 'matching.experience.not_more', params };
    }
    case 'language': {
      const languages = sharedLanguages(mentor, mentee);
      return languages.length === 0
        ? { key: 'matching.language.none', params: {} }
        : {
            key: 'matching.language.shared',
            params: { languages: languages.map((language) => ({ language })) },
          };
    }
    case 'availability': {
      if (f.menteeHasSlots[e] === 1 && f.mentorHasSlots[m] === 1) {
        const minutes = sharedQuarters(f, e, m) * quarterMinutes;
        return minutes === 0
          ? { key: 'matching.availability.no_overlap', params: {} }
          : {
              key: 'matching.availability.overlap',
              params: { minutes, target: f.options.availabilityTargetMinutes },
            };
      }
      return { key: 'matching.availability.unknown', params: { side: missingSlots(f, e, m) } };
    }
    case 'channels': {
      const channels = commonOf(mentee.channels, mentor.channels);
      return channels.length === 0
        ? { key: 'matching.channels.none', params: {} }
        : {
            key: 'matching.channels.shared',
            params: {
              channels: channels.map((channel) => ({ key: `channel.${channel}` as MessageKey })),
              count: channels.length,
              total: new Set(mentee.channels).size,
            },
          };
    }
    case 'organization': {
      const organization = f.mentorOrganization[m] as number;
      if (organization < 0 || (f.menteeOrganization[e] as number) < 0) {
        return { key: 'matching.organization.unknown', params: {} };
      }
      if (organization !== f.menteeOrganization[e]) {
        return { key: 'matching.organization.different', params: {} };
      }
      return {
        key:
          f.options.sameOrganization === 'allow'
            ? 'matching.organization.same_allowed'
            : 'matching.organization.same',
        params: { organization: mentor.organization ?? '' },
      };
    }
    default: {
      for (let k = f.preferenceStart[e] as number; k < (f.preferenceStart[e + 1] as number); k++) {
        if (f.preferenceMentor[k] === m) {
          return {
            key: 'matching.preference.ranked',
            params: {
              rank: (f.preferenceRank[k] as number) + 1,
              total: mentee.preferredMentorIds?.length ?? 0,
            },
          };
        }
      }
      return { key: 'matching.preference.not_ranked', params: {} };
    }
  }
}

/** The label of a programme attribute as a message param: its label by language, else its id. */
function programLabel(criterion: ProgramCriterion): MessageListItem {
  return criterion.label === undefined ? criterion.key : { text: criterion.label };
}

function sideOf(mentorGave: boolean, menteeGave: boolean): 'mentor' | 'mentee' | 'both' {
  if (mentorGave) return 'mentee';
  return menteeGave ? 'mentor' : 'both';
}

/** A person's value of an attribute as written (trimmed). */
function writtenValue(person: MentorProfile | MenteeProfile, key: string): string {
  const values = person.attributes;
  const value = values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

function explainProgramCriterion(
  f: CohortFeatures,
  e: number,
  m: number,
  criterion: ProgramCriterion,
  value: number,
): Message {
  const mentor = f.mentors[m] as MentorProfile;
  const mentee = f.mentees[e] as MenteeProfile;
  if (criterion.kind === 'attribute') {
    const attribute = programLabel(criterion);
    const mentorValue = writtenValue(mentor, criterion.key);
    const menteeValue = writtenValue(mentee, criterion.key);
    if (Number.isNaN(value)) {
      return {
        key: 'matching.attribute.unknown',
        params: {
          attribute,
          side: sideOf(mentorValue.length > 0, menteeValue.length > 0),
        },
      };
    }
    const same = (value === 1) === (criterion.prefer === 'same');
    return same
      ? { key: 'matching.attribute.same', params: { attribute, value: menteeValue } }
      : { key: 'matching.attribute.different', params: { attribute, mentorValue, menteeValue } };
  }
  const items = f.itemCount;
  let mentorAnswered = 0;
  let menteeAnswered = 0;
  let count = 0;
  for (let q = 0; q < items; q++) {
    const a = f.mentorAnswers[m * items + q] as number;
    const b = f.menteeAnswers[e * items + q] as number;
    if (!Number.isNaN(a)) mentorAnswered++;
    if (!Number.isNaN(b)) menteeAnswered++;
    if (!Number.isNaN(a) && !Number.isNaN(b)) count++;
  }
  if (Number.isNaN(value)) {
    return {
      key: 'matching.questionnaire.unknown',
      params: {
        side:
          mentorAnswered > 0 && menteeAnswered > 0
            ? 'both'
            : sideOf(mentorAnswered > 0, menteeAnswered > 0),
      },
    };
  }
  return {
    key: 'matching.questionnaire.similar',
    params: { percent: Math.round(value * 100), count },
  };
}

function vetoesOf(f: CohortFeatures, e: number, m: number, customVetoes: string[]): Veto[] {
  const mentor = f.mentors[m] as MentorProfile;
  const vetoes: Veto[] = [];
  if ((f.menteeFree[e] as number) === 0) {
    vetoes.push({
      criterion: 'capacity',
      code: 'mentee_full',
      explanation: {
        key: 'matching.capacity.mentee_full',
        params: { active: f.menteeActive[e] as number, maximum: f.menteeMax[e] as number },
      },
    });
  }
  if ((f.mentorFree[m] as number) === 0) {
    vetoes.push({
      criterion: 'capacity',
      code: 'no_capacity',
      explanation: {
        key: 'matching.capacity.full',
        params: { active: f.mentorActive[m] as number, capacity: mentor.capacity },
      },
    });
  }
  if (f.mentorTooJunior[m] === 1) {
    vetoes.push({
      criterion: 'experience',
      code: 'mentor_too_junior',
      explanation: {
        key: 'matching.experience.too_junior',
        params: {
          years: mentor.yearsExperience,
          minimum: f.options.minMentorExperienceYears,
        },
      },
    });
  }
  if (sharedLanguages(mentor, f.mentees[e] as MenteeProfile).length === 0) {
    vetoes.push({
      criterion: 'language',
      code: 'no_shared_language',
      explanation: { key: 'matching.language.none', params: {} },
    });
  }
  const organization = f.mentorOrganization[m] as number;
  if (
    f.options.sameOrganization === 'veto' &&
    organization >= 0 &&
    organization === f.menteeOrganization[e]
  ) {
    vetoes.push({
      criterion: 'organization',
      code: 'same_organization',
      explanation: {
        key: 'matching.organization.same',
        params: { organization: mentor.organization ?? '' },
      },
    });
  }
  let flags = 0;
  for (let k = f.vetoStart[e] as number; k < (f.vetoStart[e + 1] as number); k++) {
    if (f.vetoMentor[k] === m) flags |= f.vetoFlag[k] as number;
  }
  if (flags & vetoFlags.excludedByMentee) {
    vetoes.push({
      criterion: 'preference',
      code: 'excluded_by_mentee',
      explanation: { key: 'matching.preference.excluded_by_mentee', params: {} },
    });
  }
  if (flags & vetoFlags.excludedByMentor) {
    vetoes.push({
      criterion: 'preference',
      code: 'excluded_by_mentor',
      explanation: { key: 'matching.preference.excluded_by_mentor', params: {} },
    });
  }
  if (flags & vetoFlags.samePerson) {
    vetoes.push({
      criterion: 'history',
      code: 'same_person',
      explanation: { key: 'matching.same_person', params: {} },
    });
  }
  const mentee = f.mentees[e] as MenteeProfile;
  if (f.options.requireSharedChannel && commonOf(mentee.channels, mentor.channels).length === 0) {
    vetoes.push({
      criterion: 'channels',
      code: 'no_shared_channel',
      explanation: { key: 'matching.channels.required', params: {} },
    });
  }
  const minimum = f.options.minWeeklyOverlapMinutes;
  if (minimum > 0) {
    const known = f.menteeHasSlots[e] === 1 && f.mentorHasSlots[m] === 1;
    const minutes = known ? sharedQuarters(f, e, m) * quarterMinutes : 0;
    if (!known || minutes < minimum) {
      vetoes.push({
        criterion: 'availability',
        code: 'insufficient_overlap',
        explanation: known
          ? { key: 'matching.availability.too_little', params: { minutes, minimum } }
          : { key: 'matching.availability.required_unknown', params: { minimum } },
      });
    }
  }
  const historyStage = f.historyStage.get(pairKey(m, e));
  const stage = historyStage === undefined ? '' : { key: `stage.${historyStage}` as MessageKey };
  if (flags & vetoFlags.historyOpen) {
    vetoes.push({
      criterion: 'history',
      code: 'already_paired',
      explanation: { key: 'matching.history.open', params: { stage } },
    });
  } else if (flags & vetoFlags.historyEnded) {
    vetoes.push({
      criterion: 'history',
      code: 'previously_paired',
      explanation: { key: 'matching.history.ended', params: { stage } },
    });
  }
  for (const label of customVetoes) {
    vetoes.push({
      criterion: label,
      code: 'custom',
      explanation: { key: 'matching.custom.veto', params: { criterion: label } },
    });
  }
  return vetoes;
}

/**
 * Scores one pair of a cohort with every reason: the kernel gives the score
 * (so it equals the matrix entry bit for bit), the profiles give the words.
 */
export function explainPair(
  f: CohortFeatures,
  weights: WeightVector,
  e: number,
  m: number,
  scratch: RowScratch,
): PairScore {
  const criteriaCount =
    builtinCriteria.length + f.options.criteria.length + f.options.programCriteria.length;
  const values = new Float64Array(criteriaCount);
  const score = new Float64Array(1);
  const eligible = new Uint8Array(1);
  scoreRow(f, weights, e, m, m + 1, score, eligible, 0, scratch, values);
  const mentor = f.mentors[m] as MentorProfile;
  const mentee = f.mentees[e] as MenteeProfile;
  const unknown = menteeUnknownMask(f, e);
  // The kernel's divisor for this pair, the same bits as the score's.
  const inverseTotal = scratch.pairInverse;
  const slotsKnown = f.menteeHasSlots[e] === 1 && f.mentorHasSlots[m] === 1;
  const criteria: CriterionScore[] = [];
  builtinCriteria.forEach((id, index) => {
    const weight = weights.values[index] as number;
    const value = values[index] as number;
    const known =
      id === 'availability'
        ? slotsKnown
        : !(Object.hasOwn(unknownBits, id) && unknown & unknownBits[id as UnknownId]);
    criteria.push({
      id,
      weight,
      value,
      known,
      contribution: weight * value * inverseTotal,
      explanation: explainBuiltin(f, e, m, index, value),
    });
  });
  const customVetoes: string[] = [];
  f.options.criteria.forEach((criterion, c) => {
    const index = builtinCriteria.length + c;
    const weight = weights.values[index] as number;
    const outcome = readOutcome(criterion.id, criterion.evaluate(mentor, mentee));
    if (outcome.veto) customVetoes.push(criterion.label);
    criteria.push({
      id: criterion.id,
      weight,
      value: outcome.value,
      known: true,
      contribution: weight * outcome.value * inverseTotal,
      explanation:
        outcome.note === undefined
          ? {
              key: 'matching.custom.value',
              params: { criterion: criterion.label, value: outcome.value },
            }
          : {
              key: 'matching.custom.note',
              params: { criterion: criterion.label, note: outcome.note },
            },
    });
  });
  const programOffset = builtinCriteria.length + f.options.criteria.length;
  f.options.programCriteria.forEach((criterion, p) => {
    const index = programOffset + p;
    const weight = weights.values[index] as number;
    const raw =
      criterion.kind === 'attribute' ? attributeValue(f, e, m, p) : questionnaireValue(f, e, m);
    const known = !Number.isNaN(raw);
    const value = values[index] as number;
    criteria.push({
      id: criterion.id,
      weight,
      value,
      known,
      contribution: weight * value * inverseTotal,
      explanation: explainProgramCriterion(f, e, m, criterion, known ? value : Number.NaN),
    });
  });
  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score: score[0] as number,
    eligible: eligible[0] === 1,
    criteria,
    vetoes: vetoesOf(f, e, m, customVetoes),
  };
}
