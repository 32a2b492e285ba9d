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
};
