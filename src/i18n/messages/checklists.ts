import { defineMessages } from '../message-catalog';

/** Messages of the checklists module: catalogue labels, statuses, role behaviours and health reasons. */
export const checklistsMessages = /* @__PURE__ */ defineMessages({
  // ── the mentee's duties ───────────────────────────────────────────────────
  'checklists.item.mentee.set-meeting-dates': {
    en: 'Put the next meeting in the calendar',
    de: 'Nächsten Termin festlegen',
  },
  'checklists.item.mentee.send-agenda': {
    en: 'Send an agenda ahead of each meeting',
    de: 'Agenda vor dem Termin senden',
  },
  'checklists.item.mentee.be-punctual-prepared': {
    en: 'Arrive on time and prepared',
    de: 'Pünktlich und vorbereitet erscheinen',
  },
  'checklists.item.mentee.define-goals-plan': {
    en: 'Set goals and a plan to reach them',
    de: 'Ziele und einen Plan dafür festhalten',
  },
  'checklists.item.mentee.finish-follow-ups': {
    en: 'Finish follow-up tasks before the next meeting',
    de: 'Folgeaufgaben bis zum nächsten Treffen erledigen',
  },
  'checklists.item.mentee.report-progress': {
    en: 'Keep the mentor posted on progress',
    de: 'Mentor:in über Fortschritte auf dem Laufenden halten',
  },
  'checklists.item.mentee.seek-feedback': {
    en: 'Ask for feedback and take it on board',
    de: 'Um Feedback bitten und es annehmen',
  },
  'checklists.item.mentee.respect-mentor-time': {
    en: "Treat the mentor's time with care",
    de: 'Sorgsam mit der Zeit der Mentor:in umgehen',
  },
  // ── the mentor's duties ───────────────────────────────────────────────────
  'checklists.item.mentor.attend-meetings': {
    en: 'Show up to the meetings',
    de: 'Bei den Treffen dabei sein',
  },
  'checklists.item.mentor.ask-career-goals': {
    en: "Ask about the mentee's career goals",
    de: 'Nach den Karrierezielen fragen',
  },
  'checklists.item.mentor.give-advice-feedback': {
    en: 'Offer advice, challenges and feedback',
    de: 'Rat, Herausforderungen und Feedback geben',
  },
  'checklists.item.mentor.share-and-listen': {
    en: 'Share own experience and listen',
    de: 'Eigene Erfahrungen teilen und zuhören',
  },
  'checklists.item.mentor.hold-accountable': {
    en: 'Expect a lot and follow up on commitments',
    de: 'Viel erwarten und Zusagen einfordern',
  },
  'checklists.item.mentor.keep-confidentiality': {
    en: 'Keep what is said confidential',
    de: 'Vertraulichkeit wahren',
  },
  // ── stage checklists ──────────────────────────────────────────────────────
  'checklists.item.prepare.self-inventory': {
    en: 'Both sides take stock of strengths and needs',
    de: 'Beide Seiten ziehen Bilanz über Stärken und Bedarf',
  },
  'checklists.item.prepare.goal': { en: 'Name one clear goal', de: 'Ein klares Ziel benennen' },
  'checklists.item.prepare.plan': {
    en: 'Sketch a short plan towards the goal',
    de: 'Einen kurzen Plan zum Ziel skizzieren',
  },
  'checklists.item.prepare.wants-offers': {
    en: 'Say what you want and what you bring',
    de: 'Klären, was man sucht und was man einbringt',
  },
  'checklists.item.initiate.first-meeting': {
    en: 'Hold the first meeting',
    de: 'Erstes Treffen abhalten',
  },
  'checklists.item.initiate.expectations': {
    en: 'Agree on expectations',
    de: 'Erwartungen vereinbaren',
  },
  'checklists.item.initiate.ground-rules': {
    en: 'Agree on ground rules',
    de: 'Spielregeln vereinbaren',
  },
  'checklists.item.initiate.goals': { en: 'Agree on the goals', de: 'Ziele gemeinsam festlegen' },
  'checklists.item.initiate.cadence-channels': {
    en: 'Agree how often and how to meet',
    de: 'Rhythmus und Kommunikationswege vereinbaren',
  },
  'checklists.item.cultivate.regular-meetings': {
    en: 'Meet at the agreed rhythm',
    de: 'Im vereinbarten Rhythmus treffen',
  },
  'checklists.item.cultivate.growth-opportunities': {
    en: 'Take up growth opportunities',
    de: 'Entwicklungschancen wahrnehmen',
  },
  'checklists.item.cultivate.plan-progress': {
    en: 'Move the plan forward',
    de: 'Den Plan voranbringen',
  },
  'checklists.item.cultivate.feedback-exchanged': {
    en: 'Exchange feedback both ways',
    de: 'Feedback in beide Richtungen austauschen',
  },
  'checklists.item.evaluate.growth-measured': {
    en: 'Take stock of the growth',
    de: 'Entwicklung gemeinsam bewerten',
  },
  'checklists.item.evaluate.goals-assessed': {
    en: 'Assess how far each goal was reached',
    de: 'Zielerreichung je Ziel einschätzen',
  },
  'checklists.item.evaluate.next-step-decided': {
    en: 'Decide: continue or close',
    de: 'Entscheiden: weitermachen oder abschließen',
  },
  // ── the three mentee roles and their behaviours ──────────────────────────
  'checklists.role.protege': {
    en: 'Self-reflective protégé',
    de: 'Selbstreflektierter Schützling',
  },
  'checklists.role.owner': {
    en: 'Owner of their own development',
    de: 'Verantwortlich für die eigene Entwicklung',
  },
  'checklists.role.learner': { en: 'Learner', de: 'Lernende Person' },
  'checklists.behaviour.protege.relationships-across-levels': {
    en: 'Build relationships across levels of responsibility',
    de: 'Beziehungen über Verantwortungsebenen hinweg knüpfen',
  },
  'checklists.behaviour.protege.honest-feedback': {
    en: 'Give honest feedback; talk about failures and successes',
    de: 'Ehrlich Rückmeldung geben, über Erfolge und Misserfolge sprechen',
  },
  'checklists.behaviour.protege.flexible-channels': {
    en: 'Be flexible about how to communicate',
    de: 'Bei Kommunikationswegen flexibel bleiben',
  },
  'checklists.behaviour.protege.self-critical': {
    en: 'Look at yourself critically',
    de: 'Sich selbst kritisch betrachten',
  },
  'checklists.behaviour.protege.explain-needs': {
    en: 'Recognise and explain your needs',
    de: 'Eigene Bedürfnisse erkennen und erklären',
  },
  'checklists.behaviour.protege.raise-problems': {
    en: 'Raise problems and challenges clearly and regularly',
    de: 'Probleme und Hürden klar und regelmäßig ansprechen',
  },
  'checklists.behaviour.protege.proactive-relationships': {
    en: 'Work on relationships proactively',
    de: 'Beziehungen aktiv pflegen',
  },
  'checklists.behaviour.protege.development-goals': {
    en: 'Pin down development goals, priorities and career wishes',
    de: 'Entwicklungsziele, Prioritäten und Karrierewünsche bestimmen',
  },
  'checklists.behaviour.owner.commit': {
    en: 'Commit to your development',
    de: 'Sich für die eigene Entwicklung einsetzen',
  },
  'checklists.behaviour.owner.work-independently': {
    en: 'Work on your own',
    de: 'Eigenständig arbeiten',
  },
  'checklists.behaviour.owner.realistic-expectations': {
    en: 'Set realistic expectations',
    de: 'Realistische Erwartungen setzen',
  },
  'checklists.behaviour.owner.know-strengths-weaknesses': {
    en: 'Know your strengths and weaknesses',
    de: 'Die eigenen Stärken und Schwächen kennen',
  },
  'checklists.behaviour.owner.keep-commitments': {
    en: 'Keep your commitments',
    de: 'Zusagen einhalten',
  },
  'checklists.behaviour.owner.ask-for-help': {
    en: 'Ask for help when you need it',
    de: 'Bei Bedarf um Hilfe bitten',
  },
  'checklists.behaviour.owner.bring-ideas': {
    en: 'Bring your own ideas',
    de: 'Eigene Ideen mitbringen',
  },
  'checklists.behaviour.owner.ask-questions': { en: 'Ask questions', de: 'Fragen stellen' },
  'checklists.behaviour.learner.accept-feedback': {
    en: 'Take feedback on board',
    de: 'Feedback annehmen',
  },
  'checklists.behaviour.learner.question-assumptions': {
    en: 'Question assumptions',
    de: 'Annahmen hinterfragen',
  },
  'checklists.behaviour.learner.strengthen-personality': {
    en: 'Learn and use methods that strengthen your personality',
    de: 'Methoden zur Stärkung der Persönlichkeit lernen und nutzen',
  },
  'checklists.behaviour.learner.apply-learning': {
    en: 'Put what you learned into practice',
    de: 'Gelerntes in die Praxis umsetzen',
  },
  'checklists.behaviour.learner.communicate-effectively': {
    en: 'Communicate well in speech and writing',
    de: 'Mündlich und schriftlich wirksam kommunizieren',
  },
  'checklists.behaviour.learner.seek-ways-to-goals': {
    en: 'Look for ways to reach goals',
    de: 'Wege zum Ziel suchen',
  },
  // ── vocabulary of reports and the rendered catalogue ─────────────────────
  'checklists.status.done': { en: 'done', de: 'erledigt' },
  'checklists.status.open': { en: 'open', de: 'offen' },
  'checklists.status.due': { en: 'due', de: 'fällig' },
  'checklists.status.overdue': { en: 'overdue', de: 'überfällig' },
  'checklists.status.manual': { en: 'to be confirmed', de: 'zu bestätigen' },
  'checklists.status.not-applicable': { en: 'not applicable', de: 'entfällt' },
  'checklists.group.mentee-duty': { en: "Mentee's duties", de: 'Aufgaben als Mentee' },
  'checklists.group.mentor-duty': { en: "Mentor's duties", de: 'Aufgaben als Mentor:in' },
  'checklists.group.stage': { en: 'Stage checklists', de: 'Checklisten je Phase' },
  'checklists.group.custom': { en: 'Programme items', de: 'Punkte des Programms' },
  'checklists.stage.preparing': { en: 'Prepare', de: 'Vorbereiten' },
  'checklists.stage.initiating': { en: 'Initiate', de: 'Anbahnen' },
  'checklists.stage.cultivating': { en: 'Cultivate', de: 'Pflegen' },
  'checklists.stage.evaluating': { en: 'Evaluate', de: 'Auswerten' },
  'checklists.responsible.both': { en: 'both', de: 'beide' },
  'checklists.frequency.once': { en: 'once per cycle', de: 'einmal je Zyklus' },
  'checklists.frequency.per-meeting': { en: 'every meeting', de: 'bei jedem Treffen' },
  'checklists.frequency.per-cadence': { en: 'every meeting rhythm', de: 'in jedem Treffrhythmus' },
  'checklists.frequency.per-period': { en: 'every {days} days', de: 'alle {days} Tage' },
  'checklists.frequency.ongoing': { en: 'throughout', de: 'durchgehend' },
  'checklists.derivation.derived': { en: 'from events', de: 'aus Ereignissen' },
  'checklists.derivation.manual': { en: 'confirmed by hand', de: 'von Hand bestätigt' },
  'checklists.column.id': { en: 'Id', de: 'Id' },
  'checklists.column.item': { en: 'Item', de: 'Punkt' },
  'checklists.column.responsible': { en: 'Responsible', de: 'Zuständig' },
  'checklists.column.stages': { en: 'Stages', de: 'Phasen' },
  'checklists.column.frequency': { en: 'How often', de: 'Wie oft' },
  'checklists.column.derivation': { en: 'Status comes', de: 'Status kommt' },
  'checklists.heading.roles': {
    en: 'The three mentee roles (one row per row of the source table)',
    de: 'Die drei Rollen als Mentee (eine Zeile je Zeile der Quelltabelle)',
  },
  // ── relationship health ───────────────────────────────────────────────────
  'checklists.health.status.too-early': { en: 'too early to tell', de: 'noch zu früh' },
  'checklists.health.status.on-track': { en: 'on track', de: 'auf Kurs' },
  'checklists.health.status.needs-check-in': {
    en: 'needs a check-in',
    de: 'Nachfrage nötig',
  },
  'checklists.health.status.at-risk': { en: 'at risk', de: 'gefährdet' },
  'checklists.health.meeting_gap': {
    en: 'No meeting held for {days} days (rhythm: every {cadenceDays} days)',
    de: 'Seit {days} Tagen kein Treffen (Rhythmus: alle {cadenceDays} Tage)',
  },
  'checklists.health.action_items_overdue': {
    en: '{count} follow-up task(s) past their due date',
    de: '{count} Folgeaufgabe(n) über der Frist',
  },
  'checklists.health.agenda_missing': {
    en: 'No agenda in time for {count} recent meeting(s)',
    de: 'Für {count} der letzten Treffen keine rechtzeitige Agenda',
  },
  'checklists.health.no_progress_update': {
    en: 'No progress update for {days} days',
    de: 'Seit {days} Tagen kein Fortschrittsbericht',
  },
  'checklists.health.proposal_waiting': {
    en: 'Proposal waiting for {days} days, more than half of its {ttlDays}-day term',
    de: 'Vorschlag wartet seit {days} Tagen, mehr als die Hälfte der Frist von {ttlDays} Tagen',
  },
  'checklists.health.proposal_past_expiry': {
    en: 'Proposal still open {days} days after it should have expired',
    de: 'Vorschlag ist {days} Tage nach Fristende noch offen',
  },
  'checklists.health.paused': {
    en: 'Paused since {since}; the clock stands still',
    de: 'Pausiert seit {since}; die Uhr steht still',
  },
  'checklists.health.closed': {
    en: 'Relationship has ended (stage: {stage})',
    de: 'Beziehung ist abgeschlossen (Phase: {stage})',
  },
});
