import * as z from 'zod';

/**
 * Every stage of a relationship. The four stages of the mentoring cycle
 * (`preparing`, `initiating`, `cultivating`, `evaluating`) are preceded by
 * `proposed`, may be interrupted by `paused`, and end in one of six terminal stages.
 *
 * @example
 * ```ts
 * RelationshipStageSchema.parse('cultivating');
 * ```
 */
export const RelationshipStageSchema = z.enum([
  'proposed',
  'preparing',
  'initiating',
  'cultivating',
  'evaluating',
  'paused',
  'completed',
  'ended',
  'declined',
  'withdrawn',
  'expired',
  'invalidated',
]);

/**
 * A stage of a relationship, see {@link RelationshipStageSchema}.
 *
 * @example
 * ```ts
 * const stage: RelationshipStage = 'preparing';
 * ```
 */
// `| never` keeps the name in signatures (see `RelationshipEvent`).
export type RelationshipStage = z.infer<typeof RelationshipStageSchema> | never;

/**
 * The four stages of the mentoring cycle, in order (frozen).
 *
 * @example
 * ```ts
 * cycleStages.indexOf('initiating'); // 1
 * ```
 */
export const cycleStages = /* @__PURE__ */ Object.freeze([
  'preparing',
  'initiating',
  'cultivating',
  'evaluating',
] as const);

/**
 * A stage of the mentoring cycle, the stages a pause can return to.
 *
 * @example
 * ```ts
 * const resumeTo: CycleStage = 'cultivating';
 * ```
 */
export type CycleStage = (typeof cycleStages)[number];

/**
 * Stages after which nothing can happen to a relationship any more (frozen).
 *
 * @example
 * ```ts
 * terminalStages.includes('completed'); // true
 * ```
 */
export const terminalStages = /* @__PURE__ */ Object.freeze([
  'completed',
  'ended',
  'declined',
  'withdrawn',
  'expired',
  'invalidated',
] as const);

/**
 * A stage a relationship never leaves.
 *
 * @example
 * ```ts
 * const done: TerminalStage = 'ended';
 * ```
 */
export type TerminalStage = (typeof terminalStages)[number];

/**
 * Whether a stage is terminal.
 *
 * @example
 * ```ts
 * isTerminalStage('paused'); // false
 * ```
 */
export function isTerminalStage(stage: RelationshipStage): stage is TerminalStage {
  return (terminalStages as readonly string[]).includes(stage);
}

/**
 * Whether a relationship in this stage takes up a place of the mentor's
 * capacity: the cycle stages and `paused` (a paused mentee keeps their place).
 *
 * @example
 * ```ts
 * isActiveStage('paused'); // true
 * isActiveStage('proposed'); // false
 * ```
 */
export function isActiveStage(stage: RelationshipStage): boolean {
  return stage === 'paused' || (cycleStages as readonly string[]).includes(stage);
}
