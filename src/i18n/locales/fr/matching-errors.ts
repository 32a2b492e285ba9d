import type { Translation } from '../../message-catalog';
import type { matchingErrorMessages } from '../../messages/matching-errors';

/** French texts of `matchingErrorMessages`. */
export const matchingErrorMessagesFr: Translation<typeof matchingErrorMessages> = {
  'matching.error.invalid_pair':
    'Le binôme {mentorId} → {menteeId} ne peut pas être proposé ({count, plural, one {# problème} other {# problèmes}}) :',
  'matching.error.duplicate_id':
    'l’identifiant « {value} » apparaît plusieurs fois parmi les {side, select, mentors {mentors} other {personnes mentorées}}',
  'matching.error.invalid_criterion_value':
    'le critère « {criterion} » a répondu {value} ; un critère doit répondre par un nombre entre 0 et 1',
  'matching.error.criterion_id':
    '« {value} » ne peut pas identifier un critère : une lettre d’abord, puis des lettres, chiffres, - ou _ (64 caractères au plus)',
  'matching.error.builtin_criterion_id': '« {value} » est déjà l’identifiant d’un critère intégré',
  'matching.error.not_a_matrix': 'doit être une liste de lignes ou une liste simple de nombres',
  'matching.error.rows':
    'doit avoir {expected, plural, one {# ligne} other {# lignes}}, une par personne mentorée',
  'matching.error.entries': 'doit avoir {expected, plural, one {# élément} other {# éléments}}',
  'matching.error.capacity': 'doit être un nombre entier de 0 à {maximum}, pas {value}',
  'matching.error.not_finite':
    'doit être un nombre fini ; pour écarter un binôme, utilisez eligible',
  'matching.error.whole_number': 'doit être un nombre entier, 0 ou plus',
  'matching.error.rank_index': '{value} n’est l’indice d’aucun candidat, ou figure deux fois',
  'matching.error.pair': 'doit être une paire [personne mentorée, mentor] d’indices du problème',
  'matching.error.aborted': 'L’appariement a été annulé avant la fin.',
  'matching.error.unknown_attribute': '« {value} » n’est pas un attribut défini par le programme',
  'matching.error.attribute_value': 'doit être un texte',
  'matching.error.attributes_type': 'doit être un objet de valeurs par attribut',
  'matching.error.answers_type': 'doit être un objet de réponses par question',
  'matching.error.unknown_question':
    '« {value} » n’est pas une question du questionnaire du programme',
  'matching.error.answer_out_of_scale':
    'doit être un nombre entier de {min} à {max}, et non {value}',
  'matching.error.infeasible_constraints':
    'Aucune affectation ne respecte {count, plural, one {la contrainte sur {groups}} other {ces # contraintes sur {groups} à la fois}} avec les places et les paires admissibles ; sans l’une quelconque d’entre elles, les autres seraient possibles.',
  'matching.error.constraints_strategy':
    'les contraintes sur l’affectation entière exigent la stratégie « optimal »',
  'matching.error.unknown_group': 'aucun groupe n’a l’identifiant « {value} »',
  'matching.error.duplicate_group': 'l’identifiant de groupe « {value} » apparaît plusieurs fois',
  'matching.error.group_side':
    'un groupe liste soit des mentors, soit des personnes mentorées, ni les deux ni aucun des deux',
  'matching.error.constraint_bounds': 'une contrainte demande minPairs, maxPairs ou les deux',
  'matching.error.group_member':
    '{value} n’est pas l’indice {side, select, mentor {d’un mentor} other {d’une personne mentorée}} du problème',
  'matching.error.crossing_groups':
    'les groupes « {group} » et « {other} » ont des personnes en commun sans que l’un contienne l’autre ; les groupes contraints d’un même côté doivent être disjoints ou imbriqués',
  'matching.error.not_in_cohort':
    '« {value} » n’est l’identifiant d’aucun mentor ni mentoré de la cohorte',
  'matching.error.output_length':
    'doit contenir {expected, plural, one {# entrée} other {# entrées}} (mentorés × mentors), et non {actual}',
};
