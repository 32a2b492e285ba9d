// Renders the programme module's messages (and the shared vocabulary) only,
// so that a bundle of this module carries its own texts, as the other
// modules' scoped renderers do.
import type { MessageParams } from '../i18n/format-message';
import type { Locale } from '../i18n/locale';
import { commonMessages } from '../i18n/messages/common';
import { programMessages } from '../i18n/messages/program';
import { renderFrom } from '../i18n/render-message';

const programCatalogs = [programMessages, commonMessages];

/** A key of the programme module's catalogue. */
export type ProgramMessageKey = keyof typeof programMessages;

/** Renders a message of the programme catalogue in a locale (English by default); never throws for a locale. */
export function formatProgramMessage(
  key: ProgramMessageKey,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  return renderFrom(programCatalogs, key, params, locale);
}
