import { checklistsMessages } from './messages/checklists';
import { commonMessages } from './messages/common';
import { lifecycleMessages } from './messages/lifecycle';
import { matchingMessages } from './messages/matching';
import { modelMessages } from './messages/model';

/**
 * Every message of the library in one key space, in English and German.
 * Each module keeps its own file under `messages/`; this is the union.
 *
 * @example
 * ```ts
 * messages['validation.same_person'].de; // 'Mentor:in und Mentee müssen …'
 * ```
 */
export const messages = {
  ...commonMessages,
  ...modelMessages,
  ...lifecycleMessages,
  ...checklistsMessages,
  ...matchingMessages,
} as const;

/**
 * A stable key of a message in {@link messages}.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'validation.invalid_time_zone';
 * ```
 */
export type MessageKey = keyof typeof messages;
