import type { Translation } from '../../message-catalog';
import type { matchingMessages } from '../../messages/matching';

/** Spanish texts of `matchingMessages`. */
export const matchingMessagesEs: Translation<typeof matchingMessages> = {
  // Criterion labels
  'matching.criterion.topics': 'Afinidad de temas',
  'matching.criterion.role': 'Afinidad de puesto',
  'matching.criterion.experience': 'Diferencia de experiencia',
  'matching.criterion.language': 'Idioma común',
  'matching.criterion.availability': 'Disponibilidad',
  'matching.criterion.channels': 'Canales de comunicación',
  'matching.criterion.organization': 'Organización',
  'matching.criterion.preference': 'Elección de la persona mentorizada',
  'matching.criterion.capacity': 'Plazas libres',
  'matching.criterion.history': 'Emparejamiento anterior',
  // Explanations per criterion
  'matching.topics.covered':
    '{total, plural, one {cubre el único tema solicitado: {topics}} other {cubre {count} de los # temas solicitados: {topics}}}',
  'matching.topics.none_covered':
    '{total, plural, one {no cubre el tema solicitado} other {no cubre ninguno de los # temas solicitados}}',
  'matching.topics.unknown': 'desconocido: la persona mentorizada no indicó temas',
  'matching.role.same': 'trabaja como «{role}», el puesto al que aspira la persona mentorizada',
  'matching.role.related':
    'trabaja como «{role}», un puesto cercano al que se aspira, «{targetRole}»',
  'matching.role.different':
    'trabaja como «{role}», un puesto distinto del que se aspira, «{targetRole}»',
  'matching.role.unknown': 'desconocido: la persona mentorizada no indicó un puesto objetivo',
  'matching.experience.gap':
    '{gap, plural, one {# año} other {# años}} más de experiencia ({mentorYears} frente a {menteeYears})',
  'matching.experience.not_more':
    'no tiene más experiencia que la persona mentorizada ({mentorYears} frente a {menteeYears, plural, one {# año} other {# años}})',
  'matching.experience.too_junior':
    'tiene {years, plural, one {# año} other {# años}} de experiencia; el programa pide al menos {minimum, plural, one {# año} other {# años}}',
  'matching.language.shared': 'ambos hablan {languages}',
  'matching.language.none': 'ningún idioma en común',
  'matching.availability.overlap':
    '{minutes, plural, one {# minuto} other {# minutos}} a la semana en que ambos pueden (objetivo: {target, plural, one {# minuto} other {# minutos}})',
  'matching.availability.no_overlap': 'su disponibilidad semanal nunca coincide',
  'matching.availability.unknown':
    '{side, select, mentor {desconocido: la persona mentora no indicó franjas semanales} mentee {desconocido: la persona mentorizada no indicó franjas semanales} other {desconocido: ninguna de las dos indicó franjas semanales}}',
  'matching.availability.too_little':
    '{minutes, plural, one {# minuto} other {# minutos}} en común por semana; el programa exige al menos {minimum, plural, one {# minuto} other {# minutos}}',
  'matching.availability.required_unknown':
    'no hay franjas semanales que comparar; el programa exige al menos {minimum, plural, one {# minuto} other {# minutos}} en común por semana',
  'matching.channels.required': 'ningún canal de comunicación en común, y el programa exige uno',
  'matching.same_person': 'la persona mentora y la mentorizada son la misma persona',
  'matching.channels.shared':
    '{total, plural, one {comparten el único canal de la persona mentorizada: {channels}} other {comparten {count} de los # canales de la persona mentorizada: {channels}}}',
  'matching.channels.none': 'ningún canal de comunicación en común',
  'matching.organization.different': 'de organizaciones distintas',
  'matching.organization.unknown': 'organización no indicada por ambas partes',
  'matching.organization.same': 'ambos trabajan en «{organization}»',
  'matching.organization.same_allowed':
    'ambos trabajan en «{organization}», algo que este programa permite',
  'matching.preference.ranked':
    '{total, plural, one {la única elección de la persona mentorizada} other {la elección número {rank} de # de la persona mentorizada}}',
  'matching.preference.not_ranked':
    'no está entre los mentores preferidos de la persona mentorizada',
  'matching.preference.excluded_by_mentee': 'la persona mentorizada excluyó a este mentor',
  'matching.preference.excluded_by_mentor': 'el mentor excluyó a esta persona mentorizada',
  'matching.capacity.available':
    '{free, plural, one {# plaza libre} other {# plazas libres}} de {capacity}',
  'matching.capacity.full': 'sin plazas libres: {active} de {capacity} ocupadas',
  'matching.capacity.mentee_full':
    'la persona mentorizada ya tiene {active, plural, one {# mentor} other {# mentores}}, el máximo permitido ({maximum})',
  'matching.history.ended': 'ya formaron pareja antes, y esa relación terminó ({stage})',
  'matching.history.open': 'ya forman pareja en una relación abierta ({stage})',
  'matching.custom.note': '{criterion}: {note}',
  'matching.custom.value': '{criterion}: {value}',
  'matching.custom.veto': '{criterion} descarta esta pareja',
  // Pair summary
  'matching.pair.summary': '{score} % de afinidad',
  'matching.pair.line': '{criterion} ({percent} % de la puntuación): {reason}',
  'matching.pair.unknown_line': '{criterion} (no cuenta): {reason}',
  'matching.pair.ineligible': 'no es posible: {reasons}',
  // Why a mentee stayed unmatched
  'matching.unmatched.no_eligible_mentor':
    'ningún mentor cumple las condiciones obligatorias (idioma, experiencia, exclusiones)',
  'matching.unmatched.capacity_exhausted':
    'a todos los mentores que encajarían ya no les quedan plazas libres',
  'matching.unmatched.lost_to_better_pair':
    'las plazas de los mentores que encajaban fueron para parejas con más afinidad',
  'matching.unmatched.mentee_full':
    'la persona mentorizada ya tiene tantos mentores como se permite',
  'matching.criterion.questionnaire': 'Respuestas al cuestionario',
  'matching.criterion.program': '{criterion}',
  'matching.attribute.same': 'mismo valor en {attribute}: «{value}»',
  'matching.attribute.different':
    'valores distintos en {attribute}: «{mentorValue}» y «{menteeValue}»',
  'matching.attribute.unknown':
    '{side, select, mentor {desconocido: la persona mentora no indicó {attribute}} mentee {desconocido: la persona mentorizada no indicó {attribute}} other {desconocido: ninguna de las dos indicó {attribute}}}',
  'matching.questionnaire.similar':
    '{percent} % de acuerdo en {count, plural, one {la única pregunta} other {las # preguntas}} que ambas respondieron',
  'matching.questionnaire.unknown':
    '{side, select, mentor {desconocido: la persona mentora no respondió ninguna pregunta del cuestionario} mentee {desconocido: la persona mentorizada no respondió ninguna pregunta del cuestionario} other {desconocido: ninguna pregunta fue respondida por ambas}}',
  'matching.why.assigned': 'esta pareja forma parte de la asignación ({score} %)',
  'matching.why.vetoed': 'descartada: {reasons}',
  'matching.why.score': 'esta pareja obtendría {score} %',
  'matching.why.mentor_full':
    '{count, plural, one {la única plaza libre de la persona mentora fue para {pairs}} other {las # plazas libres de la persona mentora fueron para {pairs}}}',
  'matching.why.mentor_free':
    '{count, plural, one {la persona mentora aún tiene una plaza libre} other {la persona mentora aún tiene # plazas libres}}',
  'matching.why.mentee_matched':
    '{count, plural, one {la persona mentorizada recibió otra persona mentora: {pairs}} other {la persona mentorizada recibió otras personas mentoras: {pairs}}}',
  'matching.why.mentee_unmatched': 'la persona mentorizada no recibió a nadie en esta asignación',
  'matching.why.pair_item': '{id} con {score} % ({comparison})',
  'matching.why.better': '{points, plural, one {# punto más} other {# puntos más}}',
  'matching.why.worse': '{points, plural, one {# punto menos} other {# puntos menos}}',
  'matching.why.equal': 'la misma puntuación',
  'matching.why.forced':
    'forzar esta pareja bajaría la puntuación total en {loss} (de {before} a {after})',
  'matching.why.forced_free':
    'forzar esta pareja no bajaría la puntuación total ({before} → {after})',
  'matching.why.forced_constrained':
    'lo que costaría forzar esta pareja no se calcula con restricciones sobre toda la asignación',
};
