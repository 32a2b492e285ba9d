import type { Translation } from '../../message-catalog';
import type { matchingErrorMessages } from '../../messages/matching-errors';

/** German texts of `matchingErrorMessages`. */
export const matchingErrorMessagesDe: Translation<typeof matchingErrorMessages> = {
  'matching.error.invalid_pair':
    'Das Paar {mentorId} → {menteeId} lässt sich nicht vorschlagen ({count, plural, one {# Problem} other {# Probleme}}):',
  'matching.error.duplicate_id':
    'die ID „{value}“ kommt unter den {side, select, mentors {Mentor:innen} other {Mentees}} mehrfach vor',
  'matching.error.invalid_criterion_value':
    'das Kriterium „{criterion}“ lieferte {value}; ein Kriterium muss eine Zahl von 0 bis 1 liefern',
  'matching.error.criterion_id':
    '„{value}“ taugt nicht als ID eines Kriteriums: zuerst ein Buchstabe, dann Buchstaben, Ziffern, - oder _ (höchstens 64 Zeichen)',
  'matching.error.builtin_criterion_id': '„{value}“ ist schon die ID eines eingebauten Kriteriums',
  'matching.error.not_a_matrix':
    'muss eine Liste von Zeilen oder eine flache Liste von Zahlen sein',
  'matching.error.rows':
    'muss {expected, plural, one {# Zeile} other {# Zeilen}} haben, eine pro Mentee',
  'matching.error.entries': 'muss {expected, plural, one {# Eintrag} other {# Einträge}} haben',
  'matching.error.capacity': 'muss eine ganze Zahl von 0 bis {maximum} sein, nicht {value}',
  'matching.error.not_finite':
    'muss eine endliche Zahl sein; ein Paar schließt man mit eligible aus',
  'matching.error.whole_number': 'muss eine ganze Zahl ab 0 sein',
  'matching.error.rank_index':
    '{value} ist kein Index einer Kandidatin oder eines Kandidaten oder steht doppelt in der Liste',
  'matching.error.pair': 'muss ein Paar [Mentee, Mentor:in] aus Indizes des Problems sein',
  'matching.error.aborted': 'Die Zuordnung wurde abgebrochen, bevor sie fertig war.',
};
