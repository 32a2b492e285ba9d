import { defineMessages } from '../message-catalog';

/** Messages of the matching module for display: criterion labels, explanations, vetoes and unmatched reasons. */
export const matchingMessages = /* @__PURE__ */ defineMessages({
  // Criterion labels
  'matching.criterion.topics': { en: 'Topic fit', de: 'Themen-Passung' },
  'matching.criterion.role': { en: 'Role fit', de: 'Rollen-Passung' },
  'matching.criterion.experience': { en: 'Experience gap', de: 'Erfahrungsvorsprung' },
  'matching.criterion.language': { en: 'Shared language', de: 'Gemeinsame Sprache' },
  'matching.criterion.availability': { en: 'Availability', de: 'Verfügbarkeit' },
  'matching.criterion.channels': { en: 'Communication channels', de: 'Kommunikationswege' },
  'matching.criterion.organization': { en: 'Organisation', de: 'Organisation' },
  'matching.criterion.preference': { en: 'Mentee’s choice', de: 'Mentee-Wunsch' },
  'matching.criterion.capacity': { en: 'Free places', de: 'Freie Plätze' },
  'matching.criterion.history': { en: 'Earlier pairing', de: 'Frühere Paarung' },

  // Explanations per criterion
  'matching.topics.covered': {
    en: 'covers {count} of the {total} topics the mentee asked for: {topics}',
    de: 'deckt {count} von {total} gewünschten Themen ab: {topics}',
  },
  'matching.topics.none_covered': {
    en: 'covers none of the {total} topics the mentee asked for',
    de: 'deckt keines der {total} gewünschten Themen ab',
  },
  'matching.topics.none_wanted': {
    en: 'the mentee named no topics, so every mentor fits halfway',
    de: 'keine Wunschthemen angegeben, daher zur Hälfte passend',
  },
  'matching.role.same': {
    en: 'works as {role}, the role the mentee is aiming for',
    de: 'arbeitet als {role}, der angestrebten Rolle',
  },
  'matching.role.related': {
    en: 'the role {role} is related to the target role {targetRole}',
    de: 'die Rolle {role} ist mit der Zielrolle {targetRole} verwandt',
  },
  'matching.role.different': {
    en: 'the role {role} differs from the target role {targetRole}',
    de: 'die Rolle {role} unterscheidet sich von der Zielrolle {targetRole}',
  },
  'matching.role.no_target': {
    en: 'the mentee named no target role, so the role fits halfway',
    de: 'keine Zielrolle angegeben, daher zur Hälfte passend',
  },
  'matching.experience.gap': {
    en: '{gap} more years of experience ({mentorYears} against {menteeYears})',
    de: '{gap} Jahre mehr Erfahrung ({mentorYears} gegenüber {menteeYears})',
  },
  'matching.experience.not_more': {
    en: 'not more experienced than the mentee ({mentorYears} against {menteeYears} years)',
    de: 'kein Erfahrungsvorsprung ({mentorYears} gegenüber {menteeYears} Jahren)',
  },
  'matching.experience.too_junior': {
    en: 'has {years} years of experience; the programme asks for at least {minimum}',
    de: 'hat {years} Jahre Erfahrung; das Programm verlangt mindestens {minimum}',
  },
  'matching.language.shared': {
    en: 'both speak {languages}',
    de: 'beide sprechen {languages}',
  },
  'matching.language.none': {
    en: 'no shared language',
    de: 'keine gemeinsame Sprache',
  },
  'matching.availability.overlap': {
    en: '{minutes} minutes a week when both are available (target {target})',
    de: '{minutes} Minuten pro Woche, in denen beide verfügbar sind (Ziel {target})',
  },
  'matching.availability.no_overlap': {
    en: 'their weekly availability never overlaps',
    de: 'ihre wöchentlichen Zeitfenster überschneiden sich nie',
  },
  'matching.availability.zone_distance': {
    en: 'no weekly slots to compare; their time zones are {hours} hours apart',
    de: 'keine Zeitfenster zum Vergleichen; ihre Zeitzonen liegen {hours} Stunden auseinander',
  },
  'matching.channels.shared': {
    en: 'can talk by {channels} ({count} of the mentee’s {total} channels)',
    de: 'können sich über {channels} austauschen ({count} von {total} gewünschten Kanälen)',
  },
  'matching.channels.none': {
    en: 'no communication channel in common',
    de: 'kein gemeinsamer Kommunikationsweg',
  },
  'matching.organization.different': {
    en: 'from different organisations',
    de: 'aus verschiedenen Organisationen',
  },
  'matching.organization.unknown': {
    en: 'organisation not stated for both',
    de: 'Organisation nicht bei beiden angegeben',
  },
  'matching.organization.same': {
    en: 'both work at {organization}',
    de: 'beide arbeiten bei {organization}',
  },
  'matching.organization.same_allowed': {
    en: 'both work at {organization}, which this programme allows',
    de: 'beide arbeiten bei {organization}, was dieses Programm erlaubt',
  },
  'matching.preference.ranked': {
    en: 'the mentee’s choice number {rank} of {total}',
    de: 'Wunsch Nummer {rank} von {total} auf der Mentee-Wunschliste',
  },
  'matching.preference.not_ranked': {
    en: 'not among the mentee’s preferred mentors',
    de: 'nicht auf der Mentee-Wunschliste',
  },
  'matching.preference.excluded_by_mentee': {
    en: 'the mentee excluded this mentor',
    de: 'von Mentee-Seite ausgeschlossen',
  },
  'matching.preference.excluded_by_mentor': {
    en: 'the mentor excluded this mentee',
    de: 'von Mentor:innen-Seite ausgeschlossen',
  },
  'matching.capacity.available': {
    en: '{free} of {capacity} places free',
    de: '{free} von {capacity} Plätzen frei',
  },
  'matching.capacity.full': {
    en: 'no free place: {active} of {capacity} taken',
    de: 'kein freier Platz: {active} von {capacity} belegt',
  },
  'matching.capacity.mentee_full': {
    en: 'the mentee already has {active} of at most {maximum} mentors',
    de: 'Mentee hat bereits {active} von höchstens {maximum} Mentor:innen',
  },
  'matching.history.ended': {
    en: 'already had a relationship that ended ({stage})',
    de: 'hatten bereits eine beendete Beziehung ({stage})',
  },
  'matching.history.open': {
    en: 'already paired in an open relationship ({stage})',
    de: 'bereits in einer offenen Beziehung ({stage})',
  },
  'matching.custom.note': {
    en: '{criterion}: {note}',
    de: '{criterion}: {note}',
  },
  'matching.custom.value': {
    en: '{criterion}: {value}',
    de: '{criterion}: {value}',
  },
  'matching.custom.veto': {
    en: '{criterion} rules this pair out',
    de: '{criterion} schließt diese Paarung aus',
  },

  // Pair summary
  'matching.pair.summary': {
    en: '{score} % match',
    de: '{score} % Übereinstimmung',
  },
  'matching.pair.line': {
    en: '{criterion} ({percent} % of the score): {reason}',
    de: '{criterion} ({percent} % der Bewertung): {reason}',
  },
  'matching.pair.ineligible': {
    en: 'not eligible: {reasons}',
    de: 'nicht möglich: {reasons}',
  },

  // Why a mentee stayed unmatched
  'matching.unmatched.no_eligible_mentor': {
    en: 'no mentor fits the hard limits (language, experience, exclusions)',
    de: 'kein:e Mentor:in erfüllt die festen Bedingungen (Sprache, Erfahrung, Ausschlüsse)',
  },
  'matching.unmatched.capacity_exhausted': {
    en: 'every mentor who would fit has no free place left',
    de: 'alle passenden Mentor:innen haben keinen freien Platz mehr',
  },
  'matching.unmatched.lost_to_better_pair': {
    en: 'the places of every fitting mentor went to pairs with a better fit',
    de: 'die Plätze aller passenden Mentor:innen gingen an besser passende Paare',
  },
  'matching.unmatched.mentee_full': {
    en: 'the mentee already has as many mentors as allowed',
    de: 'Mentee hat bereits so viele Mentor:innen wie erlaubt',
  },
});
