import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import { parseOptions, unreadableOptions } from '../_internal/options';
import { defaultLocale, type Locale, type Message, type MessageRef } from '../i18n';
import { formatMatchingMessage } from '../i18n/scoped-format';
import type { MenteeProfile, MentorProfile } from '../model';
import { InvalidOptionsError } from '../model/errors';
import { type Assignment, assign } from './assign';
import { buildCohortFeatures } from './cohort';
import { matchingErrorKey } from './matching-error-key';
import { type AssignOptions, AssignOptionsSchema, readOptions, resolveOptions } from './options';
import { explainPair, type PairScore, type Veto } from './pair-score';
import { createScratch } from './score-kernel';

/**
 * Which pair {@link whyNot} explains, and how much work it may do. A pair of
 * the assignment (an `AssignedPair`) fits: other keys are ignored.
 *
 * @example
 * ```ts
 * const query: WhyNotQuery = { mentorId: 'ada', menteeId: 'sam', forcedCost: false };
 * ```
 */
export interface WhyNotQuery {
  readonly mentorId: string;
  readonly menteeId: string;
  /**
   * Re-solve the cohort with the pair fixed to say what the total would lose
   * (default true). Costs one more `assign` run on the same cohort.
   */
  readonly forcedCost?: boolean | undefined;
}

// A pair of the assignment fits as it is: only these keys are read.
const WhyNotQuerySchema = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  forcedCost: z.boolean().optional(),
});

/**
 * A pair of the assignment that {@link whyNot} compares with the asked pair:
 * one that took the mentor's place, or one of the mentee's own mentors.
 *
 * @example
 * ```ts
 * const rival: RivalPair = { mentorId: 'ada', menteeId: 'kim', score: 0.82, margin: 0.07 };
 * ```
 */
export interface RivalPair {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  /** Its score minus the asked pair's score: positive when it fits better. */
  readonly margin: number;
}

/**
 * What forcing the asked pair into the assignment would cost: the cohort
 * re-solved with the pair fixed (same strategy and options).
 *
 * @example
 * ```ts
 * const forced: ForcedPairing = { before: 24.1, after: 23.85, loss: 0.25 };
 * ```
 */
export interface ForcedPairing {
  /** The assignment's total score (`totals.sum`). */
  readonly before: number;
  /** The total with the pair fixed and the rest re-solved. */
  readonly after: number;
  /** `before - after`: what the total would lose (0 or less: nothing). */
  readonly loss: number;
}

/**
 * The answer of {@link whyNot}: why a mentee–mentor pair is, or is not, part
 * of an assignment.
 *
 * - `assigned`: the pair is in the assignment.
 * - `vetoed`: a hard rule rules it out; `vetoes` say which.
 * - `not_chosen`: the pair is eligible, but the solver chose otherwise;
 *   `mentorPairs` are the pairs that hold the mentor's places, `menteePairs`
 *   the mentee's own mentors, and `forced` what fixing the pair would cost.
 *
 * @example
 * ```ts
 * const answer: PairingExplanation = whyNot(mentors, mentees, assignment, { mentorId, menteeId });
 * if (answer.status === 'not_chosen') console.log(answer.forced?.loss);
 * ```
 */
export interface PairingExplanation {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly status: 'assigned' | 'vetoed' | 'not_chosen';
  /** The pair's score with every reason, as `scorePair` gives it. */
  readonly pair: PairScore;
  readonly vetoes: readonly Veto[];
  /** The mentor's free places before the assignment (capacity minus active relationships). */
  readonly mentorPlaces: number;
  /** The assignment's pairs with this mentor, best first. */
  readonly mentorPairs: readonly RivalPair[];
  /** The assignment's pairs with this mentee, best first. */
  readonly menteePairs: readonly RivalPair[];
  /** What forcing the pair costs; null when assigned, vetoed or not asked for. */
  readonly forced: ForcedPairing | null;
  /** The answer as messages, in order; render them with {@link formatWhyNot}. */
  readonly explanation: readonly Message[];
}

/**
 * The options of `whyNot`: those of `assign`, and the assignment-wide
 * `groups` and `constraints` it may have been made with.
 *
 * @example
 * ```ts
 * const options: WhyNotOptions = { program, constraints: [{ group: 'acme', maxPairs: 1 }] };
 * ```
 */
export interface WhyNotOptions extends AssignOptions {
  /** The groups of a constrained assignment, as passed to `assign`. */
  readonly groups?: unknown;
  /** The constraints of a constrained assignment, as passed to `assign`. */
  readonly constraints?: unknown;
}

