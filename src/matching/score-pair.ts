import { deepFreeze } from '../_internal/deep-freeze';
import type { MenteeProfile, MentorProfile } from '../model';
import { attachMentees, checkPeople, type MentorSide, prepareMentors } from './cohort';
import {
  type MatchingOptions,
  MatchingOptionsSchema,
  type ResolvedOptions,
  readOptions,
  resolveOptions,
} from './options';
import { explainPair, type PairScore } from './pair-score';
import { createScratch, type RowScratch } from './score-kernel';

/**
 * Scores one mentor–mentee pair and says why: a score in [0, 1] (the weighted
 * mean of the criteria), whether the pair is eligible, each criterion's
 * weight, value, contribution and explanation, and the vetoes that rule the
 * pair out. The score equals the pair's entry of {@link scoreMatrix} exactly.
 * The result is deep-frozen; the inputs are neither changed nor frozen.
 *
 * Profiles and options are read as values: the result, the mentor's prepared
 * features and the validated options are remembered per object (weakly), so
 * calling again with the same objects costs a lookup. To change a profile or
 * the options, pass a changed copy (as immer does), not the same object
 * mutated.
 *
 * @param mentor - a validated mentor profile
 * @param mentee - a validated mentee profile
 * @param options - the programme, weights, hard limits and existing relationships
 * @throws {@link InvalidOptionsError} for invalid options (a programmer error;
 *   check options from user input with {@link parseMatchingOptions} first).
 * @throws {@link MentorshipKitError} (`invalid_criterion_value`) when a custom
 *   criterion answers with something other than a number in [0, 1].
 * @throws {@link MentorshipKitError} (`invalid_time_zone`) for a profile whose
 *   `timeZone` the engine does not know (profiles from `parseMentorProfile` and
 *   `parseMenteeProfile` never have one).
 * @example
 * ```ts
 * const result = scorePair(mentor, mentee, { program });
 * formatPairScore(result, de); // ['72 % Übereinstimmung', 'Themen-Passung (…', …]
 * ```
 */
export function scorePair(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  options?: MatchingOptions,
): PairScore {
  const resolved = resolvedOptions(options);
  const byMentee = isObject(mentor) && isObject(mentee) ? results.get(mentor) : undefined;
  const known = byMentee?.get(mentee);
  if (known !== undefined && known.resolved === resolved) return known.result;
  const side = mentorSide(mentor, resolved);
  checkPeople('scorePair', [], [mentee], resolved);
  const features = attachMentees(side.side, [mentee]);
  const result = deepFreeze(explainPair(features, resolved.weights, 0, 0, side.scratch));
  if (isObject(mentor) && isObject(mentee)) {
    let map = results.get(mentor);
    if (map === undefined) {
      map = new WeakMap();
      results.set(mentor, map);
    }
    map.set(mentee, { resolved, result });
  }
  return result;
}

// Profiles and options are values: a result, a mentor's prepared features and
// validated options are kept per object (weakly, so they go with it), and
// repeated calls cost a lookup. Change a profile or options by copying it.
const noOptions = Object.freeze({});
const optionsCache = new WeakMap<object, ResolvedOptions>();
const sides = new WeakMap<
  object,
  { resolved: ResolvedOptions; side: MentorSide; scratch: RowScratch }
>();
const results = new WeakMap<
  object,
  WeakMap<object, { resolved: ResolvedOptions; result: PairScore }>
>();

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function resolvedOptions(options: MatchingOptions | undefined): ResolvedOptions {
  const key = options ?? noOptions;
  if (!isObject(key)) return resolveOptions(readOptions('scorePair', MatchingOptionsSchema, key));
  let resolved = optionsCache.get(key);
  if (resolved === undefined) {
    resolved = resolveOptions(readOptions('scorePair', MatchingOptionsSchema, options));
    optionsCache.set(key, resolved);
  }
  return resolved;
}

function mentorSide(mentor: MentorProfile, resolved: ResolvedOptions) {
  const known = isObject(mentor) ? sides.get(mentor) : undefined;
  if (known !== undefined && known.resolved === resolved) return known;
  checkPeople('scorePair', [mentor], [], resolved);
  // Every topic of the mentor gets a bit, so the side fits any mentee.
  const side = prepareMentors([mentor], resolved, mentor.expertise);
  const prepared = { resolved, side, scratch: createScratch(attachMentees(side, [])) };
  if (isObject(mentor)) sides.set(mentor, prepared);
  return prepared;
}
