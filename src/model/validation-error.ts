import type { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n';

/**
 * A location inside a document: object keys and array indices from the root.
 *
 * @example
 * ```ts
 * const path: Path = ['availability', 0, 'end'];
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * The stable codes a {@link ValidationIssue} can carry. The first group are
 * zod's own issue codes; the second are the library's checks, reported by
 * zod as `custom` issues and surfaced here under their own names.
 *
 * @example
 * ```ts
 * if (issue.code === 'invalid_time_zone') askForZoneAgain();
 * ```
 */
export type ValidationIssueCode =
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_value'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'custom'
  | 'unparseable'
  | 'invalid_id'
  | 'blank_text'
  | 'invalid_timestamp'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'invalid_language_tag'
  | 'invalid_time_of_day'
  | 'slot_not_ordered'
  | 'duplicate_value'
  | 'duplicate_id'
  | 'same_person'
  | 'conflicting_preference';

/**
 * One problem found in an input document.
 *
 * @example
 * ```ts
 * // { path: ['timeZone'], code: 'invalid_time_zone',
 * //   messageKey: 'validation.invalid_time_zone', params: { value: 'Mars/Base' } }
 * ```
 */
export interface ValidationIssue {
  /** Where the problem is, from the document root. */
  readonly path: Path;
  /** A stable code to branch on. */
  readonly code: ValidationIssueCode;
  /** The message to show, rendered by {@link formatError}. */
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
}

/**
 * The error of every `parseX` function: all problems of the input at once.
 *
 * @example
 * ```ts
 * const result = parseMentorProfile({});
 * if (!result.ok) for (const issue of result.error.issues) console.log(issue.path, issue.code);
 * ```
 */
export interface ValidationError {
  readonly code: 'validation_failed';
  readonly messageKey: 'error.validation_failed';
  readonly params: { readonly count: number };
  readonly issues: readonly ValidationIssue[];
}

const customCodes: ReadonlySet<string> = new Set<ValidationIssueCode>([
  'invalid_id',
  'blank_text',
  'invalid_timestamp',
  'invalid_date',
  'invalid_time_zone',
  'invalid_language_tag',
  'invalid_time_of_day',
  'slot_not_ordered',
  'duplicate_value',
  'duplicate_id',
  'same_person',
  'conflicting_preference',
]);

function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

function toDisplayable(value: unknown): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  return String(value);
}

/** Turns one zod issue into the library's issue shape, dropping the raw input. */
export function fromZodIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? segment.toString() : segment,
  );
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.input === undefined;
      return {
        path,
        code: 'invalid_type',
        messageKey: missing ? 'validation.required' : 'validation.invalid_type',
        params: { expected: issue.expected, received: describeType(issue.input) },
      };
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const bound = issue.code === 'too_small' ? 'minimum' : 'maximum';
      return {
        path,
        code: issue.code,
        messageKey: `validation.${issue.code}`,
        params: { [bound]: toDisplayable(limit), origin: issue.origin },
      };
    }
    case 'invalid_format':
      return {
        path,
        code: 'invalid_format',
        messageKey: 'validation.invalid_format',
        params: { format: issue.format },
      };
    case 'not_multiple_of':
      return {
        path,
        code: 'not_multiple_of',
        messageKey: 'validation.not_multiple_of',
        params: { divisor: toDisplayable(issue.divisor) },
      };
    case 'unrecognized_keys':
      return {
        path,
        code: 'unrecognized_keys',
        messageKey: 'validation.unrecognized_keys',
        params: { keys: issue.keys },
      };
    case 'invalid_value':
      return {
        path,
        code: 'invalid_value',
        messageKey: 'validation.invalid_value',
        params: { values: issue.values.map(toDisplayable) },
      };
    case 'custom': {
      const code = issue.params?.code;
      if (typeof code === 'string' && customCodes.has(code)) {
        const value = issue.params?.value;
        return {
          path,
          code: code as ValidationIssueCode,
          messageKey: `validation.${code}` as MessageKey,
          params: value === undefined ? {} : { value: toDisplayable(value) },
        };
      }
      return { path, code: 'custom', messageKey: 'validation.custom', params: {} };
    }
    default:
      return {
        path,
        code: issue.code,
        messageKey: `validation.${issue.code}`,
        params: {},
      };
  }
}

/** Builds a {@link ValidationError} from its issues. */
export function validationError(issues: readonly ValidationIssue[]): ValidationError {
  return {
    code: 'validation_failed',
    messageKey: 'error.validation_failed',
    params: { count: issues.length },
    issues,
  };
}
