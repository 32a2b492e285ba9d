// The checklist and health of many relationships at one moment, for batch
// figures (the programme report). The rules are the ones `evaluateChecklist`
// and `relationshipHealth` apply — the same judging code, not a copy — but the
// options are checked once for the batch, each relationship's records are read
// once for both (and for every past moment), and nothing a batch would discard
// is built: no labels, deadlines, messages, next actions, evidence
// (`statusesOnly`) or frozen reports. Being a path of its
// own, it is held to theirs by test/checklists/batch.test.ts (random
// relationships and settings: the same counts and statuses).
import { epochOf } from '../_internal/epoch-time';
import type { Relationship, ResolvedProgram, Timestamp } from '../model';
import {
  createEvaluationContext,
  createEvaluationContextAt,
  type EvaluationContext,
  judgeAgainAt,
  type PastEvaluationContext,
  type SharedRecords,
  settingsOf,
  type TimedMeeting,
} from './checklist-context';
import { type Counts, dutyCounts } from './evaluate-checklist';
import { type HealthStatus, healthStatusOf } from './health';
import { statusesOnly } from './judgement';

/** What a batch keeps of one relationship's checklist and health. */
export interface RelationshipStanding {
  /** Each side's completion counts, as `evaluateChecklist(…).completion` counts them; absent before the start. */
  readonly duties: { readonly mentor: Counts; readonly mentee: Counts } | undefined;
  /** `relationshipHealth(…).status`. */
  readonly health: HealthStatus;
  /** Its meetings by start time, each start read once (for figures of their own). */
  readonly meetings: readonly TimedMeeting[];
}

/** Judges relationships at one moment under one programme's settings. */
export interface StandingJudge {
  /** The checklist counts and health status at `now`; throws on a document that is not a valid relationship. */
  standing(relationship: Relationship): RelationshipStanding;
  /**
   * The health status at an earlier moment (epoch ms), as the relationship's
   * records stood then; `undefined` when it had not been proposed yet.
   */
  healthAt(relationship: Relationship, at: number): HealthStatus | undefined;
}

/**
 * A judge for a batch at `now` (a validated timestamp) under a validated
 * programme (or the defaults): the programme's time zone does not matter,
 * since nothing is written.
 */
export function standingJudge(now: Timestamp, program: ResolvedProgram | undefined): StandingJudge {
  const nowMs = epochOf(now);
  const settings = settingsOf(program);
  // The records of the relationship judged last: a report judges one
  // relationship at `now` and then at past moments, and they stay the same.
  // One past context of it serves every past moment: moved, not made again.
  let lastRelationship: Relationship | undefined;
  let lastShared: SharedRecords | undefined;
  let lastPast: PastEvaluationContext | undefined;
  let lastProposed = Number.NaN;
  return {
    standing(relationship) {
      const ctx = createEvaluationContext(relationship, nowMs, settings);
      lastRelationship = relationship;
      lastShared = ctx.shared;
      lastPast = undefined;
      return statusesOnly(standingOf, ctx);
    },
    healthAt(relationship, at) {
      let ctx: PastEvaluationContext;
      if (relationship === lastRelationship && lastPast !== undefined) {
        if (lastProposed > at) return undefined;
        ctx = judgeAgainAt(lastPast, at);
      } else {
        const proposed = epochOf(relationship.proposal.proposedAt);
        if (proposed > at) return undefined;
        const shared = relationship === lastRelationship ? lastShared : undefined;
        ctx = createEvaluationContextAt(relationship, at, settings, shared);
        lastRelationship = relationship;
        lastShared = ctx.shared;
        lastPast = ctx;
        lastProposed = proposed;
      }
      return statusesOnly(healthStatusOf, ctx);
    },
  };
}

/** The counts and status of a context; run with statuses only (no evidence is kept). */
function standingOf(ctx: EvaluationContext): RelationshipStanding {
  return {
    duties: ctx.relationship.startedAt === undefined ? undefined : dutyCounts(ctx),
    health: healthStatusOf(ctx),
    meetings: ctx.meetings,
  };
}
