// What a relationship's records show of the mentee's role behaviours: one
// pass per kind of record, counted for the mentee only and up to `now`.
import type { Relationship, Timestamp } from '../model';
import { defaultProgramSettings } from '../model';
import { createEvaluationContext, type EvaluationContext, stepKey } from './checklist-context';
import { type EvidenceKind, type EvidenceRef, ref } from './judgement';
import { followUpDue } from './meeting-facts';
import type { BehaviourEvidenceKind } from './mentee-roles';

/** The records of one kind that show a behaviour, before its message is rendered. */
export interface CountedEvidence {
  readonly kind: BehaviourEvidenceKind;
  readonly count: number;
  readonly of?: number;
  readonly lastAt?: Timestamp;
  readonly items: readonly EvidenceRef[];
}

/** Collects records as they are found: their references and the latest moment. */
class Tally {
  readonly items: EvidenceRef[] = [];
  private last = Number.NEGATIVE_INFINITY;
  private lastAt: Timestamp | undefined;

  constructor(
    private readonly ctx: EvaluationContext,
    readonly now: number,
  ) {}

  /** Adds the record if it happened by `now`; returns whether it did. */
  add(kind: EvidenceKind, id: string, at: Timestamp): boolean {
    const time = this.ctx.time(at);
    if (time > this.now) return false;
    this.items.push(ref(kind, id));
    if (time >= this.last) {
      this.last = time;
      this.lastAt = at;
    }
    return true;
  }

  result(kind: BehaviourEvidenceKind, of?: number): CountedEvidence {
    const base = { kind, count: this.items.length, items: this.items };
    const withOf = of === undefined ? base : { ...base, of };
    return this.lastAt === undefined ? withOf : { ...withOf, lastAt: this.lastAt };
  }
}

type Collector = (ctx: EvaluationContext, tally: Tally) => number | undefined;

type InventoryLists = Pick<
  Relationship['selfInventories'][number],
  'strengths' | 'developmentNeeds' | 'wants'
>;

/** Self-inventories of the mentee that hold, by their history event (else the record itself). */
function inventories(
  ctx: EvaluationContext,
  tally: Tally,
  holds: (inventory: InventoryLists) => boolean,
): undefined {
  const events = ctx.eventsOf('record-self-inventory');
  let found = false;
  for (const event of events) {
    if (event.type !== 'record-self-inventory' || event.actor.role !== 'mentee') continue;
    found = true;
    if (holds(event.inventory)) {
      tally.add('event', event.id, event.at);
    }
  }
  if (found) return undefined;
  for (const inventory of ctx.relationship.selfInventories) {
    if (inventory.side !== 'mentee') continue;
    if (holds(inventory)) {
      tally.add('self-inventory', 'mentee', inventory.recordedAt);
    }
  }
  return undefined;
}

