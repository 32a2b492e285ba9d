import type { Translation } from '../../message-catalog';
import type { enrolmentErrorMessages } from '../../messages/enrolment-errors';

/** French texts of `enrolmentErrorMessages`. */
export const enrolmentErrorMessagesFr: Translation<typeof enrolmentErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'enrolment.error.invalid_event':
    'L’événement de l’inscription n’est pas valide ({count, plural, one {# problème} other {# problèmes}})\u00a0:',
  'enrolment.error.no_events':
    'Il n’y a aucun événement\u00a0: une inscription commence par une candidature.',
  'enrolment.error.not_an_application':
    'Une inscription commence par une candidature, pas par «\u00a0{event}\u00a0».',
  'enrolment.error.duplicate_event_id':
    'Un événement avec l’identifiant «\u00a0{id}\u00a0» a déjà été appliqué.',
  'enrolment.error.event_out_of_order':
    'L’événement du {at} est antérieur au dernier événement appliqué ({lastAt}).',
  'enrolment.error.enrolment_closed':
    'L’inscription est terminée (statut «\u00a0{status}\u00a0»)\u00a0; «\u00a0{event}\u00a0» n’est plus possible.',
  'enrolment.error.event_not_allowed_in_status':
    '«\u00a0{event}\u00a0» n’est pas possible au statut «\u00a0{status}\u00a0».',
  'enrolment.error.actor_not_permitted':
    'Au statut «\u00a0{status}\u00a0», «\u00a0{event}\u00a0» est réservé à ces rôles\u00a0: {allowed:or}. Il a été envoyé en tant que {role}.',
  'enrolment.error.acting_for_someone_else':
    '«\u00a0{id}\u00a0» n’est pas la personne inscrite et ne peut pas agir pour elle en tant que {role}.',
  'enrolment.error.not_a_coordinator':
    '«\u00a0{id}\u00a0» ne coordonne pas le programme «\u00a0{programId}\u00a0» et ne peut pas y agir en tant qu’administrateur.',
  'enrolment.error.wrong_program':
    'L’inscription appartient au programme «\u00a0{programId}\u00a0», pas à «\u00a0{expected}\u00a0».',
  'enrolment.error.reason_required': 'Refuser une candidature demande une raison.',
  'enrolment.error.unknown_requirement':
    '«\u00a0{id}\u00a0» n’est pas une condition d’intégration de cette inscription (ce sont\u00a0: {known}).',
  'enrolment.error.requirement_already_met':
    'La condition «\u00a0{id}\u00a0» a déjà été remplie le {at}.',
  'enrolment.error.availability_paused':
    'La personne a suspendu sa disponibilité depuis le {since}{withUntil, select, true { (jusqu’au {until})} other {}}\u00a0; elle ne reçoit pas de nouvelle mise en relation.',
  'enrolment.error.already_paused': 'La disponibilité est déjà suspendue (depuis le {since}).',
  'enrolment.error.not_paused': 'La disponibilité n’est pas suspendue.',
  'enrolment.error.duplicate_id':
    'La relation «\u00a0{id}\u00a0» fait déjà partie de cette inscription.',
  'enrolment.error.same_person':
    'Une personne ne peut pas être mise en relation avec elle-même («\u00a0{id}\u00a0»).',
  'enrolment.error.proposal_not_open':
    'La relation «\u00a0{id}\u00a0» n’est pas une proposition ouverte pour cette personne.',
  'enrolment.error.relationship_not_active':
    'La relation «\u00a0{id}\u00a0» n’est pas une relation active de cette personne.',
  'enrolment.error.unknown_priority_flag':
    'Le programme n’utilise pas la priorité «\u00a0{id}\u00a0» (il utilise\u00a0: {known}).',
  'enrolment.error.limit_reached':
    'Une inscription compte au plus {max} {field, select, history {événements} matches {propositions et relations} other {entrées}}\u00a0; cet événement dépasserait cette limite.',
  // ── guards ────────────────────────────────────────────────────────────────
  'enrolment.guard.own-application': 'On ne peut poser sa candidature que pour soi-même.',
  'enrolment.guard.screening-accepted': 'La candidature n’a pas été acceptée.',
  'enrolment.guard.screening-declined': 'La candidature n’a pas été refusée.',
  'enrolment.guard.reason-given': 'Refuser une candidature demande une raison.',
  'enrolment.guard.no-requirements': 'Des conditions d’intégration restent à remplir d’abord.',
  'enrolment.guard.has-requirements': 'Il n’y a aucune condition d’intégration à remplir.',
  'enrolment.guard.requirement-known': 'Cette condition ne fait pas partie de l’inscription.',
  'enrolment.guard.requirement-open': 'Cette condition est déjà remplie.',
  'enrolment.guard.completes-onboarding':
    '{count, plural, =0 {Aucune condition ne manque.} one {# condition manque.} other {# conditions manquent, pas seulement celle-ci.}}',
  'enrolment.guard.onboarding-continues': 'C’est la dernière condition manquante.',
  'enrolment.guard.available': 'La personne a suspendu sa disponibilité.',
  'enrolment.guard.different-people':
    'Une personne ne peut pas être mise en relation avec elle-même.',
  'enrolment.guard.new-relationship': 'La relation fait déjà partie de cette inscription.',
  'enrolment.guard.proposal-open': 'Il n’y a aucune proposition ouverte.',
  'enrolment.guard.relationship-active': 'Il n’y a aucune relation active.',
  'enrolment.guard.others-active': 'Aucune autre relation n’est active.',
  'enrolment.guard.others-proposed': 'Aucune autre proposition n’est ouverte.',
  'enrolment.guard.nothing-else-open': 'D’autres relations ou propositions sont encore ouvertes.',
  'enrolment.guard.rematch-requested': 'La personne n’a pas demandé de nouvelle mise en relation.',
  'enrolment.guard.no-rematch': 'La personne a demandé une nouvelle mise en relation.',
  'enrolment.guard.not-paused': 'La disponibilité est déjà suspendue.',
  'enrolment.guard.paused': 'La disponibilité n’est pas suspendue.',
  'enrolment.guard.until-after-start':
    'La pause doit se terminer après son début (pas le {until}).',
  // ── events ────────────────────────────────────────────────────────────────
  'enrolment.event.apply': 'poser sa candidature',
  'enrolment.event.screen': 'examiner la candidature',
  'enrolment.event.meet-requirement': 'remplir une condition',
  'enrolment.event.waitlist': 'mettre sur liste d’attente',
  'enrolment.event.match': 'proposer une mise en relation',
  'enrolment.event.proposal-closed': 'clore une proposition',
  'enrolment.event.relationship-started': 'commencer une relation',
  'enrolment.event.relationship-ended': 'terminer une relation',
  'enrolment.event.graduate': 'terminer le programme',
  'enrolment.event.pause': 'suspendre la disponibilité',
  'enrolment.event.resume': 'reprendre la disponibilité',
  'enrolment.event.set-priority-flags': 'fixer les priorités d’attente',
  'enrolment.event.withdraw': 'se retirer',
  'enrolment.event.remove': 'retirer du programme',
  // ── statuses ──────────────────────────────────────────────────────────────
  'enrolment.status.applied': 'Candidature déposée',
  'enrolment.status.declined': 'Refusée',
  'enrolment.status.onboarding': 'En intégration',
  'enrolment.status.ready': 'Prêt·e pour une mise en relation',
  'enrolment.status.waitlisted': 'Sur liste d’attente',
  'enrolment.status.matched': 'Mise en relation proposée',
  'enrolment.status.active': 'Active',
  'enrolment.status.alumni': 'Alumni',
  'enrolment.status.withdrawn': 'Retirée',
  'enrolment.status.removed': 'Exclue',
};
