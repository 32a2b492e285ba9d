// One evaluator per derived item of the catalogue. Each reads the relationship
// as of `asOf` and returns a status, the evidence and a deadline; whether the
// item applies at all, and what happens once its stage is over, is decided by
// evaluateChecklist, not here.
import type { Attendance, Goal, ParticipantRole, PlanStep } from '../model';
import type { ResponsibilityItemId } from './catalog';
import { type EvaluationContext, HOUR_MS, stepKey, type TimedMeeting } from './checklist-context';
import {
  citing,
  coveredBy,
  dueOrOverdue,
  type EvidenceRef,
  type Judgement,
  judge,
  ref,
} from './judgement';
import {
  activityReference,
  agendaDeadline,
  agendaOnTime,
  cancelledWithNotice,
  followUpDue,
  lastHeldMeeting,
  lastPastMeeting,
  meetingRef,
  nextScheduled,
} from './meeting-facts';
import { judgePeriodic, judgePeriodicAll, type Occurrence, periodAnchor } from './periodic';

/** Evaluates one derived item. */
export type Evaluator = (ctx: EvaluationContext, asOf: number) => Judgement;

/** One verdict about one occurrence of a per-meeting duty. */
interface Instance {
  readonly at: number;
  readonly ok: boolean;
  readonly due: number;
  readonly refs: readonly EvidenceRef[];
}

const otherSide = (side: ParticipantRole): ParticipantRole =>
  side === 'mentor' ? 'mentee' : 'mentor';

/** A per-meeting duty is judged by its latest instance; before any, by the next meeting. */
function judgeLatest(
  ctx: EvaluationContext,
  asOf: number,
  ...candidates: (Instance | undefined)[]
): Judgement {
  let latest: Instance | undefined;
  for (const instance of candidates) {
    if (instance !== undefined && (latest === undefined || instance.at >= latest.at)) {
      latest = instance;
    }
  }
  if (latest !== undefined) return judge(latest.ok ? 'done' : 'overdue', latest.refs, latest.due);
  const next = nextScheduled(ctx, asOf);
  return next === undefined ? judge('open') : judge('due', [meetingRef(next)], next.start);
}

/** The latest meeting by `asOf` where the side's attendance was recorded. */
function lastAttendance(
  ctx: EvaluationContext,
  asOf: number,
  side: ParticipantRole,
  ok: (attendance: Attendance, ctx: EvaluationContext) => boolean,
): Instance | undefined {
  for (let i = ctx.meetings.length - 1; i >= 0; i--) {
    const timed = ctx.meetings[i];
    if (timed === undefined || timed.start > asOf || timed.meeting.status === 'cancelled') continue;
    const attendance = timed.meeting.attendance?.[side];
    if (attendance !== undefined) {
      return {
        at: timed.start,
        ok: ok(attendance, ctx),
        due: timed.start,
        refs: [meetingRef(timed)],
      };
    }
  }
  return undefined;
}

/**
 * The side's latest cancellation or reschedule by `asOf`; those with notice
 * only if they count. A reschedule is judged like a cancellation of the start
 * it moved away from: inside the programme's notice it is a late one, for
 * whoever made it (the event's actor).
 */
function lastChange(
  ctx: EvaluationContext,
  asOf: number,
  side: ParticipantRole,
  withNoticeCounts: boolean,
): Instance | undefined {
  const noticeMs = ctx.settings.cancellationNoticeHours * HOUR_MS;
  let latest: Instance | undefined;
  for (const timed of ctx.meetings) {
    const { meeting } = timed;
    if (meeting.status !== 'cancelled' || meeting.cancelledBy !== side) continue;
    if (meeting.cancelledAt === undefined) continue; // notice unknown: nothing to judge
    const at = ctx.time(meeting.cancelledAt);
    if (at > asOf || (latest !== undefined && at < latest.at)) continue;
    const ok = cancelledWithNotice(ctx, timed, at);
    if (ok && !withNoticeCounts) continue;
    latest = { at, ok, due: timed.start - noticeMs, refs: [meetingRef(timed)] };
  }
  const { reschedules } = ctx.actors();
  for (const move of reschedules) {
    if (move.by !== side || move.at > asOf || (latest !== undefined && move.at < latest.at)) {
      continue;
    }
    const ok = move.from - move.at >= noticeMs;
    if (ok && !withNoticeCounts) continue;
    const timed = ctx.meetings.find((candidate) => candidate.meeting.id === move.meetingId);
    const refs = timed === undefined ? [] : [meetingRef(timed)];
    latest = {
      at: move.at,
      ok,
      due: move.from - noticeMs,
      refs: [...refs, ref('event', move.eventId)],
    };
  }
  return latest;
}

