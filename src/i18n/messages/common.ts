import { defineMessages } from '../message-catalog';

/** Messages shared by every part of the library. */
export const commonMessages = /* @__PURE__ */ defineMessages({
  'common.list_separator': { en: ', ', de: ', ' },
  'common.none': { en: 'none', de: 'keine' },
  'role.mentor': { en: 'mentor', de: 'Mentor:in' },
  'role.mentee': { en: 'mentee', de: 'Mentee' },
  'role.admin': { en: 'programme admin', de: 'Programm-Admin' },
  'role.system': { en: 'system', de: 'System' },
});
