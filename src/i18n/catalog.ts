import { checklistsMessages } from './messages/checklists';
import { commonMessages } from './messages/common';
import { lifecycleMessages } from './messages/lifecycle';
import { lifecycleErrorMessages } from './messages/lifecycle-errors';
import { matchingMessages } from './messages/matching';
import { matchingErrorMessages } from './messages/matching-errors';
import { modelMessages } from './messages/model';
import { programMessages } from './messages/program';

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
// Built in a function marked pure, so that bundles which never read the union
// (they render from one module's catalogue) can drop it.
export const messages = /* @__PURE__ */ (() =>
  Object.freeze({
    ...commonMessages,
    ...modelMessages,
    ...lifecycleMessages,
    ...lifecycleErrorMessages,
    ...checklistsMessages,
    ...matchingMessages,
    ...matchingErrorMessages,
    ...programMessages,
  }))();

/**
 * A stable key of a message in {@link messages}.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'validation.invalid_time_zone';
 * ```
 */
export type MessageKey = keyof typeof messages;