/** Who set a goal; one without its history event counts for the mentee, whose goals they are. */
function goalSetter(ctx: EvaluationContext, goal: Goal): ParticipantRole {
  const facts = ctx.actors();
  return (facts.mentorPlanned && facts.goalSetBy.get(goal.id)) || 'mentee';
}

function stepAdder(ctx: EvaluationContext, goal: Goal, step: PlanStep): ParticipantRole {
  const facts = ctx.actors();
  return (facts.mentorPlanned && facts.stepAddedBy.get(stepKey(goal.id, step.id))) || 'mentee';
}

function stepCompleter(ctx: EvaluationContext, goal: Goal, step: PlanStep): ParticipantRole {
  const facts = ctx.actors();
  return (facts.mentorPlanned && facts.stepCompletedBy.get(stepKey(goal.id, step.id))) || 'mentee';
}

/** Whether `side` set the meeting's date: scheduled it, or moved it since. */
function datedBy(ctx: EvaluationContext, timed: TimedMeeting, side: ParticipantRole): boolean {
  if (timed.meeting.scheduledBy === side) return true;
  return ctx.actors().reschedules.some((m) => m.meetingId === timed.meeting.id && m.by === side);
}

const isCurrentGoal = (goal: Goal, cycle: number) =>
  goal.cycle === cycle && goal.status !== 'dropped';

/** The goals of the current cycle that were not dropped (usually all of them: then the list itself). */
function currentGoals(ctx: EvaluationContext): readonly Goal[] {
  const { goals, cycle } = ctx.relationship;
  for (let i = 0; i < goals.length; i++) {
    if (!isCurrentGoal(goals[i] as Goal, cycle)) {
      return goals.filter((goal) => isCurrentGoal(goal, cycle));
    }
  }
  return goals;
}

/** The steps of a plan that were not dropped (usually all of them: then the plan itself). */
function keptSteps(plan: readonly PlanStep[]): readonly PlanStep[] {
  for (let i = 0; i < plan.length; i++) {
    if ((plan[i] as PlanStep).status === 'dropped') {
      return plan.filter((step) => step.status !== 'dropped');
    }
  }
  return plan;
}

/**
 * A goal of the current cycle with a plan step that was not dropped, the
 * steps added by the mentee and, with `ownGoal`, the goal set by the mentee
 * too; what the mentor set instead is reported as covered.
 */
function goalWithPlan(ctx: EvaluationContext, ownGoal: boolean): Judgement {
  const theirs: EvidenceRef[] = [];
  for (const goal of currentGoals(ctx)) {
    const steps = keptSteps(goal.plan);
    const own = ctx.actors().mentorPlanned
      ? steps.filter((step) => stepAdder(ctx, goal, step) === 'mentee')
      : steps;
    const goalOwn = goalSetter(ctx, goal) === 'mentee';
    if (own.length > 0 && (goalOwn || !ownGoal)) {
      if (!citing()) return judge('done');
      return judge('done', [
        ref('goal', goal.id),
        ...own.map((step): EvidenceRef => ref('plan-step', step.id)),
      ]);
    }
    // What follows only collects the mentor's records, to cite.
    if (!citing()) continue;
    if (ownGoal && !goalOwn) theirs.push(ref('goal', goal.id));
    for (const step of steps) {
      if (!own.includes(step)) theirs.push(ref('plan-step', step.id));
    }
  }
  return coveredBy(judge('open'), 'mentor', theirs);
}

function eventRefs(
  ctx: EvaluationContext,
  types: readonly ('record-agreement' | 'accept-agreement')[],
): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  if (!citing()) return refs;
  for (const type of types) {
    for (const event of ctx.eventsOf(type)) refs.push(ref('event', event.id));
  }
  return refs.length > 0 ? refs : [ref('agreement', 'agreement')];
}

