import type { Translation } from '../../message-catalog';
import type { matchingMessages } from '../../messages/matching';

/** French texts of `matchingMessages`. */
export const matchingMessagesFr: Translation<typeof matchingMessages> = {
  // Criterion labels
  'matching.criterion.topics': 'Adéquation des thèmes',
  'matching.criterion.role': 'Adéquation du poste',
  'matching.criterion.experience': 'Écart d’expérience',
  'matching.criterion.language': 'Langue commune',
  'matching.criterion.availability': 'Disponibilités',
  'matching.criterion.channels': 'Moyens de communication',
  'matching.criterion.organization': 'Organisation',
  'matching.criterion.preference': 'Choix de la personne mentorée',
  'matching.criterion.capacity': 'Places libres',
  'matching.criterion.history': 'Binôme antérieur',
  // Explanations per criterion
  'matching.topics.covered':
    '{total, plural, one {couvre le seul thème demandé : {topics}} other {couvre {count} des # thèmes demandés : {topics}}}',
  'matching.topics.none_covered':
    '{total, plural, one {ne couvre pas le thème demandé} other {ne couvre aucun des # thèmes demandés}}',
  'matching.topics.unknown': 'inconnu : le mentoré n’a indiqué aucun sujet',
  'matching.role.same': 'travaille comme « {role} », le poste que vise la personne mentorée',
  'matching.role.related':
    'travaille comme « {role} », un poste proche de celui visé, « {targetRole} »',
  'matching.role.different':
    'travaille comme « {role} », un poste éloigné de celui visé, « {targetRole} »',
  'matching.role.unknown': 'inconnu : le mentoré n’a indiqué aucun poste visé',
  'matching.experience.gap':
    '{gap, plural, one {# an} other {# ans}} d’expérience de plus ({mentorYears} contre {menteeYears})',
  'matching.experience.not_more':
    'pas plus d’expérience que la personne mentorée ({mentorYears} contre {menteeYears, plural, one {# an} other {# ans}})',
  'matching.experience.too_junior':
    'a {years, plural, one {# an} other {# ans}} d’expérience ; le programme en demande au moins {minimum, plural, one {# an} other {# ans}}',
  'matching.language.shared': 'tous deux parlent {languages}',
  'matching.language.none': 'aucune langue commune',
  'matching.availability.overlap':
    '{minutes, plural, one {# minute} other {# minutes}} de disponibilité commune par semaine (objectif : {target, plural, one {# minute} other {# minutes}})',
  'matching.availability.no_overlap': 'leurs disponibilités de la semaine ne se recoupent jamais',
  'matching.availability.unknown':
    '{side, select, mentor {inconnu : le mentor n’a indiqué aucun créneau hebdomadaire} mentee {inconnu : le mentoré n’a indiqué aucun créneau hebdomadaire} other {inconnu : aucun des deux n’a indiqué de créneaux hebdomadaires}}',
  'matching.availability.too_little':
    '{minutes, plural, one {# minute} other {# minutes}} en commun par semaine ; le programme exige au moins {minimum, plural, one {# minute} other {# minutes}}',
  'matching.availability.required_unknown':
    'aucun créneau hebdomadaire à comparer ; le programme exige au moins {minimum, plural, one {# minute} other {# minutes}} en commun par semaine',
  'matching.channels.required':
    'aucun canal de communication en commun, alors que le programme en exige un',
  'matching.same_person': 'le mentor et le mentoré sont la même personne',
  'matching.channels.shared':
    '{total, plural, one {partagent le seul moyen de communication de la personne mentorée : {channels}} other {partagent {count} des # moyens de communication de la personne mentorée : {channels}}}',
  'matching.channels.none': 'aucun moyen de communication en commun',
  'matching.organization.different': 'issus d’organisations différentes',
  'matching.organization.unknown': 'organisation non indiquée des deux côtés',
  'matching.organization.same': 'travaillent tous deux chez « {organization} »',
  'matching.organization.same_allowed':
    'travaillent tous deux chez « {organization} », ce que ce programme autorise',
  'matching.preference.ranked':
    '{total, plural, one {le seul choix de la personne mentorée} other {choix n° {rank} sur # de la personne mentorée}}',
  'matching.preference.not_ranked':
    'ne figure pas parmi les mentors souhaités par la personne mentorée',
  'matching.preference.excluded_by_mentee': 'la personne mentorée a exclu ce mentor',
  'matching.preference.excluded_by_mentor': 'le mentor a exclu cette personne mentorée',
  'matching.capacity.available':
    '{free, plural, one {# place libre} other {# places libres}} sur {capacity}',
  'matching.capacity.full':
    'aucune place libre : {active} sur {capacity} {capacity, plural, one {occupée} other {occupées}}',
  'matching.capacity.mentee_full':
    'la personne mentorée a déjà {active, plural, one {# mentor} other {# mentors}}, le maximum autorisé ({maximum})',
  'matching.history.ended': 'ont déjà formé un binôme, qui a pris fin ({stage})',
  'matching.history.open': 'forment déjà un binôme en cours ({stage})',
  'matching.custom.note': '{criterion} : {note}',
  'matching.custom.value': '{criterion} : {value}',
  'matching.custom.veto': '{criterion} exclut ce binôme',
  // Pair summary
  'matching.pair.summary': 'correspondance de {score} %',
  'matching.pair.line': '{criterion} ({percent} % du score) : {reason}',
  'matching.pair.unknown_line': '{criterion} (non compté) : {reason}',
  'matching.pair.ineligible': 'impossible : {reasons}',
  // Why a mentee stayed unmatched
  'matching.unmatched.no_eligible_mentor':
    'aucun mentor ne respecte les conditions impératives (langue, expérience, exclusions)',
  'matching.unmatched.capacity_exhausted': 'tous les mentors qui conviendraient sont déjà complets',
  'matching.unmatched.lost_to_better_pair':
    'les places des mentors qui conviendraient sont allées à des binômes mieux assortis',
  'matching.unmatched.mentee_full':
    'la personne mentorée a déjà autant de mentors que le programme le permet',
  'matching.criterion.questionnaire': 'Réponses au questionnaire',
  'matching.criterion.program': '{criterion}',
  'matching.attribute.same': 'même {attribute} : « {value} »',
  'matching.attribute.different': '{attribute} différents : « {mentorValue} » et « {menteeValue} »',
  'matching.attribute.unknown':
    '{side, select, mentor {inconnu : le mentor n’a rien indiqué pour {attribute}} mentee {inconnu : le mentoré n’a rien indiqué pour {attribute}} other {inconnu : aucun des deux n’a rien indiqué pour {attribute}}}',
  'matching.questionnaire.similar':
    '{percent} % d’accord sur {count, plural, one {la seule question} other {les # questions}} auxquelles les deux ont répondu',
  'matching.questionnaire.unknown':
    '{side, select, mentor {inconnu : le mentor n’a répondu à aucune question du questionnaire} mentee {inconnu : le mentoré n’a répondu à aucune question du questionnaire} other {inconnu : aucune question n’a reçu de réponse des deux}}',
  'matching.why.assigned': 'ce binôme fait partie de l’affectation ({score} %)',
  'matching.why.vetoed': 'exclu : {reasons}',
  'matching.why.score': 'ce binôme obtiendrait {score} %',
  'matching.why.mentor_full':
    '{count, plural, one {la seule place libre du mentor est allée à {pairs}} other {les # places libres du mentor sont allées à {pairs}}}',
  'matching.why.mentor_free':
    '{count, plural, one {le mentor a encore une place libre} other {le mentor a encore # places libres}}',
  'matching.why.mentee_matched':
    '{count, plural, one {le mentoré a obtenu un autre mentor : {pairs}} other {le mentoré a obtenu d’autres mentors : {pairs}}}',
  'matching.why.mentee_unmatched': 'le mentoré n’a obtenu aucun mentor dans cette affectation',
  'matching.why.pair_item': '{id} à {score} % ({comparison})',
  'matching.why.better': '{points, plural, one {# point de plus} other {# points de plus}}',
  'matching.why.worse': '{points, plural, one {# point de moins} other {# points de moins}}',
  'matching.why.equal': 'le même score',
  'matching.why.forced':
    'imposer ce binôme ferait baisser le score total de {loss} (de {before} à {after})',
  'matching.why.forced_free':
    'imposer ce binôme ne ferait pas baisser le score total ({before} → {after})',
  'matching.why.forced_constrained':
    'le coût d’imposer ce binôme n’est pas calculé sous des contraintes portant sur toute l’affectation',
};
