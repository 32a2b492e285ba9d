import type { Translation } from '../../message-catalog';
import type { programMessages } from '../../messages/program';

/** French texts of `programMessages`. */
export const programMessagesFr: Translation<typeof programMessages> = {
  'program.calendar.summary': 'Rencontre de mentorat',
  'program.calendar.summary_with': 'Mentorat\u00a0: {mentor} et {mentee}',
  'program.calendar.summary_cancelled': 'Annulée\u00a0: {summary}',
  'program.calendar.programme': 'Programme\u00a0: {name}',
  'program.calendar.channel': 'Comment\u00a0: {channel}',
  'program.calendar.scheduled_by': 'Fixée par\u00a0: {role}',
  'program.calendar.rescheduled':
    '{count, plural, one {Déplacée une fois} other {Déplacée # fois}}',
  'program.calendar.agenda': 'Ordre du jour\u00a0:',
  'program.calendar.cancelled_by': 'Annulée par\u00a0: {role}',
  'program.calendar.cancel_reason': 'Motif\u00a0: {reason}',
  'program.report.column.scope': 'Périmètre',
  'program.report.column.scope_id': 'Identifiant',
  'program.report.column.metric': 'Indicateur',
  'program.report.column.breakdown': 'Ventilation',
  'program.report.column.label': 'Description',
  'program.report.column.value': 'Valeur',
  'program.report.scope': '{scope, select, round {Session} other {Programme}}',
  'program.report.relationships': 'Relations',
  'program.report.stage': 'Relations à l’étape {stage}',
  'program.report.proposals': 'Propositions',
  'program.report.accepted': 'Propositions acceptées des deux côtés',
  'program.report.pending': 'Propositions en attente de réponse',
  'program.report.match_rate': 'Taux de mise en relation (acceptées sur toutes les propositions)',
  'program.report.first_meeting_measured': 'Relations commencées avec une rencontre tenue',
  'program.report.first_meeting_waiting': 'Relations commencées sans rencontre tenue',
  'program.report.first_meeting_median_days': 'Jours du début à la première rencontre (médiane)',
  'program.report.first_meeting_p90_days': 'Jours du début à la première rencontre (90e centile)',
  'program.report.meetings_held': 'Rencontres tenues',
  'program.report.meetings_per_relationship': 'Rencontres tenues par relation commencée',
  'program.report.meetings_in_month': 'Rencontres tenues en {month}',
  'program.report.duties_done': 'Engagements accomplis ({role})',
  'program.report.duties_due': 'Engagements échus ({role})',
  'program.report.duties_total': 'Engagements applicables ({role})',
  'program.report.duties_rate': 'Engagements accomplis sur échus ({role})',
  'program.report.health':
    '{status, select, too-early {État : trop tôt pour juger} on-track {État : en bonne voie} needs-check-in {État : à relancer} at-risk {État : en danger} other {État : terminée}}',
  'program.report.completed': 'Relations menées à terme',
  'program.report.ended_early': 'Relations arrêtées avant terme',
  'program.report.early_end_reason': 'Arrêtée avant terme, motif : {reason}',
  'program.report.evaluated': 'Relations avec une évaluation',
  'program.report.goals':
    '{outcome, select, achieved {Objectifs atteints} partly {Objectifs en partie atteints} other {Objectifs non atteints}}',
  'program.report.failed': 'Documents illisibles',
  'program.report.health_in_month':
    '{status, select, too-early {État en {month} : trop tôt pour juger} on-track {État en {month} : en bonne voie} needs-check-in {État en {month} : à relancer} at-risk {État en {month} : en danger} other {État en {month} : terminée}}',
  'program.report.waitlist_length': 'Personnes sur la liste d’attente',
  'program.report.waitlist_mentors': 'Mentors sur la liste d’attente',
  'program.report.waitlist_mentees': 'Mentoré·es sur la liste d’attente',
  'program.report.waitlist_paused':
    'Personnes sur la liste d’attente dont la disponibilité est suspendue',
  'program.report.waitlist_priority':
    'Personnes sur la liste d’attente avec la priorité « {flag} »',
  'program.report.waitlist_median_days': 'Jours d’attente sur la liste (médiane)',
  'program.report.waitlist_longest_days': 'Jours d’attente sur la liste (plus longue attente)',
  'program.report.failed_enrolments': 'Inscriptions illisibles',
  'program.report.program_mismatch':
    'Cette relation appartient au programme « {actual} », pas à « {expected} ».',
  // Rounds, waitlist, re-matching and shortlists
  'program.enrolment.program_mismatch':
    'Cette inscription appartient au programme « {actual} », pas à « {expected} ».',
  'program.round.program_mismatch':
    'Cette session appartient au programme « {actual} », pas à « {expected} ».',
  'program.round.phase':
    '{phase, select, upcoming {Candidatures bientôt ouvertes} applications-open {Candidatures ouvertes} awaiting-matching {Candidatures closes, appariement à venir} running {Relations en cours} other {Terminée}}',
  'program.unmatched.taken_by_earlier':
    'des mentors adaptés avaient des places, mais des personnes mieux placées sur la liste d’attente les ont prises',
  'program.unmatched.proposal_failed':
    'un mentor a été trouvé, mais la proposition n’a pas pu être créée',
  'program.unmatched.no_mentee': 'aucun mentoré n’a été attribué à ce mentor cette fois',
  'program.shortlist.not_on_shortlist':
    'Le mentor « {mentorId} » ne figure pas dans la présélection du mentoré « {menteeId} ».',
  'program.shortlist.no_free_place': 'Le mentor « {mentorId} » n’a plus de place libre.',
  'program.round.window_closes_before_it_opens':
    'Les candidatures doivent fermer après leur ouverture.',
  'program.round.matching_before_applications_close':
    'L’appariement ne peut pas précéder la clôture des candidatures.',
};