const agreementEvents = ['record-agreement', 'accept-agreement'] as const;

/** The agreement counts once both sides accepted it and `holds` is true of it. */
function agreed(ctx: EvaluationContext, holds: (ctx: EvaluationContext) => boolean): Judgement {
  const agreement = ctx.relationship.agreement;
  if (agreement?.acceptedBy.mentor === undefined || agreement.acceptedBy.mentee === undefined) {
    return judge('open');
  }
  return holds(ctx) ? judge('done', eventRefs(ctx, agreementEvents)) : judge('open');
}

function selfInventoryRefs(ctx: EvaluationContext, side: ParticipantRole): EvidenceRef[] {
  if (!citing()) return [];
  const refs = ctx
    .eventsOf('record-self-inventory')
    .filter((event) => event.actor.role === side)
    .map((event): EvidenceRef => ref('event', event.id));
  return refs.length > 0 ? refs : [ref('self-inventory', side)];
}

const inventorySides: readonly ParticipantRole[] = ['mentee', 'mentor'];

function bothInventories(
  ctx: EvaluationContext,
  holds: (inventory: EvaluationContext['relationship']['selfInventories'][number]) => boolean,
): Judgement {
  const evidence: EvidenceRef[] = [];
  const { selfInventories } = ctx.relationship;
  for (const side of inventorySides) {
    let found = false;
    for (let i = 0; i < selfInventories.length && !found; i++) {
      const inventory = selfInventories[i] as (typeof selfInventories)[number];
      found = inventory.side === side && holds(inventory);
    }
    if (!found) return judge('open');
    if (citing()) evidence.push(...selfInventoryRefs(ctx, side));
  }
  return judge('done', evidence);
}

function currentEvaluations(ctx: EvaluationContext) {
  const { relationship } = ctx;
  return relationship.evaluations.filter((evaluation) => evaluation.cycle === relationship.cycle);
}

const evaluationRef = (evaluation: { readonly id: string }): EvidenceRef =>
  ref('evaluation', evaluation.id);

/** The evaluations to cite (none while only statuses are wanted). */
function evaluationRefs(evaluations: readonly { readonly id: string }[]): EvidenceRef[] {
  return citing() ? evaluations.map(evaluationRef) : [];
}

function timedRefs<T extends { readonly id: string }>(
  ctx: EvaluationContext,
  records: readonly T[],
  kind: EvidenceRef['kind'],
  at: (record: T) => string,
  keep: (record: T) => boolean,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const record of records) {
    if (keep(record)) occurrences.push({ at: ctx.time(at(record)), kind, id: record.id });
  }
  return occurrences;
}

/** Feedback `from` gave the other side, from `since` on (epoch ms). */
function sharedFeedback(
  ctx: EvaluationContext,
  from: ParticipantRole,
  since = Number.NEGATIVE_INFINITY,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const f of ctx.relationship.feedback) {
    // Private feedback only reaches the programme's admins, not the other side.
    if (f.from !== from || f.to === from || f.visibility !== 'shared') continue;
    const at = ctx.time(f.givenAt);
    if (at >= since) occurrences.push({ at, kind: 'feedback', id: f.id });
  }
  return occurrences;
}

/** Shared feedback to `by` that `by` took on board, at the time they did. */
function takenOnBoard(ctx: EvaluationContext, by: ParticipantRole): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const f of ctx.relationship.feedback) {
    if (f.to !== by || f.from === by || f.visibility !== 'shared') continue;
    if (f.acknowledgedAt === undefined) continue;
    occurrences.push({ at: ctx.time(f.acknowledgedAt), kind: 'feedback', id: f.id });
  }
  return occurrences;
}

