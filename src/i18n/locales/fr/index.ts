/**
 * The French locale pack: every text of the library in French. Import it
 * from its own subpath and pass it as `locale`, or to `negotiateLocale`.
 *
 * @example
 * ```ts
 * import { fr } from 'mentorship-kit/locales/fr';
 * formatError(error, fr);
 * ```
 *
 * @module locales/fr
 */
import { defineLocalePack, type LocalePack } from '../../locale-pack';
import { checklistsMessagesFr } from './checklists';
import { commonMessagesFr } from './common';
import { enrolmentMessagesFr } from './enrolment';
import { enrolmentErrorMessagesFr } from './enrolment-errors';
import { lifecycleMessagesFr } from './lifecycle';
import { lifecycleErrorMessagesFr } from './lifecycle-errors';
import { matchingMessagesFr } from './matching';
import { matchingErrorMessagesFr } from './matching-errors';
import { modelMessagesFr } from './model';
import { programMessagesFr } from './program';

/**
 * French (`fr`): the library's texts for French-speaking users (fr-FR, fr-CA, fr-BE, fr-CH, …).
 *
 * @example
 * ```ts
 * evaluateChecklist(relationship, { role: 'mentee', now, locale: fr });
 * ```
 */
export const fr: LocalePack = /* @__PURE__ */ defineLocalePack({
  tag: 'fr',
  name: 'Français',
  messages: {
    ...commonMessagesFr,
    ...modelMessagesFr,
    ...lifecycleMessagesFr,
    ...lifecycleErrorMessagesFr,
    ...checklistsMessagesFr,
    ...matchingMessagesFr,
    ...matchingErrorMessagesFr,
    ...programMessagesFr,
    ...enrolmentMessagesFr,
    ...enrolmentErrorMessagesFr,
  },
});
