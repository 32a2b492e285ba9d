import type { Translation } from '../../message-catalog';
import type { lifecycleErrorMessages } from '../../messages/lifecycle-errors';

/** French texts of `lifecycleErrorMessages`. */
export const lifecycleErrorMessagesFr: Translation<typeof lifecycleErrorMessages> = {
  // ── errors ────────────────────────────────────────────────────────────────
  'lifecycle.error.invalid_event':
    'L’événement n’est pas valable ({count, plural, one {# problème} other {# problèmes}}) :',
  'lifecycle.error.no_events':
    'Il n’y a aucun événement : une relation commence toujours par une proposition.',
  'lifecycle.error.not_a_proposal':
    'Une relation commence par une proposition, pas par « {event} ».',
  'lifecycle.error.duplicate_event_id': 'Un événement d’identifiant « {id} » a déjà été appliqué.',
  'lifecycle.error.event_out_of_order':
    'L’événement du {at} est antérieur au dernier événement appliqué ({lastAt}).',
  'lifecycle.error.relationship_closed':
    'La relation est close (étape « {stage} ») ; « {event} » n’est plus possible.',
  'lifecycle.error.event_not_allowed_in_stage':
    '« {event} » n’est pas possible à l’étape « {stage} ».',
  'lifecycle.error.actor_not_permitted':
    'À l’étape « {stage} », « {event} » est réservé à ces rôles : {allowed:or}. L’envoi a été fait en tant que {role}.',
  'lifecycle.error.acting_for_someone_else':
    '« {id} » n’occupe pas le rôle {role} dans cette relation et ne peut pas agir à ce titre.',
  'lifecycle.error.not_a_coordinator':
    '« {id} » ne coordonne pas le programme « {programId} » et ne peut pas y agir en tant qu’administrateur.',
  'lifecycle.error.duplicate_id': 'L’identifiant « {id} » est déjà utilisé.',
  'lifecycle.error.unknown_goal': 'Il n’existe aucun objectif « {id} ».',
  'lifecycle.error.unknown_plan_step': 'L’objectif n’a pas d’étape de plan « {id} ».',
  'lifecycle.error.unknown_meeting': 'Il n’existe aucune rencontre « {id} ».',
  'lifecycle.error.unknown_action_item': 'Il n’existe aucune tâche « {id} ».',
  'lifecycle.error.unknown_feedback_request': 'Il n’existe aucune demande de retour « {id} ».',
  'lifecycle.error.unknown_feedback': 'Il n’existe aucun retour « {id} ».',
  'lifecycle.error.feedback_not_for_actor':
    'Le retour « {id} » n’a pas été partagé avec le rôle {role} ; seul son destinataire peut le prendre en compte.',
  'lifecycle.error.feedback_already_acknowledged':
    'Le retour « {id} » a déjà été pris en compte le {at}.',
  'lifecycle.error.unknown_agreement': 'Aucun accord n’a encore été consigné.',
  'lifecycle.error.meeting_not_scheduled':
    'La rencontre « {id} » {status, select, held {a déjà eu lieu} missed {a été manquée} cancelled {a été annulée} other {n’est plus prévue}}.',
  'lifecycle.error.meeting_in_past':
    'La rencontre « {id} » a commencé le {startsAt} ; ce n’est possible qu’avant son début.',
  'lifecycle.error.meeting_not_started':
    'La rencontre « {id} » commence le {startsAt} et ne peut pas être consignée avant.',
  'lifecycle.error.item_not_open':
    '« {id} » est déjà {status, select, done {terminé} dropped {abandonné} other {clos}}.',
  'lifecycle.error.already_accepted': 'L’accord ({role}) a déjà été donné le {at}.',
  'lifecycle.error.proposal_expired': 'La proposition a expiré le {expiresAt}.',
  'lifecycle.error.proposal_not_expired': 'La proposition n’expire que le {expiresAt}.',
  'lifecycle.error.same_person':
    'Mentor·e et personne mentorée doivent être deux personnes différentes (« {id} »).',
  'lifecycle.error.limit_reached':
    'Une relation contient au plus {max} {field, select, history {événements} cycle {cycles} goals {objectifs} plan {étapes de plan par objectif} meetings {rencontres} previousStartTimes {anciens horaires par rencontre} actionItems {tâches} feedbackRequests {demandes de retour} feedback {retours} progressUpdates {points d’avancement} selfInventories {auto-évaluations} evaluations {évaluations} attestations {points de liste confirmés} other {entrées}} ; cet événement dépasserait cette limite.',
  'lifecycle.error.participant_limit_reached':
    'La limite de {max} événements par participant est atteinte ({role}) ; seuls les événements qui clôturent la relation restent possibles.',
  'lifecycle.error.unknown_relationship': 'Le programme n’a aucune relation « {id} ».',
  'lifecycle.error.relationship_id_mismatch':
    'La proposition concerne la relation « {eventId} », pas « {id} ».',
  'lifecycle.error.wrong_program':
    'La relation appartient au programme « {programId} », pas à « {expected} ».',
  'lifecycle.error.pair_already_open':
    'Le binôme {mentorId} / {menteeId} a déjà une relation ouverte (« {id} »).',
  'lifecycle.error.capacity_exceeded':
    '{mentorId} (mentor·e) a déjà {active, plural, one {# relation en cours} other {# relations en cours}} ; sa capacité est de {capacity}.',
  'lifecycle.error.mentee_mentor_limit_reached':
    '{menteeId} (personne mentorée) a déjà {active, plural, one {# relation en cours} other {# relations en cours}} ; le maximum autorisé en même temps est de {max}.',
  // ── guards (the message of a refusal by each guard) ───────────────────────
  'lifecycle.guard.different-people':
    'Mentor·e et personne mentorée doivent être deux personnes différentes.',
  'lifecycle.guard.expires-after-proposal':
    'La proposition doit expirer après avoir été faite ; elle expire le {expiresAt}.',
  'lifecycle.guard.proposal-open': 'La proposition a expiré.',
  'lifecycle.guard.proposal-past-expiry': 'La proposition n’a pas encore expiré.',
  'lifecycle.guard.not-yet-accepted': 'Cette partie a déjà accepté la proposition.',
  'lifecycle.guard.other-side-accepted': 'L’autre partie n’a pas encore accepté.',
  'lifecycle.guard.other-side-pending': 'L’autre partie a déjà accepté.',
  'lifecycle.guard.has-goal-with-plan':
    'Cette étape demande au moins un objectif actif accompagné d’un plan.',
  'lifecycle.guard.has-first-meeting': 'Cette étape demande une première rencontre planifiée.',
  'lifecycle.guard.first-meeting-held':
    'Cette étape demande que la première rencontre ait eu lieu.',
  'lifecycle.guard.agreement-accepted-by-both':
    'Les deux parties doivent d’abord avoir accepté l’accord.',
  'lifecycle.guard.evaluation-recorded': 'Le cycle {cycle} doit d’abord être évalué.',
  'lifecycle.guard.paused-from-preparing': 'La pause ramène à « {resumeTo} », pas à « {stage} ».',
  'lifecycle.guard.paused-from-initiating': 'La pause ramène à « {resumeTo} », pas à « {stage} ».',
  'lifecycle.guard.paused-from-cultivating': 'La pause ramène à « {resumeTo} », pas à « {stage} ».',
  'lifecycle.guard.paused-from-evaluating': 'La pause ramène à « {resumeTo} », pas à « {stage} ».',
  'lifecycle.guard.until-after-start':
    'Une pause doit se terminer après son début (jusqu’au {until}).',
  'lifecycle.guard.new-id': 'L’identifiant est déjà utilisé.',
  'lifecycle.guard.references-exist': 'L’événement renvoie à quelque chose qui n’existe pas.',
  'lifecycle.guard.meeting-scheduled': 'La rencontre n’est plus prévue.',
  'lifecycle.guard.meeting-in-future': 'La rencontre a déjà commencé.',
  'lifecycle.guard.meeting-started': 'La rencontre n’a pas encore commencé.',
  'lifecycle.guard.item-open': 'L’élément n’est plus ouvert.',
  'lifecycle.guard.feedback-for-actor':
    'Aucun retour partagé n’attend d’être pris en compte par le rôle {role}.',
  'lifecycle.guard.agreement-recorded': 'Aucun accord n’a encore été consigné.',
  'lifecycle.guard.agreement-not-yet-accepted': 'Cette partie a déjà accepté l’accord.',
  // ── event types ───────────────────────────────────────────────────────────
  'lifecycle.event.propose': 'Proposer',
  'lifecycle.event.accept': 'Accepter la proposition',
  'lifecycle.event.decline': 'Refuser la proposition',
  'lifecycle.event.withdraw': 'Retirer la proposition',
  'lifecycle.event.expire': 'Laisser expirer la proposition',
  'lifecycle.event.invalidate': 'Déclarer la proposition caduque',
  'lifecycle.event.begin-initiation': 'Commencer la prise de contact',
  'lifecycle.event.begin-cultivation': 'Commencer à faire vivre la relation',
  'lifecycle.event.begin-evaluation': 'Commencer l’évaluation',
  'lifecycle.event.continue': 'Poursuivre avec un nouveau cycle',
  'lifecycle.event.complete': 'Clore la relation',
  'lifecycle.event.pause': 'Mettre en pause',
  'lifecycle.event.resume': 'Reprendre',
  'lifecycle.event.end-early': 'Arrêter avant terme',
  'lifecycle.event.record-self-inventory': 'Consigner une auto-évaluation',
  'lifecycle.event.set-goal': 'Fixer un objectif',
  'lifecycle.event.add-plan-step': 'Ajouter une étape au plan',
  'lifecycle.event.complete-plan-step': 'Terminer une étape du plan',
  'lifecycle.event.drop-plan-step': 'Abandonner une étape du plan',
  'lifecycle.event.schedule-meeting': 'Planifier une rencontre',
  'lifecycle.event.reschedule-meeting': 'Déplacer une rencontre',
  'lifecycle.event.cancel-meeting': 'Annuler une rencontre',
  'lifecycle.event.record-meeting': 'Consigner une rencontre',
  'lifecycle.event.send-agenda': 'Envoyer l’ordre du jour',
  'lifecycle.event.add-action-item': 'Ajouter une tâche',
  'lifecycle.event.complete-action-item': 'Terminer une tâche',
  'lifecycle.event.drop-action-item': 'Abandonner une tâche',
  'lifecycle.event.request-feedback': 'Demander un retour',
  'lifecycle.event.give-feedback': 'Donner un retour',
  'lifecycle.event.acknowledge-feedback': 'Prendre un retour en compte',
  'lifecycle.event.post-progress-update': 'Partager un point d’avancement',
  'lifecycle.event.record-agreement': 'Consigner l’accord',
  'lifecycle.event.accept-agreement': 'Accepter l’accord',
  'lifecycle.event.record-evaluation': 'Consigner l’évaluation',
  'lifecycle.event.attest-checklist-item': 'Confirmer un point de la liste',
};
