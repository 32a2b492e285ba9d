import { defineMessages } from '../message-catalog';

/** Messages of validation errors; one key per zod issue code and per custom check. */
export const modelMessages = /* @__PURE__ */ defineMessages({
  'error.validation_failed': {
    en: 'The input is not valid ({count} problem(s)):',
    de: 'Die Eingabe ist ungültig ({count} Problem(e)):',
  },
  'error.at_path': { en: 'at {path}: {message}', de: 'bei {path}: {message}' },
  'error.root_path': { en: '(document)', de: '(Dokument)' },
  'validation.invalid_type': {
    en: 'expected {expected}, got {received}',
    de: '{expected} erwartet, {received} erhalten',
  },
  'validation.required': { en: 'is required', de: 'ist erforderlich' },
  'validation.too_small': {
    en: 'must be at least {minimum} ({origin})',
    de: 'muss mindestens {minimum} sein ({origin})',
  },
  'validation.too_big': {
    en: 'must be at most {maximum} ({origin})',
    de: 'darf höchstens {maximum} sein ({origin})',
  },
  'validation.invalid_format': {
    en: 'is not a valid {format}',
    de: 'ist kein gültiges Format ({format})',
  },
  'validation.not_multiple_of': {
    en: 'must be a multiple of {divisor}',
    de: 'muss ein Vielfaches von {divisor} sein',
  },
  'validation.unrecognized_keys': {
    en: 'unknown field(s): {keys}',
    de: 'unbekannte(s) Feld(er): {keys}',
  },
  'validation.invalid_value': {
    en: 'must be one of: {values:or}',
    de: 'muss einer dieser Werte sein: {values:or}',
  },
  'validation.invalid_union': {
    en: 'matches none of the allowed shapes',
    de: 'passt zu keiner der erlaubten Formen',
  },
  'validation.invalid_key': { en: 'has an invalid key', de: 'hat einen ungültigen Schlüssel' },
  'validation.invalid_element': {
    en: 'has an invalid element',
    de: 'hat ein ungültiges Element',
  },
  'validation.custom': { en: 'is not valid', de: 'ist ungültig' },
  'validation.unparseable': {
    en: 'could not be read: {reason}',
    de: 'konnte nicht gelesen werden: {reason}',
  },
  'validation.invalid_id': {
    en: 'is not a valid id (1–128 characters, no white space)',
    de: 'ist keine gültige ID (1–128 Zeichen, ohne Leerraum)',
  },
  'validation.blank_text': {
    en: 'must contain more than white space',
    de: 'darf nicht nur aus Leerraum bestehen',
  },
  'validation.invalid_timestamp': {
    en: 'must be an ISO 8601 date and time with an offset, e.g. 2026-03-01T09:30:00+01:00',
    de: 'muss ein ISO-8601-Zeitpunkt mit Zeitzonen-Offset sein, z. B. 2026-03-01T09:30:00+01:00',
  },
  'validation.invalid_date': {
    en: 'must be a calendar date (YYYY-MM-DD)',
    de: 'muss ein Kalenderdatum sein (JJJJ-MM-TT)',
  },
  'validation.invalid_time_zone': {
    en: '"{value}" is not an IANA time zone such as Europe/Berlin',
    de: '„{value}“ ist keine IANA-Zeitzone wie Europe/Berlin',
  },
  'validation.invalid_language_tag': {
    en: '"{value}" is not a BCP 47 language tag such as en or de-AT',
    de: '„{value}“ ist kein BCP-47-Sprachcode wie en oder de-AT',
  },
  'validation.invalid_time_of_day': {
    en: 'must be a time of day HH:MM between 00:00 and 24:00',
    de: 'muss eine Uhrzeit HH:MM zwischen 00:00 und 24:00 sein',
  },
  'validation.slot_not_ordered': {
    en: 'the slot must start before it ends',
    de: 'das Zeitfenster muss vor seinem Ende beginnen',
  },
  'validation.duplicate_value': {
    en: '"{value}" appears more than once',
    de: '„{value}“ kommt mehrfach vor',
  },
  'validation.duplicate_id': {
    en: 'the id "{value}" is used more than once',
    de: 'die ID „{value}“ wird mehrfach verwendet',
  },
  'validation.same_person': {
    en: 'mentor and mentee must be different people',
    de: 'Mentor:in und Mentee müssen verschiedene Personen sein',
  },
  'validation.conflicting_preference': {
    en: '"{value}" is both preferred and excluded',
    de: '„{value}“ ist zugleich bevorzugt und ausgeschlossen',
  },
});
