import { defaultLocale, type Locale } from '../i18n';
import { formatMatchingMessage } from '../i18n/scoped-format';
import { type BuiltinCriterionId, criterionLabelKeys } from './criteria';
import type { CriterionScore, PairScore, Veto } from './pair-score';

/**
 * What {@link formatPairScore} renders: a `PairScore` from `scorePair` or
 * `rankMentors`, or an `AssignedPair` from `assign` (always eligible, so it
 * has no `eligible` or `vetoes`).
 *
 * @example
 * ```ts
 * const shown: FormattablePairScore = assignment.pairs[0];
 * ```
 */
export interface FormattablePairScore {
  readonly score: number;
  readonly criteria: readonly CriterionScore[];
  /** True when absent. */
  readonly eligible?: boolean;
  readonly vetoes?: readonly Veto[];
}

function label(criterion: CriterionScore, locale: Locale): string {
  if (Object.hasOwn(criterionLabelKeys, criterion.id)) {
    return formatMatchingMessage(
      criterionLabelKeys[criterion.id as BuiltinCriterionId],
      {},
      locale,
    );
  }
  if (criterion.id === 'questionnaire') {
    return formatMatchingMessage('matching.criterion.questionnaire', {}, locale);
  }
  // Custom ids have no `:`: an attribute of the programme, labelled by it.
  if (criterion.id.startsWith('attribute:')) {
    return formatMatchingMessage(
      'matching.criterion.program',
      { criterion: criterion.explanation.params.attribute ?? criterion.id.slice(10) },
      locale,
    );
  }
  // A custom criterion's explanation carries the label its author gave it.
  const custom = criterion.explanation.params.criterion;
  return typeof custom === 'string' ? custom : criterion.id;
}

/**
 * Renders a pair's score as lines of text a coordinator can show: a headline
 * (the match percentage, or why the pair is ruled out), then one line per
 * weighted criterion with its share of the score and its reason; criteria
 * left unknown by missing data come last, marked as not counted.
 *
 * Any locale works and none throws: a BCP 47 tag renders English (`'en-GB'`
 * keeps British number formats; other or malformed tags fall back to
 * English), a locale pack renders its language (`de` from
 * `mentorship-kit/locales/de`, or `negotiateLocale(tag, [de, fr, es])`).
 * Topics read as the programme's labels (given with the scorer's `program`
 * option; the id where a topic has no label), languages by their name in the
 * reader's language, channels and stages translated. A mentor's `role` and a
 * mentee's `targetRole` are free text without a label, so they are shown
 * quoted, as written. The lines come back frozen.
 *
 * @param pair - the result of `scorePair` or `rankMentors`, or a pair of `assign`
 * @param locale - a BCP 47 tag or a locale pack; English by default
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * formatPairScore(scorePair(mentor, mentee, { program }), de);
 * // ['72 % Übereinstimmung', 'Themen-Passung (18 % der Bewertung): deckt 2 von 3 …', …]
 * formatPairScore(assignment.pairs[0], 'en-GB');
 * ```
 */
export function formatPairScore(
  pair: PairScore | FormattablePairScore,
  locale: Locale = defaultLocale,
): readonly string[] {
  const headline =
    pair.eligible === false
      ? formatMatchingMessage(
          'matching.pair.ineligible',
          {
            reasons: (pair.vetoes ?? []).map((veto) =>
              formatMatchingMessage(veto.explanation.key, veto.explanation.params, locale),
            ),
          },
          locale,
        )
      : formatMatchingMessage(
          'matching.pair.summary',
          { score: Math.round(pair.score * 100) },
          locale,
        );
  const lines = [headline];
  const unknown: string[] = [];
  for (const criterion of pair.criteria) {
    if (criterion.weight === 0) continue;
    // Missing data is said, but after every reason that counted.
    if (criterion.known === false) {
      unknown.push(
        formatMatchingMessage(
          'matching.pair.unknown_line',
          {
            criterion: label(criterion, locale),
            reason: formatMatchingMessage(
              criterion.explanation.key,
              criterion.explanation.params,
              locale,
            ),
          },
          locale,
        ),
      );
      continue;
    }
    lines.push(
      formatMatchingMessage(
        'matching.pair.line',
        {
          criterion: label(criterion, locale),
          percent: Math.round(criterion.contribution * 100),
          reason: formatMatchingMessage(
            criterion.explanation.key,
            criterion.explanation.params,
            locale,
          ),
        },
        locale,
      ),
    );
  }
  return Object.freeze([...lines, ...unknown]);
}
