import type { Locale, MessageKey, MessageParams } from '../i18n';
import { formatErrorMessage } from '../i18n/error-messages';
import { formatPath } from './format-path';
import type { Path } from './validation-error';

/**
 * Any error of the library: a stable code, a message key with params and,
 * for validation errors, the list of issues (and how many more were found
 * than listed). The errors in a `Result` and the thrown `MentorshipKitError`
 * and `InvalidOptionsError` all have this shape.
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
  /** How many problems were found beyond those listed in `issues`. */
  readonly omitted?: number;
}

/**
 * Renders any error of the library in a locale: the headline, then one line
 * per issue with its path, then how many more problems there were if the
 * list was cut short. It takes the errors of a `Result` and the thrown
 * `MentorshipKitError` / `InvalidOptionsError` alike; other messages, such as
 * checklist labels or notifications, are rendered with `formatMessage`.
 *
 * The locale is a tag (English; `'en-GB'` keeps British number formats) or a
 * locale pack; any tag, malformed ones included, renders without throwing.
 *
 * Its English texts come with the code that makes the errors: `formatError`
 * itself carries only the validation messages, and the lifecycle's, matching's
 * and the programme's error texts join when that module makes its first error.
 * So an app pays only for the texts of the modules it uses. An error made
 * elsewhere (read back from storage, sent by a server) renders in any pack,
 * English included: pass `en` from `mentorship-kit/locales/en`. Without one,
 * an error whose module has not run in this app shows its message key.
 *
 * @example
 * ```ts
 * import { de } from 'mentorship-kit/locales/de';
 * const result = parseMentorProfile({ schemaVersion: 1 });
 * if (!result.ok) console.log(formatError(result.error, de));
 * // Die Eingabe ist ungültig (…):
 * // - bei id: ist erforderlich
 *
 * try {
 *   relationshipHealth(relationship, { now: new Date() });
 * } catch (error) {
 *   if (error instanceof MentorshipKitError) console.log(formatError(error, 'en-GB'));
 * }
 *
 * // An error stored earlier, by another process:
 * import { en } from 'mentorship-kit/locales/en';
 * console.log(formatError(JSON.parse(row.error), en));
 * ```
 */
export function formatError(error: LibraryError, locale: Locale = 'en'): string {
  const messageKey = readOr<unknown>(() => error.messageKey, undefined);
  if (typeof messageKey !== 'string') {
    // Not an error of the library (a bare Error, a string): its own message.
    const message = readOr<unknown>(() => (error as { message?: unknown }).message, undefined);
    return typeof message === 'string' ? message : readOr(() => String(error), 'error');
  }
  const headline = formatErrorMessage(
    messageKey,
    readOr(() => error.params, {}),
    locale,
  );
  const path = readOr(() => error.path, undefined);
  const lines = [Array.isArray(path) ? atPath(path, headline, locale) : headline];
  const issues = readOr(() => error.issues, undefined);
  for (const issue of Array.isArray(issues) ? issues : []) {
    const message = formatErrorMessage(issue.messageKey, issue.params, locale);
    lines.push(`- ${atPath(Array.isArray(issue.path) ? issue.path : [], message, locale)}`);
  }
  const omitted = readOr(() => error.omitted, undefined);
  if (typeof omitted === 'number' && omitted > 0) {
    lines.push(`- ${formatErrorMessage('error.more_issues', { count: omitted }, locale)}`);
  }
  return lines.join('\n');
}

function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function atPath(path: Path, message: string, locale: Locale): string {
  const where =
    path.length === 0 ? formatErrorMessage('error.root_path', {}, locale) : formatPath(path);
  return formatErrorMessage('error.at_path', { path: where, message }, locale);
}
