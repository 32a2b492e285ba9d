import type { Translation } from '../../message-catalog';
import type { commonMessages } from '../../messages/common';

/** German texts of `commonMessages`. */
export const commonMessagesDe: Translation<typeof commonMessages> = {
  'common.list_separator': ', ',
  'common.none': 'keine',
  'stage.proposed': 'Vorgeschlagen',
  'stage.preparing': 'Vorbereiten',
  'stage.initiating': 'Anbahnen',
  'stage.cultivating': 'Pflegen',
  'stage.evaluating': 'Bewerten',
  'stage.paused': 'Pausiert',
  'stage.completed': 'Abgeschlossen',
  'stage.ended': 'Vorzeitig beendet',
  'stage.declined': 'Abgelehnt',
  'stage.withdrawn': 'Zurückgezogen',
  'stage.expired': 'Abgelaufen',
  'stage.invalidated': 'Hinfällig',
  'channel.email': 'E-Mail',
  'channel.phone': 'Telefon',
  'channel.video': 'Videoanruf',
  'channel.chat': 'Chat',
  'channel.in-person': 'persönlich',
  'role.mentor': 'Mentor:in',
  'role.mentee': 'Mentee',
  'role.admin': 'Programm-Admin',
  'role.system': 'System',
};
