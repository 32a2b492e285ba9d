import type { Translation } from '../../message-catalog';
import type { programMessages } from '../../messages/program';

/** German texts of `programMessages`. */
export const programMessagesDe: Translation<typeof programMessages> = {
  'program.calendar.summary': 'Mentoring-Treffen',
  'program.calendar.summary_with': 'Mentoring: {mentor} und {mentee}',
  'program.calendar.summary_cancelled': 'Abgesagt: {summary}',
  'program.calendar.programme': 'Programm: {name}',
  'program.calendar.channel': 'Wie: {channel}',
  'program.calendar.scheduled_by': 'Angesetzt von: {role}',
  'program.calendar.rescheduled':
    '{count, plural, one {Einmal verschoben} other {# Mal verschoben}}',
  'program.calendar.agenda': 'Agenda:',
  'program.calendar.cancelled_by': 'Abgesagt von: {role}',
  'program.calendar.cancel_reason': 'Grund: {reason}',
  'program.report.column.scope': 'Bereich',
  'program.report.column.scope_id': 'Kennung',
  'program.report.column.metric': 'Kennzahl',
  'program.report.column.breakdown': 'Aufschlüsselung',
  'program.report.column.label': 'Beschreibung',
  'program.report.column.value': 'Wert',
  'program.report.scope': '{scope, select, round {Runde} other {Programm}}',
  'program.report.relationships': 'Beziehungen',
  'program.report.stage': 'Beziehungen in der Phase {stage}',
  'program.report.proposals': 'Vorschläge',
  'program.report.accepted': 'Von beiden Seiten angenommene Vorschläge',
  'program.report.pending': 'Vorschläge ohne Antwort',
  'program.report.match_rate': 'Vermittlungsquote (angenommen von allen Vorschlägen)',
  'program.report.first_meeting_measured': 'Begonnene Beziehungen mit einem abgehaltenen Treffen',
  'program.report.first_meeting_waiting': 'Begonnene Beziehungen noch ohne abgehaltenes Treffen',
  'program.report.first_meeting_median_days': 'Tage vom Beginn bis zum ersten Treffen (Median)',
  'program.report.first_meeting_p90_days': 'Tage vom Beginn bis zum ersten Treffen (90. Perzentil)',
  'program.report.meetings_held': 'Abgehaltene Treffen',
  'program.report.meetings_per_relationship': 'Abgehaltene Treffen je begonnener Beziehung',
  'program.report.meetings_in_month': 'Abgehaltene Treffen im {month}',
  'program.report.duties_done': 'Erledigte Pflichten ({role})',
  'program.report.duties_due': 'Fällige Pflichten ({role})',
  'program.report.duties_total': 'Geltende Pflichten ({role})',
  'program.report.duties_rate': 'Erledigte von fälligen Pflichten ({role})',
  'program.report.health':
    '{status, select, too-early {Zustand: noch zu früh} on-track {Zustand: auf Kurs} needs-check-in {Zustand: Nachfrage nötig} at-risk {Zustand: gefährdet} other {Zustand: abgeschlossen}}',
  'program.report.completed': 'Abgeschlossene Beziehungen',
  'program.report.ended_early': 'Vorzeitig beendete Beziehungen',
  'program.report.early_end_reason': 'Vorzeitig beendet, Grund: {reason}',
  'program.report.evaluated': 'Beziehungen mit einer Bewertung',
  'program.report.goals':
    '{outcome, select, achieved {Ziele erreicht} partly {Ziele teilweise erreicht} other {Ziele nicht erreicht}}',
  'program.report.failed': 'Dokumente, die nicht gelesen werden konnten',
  'program.report.health_in_month':
    '{status, select, too-early {Zustand im {month}: noch zu früh} on-track {Zustand im {month}: auf Kurs} needs-check-in {Zustand im {month}: Nachfrage nötig} at-risk {Zustand im {month}: gefährdet} other {Zustand im {month}: abgeschlossen}}',
  'program.report.waitlist_length': 'Personen auf der Warteliste',
  'program.report.waitlist_mentors': 'Mentorinnen und Mentoren auf der Warteliste',
  'program.report.waitlist_mentees': 'Mentees auf der Warteliste',
  'program.report.waitlist_paused': 'Personen auf der Warteliste mit pausierter Verfügbarkeit',
  'program.report.waitlist_priority': 'Personen auf der Warteliste mit Vorrang „{flag}“',
  'program.report.waitlist_median_days': 'Tage auf der Warteliste (Median)',
  'program.report.waitlist_longest_days': 'Tage auf der Warteliste (längste Wartezeit)',
  'program.report.failed_enrolments': 'Anmeldungen, die nicht gelesen werden konnten',
  'program.report.program_mismatch':
    'Diese Beziehung gehört zum Programm „{actual}“, nicht zu „{expected}“.',
  // Rounds, waitlist, re-matching and shortlists
  'program.enrolment.program_mismatch':
    'Diese Anmeldung gehört zum Programm „{actual}“, nicht zu „{expected}“.',
  'program.round.program_mismatch':
    'Diese Runde gehört zum Programm „{actual}“, nicht zu „{expected}“.',
  'program.round.phase':
    '{phase, select, upcoming {Bewerbung öffnet bald} applications-open {Bewerbung offen} awaiting-matching {Bewerbung geschlossen, Zuordnung steht bevor} running {Beziehungen laufen} other {Abgeschlossen}}',
  'program.unmatched.taken_by_earlier':
    'passende Mentor:innen hatten Plätze, aber Personen weiter vorn auf der Warteliste haben sie belegt',
  'program.unmatched.proposal_failed':
    'eine Mentorin oder ein Mentor wurde gefunden, aber der Vorschlag ließ sich nicht anlegen',
  'program.unmatched.no_mentee': 'dieser Person wurde diesmal kein Mentee zugeordnet',
  'program.shortlist.not_on_shortlist':
    'Mentor:in „{mentorId}“ steht nicht auf der Auswahlliste von Mentee „{menteeId}“.',
  'program.shortlist.no_free_place': 'Mentor:in „{mentorId}“ hat keinen freien Platz mehr.',
  'program.round.window_closes_before_it_opens': 'Die Bewerbung muss nach ihrer Öffnung schließen.',
  'program.round.matching_before_applications_close':
    'Die Zuordnung kann nicht vor Bewerbungsschluss liegen.',
};
