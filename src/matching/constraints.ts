import * as z from 'zod';
import { parseOptions } from '../_internal/options';
import type { MessageParams } from '../i18n';
import { IdSchema } from '../model/id';
import type { Path, ValidationIssueCode } from '../model/validation-error';
import { matchingErrorKey } from './matching-error-key';
import {
  checkOnly,
  type FlowGroup,
  groupForest,
  solveWithGroups,
} from './solvers/constrained-flow';
import {
  type Problem,
  type ProblemMessageKey,
  problemError,
  type SolveProblem,
} from './solvers/problem';
import type { Progress } from './solvers/progress';

/**
 * Schema of {@link GroupConstraint}: strict; `minPairs` and `maxPairs` are
 * whole numbers from 0, at least one of them given.
 *
 * @example
 * ```ts
 * GroupConstraintSchema.parse({ group: 'acme', maxPairs: 3 });
 * ```
 */
export const GroupConstraintSchema = z.strictObject({
  group: IdSchema,
  minPairs: z.int().min(0).optional(),
  maxPairs: z.int().min(0).optional(),
});

/**
 * A bound on the number of pairs of an assignment that involve a group's
 * members: at most `maxPairs` (a cap, such as three pairs per company) and
 * at least `minPairs` (a minimum share, such as five pairs for first-generation
 * students). A pair counts once for each group its mentor or mentee is in.
 *
 * @example
 * ```ts
 * const constraints: GroupConstraint[] = [
 *   { group: 'acme', maxPairs: 3 },
 *   { group: 'first-generation', minPairs: 5 },
 * ];
 * ```
 */
export interface GroupConstraint extends z.output<typeof GroupConstraintSchema> {}

/**
 * Schema of {@link AttributeConstraint}: strict; `minPairsPerValue` and
 * `maxPairsPerValue` are whole numbers from 0, at least one of them given.
 *
 * @example
 * ```ts
 * AttributeConstraintSchema.parse({ attribute: 'company', side: 'mentor', maxPairsPerValue: 3 });
 * ```
 */
export const AttributeConstraintSchema = z.strictObject({
  attribute: IdSchema,
  side: z.enum(['mentor', 'mentee']),
  minPairsPerValue: z.int().min(0).optional(),
  maxPairsPerValue: z.int().min(0).optional(),
});

/**
 * Bounds for every value of a profile attribute (`attributes[attribute]`,
 * see the programme's `settings.attributes`) on one side, for {@link assign}:
 * one group per value, such as "at most three pairs per company". People
 * without a value for the attribute are in none of its groups.
 *
 * @example
 * ```ts
 * const perCompany: AttributeConstraint = { attribute: 'company', side: 'mentor', maxPairsPerValue: 3 };
 * ```
 */
export interface AttributeConstraint extends z.output<typeof AttributeConstraintSchema> {}

/**
 * A constraint of {@link assign}: on a named group, or on every value of an
 * attribute.
 *
 * @example
 * ```ts
 * const constraints: AssignConstraint[] = [
 *   { group: 'first-generation', minPairs: 5 },
 *   { attribute: 'company', side: 'mentor', maxPairsPerValue: 3 },
 * ];
 * ```
 */
export type AssignConstraint = GroupConstraint | AttributeConstraint;

/**
 * Schema of {@link SolveGroup}: strict; either `mentors` or `mentees`.
 *
 * @example
 * ```ts
 * SolveGroupSchema.parse({ id: 'acme', mentors: [0, 3] });
 * ```
 */
export const SolveGroupSchema = z.strictObject({
  id: IdSchema,
  mentors: z.array(z.int()).readonly().optional(),
  mentees: z.array(z.int()).readonly().optional(),
});

/**
 * A group of {@link solve}'s problem: mentor indices (columns) or mentee
 * indices (rows), never both, for {@link GroupConstraint}s to name.
 *
 * @example
 * ```ts
 * const group: SolveGroup = { id: 'acme', mentors: [0, 3] };
 * ```
 */
export interface SolveGroup extends z.output<typeof SolveGroupSchema> {}

/**
 * Schema of {@link AssignGroup}: strict; either `mentorIds` or `menteeIds`.
 *
 * @example
 * ```ts
 * AssignGroupSchema.parse({ id: 'acme', mentorIds: ['ada', 'grace'] });
 * ```
 */
