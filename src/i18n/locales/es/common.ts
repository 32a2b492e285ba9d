import type { Translation } from '../../message-catalog';
import type { commonMessages } from '../../messages/common';

/** Spanish texts of `commonMessages`: the stages, channels and roles every module names. */
export const commonMessagesEs: Translation<typeof commonMessages> = {
  'common.list_separator': ', ',
  'common.none': 'ninguno',
  'stage.proposed': 'Propuesta',
  'stage.preparing': 'Preparar',
  'stage.initiating': 'Iniciar',
  'stage.cultivating': 'Cultivar',
  'stage.evaluating': 'Evaluar',
  'stage.paused': 'En pausa',
  'stage.completed': 'Completada',
  'stage.ended': 'Terminada antes de tiempo',
  'stage.declined': 'Rechazada',
  'stage.withdrawn': 'Retirada',
  'stage.expired': 'Caducada',
  'stage.invalidated': 'Anulada',
  'channel.email': 'correo electrónico',
  'channel.phone': 'teléfono',
  'channel.video': 'videollamada',
  'channel.chat': 'chat',
  'channel.in-person': 'en persona',
  'role.mentor': 'mentor/a',
  'role.mentee': 'mentee',
  'role.admin': 'admin del programa',
  'role.system': 'sistema',
};
