/**
 * The Spanish locale pack: every text of the library in Spanish. Import it
 * from its own subpath and pass it as `locale`, or to `negotiateLocale`.
 *
 * @example
 * ```ts
 * import { es } from 'mentorship-kit/locales/es';
 * formatError(error, es);
 * ```
 *
 * @module locales/es
 */
import { defineLocalePack, type LocalePack } from '../../locale-pack';
import { checklistsMessagesEs } from './checklists';
import { commonMessagesEs } from './common';
import { enrolmentMessagesEs } from './enrolment';
import { enrolmentErrorMessagesEs } from './enrolment-errors';
import { lifecycleMessagesEs } from './lifecycle';
import { lifecycleErrorMessagesEs } from './lifecycle-errors';
import { matchingMessagesEs } from './matching';
import { matchingErrorMessagesEs } from './matching-errors';
import { modelMessagesEs } from './model';
import { programMessagesEs } from './program';

/**
 * Spanish (`es`): the library's texts for Spanish-speaking users (es-ES, es-MX, es-AR, es-US, …).
 *
 * @example
 * ```ts
 * evaluateChecklist(relationship, { role: 'mentee', now, locale: es });
 * ```
 */
export const es: LocalePack = /* @__PURE__ */ defineLocalePack({
  tag: 'es',
  name: 'Español',
  messages: {
    ...commonMessagesEs,
    ...modelMessagesEs,
    ...lifecycleMessagesEs,
    ...lifecycleErrorMessagesEs,
    ...checklistsMessagesEs,
    ...matchingMessagesEs,
    ...matchingErrorMessagesEs,
    ...programMessagesEs,
    ...enrolmentMessagesEs,
    ...enrolmentErrorMessagesEs,
  },
});
