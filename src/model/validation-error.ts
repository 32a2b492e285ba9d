import type * as z from 'zod';
import type { MessageKey, MessageParam, MessageParams } from '../i18n';

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
  | 'invalid_character'
  | 'control_character'
  | 'invalid_timestamp'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'invalid_language_tag'
  | 'invalid_locale'
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
 * The error of every `parseX` function: the problems of the input, all at
 * once up to 100; `omitted` counts the problems beyond
 * that, and `params.count` counts all of them.
 *
 * @example
 * ```ts
 * const result = parseMentorProfile({});
 * if (!result.ok) {
 *   for (const issue of result.error.issues) console.log(issue.path, issue.code);
 *   if (result.error.omitted > 0) console.log(`and ${result.error.omitted} more`);
 * }
 * ```
 */
export interface ValidationError {
  readonly code: 'validation_failed';
  readonly messageKey: 'error.validation_failed';
  /** `count`: how many problems were found, listed or not. */
  readonly params: { readonly count: number };
  /** The first problems found, at most 100. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found beyond those listed in `issues`. */
  readonly omitted: number;
}

/**
 * How many issues a {@link ValidationError} (or an `InvalidOptionsError`)
 * lists at most; the rest are counted in `omitted`. A document with 100,000
 * broken events would otherwise produce hundreds of thousands of issues and
 * megabytes of text.
 *
 * @example
 * ```ts
 * result.error.issues.length <= maxReportedIssues; // true
 * ```
 */
export const maxReportedIssues = 100;

const customCodes: ReadonlySet<string> = new Set<ValidationIssueCode>([
  'invalid_id',
  'blank_text',
  'invalid_character',
  'control_character',
  'invalid_timestamp',
  'invalid_date',
  'invalid_time_zone',
  'invalid_language_tag',
  'invalid_locale',
  'invalid_time_of_day',
  'slot_not_ordered',
  'duplicate_value',
  'duplicate_id',
  'same_person',
  'conflicting_preference',
]);

/**
 * The message zod carries on the type issue of a timestamp field given a
 * `Date` object: `TimestampSchema` sets it, {@link fromZodIssue} turns it into
 * a hint to pass `date.toISOString()`.
 */
export const timestampGotDate = 'mentorship-kit:timestamp-got-date';

// Names of value types with a message of their own (`validation.type.*`).
const typeNames: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'string',
  'number',
  'int',
  'boolean',
  'object',
  'array',
  'null',
  'nan',
  'bigint',
  'date',
  'function',
  'symbol',
  'fraction',
]);

/** A type name as a message param: a reference to its name in the reader's language where there is one. */
function typeParam(name: string): MessageParam {
  return typeNames.has(name) ? { key: `validation.type.${name}` as MessageKey } : name;
}

/** The type of a received value, in the words of `validation.type.*`. */
function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'nan';
    if (!Number.isFinite(input)) return input > 0 ? 'Infinity' : '-Infinity';
  }
  return typeof input;
}

function toDisplayable(value: unknown): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** The kind of value a size limit is about, for the message that fits it. */
function sizeKind(origin: string): '.number' | '.string' | '.array' | '' {
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return '.number';
  if (origin === 'string') return '.string';
  if (origin === 'array' || origin === 'set') return '.array';
  return '';
}

/**
 * Turns one zod issue into the library's issue shape, dropping the raw input.
 * The messages are the library's own (no zod wording): sizes are phrased per
 * kind of value ("must be 0 or more", "must have at least 2 characters") and
 * type names are message references, rendered in the reader's language.
 */
export function fromZodIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? segment.toString() : segment,
  );
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.message === timestampGotDate) {
        return {
          path,
          code: 'invalid_type',
          messageKey: 'validation.timestamp_got_date',
          params: { expected: typeParam('string'), received: typeParam('date') },
        };
      }
      // An absent key (a `null` the parsers read as absent included).
      if (issue.input === undefined) {
        return {
          path,
          code: 'invalid_type',
          messageKey: 'validation.required',
          params: { expected: typeParam(issue.expected) },
        };
      }
      const fraction =
        issue.expected === 'int' &&
        typeof issue.input === 'number' &&
        Number.isFinite(issue.input) &&
        !Number.isInteger(issue.input);
      return {
        path,
        code: 'invalid_type',
        messageKey: 'validation.invalid_type',
        params: {
          expected: typeParam(issue.expected),
          received: typeParam(fraction ? 'fraction' : describeType(issue.input)),
        },
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      return {
        path,
        code: issue.code,
        messageKey: `validation.${issue.code}${sizeKind(issue.origin)}` as MessageKey,
        params: {
          [small ? 'minimum' : 'maximum']: toDisplayable(limit),
          inclusive: issue.inclusive !== false,
          origin: issue.origin,
        },
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
        const params: Record<string, MessageParam> = {};
        for (const [name, value] of Object.entries(issue.params ?? {})) {
          if (name === 'code') continue;
          if (typeof value === 'boolean') params[name] = value;
          else if (value !== undefined) params[name] = toDisplayable(value);
        }
        return {
          path,
          code: code as ValidationIssueCode,
          messageKey: `validation.${code}` as MessageKey,
          params,
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

/**
 * Builds a {@link ValidationError} from its issues, keeping the first
 * {@link maxReportedIssues} and counting the rest in `omitted`.
 *
 * @param total - how many problems were found, when `issues` is already cut short
 */
export function validationError(
  issues: readonly ValidationIssue[],
  total: number = issues.length,
): ValidationError {
  const kept = issues.length > maxReportedIssues ? issues.slice(0, maxReportedIssues) : issues;
  const count = Math.max(total, issues.length);
  return {
    code: 'validation_failed',
    messageKey: 'error.validation_failed',
    params: { count },
    issues: kept,
    omitted: count - kept.length,
  };
}

/**
 * Builds a {@link ValidationError} from zod's issues, converting only those
 * it keeps: 300,000 issues cost no more than 100.
 */
export function validationErrorFromZod(issues: readonly z.core.$ZodIssue[]): ValidationError {
  return validationError(issues.slice(0, maxReportedIssues).map(fromZodIssue), issues.length);
}