function judgeFollowUps(
  ctx: EvaluationContext,
  asOf: number,
  assignee: ParticipantRole,
): Judgement {
  const overdue: EvidenceRef[] = [];
  const late: EvidenceRef[] = [];
  const covered: EvidenceRef[] = [];
  const onTime: EvidenceRef[] = [];
  const pending: EvidenceRef[] = [];
  let earliestOverdue = Number.POSITIVE_INFINITY;
  let earliestPending = Number.POSITIVE_INFINITY;
  let latestMissed = Number.NEGATIVE_INFINITY;
  let pendingWithoutDate = false;
  for (const item of ctx.relationship.actionItems) {
    if (item.assignee !== assignee || item.status === 'dropped') continue;
    const itemRef = ref('action-item', item.id);
    const due = followUpDue(ctx, item);
    if (item.status === 'open') {
      if (due === undefined) {
        pendingWithoutDate = true;
        pending.push(itemRef);
      } else if (due <= asOf) {
        overdue.push(itemRef);
        earliestOverdue = Math.min(earliestOverdue, due);
      } else {
        pending.push(itemRef);
        earliestPending = Math.min(earliestPending, due);
      }
      continue;
    }
    if ((item.completedBy ?? assignee) !== assignee) {
      // Finished by the other side: not the assignee's work, so it weighs like
      // a task left undone at its deadline (for one cadence, like a late one).
      covered.push(itemRef);
      if (due === undefined) {
        pendingWithoutDate = true;
        pending.push(itemRef);
      } else if (due > asOf) {
        pending.push(itemRef);
        earliestPending = Math.min(earliestPending, due);
      } else if (due > asOf - ctx.cadenceMs) {
        late.push(itemRef);
        latestMissed = Math.max(latestMissed, due);
      }
      continue;
    }
    const completed = item.completedAt === undefined ? undefined : ctx.time(item.completedAt);
    // Done only if finished before the next meeting began; a miss weighs for one cadence.
    if (due !== undefined && completed !== undefined && completed > due) {
      if (due > asOf - ctx.cadenceMs) {
        late.push(itemRef);
        latestMissed = Math.max(latestMissed, due);
      }
    } else {
      onTime.push(itemRef);
    }
  }
  return coveredBy(followUpStatus(), otherSide(assignee), covered);

  function followUpStatus(): Judgement {
    if (overdue.length > 0) return judge('overdue', overdue, earliestOverdue);
    if (late.length > 0) return judge('overdue', late, latestMissed);
    if (earliestPending !== Number.POSITIVE_INFINITY) return judge('due', pending, earliestPending);
    if (pendingWithoutDate) return judge('open', pending);
    return onTime.length > 0 ? judge('done', onTime) : judge('open');
  }
}

/**
 * A per-cadence duty judged on the responsible side's records; when it is
 * not done, the other side's records of the same periods show it covered.
 */
function periodicOwn(
  ctx: EvaluationContext,
  asOf: number,
  own: readonly Occurrence[],
  theirs: (ctx: EvaluationContext) => readonly Occurrence[],
  other: ParticipantRole,
): Judgement {
  const anchor = periodAnchor(ctx, 'cultivating');
  const judged = judgePeriodic(asOf, anchor, ctx.cadenceMs, 1, own);
  if (judged.status === 'done' || judged.status === 'open') return judged;
  const records = theirs(ctx);
  if (records.length === 0) return judged;
  const covering = judgePeriodic(asOf, anchor, ctx.cadenceMs, 1, records);
  return coveredBy(judged, other, covering.evidence);
}

// Predicates made once, not at every evaluation (a batch evaluates thousands).
const isPresent = (a: Attendance) => a.present;
const punctualAndPrepared = (a: Attendance, ctx: EvaluationContext) =>
  a.present && a.minutesLate <= ctx.settings.punctualityGraceMinutes && a.prepared !== false;
const progressUpdatesBy = (ctx: EvaluationContext, by: ParticipantRole) =>
  timedRefs(
    ctx,
    ctx.relationship.progressUpdates,
    'progress-update',
    (u) => u.postedAt,
    (u) => u.postedBy === by,
  );
const mentorsProgressUpdates = (ctx: EvaluationContext) => progressUpdatesBy(ctx, 'mentor');
const always = () => true;
const hasExpectations = (c: EvaluationContext) =>
  (c.relationship.agreement?.expectations.length ?? 0) > 0;
const hasGroundRules = (c: EvaluationContext) =>
  (c.relationship.agreement?.groundRules.length ?? 0) > 0;
const hasGoals = (c: EvaluationContext) => (c.relationship.agreement?.goalIds.length ?? 0) > 0;
const wantsAndOffers = (inventory: EvaluationContext['relationship']['selfInventories'][number]) =>
  inventory.wants.length > 0 && inventory.offers.length > 0;

