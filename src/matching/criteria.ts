import type { MessageKey } from '../i18n';

/**
 * The criteria the scorer knows without configuration, in the order they are
 * summed. Each gives a value in [0, 1]; the score is their weighted mean.
 * Frozen: the scorer reads this list, so changing it would change every score.
 *
 * @example
 * ```ts
 * builtinCriteria.includes('availability'); // true
 * ```
 */
export const builtinCriteria = Object.freeze([
  'topics',
  'role',
  'experience',
  'language',
  'availability',
  'channels',
  'organization',
  'preference',
] as const);

/**
 * The id of a built-in criterion, see {@link builtinCriteria}.
 *
 * @example
 * ```ts
 * const id: BuiltinCriterionId = 'topics';
 * ```
 */
export type BuiltinCriterionId = (typeof builtinCriteria)[number];

/**
 * The weights used when the options give none: topic fit counts most, then
 * time together, then everything else equally. A weight of 0 turns a
 * criterion off for the score; its hard limits (vetoes) still apply. Frozen.
 *
 * @example
 * ```ts
 * defaultWeights.topics; // 3
 * ```
 */
export const defaultWeights: Readonly<Record<BuiltinCriterionId, number>> = Object.freeze({
  topics: 3,
  role: 1,
  experience: 1,
  language: 1,
  availability: 2,
  channels: 1,
  organization: 1,
  preference: 1,
});

/** Label message of each built-in criterion (and of the two veto-only checks). */
export const criterionLabelKeys: Readonly<
  Record<BuiltinCriterionId | 'capacity' | 'history', MessageKey>
> = Object.freeze({
  topics: 'matching.criterion.topics',
  role: 'matching.criterion.role',
  experience: 'matching.criterion.experience',
  language: 'matching.criterion.language',
  availability: 'matching.criterion.availability',
  channels: 'matching.criterion.channels',
  organization: 'matching.criterion.organization',
  preference: 'matching.criterion.preference',
  capacity: 'matching.criterion.capacity',
  history: 'matching.criterion.history',
});

/**
 * Index of each built-in criterion in weight and value vectors: the kernels
 * read weights by these names, never by a bare number. Checked against
 * {@link builtinCriteria} by the tests.
 */
export const criterionIndex = Object.freeze({
  topics: 0,
  role: 1,
  experience: 2,
  language: 3,
  availability: 4,
  channels: 5,
  organization: 6,
  preference: 7,
} as const satisfies Record<BuiltinCriterionId, number>);

/**
 * Bits of a mentee's "unknown" mask: the criteria it gives no data for, left
 * out of the weighted mean (their weight does not count), so the missing
 * answer is neither a bonus nor a penalty. Missing weekly slots are not here:
 * they count as no overlap shown (see the matching guide).
 */
export const unknownBits = Object.freeze({
  /** The mentee named no topics. */
  topics: 1,
  /** The mentee named no target role. */
  role: 2,
} as const);
