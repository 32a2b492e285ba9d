import type { Translation } from '../../message-catalog';
import type { checklistsMessages } from '../../messages/checklists';

/** French texts of `checklistsMessages`. */
export const checklistsMessagesFr: Translation<typeof checklistsMessages> = {
  // ── the mentee's duties ───────────────────────────────────────────────────
  'checklists.item.mentee.set-meeting-dates': 'Inscrire la prochaine rencontre au calendrier',
  'checklists.item.mentee.send-agenda': 'Envoyer un ordre du jour avant chaque rencontre',
  'checklists.item.mentee.be-punctual-prepared': 'Arriver à l’heure et préparé·e',
  'checklists.item.mentee.define-goals-plan': 'Fixer des objectifs et un plan pour les atteindre',
  'checklists.item.mentee.finish-follow-ups':
    'Terminer les tâches de suivi avant la rencontre suivante',
  'checklists.item.mentee.report-progress': 'Tenir son mentor au courant de ses progrès',
  'checklists.item.mentee.seek-feedback': 'Demander des retours et en tenir compte',
  'checklists.item.mentee.respect-mentor-time': 'Ménager le temps de son mentor',
  // ── the mentor's duties ───────────────────────────────────────────────────
  'checklists.item.mentor.attend-meetings': 'Être présent·e aux rencontres',
  'checklists.item.mentor.ask-career-goals': 'S’enquérir des objectifs de carrière',
  'checklists.item.mentor.give-advice-feedback':
    'Conseiller, lancer des défis et faire des retours',
  'checklists.item.mentor.share-and-listen': 'Partager son expérience et écouter',
  'checklists.item.mentor.hold-accountable': 'Placer la barre haut et veiller aux engagements pris',
  'checklists.item.mentor.keep-confidentiality': 'Garder pour soi ce qui se dit',
  // ── stage checklists ──────────────────────────────────────────────────────
  'checklists.item.prepare.self-inventory':
    'Chaque partie fait le point sur ses forces et ses besoins',
  'checklists.item.prepare.goal': 'Formuler un objectif clair',
  'checklists.item.prepare.plan': 'Esquisser un court plan vers l’objectif',
  'checklists.item.prepare.wants-offers': 'Dire ce que l’on cherche et ce que l’on apporte',
  'checklists.item.initiate.first-meeting': 'Tenir la première rencontre',
  'checklists.item.initiate.expectations': 'S’accorder sur les attentes',
  'checklists.item.initiate.ground-rules': 'Convenir des règles du jeu',
  'checklists.item.initiate.goals': 'S’accorder sur les objectifs',
  'checklists.item.initiate.cadence-channels': 'Convenir du rythme et des moyens d’échange',
  'checklists.item.cultivate.regular-meetings': 'Se rencontrer au rythme convenu',
  'checklists.item.cultivate.growth-opportunities': 'Saisir les occasions de progresser',
  'checklists.item.cultivate.plan-progress': 'Faire avancer le plan',
  'checklists.item.cultivate.feedback-exchanged': 'Échanger des retours dans les deux sens',
  'checklists.item.evaluate.growth-measured': 'Faire le bilan des progrès accomplis',
  'checklists.item.evaluate.goals-assessed': 'Mesurer jusqu’où chaque objectif est atteint',
  'checklists.item.evaluate.next-step-decided': 'Décider : continuer ou conclure',
  // ── the three mentee roles and their behaviours ──────────────────────────
  'checklists.role.protege': 'Protégé·e qui pratique l’autoréflexion',
  'checklists.role.owner': 'Responsable de son propre développement',
  'checklists.role.learner': 'Apprenant·e',
  'checklists.behaviour.protege.relationships-across-levels':
    'Nouer des relations à tous les niveaux de responsabilité',
  'checklists.behaviour.protege.honest-feedback':
    'Faire des retours sincères ; parler des échecs comme des réussites',
  'checklists.behaviour.protege.flexible-channels': 'Rester souple sur les moyens de communication',
  'checklists.behaviour.protege.self-critical': 'Porter un regard critique sur soi',
  'checklists.behaviour.protege.explain-needs': 'Cerner ses besoins et les expliquer',
  'checklists.behaviour.protege.raise-problems':
    'Aborder problèmes et difficultés clairement et régulièrement',
  'checklists.behaviour.protege.proactive-relationships': 'Entretenir activement ses relations',
  'checklists.behaviour.protege.development-goals':
    'Préciser ses objectifs de développement, ses priorités et ses souhaits de carrière',
  'checklists.behaviour.owner.commit': 'S’engager pour son développement',
  'checklists.behaviour.owner.work-independently': 'Travailler de façon autonome',
  'checklists.behaviour.owner.realistic-expectations': 'Se fixer des attentes réalistes',
  'checklists.behaviour.owner.know-strengths-weaknesses': 'Connaître ses forces et ses faiblesses',
  'checklists.behaviour.owner.keep-commitments': 'Tenir ses engagements',
  'checklists.behaviour.owner.ask-for-help': 'Demander de l’aide quand il le faut',
  'checklists.behaviour.owner.bring-ideas': 'Apporter ses propres idées',
  'checklists.behaviour.owner.ask-questions': 'Poser des questions',
  'checklists.behaviour.learner.accept-feedback': 'Accueillir les retours',
  'checklists.behaviour.learner.question-assumptions': 'Remettre en cause les idées reçues',
  'checklists.behaviour.learner.strengthen-personality':
    'Apprendre et appliquer des méthodes qui affermissent la personnalité',
  'checklists.behaviour.learner.apply-learning': 'Mettre en pratique ce qui a été appris',
  'checklists.behaviour.learner.communicate-effectively':
    'Bien communiquer, à l’oral comme à l’écrit',
  'checklists.behaviour.learner.seek-ways-to-goals': 'Chercher des chemins vers ses objectifs',
  // ── vocabulary of reports and the rendered catalogue ─────────────────────
  'checklists.status.done': 'fait',
  'checklists.status.open': 'à faire',
  'checklists.status.due': 'à échéance',
  'checklists.status.overdue': 'en retard',
  'checklists.status.manual': 'à confirmer',
  'checklists.status.not-applicable': 'sans objet',
  'checklists.group.mentee-duty': 'Engagements du ou de la mentoré·e',
  'checklists.group.mentor-duty': 'Engagements du mentor',
  'checklists.group.stage': 'Listes par étape',
  'checklists.group.custom': 'Points propres au programme',
  'checklists.responsible.both': 'les deux',
  'checklists.frequency.once': 'une fois par cycle',
  'checklists.frequency.per-meeting': 'à chaque rencontre',
  'checklists.frequency.per-cadence': 'à chaque période du rythme convenu',
  'checklists.frequency.per-period': '{days, plural, one {chaque jour} other {tous les # jours}}',
  'checklists.frequency.ongoing': 'en continu',
  'checklists.derivation.derived': 'd’après les événements',
  'checklists.derivation.manual': 'confirmé à la main',
  'checklists.column.id': 'Id',
  'checklists.column.item': 'Point',
  'checklists.column.responsible': 'Responsable',
  'checklists.column.stages': 'Étapes',
  'checklists.column.frequency': 'Fréquence',
  'checklists.column.derivation': 'Origine du statut',
  'checklists.heading.roles':
    'Les trois rôles du ou de la mentoré·e (une ligne par ligne du tableau d’origine)',
  // ── who did the work: a duty covered by the other side ───────────────────
  'checklists.covered':
    '{role, select, mentor {Le mentor l’a fait à la place ; cela ne compte pas pour le ou la mentoré·e} other {Le ou la mentoré·e l’a fait à la place ; cela ne compte pas pour le mentor}}',
  // ── what the records show of a mentee behaviour (assessRoles) ────────────
  'checklists.evidence.feedback-given':
    '{count, plural, =0 {Aucun retour donné au mentor pour l’instant} one {# retour donné au mentor} other {# retours donnés au mentor}}',
  'checklists.evidence.evaluations':
    '{count, plural, =0 {Aucune évaluation enregistrée pour l’instant} one {# évaluation enregistrée} other {# évaluations enregistrées}}',
  'checklists.evidence.wants-named':
    '{count, plural, =0 {Aucun bilan personnel ne nomme d’attentes pour l’instant} one {Attentes nommées dans # bilan personnel} other {Attentes nommées dans # bilans personnels}}',
  'checklists.evidence.concerns-raised':
    '{count, plural, =0 {Aucun problème ni défi soulevé pour l’instant} one {# problème ou défi soulevé} other {# problèmes ou défis soulevés}}',
  'checklists.evidence.meetings-scheduled':
    '{count, plural, =0 {Aucune rencontre planifiée pour l’instant} one {# rencontre planifiée} other {# rencontres planifiées}}',
  'checklists.evidence.goals-set':
    '{count, plural, =0 {Aucun objectif fixé pour l’instant} one {# objectif fixé} other {# objectifs fixés}}',
  'checklists.evidence.meetings-attended':
    '{count, plural, =0 {Aucune rencontre suivie pour l’instant} one {# rencontre suivie} other {# rencontres suivies}}',
  'checklists.evidence.own-follow-ups':
    '{count, plural, =0 {Aucune tâche de suivi fixée soi-même pour l’instant} one {# tâche de suivi fixée soi-même} other {# tâches de suivi fixées soi-même}}',
  'checklists.evidence.strengths-needs-named':
    '{count, plural, =0 {Aucun bilan personnel ne nomme forces et besoins pour l’instant} one {Forces et besoins nommés dans # bilan personnel} other {Forces et besoins nommés dans # bilans personnels}}',
  'checklists.evidence.follow-ups-on-time':
    '{of, plural, =0 {Aucune tâche de suivi à échéance pour l’instant} one {{count} sur # tâche de suivi terminée à temps} other {{count} sur # tâches de suivi terminées à temps}}',
  'checklists.evidence.feedback-requests':
    '{count, plural, =0 {Aucune demande de retour pour l’instant} one {# demande de retour} other {# demandes de retour}}',
  'checklists.evidence.agendas-sent':
    '{count, plural, =0 {Aucun ordre du jour envoyé pour l’instant} one {# ordre du jour envoyé} other {# ordres du jour envoyés}}',
  'checklists.evidence.plan-steps-done':
    '{count, plural, =0 {Aucune étape du plan terminée pour l’instant} one {# étape du plan terminée} other {# étapes du plan terminées}}',
  'checklists.evidence.progress-updates':
    '{count, plural, =0 {Aucun point d’avancement partagé pour l’instant} one {# point d’avancement partagé} other {# points d’avancement partagés}}',
  'checklists.evidence.plan-steps-added':
    '{count, plural, =0 {Aucune étape ajoutée au plan pour l’instant} one {# étape ajoutée au plan} other {# étapes ajoutées au plan}}',
  'checklists.evidence.feedback-taken-on-board':
    '{count, plural, =0 {Aucun retour pris en compte pour l’instant} one {# retour pris en compte} other {# retours pris en compte}}',
  // ── relationship health ───────────────────────────────────────────────────
  'checklists.health.status.too-early': 'trop tôt pour juger',
  'checklists.health.status.on-track': 'en bonne voie',
  'checklists.health.status.needs-check-in': 'point à faire',
  'checklists.health.status.at-risk': 'en difficulté',
  'checklists.health.status.closed': 'terminée',
  'checklists.health.meeting_gap':
    'Aucune rencontre depuis {days, plural, one {# jour} other {# jours}} (rythme : {cadenceDays, plural, one {chaque jour} other {tous les # jours}})',
  'checklists.health.action_items_overdue':
    '{count, plural, one {# tâche de suivi a dépassé son échéance} other {# tâches de suivi ont dépassé leur échéance}}',
  'checklists.health.agenda_missing':
    'Pas d’ordre du jour à temps pour {count, plural, one {# rencontre récente} other {# rencontres récentes}}',
  'checklists.health.no_progress_update':
    'Aucun point d’avancement depuis {days, plural, one {# jour} other {# jours}}',
  'checklists.health.proposal_waiting':
    'Proposition en attente depuis {days, plural, one {# jour} other {# jours}}, plus de la moitié de son délai de {ttlDays, plural, one {# jour} other {# jours}}',
  'checklists.health.proposal_past_expiry':
    '{days, plural, =0 {Proposition encore ouverte le jour de son expiration} one {Proposition encore ouverte # jour après son expiration} other {Proposition encore ouverte # jours après son expiration}}',
  'checklists.health.paused': 'En pause depuis le {since} ; l’horloge est arrêtée',
  'checklists.health.closed': 'N’est plus en cours (étape : {stage})',
};
