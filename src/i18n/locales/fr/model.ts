import type { Translation } from '../../message-catalog';
import type { modelMessages } from '../../messages/model';

// French typography: a no-break space (U+00A0) before a colon and inside « ».

/** French texts of `modelMessages`. */
export const modelMessagesFr: Translation<typeof modelMessages> = {
  'error.validation_failed':
    'Les données ne sont pas valides ({count, plural, one {# problème} other {# problèmes}})\u00a0:',
  'error.invalid_options':
    'Options non valides pour {function} ({count, plural, one {# problème} other {# problèmes}})\u00a0:',
  'error.more_issues': '… et {count, plural, one {# autre problème} other {# autres problèmes}}',
  'error.at_path': 'dans {path}\u00a0: {message}',
  'error.root_path': '(document)',
  'validation.invalid_type': 'attendu\u00a0: {expected}, reçu\u00a0: {received}',
  'validation.timestamp_got_date':
    'attendu\u00a0: un horodatage sous forme de texte, comme 2026-03-01T09:30:00+01:00, reçu\u00a0: un objet Date – passez date.toISOString()',
  'validation.required': 'est obligatoire',
  'validation.too_small':
    '{inclusive, select, false {doit être supérieur à {minimum}} other {doit valoir au moins {minimum}}}',
  'validation.too_small.number':
    '{inclusive, select, false {doit être supérieur à {minimum}} other {doit valoir {minimum} ou plus}}',
  'validation.too_small.string':
    '{minimum, plural, =1 {ne doit pas être vide} one {doit compter au moins # caractère} other {doit compter au moins # caractères}}',
  'validation.too_small.array':
    '{minimum, plural, =1 {doit contenir au moins un élément} one {doit contenir au moins # élément} other {doit contenir au moins # éléments}}',
  'validation.too_big':
    '{inclusive, select, false {doit être inférieur à {maximum}} other {doit valoir au plus {maximum}}}',
  'validation.too_big.number':
    '{inclusive, select, false {doit être inférieur à {maximum}} other {doit valoir {maximum} ou moins}}',
  'validation.too_big.string':
    '{maximum, plural, one {doit compter au plus # caractère} other {doit compter au plus # caractères}}',
  'validation.too_big.array':
    '{maximum, plural, =0 {doit être vide} one {doit contenir au plus # élément} other {doit contenir au plus # éléments}}',
  'validation.invalid_format': 'n’a pas un format valide ({format})',
  'validation.not_multiple_of': 'doit être un multiple de {divisor}',
  'validation.unrecognized_keys':
    '{keys, plural, one {champ inconnu\u00a0: {keys}} other {champs inconnus\u00a0: {keys}}}',
  'validation.invalid_value':
    '{values, plural, one {doit valoir {values}} other {doit prendre l’une de ces valeurs\u00a0: {values:or}}}',
  'validation.invalid_union': 'ne correspond à aucune des formes admises',
  'validation.invalid_key': 'contient une clé non admise',
  'validation.invalid_element': 'contient un élément non valide',
  'validation.custom': 'n’est pas valide',
  'validation.unparseable': 'n’a pas pu être lu\u00a0: {reason}',
  'validation.invalid_id':
    'n’est pas un identifiant valide (1 à 128 caractères, sans espace ni caractère de contrôle)',
  'validation.blank_text': 'doit contenir autre chose que des espaces',
  'validation.invalid_character':
    'contient un caractère impossible à enregistrer\u00a0: un caractère NUL (\\u0000) ou la moitié d’une paire de substitution',
  'validation.control_character':
    '{lines, select, multi {peut contenir des retours à la ligne et des tabulations, mais aucun autre caractère de contrôle} other {doit tenir sur une seule ligne, sans caractère de contrôle}}',
  'validation.invalid_timestamp':
    'doit être une date et une heure ISO 8601 avec décalage horaire, comme 2026-03-01T09:30:00+01:00',
  'validation.invalid_date': 'doit être une date du calendrier (AAAA-MM-JJ)',
  'validation.invalid_time_zone':
    '«\u00a0{value}\u00a0» n’est pas un fuseau horaire IANA comme Europe/Paris',
  'validation.invalid_language_tag':
    '«\u00a0{value}\u00a0» n’est pas une étiquette de langue BCP 47 comme fr ou fr-CA',
  'validation.invalid_locale':
    'doit être une étiquette de langue comme en-GB (256 caractères au plus) ou un pack de langue comme fr',
  'validation.invalid_time_of_day': 'doit être une heure HH:MM comprise entre 00:00 et 24:00',
  'validation.slot_not_ordered': 'le créneau doit commencer avant de se terminer',
  'validation.duplicate_value': '«\u00a0{value}\u00a0» apparaît plusieurs fois',
  'validation.duplicate_id': 'l’identifiant «\u00a0{value}\u00a0» est utilisé plusieurs fois',
  'validation.same_person': 'mentor et mentoré·e doivent être deux personnes différentes',
  'validation.window_closes_before_it_opens':
    'la période de candidature doit se terminer après son ouverture',
  'validation.matching_before_applications_close':
    'une session ne peut être appariée avant la clôture des candidatures',
  'validation.conflicting_preference':
    '«\u00a0{value}\u00a0» figure à la fois parmi les préférences et les exclusions',
  'validation.type.string': 'du texte',
  'validation.type.number': 'un nombre',
  'validation.type.int': 'un nombre entier',
  'validation.type.fraction': 'un nombre à virgule',
  'validation.type.boolean': 'true ou false',
  'validation.type.object': 'un objet',
  'validation.type.array': 'une liste',
  'validation.type.null': 'null',
  'validation.type.nan': 'NaN (pas un nombre)',
  'validation.type.bigint': 'un BigInt',
  'validation.type.date': 'un objet Date',
  'validation.type.function': 'une fonction',
  'validation.type.symbol': 'un symbole',
};
