import type { CycleStage } from '../model';
import type { EvaluationContext } from './checklist-context';
import {
  citing,
  type EvidenceKind,
  type EvidenceRef,
  type Judgement,
  judge,
  ref,
} from './judgement';

/** Something that happened at a time and can be pointed at (the reference is made only if used). */
export interface Occurrence {
  readonly at: number;
  readonly kind: EvidenceKind;
  readonly id: string;
}

/**
 * Where the periods of a recurring item start: when the stage it belongs to
 * began (or the relationship started), moved to the last resume so that a
 * pause never leaves a missed period behind.
 */
export function periodAnchor(ctx: EvaluationContext, stage: CycleStage): number {
  const start = ctx.stageStart(stage) ?? ctx.begunAt();
  return ctx.lastResume !== undefined && ctx.lastResume > start ? ctx.lastResume : start;
}

/**
 * Judges "at least `required` occurrences in every period of `periodMs` since
 * `anchor`": `done` once the current period has them, `overdue` if the
 * previous period fell short, otherwise `due` by the end of the current period.
 * Occurrences after `asOf` have not happened yet and do not count.
 */
export function judgePeriodic(
  asOf: number,
  anchor: number,
  periodMs: number,
  required: number,
  occurrences: readonly Occurrence[],
): Judgement {
  return judgePeriodicAll(asOf, anchor, periodMs, [occurrences], required);
}

/**
 * {@link judgePeriodic} over several lists, each of which needs `required`
 * occurrences in the period (e.g. a feedback request AND feedback taken on
 * board): a period falls short when any list falls short.
 */
export function judgePeriodicAll(
  asOf: number,
  anchor: number,
  periodMs: number,
  lists: readonly (readonly Occurrence[])[],
  required = 1,
): Judgement {
  if (asOf < anchor) return judge('open');
  const cite = citing();
  const start = anchor + Math.floor((asOf - anchor) / periodMs) * periodMs;
  const end = start + periodMs;
  const current: EvidenceRef[] = [];
  const previous: EvidenceRef[] = [];
  let currentHasAll = true;
  let previousHasAll = true;
  for (const list of lists) {
    let inCurrent = 0;
    let inPrevious = 0;
    for (const occurrence of list) {
      if (occurrence.at >= start && occurrence.at <= asOf) {
        if (cite) current.push(ref(occurrence.kind, occurrence.id));
        inCurrent++;
      } else if (occurrence.at >= start - periodMs && occurrence.at < start) {
        if (cite) previous.push(ref(occurrence.kind, occurrence.id));
        inPrevious++;
      }
    }
    currentHasAll &&= inCurrent >= required;
    previousHasAll &&= inPrevious >= required;
  }
  if (currentHasAll) return judge('done', current, end);
  if (start > anchor && !previousHasAll) {
    return judge('overdue', cite ? [...previous, ...current] : current, start);
  }
  return judge('due', current, end);
}
