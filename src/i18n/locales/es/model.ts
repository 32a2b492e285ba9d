import type { Translation } from '../../message-catalog';
import type { modelMessages } from '../../messages/model';

/** Spanish texts of `modelMessages`. */
export const modelMessagesEs: Translation<typeof modelMessages> = {
  'error.validation_failed':
    'Los datos no son válidos ({count, plural, one {# problema} other {# problemas}}):',
  'error.invalid_options':
    'Opciones no válidas para {function} ({count, plural, one {# problema} other {# problemas}}):',
  'error.more_issues': '… y {count, plural, one {# problema más} other {# problemas más}}',
  'error.at_path': 'en {path}: {message}',
  'error.root_path': '(documento)',
  'validation.invalid_type': 'se esperaba {expected} y se recibió {received}',
  'validation.timestamp_got_date':
    'se esperaba una marca de tiempo en texto, como 2026-03-01T09:30:00+01:00, y se recibió un objeto Date: use date.toISOString()',
  'validation.required': 'es obligatorio',
  'validation.too_small':
    '{inclusive, select, false {debe ser mayor que {minimum}} other {debe ser como mínimo {minimum}}}',
  'validation.too_small.number':
    '{inclusive, select, false {debe ser mayor que {minimum}} other {debe ser {minimum} o más}}',
  'validation.too_small.string':
    '{minimum, plural, =1 {no puede estar vacío} one {debe tener al menos # carácter} other {debe tener al menos # caracteres}}',
  'validation.too_small.array':
    '{minimum, plural, =1 {debe tener al menos un elemento} one {debe tener al menos # elemento} other {debe tener al menos # elementos}}',
  'validation.too_big':
    '{inclusive, select, false {debe ser menor que {maximum}} other {debe ser como máximo {maximum}}}',
  'validation.too_big.number':
    '{inclusive, select, false {debe ser menor que {maximum}} other {debe ser {maximum} o menos}}',
  'validation.too_big.string':
    '{maximum, plural, one {debe tener como máximo # carácter} other {debe tener como máximo # caracteres}}',
  'validation.too_big.array':
    '{maximum, plural, =0 {debe estar vacío} one {debe tener como máximo # elemento} other {debe tener como máximo # elementos}}',
  'validation.invalid_format': 'no tiene un formato válido ({format})',
  'validation.not_multiple_of': 'debe ser múltiplo de {divisor}',
  'validation.unrecognized_keys':
    '{keys, plural, one {campo desconocido: {keys}} other {campos desconocidos: {keys}}}',
  'validation.invalid_value':
    '{values, plural, one {debe ser {values}} other {debe ser uno de estos valores: {values:or}}}',
  'validation.invalid_union': 'no coincide con ninguna de las formas permitidas',
  'validation.invalid_key': 'tiene una clave no permitida',
  'validation.invalid_element': 'tiene un elemento no válido',
  'validation.custom': 'no es válido',
  'validation.unparseable': 'no se pudo leer: {reason}',
  'validation.invalid_id':
    'no es un identificador válido (de 1 a 128 caracteres, sin espacios ni caracteres de control)',
  'validation.blank_text': 'debe contener algo más que espacios en blanco',
  'validation.invalid_character':
    'contiene un carácter que no se puede guardar: un carácter NUL (\\u0000) o la mitad de un par subrogado',
  'validation.control_character':
    '{lines, select, multi {puede contener saltos de línea y tabulaciones, pero ningún otro carácter de control} other {debe ocupar una sola línea, sin caracteres de control}}',
  'validation.invalid_timestamp':
    'debe ser una fecha y hora ISO 8601 con desfase horario, como 2026-03-01T09:30:00+01:00',
  'validation.invalid_date': 'debe ser una fecha del calendario (AAAA-MM-DD)',
  'validation.invalid_time_zone': '«{value}» no es una zona horaria IANA como Europe/Madrid',
  'validation.invalid_language_tag':
    '«{value}» no es una etiqueta de idioma BCP 47 como es o es-MX',
  'validation.invalid_locale':
    'debe ser una etiqueta de idioma como en-GB (256 caracteres como máximo) o un paquete de idioma como es',
  'validation.invalid_time_of_day': 'debe ser una hora HH:MM entre 00:00 y 24:00',
  'validation.slot_not_ordered': 'la franja horaria debe empezar antes de terminar',
  'validation.duplicate_value': '«{value}» aparece más de una vez',
  'validation.duplicate_id': 'el identificador «{value}» se usa más de una vez',
  'validation.same_person': 'mentor/a y mentee deben ser dos personas distintas',
  'validation.window_closes_before_it_opens':
    'el plazo de solicitud debe cerrarse después de abrirse',
  'validation.matching_before_applications_close':
    'una ronda no puede emparejarse antes de que cierre el plazo de solicitud',
  'validation.conflicting_preference':
    '«{value}» figura a la vez entre las preferencias y las exclusiones',
  'validation.type.string': 'texto',
  'validation.type.number': 'un número',
  'validation.type.int': 'un número entero',
  'validation.type.fraction': 'un número con decimales',
  'validation.type.boolean': 'true o false',
  'validation.type.object': 'un objeto',
  'validation.type.array': 'una lista',
  'validation.type.null': 'null',
  'validation.type.nan': 'NaN (no es un número)',
  'validation.type.bigint': 'un BigInt',
  'validation.type.date': 'un objeto Date',
  'validation.type.function': 'una función',
  'validation.type.symbol': 'un símbolo',
};
