import { checklistsMessages } from './messages/checklists';
import { commonMessages } from './messages/common';
import { enrolmentMessages } from './messages/enrolment';
import { enrolmentErrorMessages } from './messages/enrolment-errors';
import { lifecycleMessages } from './messages/lifecycle';
import { lifecycleErrorMessages } from './messages/lifecycle-errors';
import { matchingMessages } from './messages/matching';
import { matchingErrorMessages } from './messages/matching-errors';
import { modelMessages } from './messages/model';
import { programMessages } from './messages/program';

// Built in a function marked pure, so that bundles which never read the union
// (they render from one module's catalogue) can drop it.
function allMessages() {
  return Object.freeze({
    ...commonMessages,
    ...modelMessages,
    ...lifecycleMessages,
    ...lifecycleErrorMessages,
    ...checklistsMessages,
    ...matchingMessages,
    ...matchingErrorMessages,
    ...programMessages,
    ...enrolmentMessages,
    ...enrolmentErrorMessages,
  });
}

/**
 * A stable key of a message in {@link messages}.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'validation.invalid_time_zone';
 * ```
 */
// `| never` names the union, so signatures show `MessageKey`, not every key.
export type MessageKey = keyof ReturnType<typeof allMessages> | never;

/**
 * Every message of the library in one key space, in English (the built-in
 * language; other languages are locale packs such as `mentorship-kit/locales/de`).
 * Each module keeps its own file under `messages/`; this is the union.
 *
 * @example
 * ```ts
 * messages['validation.same_person']; // 'mentor and mentee must be two different people'
 * ```
 */
export const messages: { readonly [K in MessageKey]: string } = /* @__PURE__ */ allMessages();
