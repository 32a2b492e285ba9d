import type { Translation } from '../../message-catalog';
import type { lifecycleMessages } from '../../messages/lifecycle';

/** French texts of `lifecycleMessages`. */
export const lifecycleMessagesFr: Translation<typeof lifecycleMessages> = {
  'lifecycle.notify.proposed':
    'Vous avez reçu une nouvelle proposition de mentorat. Merci de répondre avant le {expiresAt}.',
  'lifecycle.notify.accepted':
    'L’autre partie a accepté la proposition de mentorat ; il ne manque plus que votre accord.',
  'lifecycle.notify.started':
    'Les deux parties ont accepté : votre relation de mentorat commence par l’étape « {stage} ».',
  'lifecycle.notify.declined': 'La proposition de mentorat a été refusée : {reason}',
  'lifecycle.notify.withdrawn': 'Le programme a retiré la proposition de mentorat.',
  'lifecycle.notify.expired':
    'La proposition de mentorat a expiré le {expiresAt} sans l’accord des deux parties.',
  'lifecycle.notify.invalidated': 'La proposition de mentorat n’est plus valable : {reason}',
  'lifecycle.notify.invalidated_mentee_limit':
    'La proposition de mentorat n’est plus valable : la personne mentorée a désormais autant de mentors que le programme le permet.',
  'lifecycle.notify.stage_changed':
    'Votre relation de mentorat est passée à l’étape « {stage} » (cycle {cycle}).',
  'lifecycle.notify.completed': 'Votre relation de mentorat est terminée. Merci !',
  'lifecycle.notify.paused': 'La relation de mentorat est en pause : {reason}',
  'lifecycle.notify.resumed': 'La relation de mentorat reprend à l’étape « {stage} ».',
  'lifecycle.notify.ended': 'La relation de mentorat a pris fin plus tôt que prévu : {reason}',
  'lifecycle.notify.meeting_scheduled': 'Une rencontre a été planifiée pour le {startsAt}.',
  'lifecycle.notify.meeting_rescheduled': 'Une rencontre a été déplacée au {startsAt}.',
  'lifecycle.notify.meeting_cancelled':
    'La rencontre du {startsAt} a été annulée {noticeHours, plural, one {# heure} other {# heures}} à l’avance.',
  'lifecycle.notify.agenda_received':
    'L’ordre du jour de la rencontre du {startsAt} est arrivé : {items}.',
  'lifecycle.notify.action_item_assigned':
    'Nouvelle tâche pour vous : « {title} », à faire d’ici le {dueAt}.',
  'lifecycle.notify.action_item_assigned_undated':
    'Nouvelle tâche pour vous : « {title} », à faire d’ici la prochaine rencontre.',
  'lifecycle.notify.action_item_completed': 'La tâche « {title} » est faite.',
  'lifecycle.notify.feedback_requested': 'On vous demande un retour.',
  'lifecycle.notify.feedback_received':
    'Vous avez reçu un nouveau retour : {kind, select, advice {un conseil} challenge {un défi} praise {des félicitations} concern {une inquiétude} other {une remarque générale}}.',
  'lifecycle.notify.feedback_acknowledged':
    'Votre retour a été pris en compte : {kind, select, advice {un conseil} challenge {un défi} praise {un éloge} concern {une préoccupation} other {une remarque générale}}.',
  'lifecycle.notify.private_feedback':
    'Une personne participante a laissé un retour confidentiel à l’équipe du programme : {kind, select, advice {un conseil} challenge {un défi} praise {des félicitations} concern {une inquiétude} other {une remarque générale}}.',
  'lifecycle.notify.progress_update': 'Un nouveau point d’avancement a été partagé.',
  'lifecycle.notify.agreement_to_accept':
    'L’accord a été consigné ; merci de le relire et de l’accepter.',
  'lifecycle.notify.agreement_accepted': 'L’autre partie a accepté l’accord.',
  'lifecycle.notify.evaluation_recorded': 'Une évaluation du cycle {cycle} a été consignée.',
};
