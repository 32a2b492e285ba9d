import { MentorshipKitError, type ValidationError } from '../model';
import { parseRelationship } from '../model/parsers';

// Evaluating trusts its input to be a valid relationship (parsing every
// document again would cost more than judging it). When judging one crashes,
// these find out why — only then, so the happy path pays nothing.

/** The validation error of a document that is not a valid relationship, or `undefined` if it is one. */
export function relationshipProblems(document: unknown): ValidationError | undefined {
  const parsed = parseRelationship(document);
  return parsed.ok ? undefined : parsed.error;
}

/**
 * What to throw after judging a relationship failed with `cause`: errors of
 * the library and a valid document's failures as they are; for a document that
 * is not a valid relationship, a {@link MentorshipKitError} with code
 * `validation_failed` and every issue (paths from the relationship's root).
 */
export function explainFailure(functionName: string, document: unknown, cause: unknown): unknown {
  if (cause instanceof MentorshipKitError) return cause;
  const problems = relationshipProblems(document);
  if (problems === undefined) return cause;
  const count = problems.issues.length;
  return new MentorshipKitError(
    `${functionName}: the relationship is not valid (${count} ${count === 1 ? 'problem' : 'problems'})`,
    {
      code: problems.code,
      messageKey: problems.messageKey,
      params: problems.params,
      issues: problems.issues,
      cause,
    },
  );
}
