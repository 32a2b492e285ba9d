import type { Locale, MessageKey, MessageParams } from '../i18n';
import { formatErrorMessage } from '../i18n/scoped-format';
import { formatPath } from './format-path';
import type { Path } from './validation-error';

/**
 * Any error of the library: a stable code, a message key with params and,
 * for validation errors, the list of issues.
 *
 * @example
 * ```ts
 * const error: LibraryError = { code: 'x', messageKey: 'validation.custom', params: {} };
 * ```
 */
export interface LibraryError {
  readonly code: string;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly path?: Path;
  readonly issues?: readonly {
    readonly path: Path;
    readonly messageKey: MessageKey;
    readonly params: MessageParams;
  }[];
}

/**
 * Renders any error of the library in English or German: the headline, then
 * one line per issue with its path. It knows the error messages of every
 * module (validation, lifecycle, matching); other messages, such as checklist
 * labels or notifications, are rendered with `formatMessage`.
 *
 * @example
 * ```ts
 * const result = parseMentorProfile({ schemaVersion: 1 });
 * if (!result.ok) console.log(formatError(result.error, 'de'));
 * // Die Eingabe ist ungültig (…):
 * // - bei id: ist erforderlich
 * ```
 */
export function formatError(error: LibraryError, locale: Locale = 'en'): string {
  const headline = formatErrorMessage(error.messageKey, error.params, locale);
  const lines = [error.path === undefined ? headline : atPath(error.path, headline, locale)];
  for (const issue of error.issues ?? []) {
    const message = formatErrorMessage(issue.messageKey, issue.params, locale);
    lines.push(`- ${atPath(issue.path, message, locale)}`);
  }
  return lines.join('\n');
}

function atPath(path: Path, message: string, locale: Locale): string {
  const where =
    path.length === 0 ? formatErrorMessage('error.root_path', {}, locale) : formatPath(path);
  return formatErrorMessage('error.at_path', { path: where, message }, locale);
}
