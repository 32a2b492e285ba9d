import type { Translation } from '../../message-catalog';
import type { modelMessages } from '../../messages/model';

/** German texts of `modelMessages`. */
export const modelMessagesDe: Translation<typeof modelMessages> = {
  'error.validation_failed':
    'Die Eingabe ist ungültig ({count, plural, one {# Problem} other {# Probleme}}):',
  'error.invalid_options':
    'Ungültige Optionen für {function} ({count, plural, one {# Problem} other {# Probleme}}):',
  'error.more_issues': '… und {count, plural, one {# weiteres Problem} other {# weitere Probleme}}',
  'error.at_path': 'bei {path}: {message}',
  'error.root_path': '(Dokument)',
  'validation.invalid_type': 'erwartet: {expected}, erhalten: {received}',
  'validation.timestamp_got_date':
    'erwartet: ein Zeitstempel als Text wie 2026-03-01T09:30:00+01:00, erhalten: ein Date-Objekt – bitte date.toISOString() übergeben',
  'validation.required': 'ist erforderlich',
  'validation.too_small':
    '{inclusive, select, false {muss größer als {minimum} sein} other {muss mindestens {minimum} sein}}',
  'validation.too_small.number':
    '{inclusive, select, false {muss größer als {minimum} sein} other {muss {minimum} oder mehr sein}}',
  'validation.too_small.string':
    '{minimum, plural, =1 {darf nicht leer sein} other {muss mindestens # Zeichen lang sein}}',
  'validation.too_small.array':
    '{minimum, plural, =1 {braucht mindestens einen Eintrag} one {braucht mindestens # Eintrag} other {braucht mindestens # Einträge}}',
  'validation.too_big':
    '{inclusive, select, false {muss kleiner als {maximum} sein} other {darf höchstens {maximum} sein}}',
  'validation.too_big.number':
    '{inclusive, select, false {muss kleiner als {maximum} sein} other {muss {maximum} oder weniger sein}}',
  'validation.too_big.string': 'darf höchstens {maximum} Zeichen lang sein',
  'validation.too_big.array':
    '{maximum, plural, =0 {muss leer sein} one {darf höchstens # Eintrag haben} other {darf höchstens # Einträge haben}}',
  'validation.invalid_format': 'ist kein gültiges Format ({format})',
  'validation.not_multiple_of': 'muss ein Vielfaches von {divisor} sein',
  'validation.unrecognized_keys':
    '{keys, plural, one {unbekanntes Feld: {keys}} other {unbekannte Felder: {keys}}}',
  'validation.invalid_value':
    '{values, plural, one {muss {values} sein} other {muss einer dieser Werte sein: {values:or}}}',
  'validation.invalid_union': 'passt zu keiner der erlaubten Formen',
  'validation.invalid_key': 'hat einen unzulässigen Schlüssel',
  'validation.invalid_element': 'hat ein ungültiges Element',
  'validation.custom': 'ist ungültig',
  'validation.unparseable': 'konnte nicht gelesen werden: {reason}',
  'validation.invalid_id': 'ist keine gültige ID (1–128 Zeichen, ohne Leer- und Steuerzeichen)',
  'validation.blank_text': 'darf nicht nur aus Leerraum bestehen',
  'validation.invalid_character':
    'enthält ein Zeichen, das sich nicht speichern lässt: ein NUL-Zeichen (\\u0000) oder die Hälfte eines Surrogatpaars',
  'validation.control_character':
    '{lines, select, multi {darf Zeilenumbrüche und Tabulatoren enthalten, aber keine anderen Steuerzeichen} other {muss eine einzige Zeile ohne Steuerzeichen sein}}',
  'validation.invalid_timestamp':
    'muss ein ISO-8601-Zeitpunkt mit Zeitzonen-Offset sein, etwa 2026-03-01T09:30:00+01:00',
  'validation.invalid_date': 'muss ein Kalenderdatum sein (JJJJ-MM-TT)',
  'validation.invalid_time_zone': '„{value}“ ist keine IANA-Zeitzone wie Europe/Berlin',
  'validation.invalid_language_tag': '„{value}“ ist kein BCP-47-Sprachcode wie de oder de-AT',
  'validation.invalid_locale':
    'muss ein Sprachcode wie en-GB (höchstens 256 Zeichen) oder ein Sprachpaket wie de sein',
  'validation.invalid_time_of_day': 'muss eine Uhrzeit HH:MM zwischen 00:00 und 24:00 sein',
  'validation.slot_not_ordered': 'das Zeitfenster muss vor seinem Ende beginnen',
  'validation.duplicate_value': '„{value}“ kommt mehrfach vor',
  'validation.duplicate_id': 'die ID „{value}“ wird mehrfach verwendet',
  'validation.same_person': 'Mentor:in und Mentee müssen zwei verschiedene Personen sein',
  'validation.window_closes_before_it_opens': 'die Bewerbungsfrist muss nach ihrem Beginn enden',
  'validation.matching_before_applications_close':
    'eine Runde kann erst nach Ende der Bewerbungsfrist zugeordnet werden',
  'validation.conflicting_preference': '„{value}“ ist zugleich bevorzugt und ausgeschlossen',
  'validation.type.string': 'Text',
  'validation.type.number': 'eine Zahl',
  'validation.type.int': 'eine ganze Zahl',
  'validation.type.fraction': 'eine Zahl mit Nachkommastellen',
  'validation.type.boolean': 'true oder false',
  'validation.type.object': 'ein Objekt',
  'validation.type.array': 'eine Liste',
  'validation.type.null': 'null',
  'validation.type.nan': 'NaN (keine Zahl)',
  'validation.type.bigint': 'ein BigInt',
  'validation.type.date': 'ein Date-Objekt',
  'validation.type.function': 'eine Funktion',
  'validation.type.symbol': 'ein Symbol',
};
