import type { Translation } from '../../message-catalog';
import type { matchingErrorMessages } from '../../messages/matching-errors';

/** Spanish texts of `matchingErrorMessages`. */
export const matchingErrorMessagesEs: Translation<typeof matchingErrorMessages> = {
  'matching.error.invalid_pair':
    'La pareja {mentorId} → {menteeId} no se puede proponer ({count, plural, one {# problema} other {# problemas}}):',
  'matching.error.duplicate_id':
    'el identificador «{value}» aparece más de una vez entre {side, select, mentors {los mentores} other {las personas mentorizadas}}',
  'matching.error.invalid_criterion_value':
    'el criterio «{criterion}» respondió {value}; un criterio debe responder con un número entre 0 y 1',
  'matching.error.criterion_id':
    '«{value}» no sirve para identificar un criterio: empiece por una letra y siga con letras, dígitos, - o _ (64 caracteres como máximo)',
  'matching.error.builtin_criterion_id':
    '«{value}» ya es el identificador de un criterio integrado',
  'matching.error.not_a_matrix': 'debe ser una lista de filas o una lista simple de números',
  'matching.error.rows':
    'debe tener {expected, plural, one {# fila} other {# filas}}, una por persona mentorizada',
  'matching.error.entries': 'debe tener {expected, plural, one {# elemento} other {# elementos}}',
  'matching.error.capacity': 'debe ser un número entero de 0 a {maximum}, no {value}',
  'matching.error.not_finite': 'debe ser un número finito; para descartar una pareja, use eligible',
  'matching.error.whole_number': 'debe ser un número entero, 0 o mayor',
  'matching.error.rank_index': '{value} no es el índice de ningún candidato, o aparece dos veces',
  'matching.error.pair': 'debe ser un par [persona mentorizada, mentor] de índices del problema',
  'matching.error.aborted': 'El emparejamiento se canceló antes de terminar.',
};
