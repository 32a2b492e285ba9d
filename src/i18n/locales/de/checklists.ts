import type { Translation } from '../../message-catalog';
import type { checklistsMessages } from '../../messages/checklists';

/** German texts of `checklistsMessages`. */
export const checklistsMessagesDe: Translation<typeof checklistsMessages> = {
  // ── the mentee's duties ───────────────────────────────────────────────────
  'checklists.item.mentee.set-meeting-dates': 'Nächsten Termin festlegen',
  'checklists.item.mentee.send-agenda': 'Agenda vor dem Termin senden',
  'checklists.item.mentee.be-punctual-prepared': 'Pünktlich und vorbereitet erscheinen',
  'checklists.item.mentee.define-goals-plan': 'Ziele und einen Plan dafür festhalten',
  'checklists.item.mentee.finish-follow-ups': 'Folgeaufgaben bis zum nächsten Treffen erledigen',
  'checklists.item.mentee.report-progress': 'Mentor:in über Fortschritte auf dem Laufenden halten',
  'checklists.item.mentee.seek-feedback': 'Um Feedback bitten und es annehmen',
  'checklists.item.mentee.respect-mentor-time': 'Sorgsam mit der Zeit der Mentor:in umgehen',
  // ── the mentor's duties ───────────────────────────────────────────────────
  'checklists.item.mentor.attend-meetings': 'Bei den Treffen dabei sein',
  'checklists.item.mentor.ask-career-goals': 'Nach den Karrierezielen fragen',
  'checklists.item.mentor.give-advice-feedback': 'Rat, Herausforderungen und Feedback geben',
  'checklists.item.mentor.share-and-listen': 'Eigene Erfahrungen teilen und zuhören',
  'checklists.item.mentor.hold-accountable': 'Viel erwarten und Zusagen einfordern',
  'checklists.item.mentor.keep-confidentiality': 'Vertraulichkeit wahren',
  // ── stage checklists ──────────────────────────────────────────────────────
  'checklists.item.prepare.self-inventory': 'Beide Seiten ziehen Bilanz über Stärken und Bedarf',
  'checklists.item.prepare.goal': 'Ein klares Ziel benennen',
  'checklists.item.prepare.plan': 'Einen kurzen Plan zum Ziel skizzieren',
  'checklists.item.prepare.wants-offers': 'Klären, was man sucht und was man einbringt',
  'checklists.item.initiate.first-meeting': 'Erstes Treffen abhalten',
  'checklists.item.initiate.expectations': 'Erwartungen vereinbaren',
  'checklists.item.initiate.ground-rules': 'Spielregeln vereinbaren',
  'checklists.item.initiate.goals': 'Ziele gemeinsam festlegen',
  'checklists.item.initiate.cadence-channels': 'Rhythmus und Kommunikationswege vereinbaren',
  'checklists.item.cultivate.regular-meetings': 'Im vereinbarten Rhythmus treffen',
  'checklists.item.cultivate.growth-opportunities': 'Entwicklungschancen wahrnehmen',
  'checklists.item.cultivate.plan-progress': 'Den Plan voranbringen',
  'checklists.item.cultivate.feedback-exchanged': 'Feedback in beide Richtungen austauschen',
  'checklists.item.evaluate.growth-measured': 'Entwicklung gemeinsam bewerten',
  'checklists.item.evaluate.goals-assessed': 'Zielerreichung je Ziel einschätzen',
  'checklists.item.evaluate.next-step-decided': 'Entscheiden: weitermachen oder abschließen',
  // ── the three mentee roles and their behaviours ──────────────────────────
  'checklists.role.protege': 'Selbstreflektierter Schützling',
  'checklists.role.owner': 'Verantwortlich für die eigene Entwicklung',
  'checklists.role.learner': 'Lernende Person',
  'checklists.behaviour.protege.relationships-across-levels':
    'Beziehungen über Verantwortungsebenen hinweg knüpfen',
  'checklists.behaviour.protege.honest-feedback':
    'Ehrlich Rückmeldung geben, über Erfolge und Misserfolge sprechen',
  'checklists.behaviour.protege.flexible-channels': 'Bei Kommunikationswegen flexibel bleiben',
  'checklists.behaviour.protege.self-critical': 'Sich selbst kritisch betrachten',
  'checklists.behaviour.protege.explain-needs': 'Eigene Bedürfnisse erkennen und erklären',
  'checklists.behaviour.protege.raise-problems':
    'Probleme und Hürden klar und regelmäßig ansprechen',
  'checklists.behaviour.protege.proactive-relationships': 'Beziehungen aktiv pflegen',
  'checklists.behaviour.protege.development-goals':
    'Entwicklungsziele, Prioritäten und Karrierewünsche bestimmen',
  'checklists.behaviour.owner.commit': 'Sich für die eigene Entwicklung einsetzen',
  'checklists.behaviour.owner.work-independently': 'Eigenständig arbeiten',
  'checklists.behaviour.owner.realistic-expectations': 'Realistische Erwartungen setzen',
  'checklists.behaviour.owner.know-strengths-weaknesses':
    'Die eigenen Stärken und Schwächen kennen',
  'checklists.behaviour.owner.keep-commitments': 'Zusagen einhalten',
  'checklists.behaviour.owner.ask-for-help': 'Bei Bedarf um Hilfe bitten',
  'checklists.behaviour.owner.bring-ideas': 'Eigene Ideen mitbringen',
  'checklists.behaviour.owner.ask-questions': 'Fragen stellen',
  'checklists.behaviour.learner.accept-feedback': 'Feedback annehmen',
  'checklists.behaviour.learner.question-assumptions': 'Annahmen hinterfragen',
  'checklists.behaviour.learner.strengthen-personality':
    'Methoden zur Stärkung der Persönlichkeit lernen und nutzen',
  'checklists.behaviour.learner.apply-learning': 'Gelerntes in die Praxis umsetzen',
  'checklists.behaviour.learner.communicate-effectively':
    'Mündlich und schriftlich wirksam kommunizieren',
  'checklists.behaviour.learner.seek-ways-to-goals': 'Wege zum Ziel suchen',
  // ── vocabulary of reports and the rendered catalogue ─────────────────────
  'checklists.status.done': 'erledigt',
  'checklists.status.open': 'offen',
  'checklists.status.due': 'fällig',
  'checklists.status.overdue': 'überfällig',
  'checklists.status.manual': 'zu bestätigen',
  'checklists.status.not-applicable': 'entfällt',
  'checklists.group.mentee-duty': 'Aufgaben als Mentee',
  'checklists.group.mentor-duty': 'Aufgaben als Mentor:in',
  'checklists.group.stage': 'Checklisten je Phase',
  'checklists.group.custom': 'Punkte des Programms',
  'checklists.responsible.both': 'beide',
  'checklists.frequency.once': 'einmal je Zyklus',
  'checklists.frequency.per-meeting': 'bei jedem Treffen',
  'checklists.frequency.per-cadence': 'in jedem Treffrhythmus',
  'checklists.frequency.per-period': '{days, plural, one {jeden Tag} other {alle # Tage}}',
  'checklists.frequency.ongoing': 'durchgehend',
  'checklists.derivation.derived': 'aus Ereignissen',
  'checklists.derivation.manual': 'von Hand bestätigt',
  'checklists.column.id': 'Id',
  'checklists.column.item': 'Punkt',
  'checklists.column.responsible': 'Zuständig',
  'checklists.column.stages': 'Phasen',
  'checklists.column.frequency': 'Wie oft',
  'checklists.column.derivation': 'Status kommt',
  'checklists.heading.roles': 'Die drei Rollen als Mentee (eine Zeile je Zeile der Quelltabelle)',
  // ── who did the work: a duty covered by the other side ───────────────────
  'checklists.covered':
    '{role, select, mentor {Das hat stattdessen die Mentor:in erledigt; für die Mentee zählt es nicht} other {Das hat stattdessen die Mentee erledigt; für die Mentor:in zählt es nicht}}',
  // ── what the records show of a mentee behaviour (assessRoles) ────────────
  'checklists.evidence.feedback-given':
    '{count, plural, =0 {Noch kein Feedback an die Mentor:in gegeben} one {# Feedback an die Mentor:in gegeben} other {# Feedbacks an die Mentor:in gegeben}}',
  'checklists.evidence.evaluations':
    '{count, plural, =0 {Noch keine Bewertung festgehalten} one {# Bewertung festgehalten} other {# Bewertungen festgehalten}}',
  'checklists.evidence.wants-named':
    '{count, plural, =0 {Noch in keiner Selbstbilanz Wünsche genannt} one {Wünsche in # Selbstbilanz genannt} other {Wünsche in # Selbstbilanzen genannt}}',
  'checklists.evidence.concerns-raised':
    '{count, plural, =0 {Noch kein Problem und keine Herausforderung angesprochen} one {# Problem oder Herausforderung angesprochen} other {# Probleme oder Herausforderungen angesprochen}}',
  'checklists.evidence.meetings-scheduled':
    '{count, plural, =0 {Noch kein Treffen angesetzt} one {# Treffen angesetzt} other {# Treffen angesetzt}}',
  'checklists.evidence.goals-set':
    '{count, plural, =0 {Noch kein Ziel gesetzt} one {# Ziel gesetzt} other {# Ziele gesetzt}}',
  'checklists.evidence.meetings-attended':
    '{count, plural, =0 {Noch an keinem Treffen teilgenommen} one {An # Treffen teilgenommen} other {An # Treffen teilgenommen}}',
  'checklists.evidence.own-follow-ups':
    '{count, plural, =0 {Noch keine Folgeaufgabe selbst gestellt} one {# Folgeaufgabe selbst gestellt} other {# Folgeaufgaben selbst gestellt}}',
  'checklists.evidence.strengths-needs-named':
    '{count, plural, =0 {Noch in keiner Selbstbilanz Stärken und Bedarf genannt} one {Stärken und Bedarf in # Selbstbilanz genannt} other {Stärken und Bedarf in # Selbstbilanzen genannt}}',
  'checklists.evidence.follow-ups-on-time':
    '{of, plural, =0 {Noch keine Folgeaufgabe fällig} one {{count} von # Folgeaufgabe rechtzeitig erledigt} other {{count} von # Folgeaufgaben rechtzeitig erledigt}}',
  'checklists.evidence.feedback-requests':
    '{count, plural, =0 {Noch nicht um Feedback gebeten} one {# Mal um Feedback gebeten} other {# Mal um Feedback gebeten}}',
  'checklists.evidence.agendas-sent':
    '{count, plural, =0 {Noch keine Agenda gesendet} one {# Agenda gesendet} other {# Agenden gesendet}}',
  'checklists.evidence.plan-steps-done':
    '{count, plural, =0 {Noch kein Planschritt erledigt} one {# Planschritt erledigt} other {# Planschritte erledigt}}',
  'checklists.evidence.progress-updates':
    '{count, plural, =0 {Noch kein Fortschrittsbericht geteilt} one {# Fortschrittsbericht geteilt} other {# Fortschrittsberichte geteilt}}',
  'checklists.evidence.plan-steps-added':
    '{count, plural, =0 {Noch kein Planschritt hinzugefügt} one {# Planschritt hinzugefügt} other {# Planschritte hinzugefügt}}',
  'checklists.evidence.feedback-taken-on-board':
    '{count, plural, =0 {Noch kein Feedback angenommen} one {# Feedback angenommen} other {# Feedbacks angenommen}}',
  // ── relationship health ───────────────────────────────────────────────────
  'checklists.health.status.too-early': 'noch zu früh',
  'checklists.health.status.on-track': 'auf Kurs',
  'checklists.health.status.needs-check-in': 'Nachfrage nötig',
  'checklists.health.status.at-risk': 'gefährdet',
  'checklists.health.status.closed': 'beendet',
  'checklists.health.meeting_gap':
    'Seit {days, plural, one {# Tag} other {# Tagen}} kein Treffen (Rhythmus: {cadenceDays, plural, one {täglich} other {alle # Tage}})',
  'checklists.health.action_items_overdue':
    '{count, plural, one {# Folgeaufgabe ist} other {# Folgeaufgaben sind}} über der Frist',
  'checklists.health.agenda_missing':
    '{count, plural, one {Für eines der letzten Treffen kam die Agenda nicht rechtzeitig} other {Für # der letzten Treffen kam die Agenda nicht rechtzeitig}}',
  'checklists.health.no_progress_update':
    'Seit {days, plural, one {# Tag} other {# Tagen}} kein Fortschrittsbericht',
  'checklists.health.proposal_waiting':
    'Vorschlag wartet seit {days, plural, one {# Tag} other {# Tagen}}, mehr als die Hälfte seiner Frist von {ttlDays, plural, one {# Tag} other {# Tagen}}',
  'checklists.health.proposal_past_expiry':
    '{days, plural, =0 {Vorschlag ist am Tag des Fristendes noch offen} one {Vorschlag ist # Tag nach Fristende noch offen} other {Vorschlag ist # Tage nach Fristende noch offen}}',
  'checklists.health.paused': 'Pausiert seit {since}; die Uhr steht still',
  'checklists.health.closed': 'Nicht mehr aktiv (Phase: {stage})',
};