/** The derived items' evaluators; manual items have none. */
export const itemEvaluators: Partial<Record<ResponsibilityItemId, Evaluator>> = {
  'mentee.set-meeting-dates': (ctx, asOf) => {
    // The next meeting the mentee dated; ones only the mentor dated show it covered.
    const theirs: EvidenceRef[] = [];
    for (const timed of ctx.meetings) {
      if (timed.meeting.status !== 'scheduled' || timed.start <= asOf) continue;
      if (datedBy(ctx, timed, 'mentee')) return judge('done', [meetingRef(timed)], timed.start);
      theirs.push(meetingRef(timed));
    }
    const judged = dueOrOverdue(asOf, activityReference(ctx, asOf) + ctx.cadenceMs);
    return coveredBy(judged, 'mentor', theirs);
  },
  'mentee.send-agenda': (ctx, asOf) => {
    const target: TimedMeeting | undefined = nextScheduled(ctx, asOf) ?? lastPastMeeting(ctx, asOf);
    if (target === undefined) return judge('open');
    const deadline = agendaDeadline(ctx, target);
    const sentBy = target.meeting.agenda?.sentBy;
    if (sentBy === 'mentee' && agendaOnTime(ctx, target)) {
      return judge('done', [meetingRef(target)], deadline);
    }
    const judged = dueOrOverdue(asOf, deadline, [meetingRef(target)]);
    return sentBy === 'mentor' ? coveredBy(judged, 'mentor', [meetingRef(target)]) : judged;
  },
  'mentee.be-punctual-prepared': (ctx, asOf) =>
    judgeLatest(ctx, asOf, lastAttendance(ctx, asOf, 'mentee', punctualAndPrepared)),
  'mentee.define-goals-plan': (ctx) => goalWithPlan(ctx, true),
  'mentee.finish-follow-ups': (ctx, asOf) => judgeFollowUps(ctx, asOf, 'mentee'),
  'mentee.report-progress': (ctx, asOf) =>
    periodicOwn(ctx, asOf, progressUpdatesBy(ctx, 'mentee'), mentorsProgressUpdates, 'mentor'),
  'mentee.seek-feedback': (ctx, asOf) =>
    // Asking is half the duty: in each period the mentee also takes on board
    // (acknowledges) shared feedback the mentor gave them.
    judgePeriodicAll(asOf, periodAnchor(ctx, 'cultivating'), ctx.cadenceMs, [
      timedRefs(
        ctx,
        ctx.relationship.feedbackRequests,
        'feedback-request',
        (r) => r.requestedAt,
        (r) => r.requestedBy === 'mentee',
      ),
      takenOnBoard(ctx, 'mentee'),
    ]),
  'mentee.respect-mentor-time': (ctx, asOf) => {
    const present = lastAttendance(ctx, asOf, 'mentee', isPresent);
    return judgeLatest(ctx, asOf, present, lastChange(ctx, asOf, 'mentee', true));
  },
  'mentor.attend-meetings': (ctx, asOf) => {
    const present = lastAttendance(ctx, asOf, 'mentor', isPresent);
    return judgeLatest(ctx, asOf, present, lastChange(ctx, asOf, 'mentor', false));
  },
  'mentor.give-advice-feedback': (ctx, asOf) =>
    judgePeriodic(
      asOf,
      periodAnchor(ctx, 'cultivating'),
      ctx.cadenceMs,
      1,
      sharedFeedback(ctx, 'mentor'),
    ),
  'mentor.hold-accountable': (ctx) => {
    const since = ctx.stageStart('preparing') ?? Number.NEGATIVE_INFINITY;
    const evidence: EvidenceRef[] = [];
    const theirs: EvidenceRef[] = [];
    for (const f of ctx.relationship.feedback) {
      if (
        f.from === 'mentor' &&
        f.kind === 'challenge' &&
        f.visibility === 'shared' &&
        ctx.time(f.givenAt) >= since
      ) {
        evidence.push(ref('feedback', f.id));
      }
    }
    for (const item of ctx.relationship.actionItems) {
      if (item.assignee !== 'mentee' || ctx.time(item.createdAt) < since) continue;
      // A task the mentee set themself is the mentee holding themself to account.
      (item.createdBy === 'mentor' ? evidence : theirs).push(ref('action-item', item.id));
    }
    return evidence.length > 0
      ? judge('done', evidence)
      : coveredBy(judge('open'), 'mentee', theirs);
  },
  'prepare.self-inventory': (ctx) => bothInventories(ctx, always),
  'prepare.goal': (ctx) => {
    const own: EvidenceRef[] = [];
    const theirs: EvidenceRef[] = [];
    for (const goal of currentGoals(ctx)) {
      (goalSetter(ctx, goal) === 'mentee' ? own : theirs).push(ref('goal', goal.id));
    }
    return own.length > 0 ? judge('done', own) : coveredBy(judge('open'), 'mentor', theirs);
  },
  'prepare.plan': (ctx) => goalWithPlan(ctx, false),
  'prepare.wants-offers': (ctx) => bothInventories(ctx, wantsAndOffers),
  'initiate.first-meeting': (ctx, asOf) => {
    const first = ctx.meetings.find(
      (timed) => timed.meeting.status === 'held' && timed.start <= asOf,
    );
    return first === undefined ? judge('open') : judge('done', [meetingRef(first)]);
  },
  'initiate.expectations': (ctx) => agreed(ctx, hasExpectations),
  'initiate.ground-rules': (ctx) => agreed(ctx, hasGroundRules),
  'initiate.goals': (ctx) => agreed(ctx, hasGoals),
  'initiate.cadence-channels': (ctx) => agreed(ctx, always),
  'cultivate.regular-meetings': (ctx, asOf) => {
    const last = lastHeldMeeting(ctx, asOf);
    if (last !== undefined && asOf - last.start < ctx.cadenceMs) {
      return judge('done', [meetingRef(last)], last.start + ctx.cadenceMs);
    }
    const anchor = periodAnchor(ctx, 'cultivating');
    const reference = last === undefined || anchor > last.start ? anchor : last.start;
    return dueOrOverdue(
      asOf,
      reference + ctx.cadenceMs,
      last === undefined ? [] : [meetingRef(last)],
    );
  },
  'cultivate.plan-progress': (ctx) => {
    const evidence: EvidenceRef[] = [];
    const theirs: EvidenceRef[] = [];
    for (const goal of currentGoals(ctx)) {
      for (const step of goal.plan) {
        if (step.status !== 'done') continue;
        const own = stepCompleter(ctx, goal, step) === 'mentee';
        (own ? evidence : theirs).push(ref('plan-step', step.id));
      }
    }
    return evidence.length > 0
      ? judge('done', evidence)
      : coveredBy(judge('open'), 'mentor', theirs);
  },
  'cultivate.feedback-exchanged': (ctx) => {
    const since = ctx.stageStart('preparing') ?? Number.NEGATIVE_INFINITY;
    const fromMentor = sharedFeedback(ctx, 'mentor', since);
    const fromMentee = sharedFeedback(ctx, 'mentee', since);
    if (fromMentor.length === 0 || fromMentee.length === 0) return judge('open');
    if (!citing()) return judge('done');
    return judge(
      'done',
      [...fromMentor, ...fromMentee].map((o) => ref(o.kind, o.id)),
    );
  },
  'evaluate.growth-measured': (ctx) => {
    const measured = currentEvaluations(ctx).filter((e) => e.growthNotes.trim().length > 0);
    return measured.length > 0 ? judge('done', evaluationRefs(measured)) : judge('open');
  },
  'evaluate.goals-assessed': (ctx) => {
    const evaluations = currentEvaluations(ctx);
    if (evaluations.length === 0) return judge('open');
    const assessed = new Set(evaluations.flatMap((e) => e.goals.map((g) => g.id)));
    const complete = currentGoals(ctx).every((goal) => assessed.has(goal.id));
    return judge(complete ? 'done' : 'open', evaluationRefs(evaluations));
  },
  'evaluate.next-step-decided': (ctx) => {
    const evaluations = currentEvaluations(ctx);
    return evaluations.length > 0 ? judge('done', evaluationRefs(evaluations)) : judge('open');
  },
};
