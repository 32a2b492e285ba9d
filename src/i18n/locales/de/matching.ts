import type { Translation } from '../../message-catalog';
import type { matchingMessages } from '../../messages/matching';

/** German texts of `matchingMessages`. */
export const matchingMessagesDe: Translation<typeof matchingMessages> = {
  // Criterion labels
  'matching.criterion.topics': 'Themen-Passung',
  'matching.criterion.role': 'Rollen-Passung',
  'matching.criterion.experience': 'Erfahrungsvorsprung',
  'matching.criterion.language': 'Gemeinsame Sprache',
  'matching.criterion.availability': 'Verfügbarkeit',
  'matching.criterion.channels': 'Kommunikationswege',
  'matching.criterion.organization': 'Organisation',
  'matching.criterion.preference': 'Mentee-Wunsch',
  'matching.criterion.capacity': 'Freie Plätze',
  'matching.criterion.history': 'Frühere Paarung',
  // Explanations per criterion
  'matching.topics.covered':
    '{total, plural, one {deckt das eine gewünschte Thema ab: {topics}} other {deckt {count} von # gewünschten Themen ab: {topics}}}',
  'matching.topics.none_covered':
    '{total, plural, one {deckt das gewünschte Thema nicht ab} other {deckt keines der # gewünschten Themen ab}}',
  'matching.topics.unknown': 'unbekannt: keine Wunschthemen angegeben',
  'matching.role.same': 'arbeitet als „{role}“, der angestrebten Rolle',
  'matching.role.related':
    'arbeitet als „{role}“, verwandt mit der angestrebten Rolle „{targetRole}“',
  'matching.role.different':
    'arbeitet als „{role}“, anders als die angestrebte Rolle „{targetRole}“',
  'matching.role.unknown': 'unbekannt: keine Zielrolle angegeben',
  'matching.experience.gap':
    '{gap, plural, one {# Jahr} other {# Jahre}} mehr Erfahrung ({mentorYears} gegenüber {menteeYears})',
  'matching.experience.not_more':
    'kein Erfahrungsvorsprung ({mentorYears} gegenüber {menteeYears, plural, one {# Jahr} other {# Jahren}})',
  'matching.experience.too_junior':
    'hat {years, plural, one {# Jahr} other {# Jahre}} Erfahrung; das Programm verlangt mindestens {minimum, plural, one {# Jahr} other {# Jahre}}',
  'matching.language.shared': 'beide sprechen {languages}',
  'matching.language.none': 'keine gemeinsame Sprache',
  'matching.availability.overlap':
    '{minutes, plural, one {# Minute} other {# Minuten}} gemeinsame Zeit pro Woche (Ziel: {target, plural, one {# Minute} other {# Minuten}})',
  'matching.availability.no_overlap': 'ihre wöchentlichen Zeitfenster überschneiden sich nie',
  'matching.availability.unknown':
    '{side, select, mentor {unbekannt: die Mentorin oder der Mentor hat keine Wochenzeiten angegeben} mentee {unbekannt: die oder der Mentee hat keine Wochenzeiten angegeben} other {unbekannt: keine Seite hat Wochenzeiten angegeben}}',
  'matching.availability.too_little':
    '{minutes, plural, one {# Minute} other {# Minuten}} pro Woche gemeinsam; das Programm verlangt mindestens {minimum, plural, one {# Minute} other {# Minuten}}',
  'matching.availability.required_unknown':
    'keine Wochenzeiten zum Vergleichen; das Programm verlangt mindestens {minimum, plural, one {# Minute} other {# Minuten}} gemeinsame Zeit pro Woche',
  'matching.channels.required':
    'kein gemeinsamer Kommunikationsweg, und das Programm verlangt einen',
  'matching.same_person': 'Mentor:in und Mentee sind dieselbe Person',
  'matching.channels.shared':
    '{total, plural, one {teilen den einzigen Kanal der Mentee-Seite: {channels}} other {teilen {count} von # Kanälen der Mentee-Seite: {channels}}}',
  'matching.channels.none': 'kein gemeinsamer Kommunikationsweg',
  'matching.organization.different': 'aus verschiedenen Organisationen',
  'matching.organization.unknown': 'Organisation nicht bei beiden angegeben',
  'matching.organization.same': 'beide arbeiten bei „{organization}“',
  'matching.organization.same_allowed':
    'beide arbeiten bei „{organization}“, was dieses Programm erlaubt',
  'matching.preference.ranked':
    '{total, plural, one {einziger Wunsch auf der Mentee-Wunschliste} other {Wunsch Nummer {rank} von # auf der Mentee-Wunschliste}}',
  'matching.preference.not_ranked': 'nicht auf der Mentee-Wunschliste',
  'matching.preference.excluded_by_mentee': 'von Mentee-Seite ausgeschlossen',
  'matching.preference.excluded_by_mentor': 'von Mentor:innen-Seite ausgeschlossen',
  'matching.capacity.available':
    '{free} von {capacity, plural, one {# Platz} other {# Plätzen}} frei',
  'matching.capacity.full':
    'kein freier Platz: {active} von {capacity, plural, one {# Platz} other {# Plätzen}} belegt',
  'matching.capacity.mentee_full':
    'Mentee hat bereits {active, plural, one {# Mentor:in} other {# Mentor:innen}}, so viele wie erlaubt ({maximum})',
  'matching.history.ended': 'hatten bereits eine Beziehung miteinander, die beendet ist ({stage})',
  'matching.history.open': 'bereits in einer offenen Beziehung miteinander ({stage})',
  'matching.custom.note': '{criterion}: {note}',
  'matching.custom.value': '{criterion}: {value}',
  'matching.custom.veto': '{criterion} schließt diese Paarung aus',
  // Pair summary
  'matching.pair.summary': '{score} % Übereinstimmung',
  'matching.pair.line': '{criterion} ({percent} % der Bewertung): {reason}',
  'matching.pair.unknown_line': '{criterion} (nicht gewertet): {reason}',
  'matching.pair.ineligible': 'nicht möglich: {reasons}',
  // Why a mentee stayed unmatched
  'matching.unmatched.no_eligible_mentor':
    'kein:e Mentor:in erfüllt die festen Bedingungen (Sprache, Erfahrung, Ausschlüsse)',
  'matching.unmatched.capacity_exhausted':
    'alle passenden Mentor:innen haben keinen freien Platz mehr',
  'matching.unmatched.lost_to_better_pair':
    'die Plätze aller passenden Mentor:innen gingen an besser passende Paare',
  'matching.unmatched.mentee_full': 'Mentee hat bereits so viele Mentor:innen wie erlaubt',
  'matching.criterion.questionnaire': 'Antworten im Fragebogen',
  'matching.criterion.program': '{criterion}',
  'matching.attribute.same': 'gleiche Angabe bei {attribute}: „{value}“',
  'matching.attribute.different':
    'unterschiedliche Angaben bei {attribute}: „{mentorValue}“ und „{menteeValue}“',
  'matching.attribute.unknown':
    '{side, select, mentor {unbekannt: die Mentorin oder der Mentor hat bei {attribute} nichts angegeben} mentee {unbekannt: die oder der Mentee hat bei {attribute} nichts angegeben} other {unbekannt: keine Seite hat bei {attribute} etwas angegeben}}',
  'matching.questionnaire.similar':
    '{percent} % Übereinstimmung bei {count, plural, one {der einen Frage} other {den # Fragen}}, die beide beantwortet haben',
  'matching.questionnaire.unknown':
    '{side, select, mentor {unbekannt: die Mentorin oder der Mentor hat keine Frage des Fragebogens beantwortet} mentee {unbekannt: die oder der Mentee hat keine Frage des Fragebogens beantwortet} other {unbekannt: keine Frage wurde von beiden beantwortet}}',
  'matching.why.assigned': 'dieses Paar ist Teil der Zuordnung ({score} %)',
  'matching.why.vetoed': 'ausgeschlossen: {reasons}',
  'matching.why.score': 'dieses Paar käme auf {score} %',
  'matching.why.mentor_full':
    '{count, plural, one {der einzige freie Platz der Mentorin oder des Mentors ging an {pairs}} other {die # freien Plätze der Mentorin oder des Mentors gingen an {pairs}}}',
  'matching.why.mentor_free':
    '{count, plural, one {die Mentorin oder der Mentor hat noch einen freien Platz} other {die Mentorin oder der Mentor hat noch # freie Plätze}}',
  'matching.why.mentee_matched':
    '{count, plural, one {die oder der Mentee bekam eine andere Mentorin oder einen anderen Mentor: {pairs}} other {die oder der Mentee bekam andere Mentor:innen: {pairs}}}',
  'matching.why.mentee_unmatched': 'die oder der Mentee bekam in dieser Zuordnung niemanden',
  'matching.why.pair_item': '{id} mit {score} % ({comparison})',
  'matching.why.better': '{points, plural, one {# Punkt besser} other {# Punkte besser}}',
  'matching.why.worse': '{points, plural, one {# Punkt schlechter} other {# Punkte schlechter}}',
  'matching.why.equal': 'gleich gut',
  'matching.why.forced':
    'dieses Paar zu erzwingen senkte die Gesamtbewertung um {loss} (von {before} auf {after})',
  'matching.why.forced_free':
    'dieses Paar zu erzwingen senkte die Gesamtbewertung nicht ({before} → {after})',
  'matching.why.forced_constrained':
    'was das Erzwingen dieses Paares kosten würde, wird unter Vorgaben für die ganze Zuordnung nicht berechnet',
};