const collectors: { readonly [K in BehaviourEvidenceKind]: Collector } = {
  'feedback-given': ({ relationship }, tally) => {
    for (const f of relationship.feedback) {
      if (f.from === 'mentee' && f.to === 'mentor' && f.visibility === 'shared') {
        tally.add('feedback', f.id, f.givenAt);
      }
    }
    return undefined;
  },
  evaluations: ({ relationship }, tally) => {
    for (const e of relationship.evaluations) {
      if (e.recordedBy === 'mentee') tally.add('evaluation', e.id, e.recordedAt);
    }
    return undefined;
  },
  'wants-named': (ctx, tally) => inventories(ctx, tally, (i) => i.wants.length > 0),
  'concerns-raised': ({ relationship }, tally) => {
    for (const f of relationship.feedback) {
      if (f.from === 'mentee' && (f.kind === 'concern' || f.kind === 'challenge')) {
        tally.add('feedback', f.id, f.givenAt);
      }
    }
    return undefined;
  },
  'meetings-scheduled': ({ relationship }, tally) => {
    for (const m of relationship.meetings) {
      if (m.scheduledBy === 'mentee') tally.add('meeting', m.id, m.scheduledAt);
    }
    return undefined;
  },
  'goals-set': (ctx, tally) => {
    const setBy = ctx.actors().goalSetBy;
    for (const goal of ctx.relationship.goals) {
      if ((setBy.get(goal.id) ?? 'mentee') === 'mentee') tally.add('goal', goal.id, goal.setAt);
    }
    return undefined;
  },
  'meetings-attended': ({ relationship }, tally) => {
    for (const m of relationship.meetings) {
      if (m.attendance?.mentee.present === true) tally.add('meeting', m.id, m.startsAt);
    }
    return undefined;
  },
  'own-follow-ups': ({ relationship }, tally) => {
    for (const item of relationship.actionItems) {
      if (item.createdBy === 'mentee' && item.assignee === 'mentee') {
        tally.add('action-item', item.id, item.createdAt);
      }
    }
    return undefined;
  },
  'strengths-needs-named': (ctx, tally) =>
    inventories(ctx, tally, (i) => i.strengths.length > 0 && i.developmentNeeds.length > 0),
  'follow-ups-on-time': (ctx, tally) => {
    const { now } = tally;
    let settled = 0;
    for (const item of ctx.relationship.actionItems) {
      if (item.assignee !== 'mentee' || item.status === 'dropped') continue;
      const due = followUpDue(ctx, item);
      const completed = item.completedAt === undefined ? undefined : ctx.time(item.completedAt);
      if (completed === undefined || completed > now) {
        if (due !== undefined && due <= now) settled++; // open past its deadline: a miss
        continue;
      }
      settled++;
      const byMentee = (item.completedBy ?? 'mentee') === 'mentee';
      if (byMentee && (due === undefined || completed <= due) && item.completedAt !== undefined) {
        tally.add('action-item', item.id, item.completedAt);
      }
    }
    return settled;
  },
  'feedback-requests': ({ relationship }, tally) => {
    for (const r of relationship.feedbackRequests) {
      if (r.requestedBy === 'mentee') tally.add('feedback-request', r.id, r.requestedAt);
    }
    return undefined;
  },
  'agendas-sent': ({ relationship }, tally) => {
    for (const m of relationship.meetings) {
      if (m.agenda?.sentBy === 'mentee') tally.add('meeting', m.id, m.agenda.sentAt);
    }
    return undefined;
  },
  'plan-steps-done': (ctx, tally) => {
    const completedBy = ctx.actors().stepCompletedBy;
    for (const goal of ctx.relationship.goals) {
      for (const step of goal.plan) {
        if (step.status !== 'done' || step.completedAt === undefined) continue;
        if ((completedBy.get(stepKey(goal.id, step.id)) ?? 'mentee') === 'mentee') {
          tally.add('plan-step', step.id, step.completedAt);
        }
      }
    }
    return undefined;
  },
  'progress-updates': ({ relationship }, tally) => {
    for (const u of relationship.progressUpdates) {
      if (u.postedBy === 'mentee') tally.add('progress-update', u.id, u.postedAt);
    }
    return undefined;
  },
  'plan-steps-added': (ctx, tally) => {
    const addedBy = ctx.actors().stepAddedBy;
    for (const goal of ctx.relationship.goals) {
      for (const step of goal.plan) {
        if ((addedBy.get(stepKey(goal.id, step.id)) ?? 'mentee') === 'mentee') {
          tally.add('plan-step', step.id, step.addedAt);
        }
      }
    }
    return undefined;
  },
  'feedback-taken-on-board': ({ relationship }, tally) => {
    for (const f of relationship.feedback) {
      if (f.from !== 'mentor' || f.to !== 'mentee' || f.visibility !== 'shared') continue;
      if (f.acknowledgedAt !== undefined) tally.add('feedback', f.id, f.acknowledgedAt);
    }
    return undefined;
  },
};

/**
 * Counts, for each kind asked for, the mentee's records up to `now` (epoch
 * ms) that evidence a behaviour. One shared index of the relationship.
 */
export function countEvidence(
  relationship: Relationship,
  now: number,
  kinds: readonly BehaviourEvidenceKind[],
): ReadonlyMap<BehaviourEvidenceKind, CountedEvidence> {
  // Judged at `now` itself (not the pause or closing time): records are what they are.
  const ctx = createEvaluationContext(relationship, now, defaultProgramSettings);
  const counted = new Map<BehaviourEvidenceKind, CountedEvidence>();
  for (const kind of kinds) {
    if (counted.has(kind)) continue;
    const tally = new Tally(ctx, now);
    const of = collectors[kind](ctx, tally);
    counted.set(kind, tally.result(kind, of));
  }
  return counted;
}