export const AssignGroupSchema = z.strictObject({
  id: IdSchema,
  mentorIds: z.array(z.string()).readonly().optional(),
  menteeIds: z.array(z.string()).readonly().optional(),
});

/**
 * A group of people for {@link assign}'s constraints: mentor ids or mentee
 * ids, never both. Ids of people not in the cohort are ignored, so a
 * programme's group lists can be passed as they are.
 *
 * @example
 * ```ts
 * const groups: AssignGroup[] = [
 *   { id: 'acme', mentorIds: ['ada', 'grace'] },
 *   { id: 'first-generation', menteeIds: ['sam', 'kim'] },
 * ];
 * ```
 */
export interface AssignGroup extends z.output<typeof AssignGroupSchema> {}

/**
 * Schema of {@link AssignConstraints}, the keys that turn on constrained
 * matching in {@link assign}. Use it (with `safeParse`) to check a
 * programme's constraints that come from user input; {@link assign} also
 * checks that the groups of one side do not cross.
 *
 * @example
 * ```ts
 * AssignConstraintsSchema.safeParse({
 *   groups: [{ id: 'acme', mentorIds: ['ada'] }],
 *   constraints: [{ group: 'acme', maxPairs: 3 }],
 * }).success; // true
 * ```
 */
export const AssignConstraintsSchema = z.strictObject({
  groups: z.array(AssignGroupSchema).readonly().optional(),
  constraints: z.array(z.union([GroupConstraintSchema, AttributeConstraintSchema])).readonly(),
});

/**
 * Constraints on a whole assignment: named groups and bounds on their pairs,
 * or bounds per value of a profile attribute.
 *
 * @example
 * ```ts
 * const options: AssignConstraints = {
 *   groups: [{ id: 'acme', mentorIds: ['ada', 'grace'] }],
 *   constraints: [{ group: 'acme', maxPairs: 1 }],
 * };
 * ```
 */
export interface AssignConstraints extends z.output<typeof AssignConstraintsSchema> {}

/**
 * A {@link SolveProblem} with constraints on the whole assignment; {@link solve}
 * then returns a `Result`.
 *
 * @example
 * ```ts
 * const problem: ConstrainedSolveProblem = {
 *   scores: [[0.9, 0.8], [0.7, 0.6]],
 *   capacities: [2, 2],
 *   groups: [{ id: 'first', mentors: [0] }],
 *   constraints: [{ group: 'first', maxPairs: 1 }],
 * };
 * ```
 */
export interface ConstrainedSolveProblem extends SolveProblem {
  /** The groups that `constraints` name; none when absent. */
  readonly groups?: readonly SolveGroup[] | undefined;
  readonly constraints: readonly GroupConstraint[];
}

/**
 * The error when no assignment meets the constraints together with the
 * capacities and the eligible pairs: `conflicting` lists the indices (in
 * `constraints`, ascending) of a **minimal** conflicting set — these cannot
 * hold together, and dropping any one of them lets the rest hold. It is
 * irreducible, not necessarily the smallest such set (that would take a
 * search over subsets). `params.groups` names their groups (or attributes).
 *
 * @example
 * ```ts
 * const result = solve(problem);
 * if (!result.ok) {
 *   console.log(formatError(result.error, 'en'));
 *   for (const k of result.error.conflicting) console.log(problem.constraints[k]);
 * }
 * ```
 */
export interface ConstraintConflict {
  readonly code: 'infeasible_constraints';
  readonly messageKey: 'matching.error.infeasible_constraints';
  /** `groups`: the group ids (or attribute ids) of the conflicting constraints. */
  readonly params: { readonly count: number; readonly groups: readonly string[] };
  readonly conflicting: readonly number[];
  /** The conflicting constraints themselves, in the same order. */
  readonly constraints: readonly AssignConstraint[];
}

/**
 * Constraints resolved to index sets: {@link FlowGroup}s, each with the
 * index of the constraint it comes from (an attribute constraint gives one
 * per value).
 */
export interface ConstraintPlan {
  readonly flows: readonly FlowGroup[];
  readonly owners: readonly number[];
  readonly constraints: readonly AssignConstraint[];
}