/**
 * Splits off `groups` and `constraints` (read once); anything that is not an
 * object is left for the options schema to reject.
 */
function readConstraints(options: WhyNotOptions | undefined): {
  scoring: unknown;
  constrained: boolean;
} {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { scoring: options, constrained: false };
  }
  try {
    const { groups, constraints, ...scoring } = options;
    return { scoring, constrained: groups !== undefined || constraints !== undefined };
  } catch (cause) {
    throw unreadableOptions('whyNot', cause);
  }
}

function percent(score: number): number {
  return Math.round(score * 100);
}

/** Totals as shown: two decimals. */
function shown(total: number): number {
  return Math.round(total * 100) / 100;
}

function rivalItem(rival: RivalPair, side: 'mentor' | 'mentee'): MessageRef {
  const points = Math.round(Math.abs(rival.margin) * 1000) / 10;
  const comparison: MessageRef =
    points === 0
      ? { key: 'matching.why.equal' }
      : {
          key: rival.margin > 0 ? 'matching.why.better' : 'matching.why.worse',
          params: { points },
        };
  return {
    key: 'matching.why.pair_item',
    params: {
      id: side === 'mentor' ? rival.menteeId : rival.mentorId,
      score: percent(rival.score),
      comparison,
    },
  };
}

function byScore(a: RivalPair, b: RivalPair): number {
  const ka = `${a.menteeId}\u0000${a.mentorId}`;
  const kb = `${b.menteeId}\u0000${b.mentorId}`;
  return b.score - a.score || (ka < kb ? -1 : ka > kb ? 1 : 0);
}

/**
 * Explains why a mentee–mentor pair is or is not part of an assignment made
 * by `assign`: ruled out by which hard rule; or eligible, but the mentor's
 * places went to other pairs (which, and by how many points they fit better)
 * and the mentee to other mentors; and what the assignment's total would lose
 * if the pair were forced.
 *
 * Pass the same mentors, mentees and options that made the assignment. The
 * pair's score and vetoes cost one pair's scoring; `forced` (unless
 * `forcedCost: false`) re-solves the whole cohort once with the pair fixed —
 * the mentor's capacity one lower and the mentee's places one fewer — so it
 * costs about as much as the `assign` call that made the assignment (a few
 * milliseconds for hundreds of people, seconds at the largest sizes). For
 * `strategy: 'optimal'` the loss is never negative; other strategies are not
 * optimal, so forcing a pair may even raise their total. For an assignment
 * made under `groups` and `constraints`, `forced` is not computed (the fixed
 * pair would count towards the caps, which only `assign` knows); the pair is
 * scored and explained without them.
 *
 * @param mentors - the mentors the assignment was made from
 * @param mentees - the mentees the assignment was made from
 * @param assignment - the result of `assign`
 * @param query - the pair (`mentorId`, `menteeId`) and whether to re-solve
 * @param options - the options the assignment was made with (see {@link WhyNotOptions})
 * @throws {@link InvalidOptionsError} (`params.function` is `'whyNot'`) for
 *   invalid options or a query whose ids are not in the cohort.
 * @example
 * ```ts
 * const assignment = assign(mentors, mentees, { program });
 * const answer = whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: 'sam' }, { program });
 * formatWhyNot(answer, de);
 * // ['dieses Paar käme auf 71 %', 'der einzige freie Platz … ging an kim mit 80 % (9 Punkte besser)', …]
 * ```
 */
