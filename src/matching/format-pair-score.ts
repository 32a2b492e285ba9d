import { defaultLocale, type Locale } from '../i18n';
import { formatMatchingMessage } from '../i18n/scoped-format';
import { type BuiltinCriterionId, criterionLabelKeys } from './criteria';
import type { CriterionScore, PairScore } from './pair-score';

function label(criterion: CriterionScore, locale: Locale): string {
  if (Object.hasOwn(criterionLabelKeys, criterion.id)) {
    return formatMatchingMessage(
      criterionLabelKeys[criterion.id as BuiltinCriterionId],
      {},
      locale,
    );
  }
  // A custom criterion's explanation carries the label its author gave it.
  const custom = criterion.explanation.params.criterion;
  return typeof custom === 'string' ? custom : criterion.id;
}

/**
 * Renders a {@link PairScore} as lines of text for people: a headline (the
 * match percentage, or why the pair is ruled out), then one line per
 * weighted criterion with its share of the score and its reason. The texts
 * come from the matching module's catalogue, which holds every message a
 * `PairScore` carries.
 *
 * @param pair - the result of `scorePair` or `rankMentors`
 * @param locale - `'en'` (default) or `'de'`
 * @example
 * ```ts
 * formatPairScore(scorePair(mentor, mentee), 'de');
 * // ['72 % Übereinstimmung', 'Themen-Passung (18 % der Bewertung): deckt 2 von 3 …', …]
 * ```
 */
export function formatPairScore(pair: PairScore, locale: Locale = defaultLocale): string[] {
  const headline = pair.eligible
    ? formatMatchingMessage(
        'matching.pair.summary',
        { score: Math.round(pair.score * 100) },
        locale,
      )
    : formatMatchingMessage(
        'matching.pair.ineligible',
        {
          reasons: pair.vetoes.map((veto) =>
            formatMatchingMessage(veto.explanation.key, veto.explanation.params, locale),
          ),
        },
        locale,
      );
  const lines = [headline];
  for (const criterion of pair.criteria) {
    if (criterion.weight === 0) continue;
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
  return lines;
}