/** The name a constraint goes by in messages: its group or its attribute. */
function constraintName(constraint: AssignConstraint | undefined): string {
  if (constraint === undefined) return '';
  return 'group' in constraint ? constraint.group : constraint.attribute;
}

interface GroupMembers {
  readonly side: 'mentor' | 'mentee';
  readonly members: readonly number[];
}

function fail(
  fn: string,
  path: Path,
  code: ValidationIssueCode,
  messageKey: ProblemMessageKey,
  params: MessageParams = {},
): never {
  throw problemError(fn, path, code, messageKey, params);
}

/** Checks the constraints against the resolved groups and builds the plan. */
function plan(
  fn: string,
  groupIds: readonly string[],
  resolved: readonly GroupMembers[],
  constraints: readonly AssignConstraint[],
  sizes: { readonly mentor: number; readonly mentee: number },
  valueGroups: (attribute: string, side: 'mentor' | 'mentee') => readonly number[][] = () => [],
): ConstraintPlan {
  const byId = new Map<string, number>();
  groupIds.forEach((id, g) => {
    if (byId.has(id))
      fail(fn, ['groups', g, 'id'], 'duplicate_id', 'matching.error.duplicate_group', {
        value: id,
      });
    byId.set(id, g);
  });
  const flows: FlowGroup[] = [];
  const owners: number[] = [];
  constraints.forEach((constraint, k) => {
    if (!('group' in constraint)) {
      if (constraint.minPairsPerValue === undefined && constraint.maxPairsPerValue === undefined)
        fail(fn, ['constraints', k], 'invalid_value', 'matching.error.constraint_bounds');
      for (const members of valueGroups(constraint.attribute, constraint.side)) {
        flows.push({
          side: constraint.side,
          members,
          min: constraint.minPairsPerValue ?? 0,
          max: constraint.maxPairsPerValue ?? Number.POSITIVE_INFINITY,
        });
        owners.push(k);
      }
      return;
    }
    const g = byId.get(constraint.group);
    if (g === undefined) {
      fail(fn, ['constraints', k, 'group'], 'invalid_value', 'matching.error.unknown_group', {
        value: constraint.group,
      });
    }
    if (constraint.minPairs === undefined && constraint.maxPairs === undefined)
      fail(fn, ['constraints', k], 'invalid_value', 'matching.error.constraint_bounds');
    const group = resolved[g] as GroupMembers;
    flows.push({
      side: group.side,
      members: group.members,
      min: constraint.minPairs ?? 0,
      max: constraint.maxPairs ?? Number.POSITIVE_INFINITY,
    });
    owners.push(k);
  });
  for (const side of ['mentor', 'mentee'] as const) {
    const indices = flows.flatMap((flow, k) => (flow.side === side ? [k] : []));
    const forest = groupForest(
      indices.map((k) => flows[k] as FlowGroup),
      sizes[side],
    );
    if ('crossing' in forest) {
      const [a, b] = forest.crossing.map((at) => owners[indices[at] as number] as number) as [
        number,
        number,
      ];
      fail(fn, ['constraints', b], 'invalid_value', 'matching.error.crossing_groups', {
        group: constraintName(constraints[a]),
        other: constraintName(constraints[b]),
      });
    }
  }
  return { flows, owners, constraints };
}

/**
 * Validates the groups and constraints of a {@link ConstrainedSolveProblem}
 * for a problem of `n` mentees and `m` mentors.
 *
 * @throws {@link InvalidOptionsError} of `solve` for malformed constraints.
 */
export function readSolveConstraints(
  problem: ConstrainedSolveProblem,
  n: number,
  m: number,
): ConstraintPlan {
  const fn = 'solve';
  const parsed = parseOptions(
    fn,
    z.strictObject({
      groups: z.array(SolveGroupSchema).readonly().optional(),
      constraints: z.array(GroupConstraintSchema).readonly(),
    }),
    { groups: problem.groups, constraints: problem.constraints },
  );
  const groups = parsed.groups ?? [];
  const resolved = groups.map((group, g): GroupMembers => {
    if ((group.mentors === undefined) === (group.mentees === undefined))
      fail(fn, ['groups', g], 'invalid_value', 'matching.error.group_side');
    const side = group.mentors === undefined ? 'mentee' : 'mentor';
    const list = (group.mentors ?? group.mentees ?? []) as readonly number[];
    const bound = side === 'mentor' ? m : n;
    list.forEach((index, p) => {
      if (index < 0 || index >= bound) {
        fail(fn, ['groups', g, `${side}s`, p], 'invalid_value', 'matching.error.group_member', {
          value: index,
          side,
        });
      }
    });
    return { side, members: [...new Set(list)] };
  });
  return plan(
    fn,
    groups.map((group) => group.id),
    resolved,
    parsed.constraints,
    { mentor: m, mentee: n },
  );
}

