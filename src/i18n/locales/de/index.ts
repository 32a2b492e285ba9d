/**
 * The German locale pack: every text of the library in German. Import it
 * from its own subpath and pass it as `locale`, or to `negotiateLocale`.
 *
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * formatError(error, de);
 * ```
 *
 * @module locales/de
 */
import { defineLocalePack, type LocalePack } from '../../locale-pack';
import { checklistsMessagesDe } from './checklists';
import { commonMessagesDe } from './common';
import { enrolmentMessagesDe } from './enrolment';
import { enrolmentErrorMessagesDe } from './enrolment-errors';
import { lifecycleMessagesDe } from './lifecycle';
import { lifecycleErrorMessagesDe } from './lifecycle-errors';
import { matchingMessagesDe } from './matching';
import { matchingErrorMessagesDe } from './matching-errors';
import { modelMessagesDe } from './model';
import { programMessagesDe } from './program';

/**
 * German (`de`): the library's texts for German-speaking users (de-DE, de-AT, de-CH, …).
 *
 * @example
 * ```ts
 * evaluateChecklist(relationship, { role: 'mentee', now, locale: de });
 * ```
 */
export const de: LocalePack = /* @__PURE__ */ defineLocalePack({
  tag: 'de',
  name: 'Deutsch',
  messages: {
    ...commonMessagesDe,
    ...modelMessagesDe,
    ...lifecycleMessagesDe,
    ...lifecycleErrorMessagesDe,
    ...checklistsMessagesDe,
    ...matchingMessagesDe,
    ...matchingErrorMessagesDe,
    ...programMessagesDe,
    ...enrolmentMessagesDe,
    ...enrolmentErrorMessagesDe,
  },
});
