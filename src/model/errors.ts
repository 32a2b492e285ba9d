import type { MessageKey, MessageParams } from '../i18n';
import { formatPath } from './format-path';
import { maxReportedIssues, type Path, type ValidationIssue } from './validation-error';

/**
 * The one class everything the library throws belongs to. Throws are for
 * programmer errors only (invalid options, a malformed argument written in
 * code); data problems come back as a `Result`. Like the errors in a
 * `Result`, it carries a stable `code`, a message key with params and, where
 * it helps, a `path` and the validation `issues`, so `formatError(error, locale)`
 * renders it in any language. `message` is a short English summary for logs.
 *
 * @example
 * ```ts
 * try {
 *   evaluateChecklist(relationship, { role: 'mentor ', now });
 * } catch (error) {
 *   if (error instanceof MentorshipKitError) console.error(formatError(error, de));
 * }
 * ```
 */
export class MentorshipKitError extends Error {
  /** A stable code to branch on. */
  readonly code: string;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  /** Where the problem is, from the root of the argument, when there is one place. */
  readonly path?: Path;
  /** The problems found, for errors that validate a whole argument (the first 100). */
  readonly issues?: readonly ValidationIssue[];
  /** How many problems were found beyond those listed in `issues`. */
  readonly omitted?: number;

  constructor(
    message: string,
    details: {
      readonly code: string;
      readonly messageKey: MessageKey;
      readonly params: MessageParams;
      readonly path?: Path;
      readonly issues?: readonly ValidationIssue[];
      readonly omitted?: number;
      readonly cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'MentorshipKitError';
    this.code = details.code;
    this.messageKey = details.messageKey;
    this.params = details.params;
    if (details.path !== undefined) this.path = details.path;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.omitted !== undefined) this.omitted = details.omitted;
  }
}

/**
 * Thrown when a function's options (or another argument a program writes,
 * such as `proposeMatch`'s input or `solve`'s problem) fail validation at the
 * door: an unknown key, a typo, a value of the wrong type. Code
 * `invalid_options`; `params.function` names the function and `params.count`
 * counts the problems; `issues` lists them with their paths, as a
 * `ValidationError` does (the first 100; `omitted` counts the rest).
 *
 * To validate options that come from user input without exceptions, use the
 * options' schema (`ChecklistOptionsSchema.safeParse`) or a `parseX` function.
 *
 * @example
 * ```ts
 * try {
 *   relationshipHealth(relationship, { now: new Date() });
 * } catch (error) {
 *   if (error instanceof InvalidOptionsError) console.log(error.issues[0]?.path); // ['now']
 * }
 * ```
 */
export class InvalidOptionsError extends MentorshipKitError {
  declare readonly code: 'invalid_options';
  declare readonly issues: readonly ValidationIssue[];
  declare readonly omitted: number;

  /**
   * @param functionName - the function whose options are invalid
   * @param issues - every problem found (more than 100 are counted, not kept)
   * @param cause - what was thrown while reading the options, if anything
   */
  constructor(functionName: string, issues: readonly ValidationIssue[], cause?: unknown) {
    const count = issues.length;
    const kept = count > maxReportedIssues ? issues.slice(0, maxReportedIssues) : issues;
    const first = kept[0];
    const where =
      first === undefined ? '' : `; first at ${formatPath(first.path) || '(root)'}: ${first.code}`;
    super(
      `${functionName}: invalid options (${count} ${count === 1 ? 'problem' : 'problems'}${where})`,
      {
        code: 'invalid_options',
        messageKey: 'error.invalid_options',
        params: { function: functionName, count },
        issues: kept,
        omitted: count - kept.length,
        cause,
      },
    );
    this.name = 'InvalidOptionsError';
  }
}