export function whyNot(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  assignment: Assignment,
  query: WhyNotQuery,
  options?: WhyNotOptions,
): PairingExplanation {
  const { mentorId, menteeId, forcedCost } = parseOptions('whyNot', WhyNotQuerySchema, query);
  // Assignment-wide constraints belong to `assign`; the pair is scored without them.
  const { scoring, constrained } = readConstraints(options);
  const parsed = readOptions('whyNot', AssignOptionsSchema, scoring);
  const resolved = resolveOptions(parsed);
  const mentor = mentors.find((person) => person.id === mentorId);
  const mentee = mentees.find((person) => person.id === menteeId);
  if (mentor === undefined || mentee === undefined) {
    throw new InvalidOptionsError(
      'whyNot',
      [
        mentor === undefined ? { at: 'mentorId', value: mentorId } : null,
        mentee === undefined ? { at: 'menteeId', value: menteeId } : null,
      ].flatMap((missing) =>
        missing === null
          ? []
          : [
              {
                path: [missing.at],
                code: 'invalid_value' as const,
                messageKey: matchingErrorKey('matching.error.not_in_cohort'),
                params: { value: missing.value.slice(0, 128) },
              },
            ],
      ),
    );
  }
  const features = buildCohortFeatures([mentor], [mentee], resolved, 'whyNot');
  const pair = explainPair(features, resolved.weights, 0, 0, createScratch(features));
  const mentorPlaces = features.mentorFree[0] as number;
  const rival = (other: { mentorId: string; menteeId: string; score: number }): RivalPair => ({
    mentorId: other.mentorId,
    menteeId: other.menteeId,
    score: other.score,
    margin: other.score - pair.score,
  });
  const mentorPairs = assignment.pairs
    .filter((other) => other.mentorId === mentorId && other.menteeId !== menteeId)
    .map(rival)
    .sort(byScore);
  const menteePairs = assignment.pairs
    .filter((other) => other.menteeId === menteeId && other.mentorId !== mentorId)
    .map(rival)
    .sort(byScore);
  const assigned = assignment.pairs.some(
    (other) => other.mentorId === mentorId && other.menteeId === menteeId,
  );
  const status = assigned ? 'assigned' : pair.eligible ? 'not_chosen' : 'vetoed';

  let forced: ForcedPairing | null = null;
  if (status === 'not_chosen' && forcedCost !== false && !constrained) {
    const menteeFree = features.menteeFree[0] as number;
    const menteeMax = features.menteeMax[0] as number;
    // Fix the pair: the mentor has one place fewer, the mentee one mentor fewer to find.
    const restMentors = mentors.map((person) =>
      person.id === mentorId ? { ...person, capacity: person.capacity - 1 } : person,
    );
    const restMentees =
      menteeFree <= 1
        ? mentees.filter((person) => person.id !== menteeId)
        : mentees.map((person) =>
            person.id === menteeId ? { ...person, maxMentors: menteeMax - 1 } : person,
          );
    const rest = assign(restMentors, restMentees, parsed as AssignOptions);
    const before = assignment.totals.sum;
    const after = pair.score + rest.totals.sum;
    forced = { before, after, loss: before - after };
  }

  const explanation: Message[] = [];
  if (status === 'assigned') {
    explanation.push({ key: 'matching.why.assigned', params: { score: percent(pair.score) } });
  } else if (status === 'vetoed') {
    explanation.push({
      key: 'matching.why.vetoed',
      params: { reasons: pair.vetoes.map((veto) => veto.explanation) },
    });
  } else {
    explanation.push({ key: 'matching.why.score', params: { score: percent(pair.score) } });
    if (mentorPairs.length >= mentorPlaces) {
      explanation.push({
        key: 'matching.why.mentor_full',
        params: {
          count: mentorPairs.length,
          pairs: mentorPairs.map((other) => rivalItem(other, 'mentor')),
        },
      });
    } else {
      explanation.push({
        key: 'matching.why.mentor_free',
        params: { count: mentorPlaces - mentorPairs.length },
      });
    }
    explanation.push(
      menteePairs.length > 0
        ? {
            key: 'matching.why.mentee_matched',
            params: {
              count: menteePairs.length,
              pairs: menteePairs.map((other) => rivalItem(other, 'mentee')),
            },
          }
        : { key: 'matching.why.mentee_unmatched', params: {} },
    );
    if (constrained && forcedCost !== false) {
      explanation.push({ key: 'matching.why.forced_constrained', params: {} });
    }
    if (forced !== null) {
      const params = { before: shown(forced.before), after: shown(forced.after) };
      explanation.push(
        shown(forced.loss) > 0
          ? { key: 'matching.why.forced', params: { ...params, loss: shown(forced.loss) } }
          : { key: 'matching.why.forced_free', params },
      );
    }
  }
  return deepFreeze({
    mentorId,
    menteeId,
    status,
    pair,
    vetoes: pair.vetoes,
    mentorPlaces,
    mentorPairs,
    menteePairs,
    forced,
    explanation,
  });
}

/**
 * Renders a {@link PairingExplanation} as lines of text, one per message, in
 * any locale (see `formatPairScore` for how locales are chosen). Frozen.
 *
 * @param answer - the result of {@link whyNot}
 * @param locale - a BCP 47 tag or a locale pack; English by default
 * @example
 * ```ts
 * formatWhyNot(whyNot(mentors, mentees, assignment, { mentorId: 'ada', menteeId: 'sam' }), 'en');
 * // ['this pair would score 71 %', 'the mentor’s only free place went to kim at 80 % (9 points better)', …]
 * ```
 */
export function formatWhyNot(
  answer: PairingExplanation,
  locale: Locale = defaultLocale,
): readonly string[] {
  return Object.freeze(
    answer.explanation.map((message) => formatMatchingMessage(message.key, message.params, locale)),
  );
}
