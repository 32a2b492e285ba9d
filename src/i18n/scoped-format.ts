import type { MessageParams } from './format-message';
import type { Locale } from './locale';
import { checklistsMessages } from './messages/checklists';
import { commonMessages } from './messages/common';
import { matchingMessages } from './messages/matching';
import { programMessages } from './messages/program';
import { renderFrom } from './render-message';

// Renderers that look a key up in one module's catalogues only, so that a
// bundle of that module carries its own texts and not the whole library's
// (the union `messages` is for the root `formatMessage`, which takes any key;
// errors render through `error-messages.ts`).
// Internal: not re-exported from the i18n barrel.

const matchingCatalogs = [matchingMessages, commonMessages];

/** Renders a message of the matching catalogue (labels, explanations, vetoes) and the common messages. */
export function formatMatchingMessage(
  key: string,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  return renderFrom(matchingCatalogs, key, params, locale);
}

const checklistsCatalogs = [checklistsMessages, commonMessages];

/** Renders a message of the checklists catalogue (labels, health reasons) and the common messages. */
export function formatChecklistsMessage(
  key: string,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  return renderFrom(checklistsCatalogs, key, params, locale);
}

const programCatalogs = [programMessages, commonMessages];

/** A key of the programme module's catalogue. */
export type ProgramMessageKey = keyof typeof programMessages;

/** Renders a message of the programme catalogue (calendars, reports) and the common messages. */
export function formatProgramMessage(
  key: ProgramMessageKey,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  return renderFrom(programCatalogs, key, params, locale);
}
