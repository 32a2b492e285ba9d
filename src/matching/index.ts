/**
 * Explainable mentor–mentee matching: a pair scorer whose every score comes
 * with a reason per criterion, a score matrix on typed arrays for whole
 * cohorts, and whole-cohort assignment — exact optimal, stable (deferred
 * acceptance) and greedy — with capacities on both sides.
 *
 * @module matching
 */
export {
  type AssignedPair,
  type Assignment,
  type AssignmentTotals,
  assign,
  type ConstrainedAssignOptions,
  type UnmatchedMentee,
  type UnmatchedReason,
} from './assign';
export {
  type AssignConstraint,
  type AssignConstraints,
  AssignConstraintsSchema,
  type AssignGroup,
  AssignGroupSchema,
  type AttributeConstraint,
  AttributeConstraintSchema,
  type ConstrainedSolveProblem,
  type ConstraintConflict,
  type GroupConstraint,
  GroupConstraintSchema,
  type SolveGroup,
  SolveGroupSchema,
} from './constraints';
export { type BuiltinCriterionId, builtinCriteria, defaultWeights } from './criteria';
export {
  type CriterionDefinition,
  type CriterionOutcome,
  type CustomCriterion,
  defineCriterion,
} from './define-criterion';
export { type FormattablePairScore, formatPairScore } from './format-pair-score';
export {
  createMentorPool,
  type MentorPool,
  type PoolRankOptions,
  PoolRankOptionsSchema,
  type RankedMentor,
} from './mentor-pool';
export {
  type AssignOptions,
  AssignOptionsSchema,
  type MatchingOptions,
  MatchingOptionsSchema,
  parseAssignOptions,
  parseMatchingOptions,
  type RankMentorsOptions,
  RankMentorsOptionsSchema,
  type RelationshipRef,
  type ScoreMatrixOptions,
  ScoreMatrixOptionsSchema,
} from './options';
export type { CriterionScore, PairScore, Veto, VetoCode } from './pair-score';
export { checkProgramFields } from './program-criteria';
export { rankMentors } from './rank-mentors';
export { type ScoreMatrix, scoreMatrix } from './score-matrix';
export { scorePair } from './score-pair';
export {
  findBlockingPairs,
  type SolveOptions,
  SolveOptionsSchema,
  type SolveResult,
  solve,
} from './solve';
export type { MatrixInput, SolveProblem } from './solvers/problem';
export type { AbortSignalLike, SolveProgress } from './solvers/progress';
export type { ScaleCertificate } from './solvers/scale';
export {
  type ProposalError,
  type ProposalFailure,
  type ToProposalsOptions,
  ToProposalsOptionsSchema,
  type ToProposalsResult,
  toProposals,
} from './to-proposals';
export {
  type ForcedPairing,
  formatWhyNot,
  type PairingExplanation,
  type RivalPair,
  type WhyNotOptions,
  type WhyNotQuery,
  whyNot,
} from './why-not';
