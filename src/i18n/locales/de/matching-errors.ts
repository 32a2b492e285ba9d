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
  'matching.error.unknown_attribute': '„{value}“ ist kein Merkmal, das das Programm festlegt',
  'matching.error.attribute_value': 'muss ein Text sein',
  'matching.error.attributes_type': 'muss ein Objekt mit Werten je Merkmal sein',
  'matching.error.answers_type': 'muss ein Objekt mit Antworten je Frage sein',
  'matching.error.unknown_question': '„{value}“ ist keine Frage des Fragebogens des Programms',
  'matching.error.answer_out_of_scale':
    'muss eine ganze Zahl von {min} bis {max} sein, nicht {value}',
  'matching.error.infeasible_constraints':
    'Keine Zuordnung erfüllt {count, plural, one {die Vorgabe für {groups}} other {diese # Vorgaben für {groups} zugleich}} bei den gegebenen Plätzen und zulässigen Paaren; ohne eine beliebige davon wären die übrigen erfüllbar.',
  'matching.error.constraints_strategy':
    'Vorgaben für die ganze Zuordnung brauchen die Strategie „optimal“',
  'matching.error.unknown_group': 'keine Gruppe hat die ID „{value}“',
  'matching.error.duplicate_group': 'die Gruppen-ID „{value}“ kommt mehrfach vor',
  'matching.error.group_side':
    'eine Gruppe nennt entweder Mentor:innen oder Mentees, nicht beides und nicht keins',
  'matching.error.constraint_bounds': 'eine Vorgabe braucht minPairs, maxPairs oder beides',
  'matching.error.group_member':
    '{value} ist kein Index {side, select, mentor {einer Mentorin oder eines Mentors} other {eines Mentees}} des Problems',
  'matching.error.crossing_groups':
    'die Gruppen „{group}“ und „{other}“ teilen Personen, aber keine enthält die andere; Gruppen mit Vorgaben auf einer Seite müssen getrennt oder ineinander enthalten sein',
  'matching.error.not_in_cohort':
    '„{value}“ ist keine Id einer Mentorin, eines Mentors oder Mentees der Kohorte',
  'matching.error.output_length':
    'muss {expected, plural, one {# Eintrag} other {# Einträge}} fassen (Mentees × Mentor:innen), nicht {actual}',
};