/**
 * Validates {@link AssignConstraints} and resolves the groups' ids to the
 * indices of the sorted cohort (unknown ids are skipped).
 *
 * @throws {@link InvalidOptionsError} of `assign` for malformed constraints.
 */
export function readAssignConstraints(
  parsed: AssignConstraints,
  mentorIndex: ReadonlyMap<string, number>,
  menteeIndex: ReadonlyMap<string, number>,
  attributes: {
    readonly mentor: readonly (Readonly<Record<string, string>> | undefined)[];
    readonly mentee: readonly (Readonly<Record<string, string>> | undefined)[];
  },
): ConstraintPlan {
  const fn = 'assign';
  const groups = parsed.groups ?? [];
  const resolved = groups.map((group, g): GroupMembers => {
    if ((group.mentorIds === undefined) === (group.menteeIds === undefined))
      fail(fn, ['groups', g], 'invalid_value', 'matching.error.group_side');
    const side = group.mentorIds === undefined ? 'mentee' : 'mentor';
    const index = side === 'mentor' ? mentorIndex : menteeIndex;
    const members = new Set<number>();
    for (const id of group.mentorIds ?? group.menteeIds ?? []) {
      const at = index.get(id);
      if (at !== undefined) members.add(at);
    }
    return { side, members: [...members] };
  });
  return plan(
    fn,
    groups.map((group) => group.id),
    resolved,
    parsed.constraints,
    { mentor: mentorIndex.size, mentee: menteeIndex.size },
    (attribute, side) => {
      // One group per value, in order of first appearance (people sorted by id).
      const byValue = new Map<string, number[]>();
      attributes[side].forEach((values, person) => {
        const value =
          values === undefined
            ? undefined
            : Object.hasOwn(values, attribute)
              ? values[attribute]
              : undefined;
        if (value === undefined) return;
        const members = byValue.get(value);
        if (members === undefined) byValue.set(value, [person]);
        else members.push(person);
      });
      return [...byValue.values()];
    },
  );
}

/**
 * A minimal set of constraints that cannot hold together, by a deletion
 * filter: each constraint in turn is dropped for good when the others still
 * conflict without it. What is left conflicts, and dropping any one of its
 * constraints makes it feasible (the checks are monotone: fewer constraints
 * never make a feasible problem infeasible).
 */
export function minimalConflict(
  problem: Problem,
  constraintPlan: ConstraintPlan,
  progress: Progress | null,
): number[] {
  const { flows, owners } = constraintPlan;
  let kept = constraintPlan.constraints.map((_, k) => k);
  for (let k = 0; k < constraintPlan.constraints.length; k++) {
    const trial = kept.filter((c) => c !== k);
    const inTrial = new Set(trial);
    const trialFlows = flows.filter((_, f) => inTrial.has(owners[f] as number));
    if (solveWithGroups(problem, trialFlows, 'feasibility', checkOnly(progress)) === null) {
      kept = trial;
    }
    progress?.report('check', (k + 1) / constraintPlan.constraints.length);
  }
  return kept;
}

/** The {@link ConstraintConflict} for the constraints at `conflicting`. */
export function conflictError(
  constraints: readonly AssignConstraint[],
  conflicting: readonly number[],
): ConstraintConflict {
  const chosen = conflicting.map((k) => constraints[k] as AssignConstraint);
  return {
    code: 'infeasible_constraints',
    messageKey: matchingErrorKey('matching.error.infeasible_constraints'),
    params: { count: chosen.length, groups: [...new Set(chosen.map(constraintName))] },
    conflicting,
    constraints: chosen,
  };
}
