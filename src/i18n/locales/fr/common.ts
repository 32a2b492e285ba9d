import type { Translation } from '../../message-catalog';
import type { commonMessages } from '../../messages/common';

/** French texts of `commonMessages`: the stages, channels and roles every module names. */
export const commonMessagesFr: Translation<typeof commonMessages> = {
  'common.list_separator': ', ',
  'common.none': 'aucun',
  'stage.proposed': 'Proposé',
  'stage.preparing': 'Préparer',
  'stage.initiating': 'Amorcer',
  'stage.cultivating': 'Entretenir',
  'stage.evaluating': 'Évaluer',
  'stage.paused': 'En pause',
  'stage.completed': 'Achevé',
  'stage.ended': 'Arrêté avant terme',
  'stage.declined': 'Refusé',
  'stage.withdrawn': 'Retiré',
  'stage.expired': 'Expiré',
  'stage.invalidated': 'Caduc',
  'channel.email': 'e-mail',
  'channel.phone': 'téléphone',
  'channel.video': 'appel vidéo',
  'channel.chat': 'messagerie instantanée',
  'channel.in-person': 'en personne',
  'role.mentor': 'mentor',
  'role.mentee': 'mentoré·e',
  'role.admin': 'admin du programme',
  'role.system': 'système',
};
