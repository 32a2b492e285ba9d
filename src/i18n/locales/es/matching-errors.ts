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
  'matching.error.unknown_attribute': '«{value}» no es un atributo definido por el programa',
  'matching.error.attribute_value': 'debe ser un texto',
  'matching.error.attributes_type': 'debe ser un objeto de valores por atributo',
  'matching.error.answers_type': 'debe ser un objeto de respuestas por pregunta',
  'matching.error.unknown_question': '«{value}» no es una pregunta del cuestionario del programa',
  'matching.error.answer_out_of_scale': 'debe ser un número entero de {min} a {max}, no {value}',
  'matching.error.infeasible_constraints':
    'Ninguna asignación cumple {count, plural, one {la restricción sobre {groups}} other {estas # restricciones sobre {groups} a la vez}} con las plazas y los pares admisibles; sin cualquiera de ellas, las demás serían posibles.',
  'matching.error.constraints_strategy':
    'las restricciones sobre toda la asignación requieren la estrategia «optimal»',
  'matching.error.unknown_group': 'ningún grupo tiene el id «{value}»',
  'matching.error.duplicate_group': 'el id de grupo «{value}» aparece más de una vez',
  'matching.error.group_side':
    'un grupo enumera mentores o personas mentorizadas, no ambos ni ninguno',
  'matching.error.constraint_bounds': 'una restricción necesita minPairs, maxPairs o ambos',
  'matching.error.group_member':
    '{value} no es el índice {side, select, mentor {de un mentor} other {de una persona mentorizada}} del problema',
  'matching.error.crossing_groups':
    'los grupos «{group}» y «{other}» comparten personas pero ninguno contiene al otro; los grupos restringidos de un mismo lado deben ser disjuntos o anidados',
  'matching.error.not_in_cohort':
    '«{value}» no es el id de ninguna persona mentora o mentorizada de la cohorte',
  'matching.error.output_length':
    'debe tener {expected, plural, one {# entrada} other {# entradas}} (personas mentorizadas × mentoras), no {actual}',
};
