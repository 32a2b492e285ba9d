// A test-only builder of Relationship documents along a timeline. Every call
// adds the entity and the history event that would have recorded it, so
// evidence can point at event ids. `build()` validates with parseRelationship.
import {
  type ActionItem,
  type CycleStage,
  type Feedback,
  type Meeting,
  parseRelationship,
  type Relationship,
  type RelationshipEvent,
  type RelationshipStage,
} from '../../src/model';

const base = Date.parse('2026-03-02T00:00:00Z'); // a Monday

/** ISO time `days` after the base Monday, at `hour`:`minute` UTC, written as the library writes it (`…T18:00:00Z`). */
export function day(days: number, hour = 18, minute = 0): string {
  return utc(base + days * 86_400_000 + hour * 3_600_000 + minute * 60_000);
}

/** A moment as a UTC timestamp with seconds, and milliseconds only when it has some. */
export function utc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

type Side = 'mentor' | 'mentee';
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type Doc = Mutable<Relationship>;

export interface MeetingSpec {
  startsAt: string;
  scheduledAt?: string;
  scheduledBy?: Side;
  /** When the agenda was sent; none if left out. */
  agendaAt?: string;
  /** Who sent the agenda (default: the mentee). */
  agendaBy?: Side;
  /** Record the meeting as held (default when `attendance` is given) or missed. */
  held?: boolean;
  attendance?: {
    mentor?: { present?: boolean; minutesLate?: number };
    mentee?: { present?: boolean; minutesLate?: number; prepared?: boolean };
  };
  cancelledAt?: string;
  cancelledBy?: Side;
}

const stageEvent: Record<CycleStage, RelationshipEvent['type'] | undefined> = {
  preparing: undefined,
  initiating: 'begin-initiation',
  cultivating: 'begin-cultivation',
  evaluating: 'begin-evaluation',
};

export class RelationshipBuilder {
  private readonly doc: Doc;
  private readonly events: Record<string, unknown>[] = [];
  private sequence = 0;

  constructor(
    options: {
      id?: string;
      proposedAt?: string;
      startedAt?: string;
      started?: boolean;
      ttlDays?: number;
    } = {},
  ) {
    const proposedAt = options.proposedAt ?? day(-1, 9);
    const expiresAt = new Date(
      Date.parse(proposedAt) + (options.ttlDays ?? 14) * 86_400_000,
    ).toISOString();
    this.doc = {
      schemaVersion: 1,
      id: options.id ?? 'rel-1',
      programId: 'career-starters',
      mentorId: 'mentor-ada',
      menteeId: 'mentee-sam',
      stage: 'proposed',
      cycle: 1,
      proposal: {
        proposedAt,
        proposedBy: { role: 'admin', id: 'coordinator' },
        expiresAt,
        acceptedBy: {},
      },
      goals: [],
      meetings: [],
      actionItems: [],
      feedbackRequests: [],
      feedback: [],
      progressUpdates: [],
      selfInventories: [],
      evaluations: [],
      attestations: [],
      history: [],
    };
    this.event('propose', proposedAt, 'admin', {
      schemaVersion: 1,
      relationshipId: this.doc.id,
      programId: this.doc.programId,
      mentorId: this.doc.mentorId,
      menteeId: this.doc.menteeId,
      expiresAt,
    });
    if (options.started !== false) this.accept(options.startedAt ?? day(0, 9));
  }

  /** Adds a history event and returns its id. */
  event(
    type: string,
    at: string,
    role: Side | 'admin' | 'system',
    payload: Record<string, unknown> = {},
  ): string {
    this.sequence += 1;
    const id = `ev-${this.sequence}`;
    const actorId =
      role === 'mentor' ? 'mentor-ada' : role === 'mentee' ? 'mentee-sam' : 'coordinator';
    this.events.push({ id, type, at, actor: { role, id: actorId }, ...payload });
    return id;
  }

  accept(at: string): this {
    this.doc.proposal = { ...this.doc.proposal, acceptedBy: { mentor: at, mentee: at } };
    this.event('accept', at, 'mentor');
    this.event('accept', at, 'mentee');
    this.doc.startedAt = at;
    this.doc.stage = 'preparing';
    return this;
  }

  /** Enters a cycle stage (records the begin-… event). */
  stage(stage: CycleStage, at: string): this {
    const type = stageEvent[stage];
    if (type !== undefined) this.event(type, at, 'mentee');
    this.doc.stage = stage;
    return this;
  }

  setStage(stage: RelationshipStage): this {
    this.doc.stage = stage;
    return this;
  }

  selfInventory(side: Side, at: string, withWantsAndOffers = true): this {
    const inventory = {
      strengths: ['Curious'],
      developmentNeeds: ['Interviewing'],
      characteristics: ['Structured'],
      wants: withWantsAndOffers ? ['Feedback on my CV'] : [],
      offers: withWantsAndOffers ? ['A fresh view'] : [],
    };
    this.doc.selfInventories.push({ side, recordedAt: at, ...inventory });
    this.event('record-self-inventory', at, side, { inventory });
    return this;
  }

  /**
   * A goal of the current cycle with its plan. `by` set the goal (default the
   * mentee); steps added by another side (`stepsBy`) get `add-plan-step` events.
   */
  goal(
    id: string,
    at: string,
    steps: {
      id: string;
      status?: 'open' | 'done' | 'dropped';
      completedAt?: string;
      completedBy?: Side;
    }[] = [],
    options: { by?: Side; stepsBy?: Side } = {},
  ): this {
    const by = options.by ?? 'mentee';
    const stepsBy = options.stepsBy ?? by;
    this.doc.goals.push({
      id,
      title: 'Get my first job in the ecosystem',
      status: 'active',
      cycle: this.doc.cycle,
      setAt: at,
      plan: steps.map((step) => ({
        id: step.id,
        title: `Step ${step.id}`,
        status: step.status ?? 'open',
        addedAt: at,
        ...(step.completedAt === undefined ? {} : { completedAt: step.completedAt }),
        ...(step.status === 'dropped' ? { droppedAt: at } : {}),
      })),
    });
    const plan = steps.map((s) => ({ id: s.id, title: `Step ${s.id}` }));
    this.event('set-goal', at, by, {
      goal: {
        id,
        title: 'Get my first job in the ecosystem',
        plan: stepsBy === by ? plan : [],
      },
    });
    if (stepsBy !== by) {
      for (const step of plan) this.event('add-plan-step', at, stepsBy, { goalId: id, step });
    }
    for (const step of steps) {
      if (step.status === 'done' && step.completedAt !== undefined) {
        this.event('complete-plan-step', step.completedAt, step.completedBy ?? 'mentee', {
          goalId: id,
          stepId: step.id,
        });
      }
    }
    return this;
  }

  agreement(
    at: string,
    options: { cadenceDays?: number; acceptedByMentor?: boolean; expectations?: string[] } = {},
  ): this {
    const terms = {
      expectations: options.expectations ?? ['Mentee drives the agenda'],
      groundRules: ['Cancel 24 h ahead'],
      goalIds: this.doc.goals.map((g) => g.id).slice(0, 1),
      cadenceDays: options.cadenceDays ?? 14,
      channels: ['video' as const],
      confidentiality: true,
    };
    this.doc.agreement = {
      ...terms,
      recordedAt: at,
      recordedBy: 'mentee',
      acceptedBy: options.acceptedByMentor === false ? { mentee: at } : { mentee: at, mentor: at },
    };
    this.event('record-agreement', at, 'mentee', { agreement: terms });
    if (options.acceptedByMentor !== false) this.event('accept-agreement', at, 'mentor');
    return this;
  }

  meeting(id: string, spec: MeetingSpec): this {
    const scheduledAt =
      spec.scheduledAt ?? new Date(Date.parse(spec.startsAt) - 7 * 86_400_000).toISOString();
    const scheduledBy = spec.scheduledBy ?? 'mentee';
    const meeting: Mutable<Meeting> = {
      id,
      startsAt: spec.startsAt,
      durationMinutes: 45,
      status: 'scheduled',
      scheduledAt,
      scheduledBy,
      previousStartTimes: [],
    };
    this.event('schedule-meeting', scheduledAt, scheduledBy, {
      meetingId: id,
      startsAt: spec.startsAt,
      durationMinutes: 45,
    });
    if (spec.agendaAt !== undefined) {
      const sentBy = spec.agendaBy ?? 'mentee';
      meeting.agenda = { items: ['CV review'], sentAt: spec.agendaAt, sentBy };
      this.event('send-agenda', spec.agendaAt, sentBy, {
        meetingId: id,
        agenda: { items: ['CV review'] },
      });
    }
    if (spec.cancelledAt !== undefined) {
      meeting.status = 'cancelled';
      meeting.cancelledAt = spec.cancelledAt;
      meeting.cancelledBy = spec.cancelledBy ?? 'mentee';
      this.event('cancel-meeting', spec.cancelledAt, meeting.cancelledBy, { meetingId: id });
    } else if (spec.attendance !== undefined || spec.held !== undefined) {
      const held = spec.held ?? true;
      const attendance = {
        mentor: {
          present: spec.attendance?.mentor?.present ?? held,
          minutesLate: spec.attendance?.mentor?.minutesLate ?? 0,
        },
        mentee: {
          present: spec.attendance?.mentee?.present ?? held,
          minutesLate: spec.attendance?.mentee?.minutesLate ?? 0,
          ...(spec.attendance?.mentee?.prepared === undefined
            ? {}
            : { prepared: spec.attendance.mentee.prepared }),
        },
      };
      meeting.status = held ? 'held' : 'missed';
      meeting.attendance = attendance;
      const recordedAt = new Date(Date.parse(spec.startsAt) + 3_600_000).toISOString();
      meeting.recordedAt = recordedAt;
      this.event('record-meeting', recordedAt, 'mentee', { meetingId: id, held, attendance });
    }
    this.doc.meetings.push(meeting);
    return this;
  }

  actionItem(
    id: string,
    spec: {
      createdAt: string;
      assignee?: Side;
      createdBy?: Side;
      meetingId?: string;
      dueAt?: string;
      completedAt?: string;
      /** Who completed it (default: the assignee). */
      completedBy?: Side;
      dropped?: boolean;
    },
  ): this {
    const item: Mutable<ActionItem> = {
      id,
      title: `Task ${id}`,
      assignee: spec.assignee ?? 'mentee',
      status: spec.dropped ? 'dropped' : spec.completedAt === undefined ? 'open' : 'done',
      createdAt: spec.createdAt,
      createdBy: spec.createdBy ?? 'mentor',
      ...(spec.meetingId === undefined ? {} : { meetingId: spec.meetingId }),
      ...(spec.dueAt === undefined ? {} : { dueAt: spec.dueAt }),
    };
    this.event('add-action-item', spec.createdAt, item.createdBy, {
      itemId: id,
      title: item.title,
      assignee: item.assignee,
      ...(spec.meetingId === undefined ? {} : { meetingId: spec.meetingId }),
      ...(spec.dueAt === undefined ? {} : { dueAt: spec.dueAt }),
    });
    if (spec.completedAt !== undefined) {
      item.completedAt = spec.completedAt;
      item.completedBy = spec.completedBy ?? item.assignee;
      this.event('complete-action-item', spec.completedAt, item.completedBy, { itemId: id });
    }
    if (spec.dropped) {
      item.droppedAt = spec.createdAt;
      this.event('drop-action-item', spec.createdAt, item.assignee, { itemId: id });
    }
    this.doc.actionItems.push(item);
    return this;
  }

  /** Moves a scheduled meeting to `startsAt` (the `reschedule-meeting` event of `by`). */
  reschedule(meetingId: string, at: string, startsAt: string, by: Side = 'mentee'): this {
    const meeting = this.doc.meetings.find((m) => m.id === meetingId);
    if (meeting === undefined) throw new Error(`no meeting ${meetingId}`);
    meeting.previousStartTimes = [...meeting.previousStartTimes, meeting.startsAt];
    meeting.startsAt = startsAt;
    this.event('reschedule-meeting', at, by, { meetingId, startsAt });
    return this;
  }

  progress(id: string, at: string, postedBy: Side = 'mentee'): this {
    this.doc.progressUpdates.push({
      id,
      postedBy,
      postedAt: at,
      text: 'Sent two applications.',
      goalIds: [],
    });
    this.event('post-progress-update', at, postedBy, {
      updateId: id,
      text: 'Sent two applications.',
      goalIds: [],
    });
    return this;
  }

  feedbackRequest(id: string, at: string, by: Side = 'mentee'): this {
    this.doc.feedbackRequests.push({ id, requestedBy: by, requestedAt: at });
    this.event('request-feedback', at, by, { requestId: id });
    return this;
  }

  feedback(
    id: string,
    at: string,
    from: Side = 'mentor',
    kind: Feedback['kind'] = 'advice',
    visibility: Feedback['visibility'] = 'shared',
  ): this {
    const to: Side = from === 'mentor' ? 'mentee' : 'mentor';
    this.doc.feedback.push({
      id,
      from,
      to,
      kind,
      text: 'Lead with your best project.',
      visibility,
      givenAt: at,
    });
    this.event('give-feedback', at, from, {
      feedbackId: id,
      kind,
      text: 'Lead with your best project.',
      visibility,
    });
    return this;
  }

  /** The feedback's recipient takes it on board. */
  acknowledge(feedbackId: string, at: string, note?: string): this {
    const feedback = this.doc.feedback.find((f) => f.id === feedbackId);
    if (feedback === undefined) throw new Error(`no feedback ${feedbackId}`);
    feedback.acknowledgedAt = at;
    if (note !== undefined) feedback.acknowledgementNote = note;
    this.event('acknowledge-feedback', at, feedback.to, {
      feedbackId,
      ...(note === undefined ? {} : { note }),
    });
    return this;
  }

  evaluation(id: string, at: string, goalIds: string[] = this.doc.goals.map((g) => g.id)): this {
    const evaluation = {
      id,
      goals: goalIds.map((goalId) => ({ id: goalId, achievement: 'achieved' as const })),
      growthNotes: 'Confident in interviews now.',
      nextStep: 'close' as const,
    };
    this.doc.evaluations.push({
      ...evaluation,
      cycle: this.doc.cycle,
      recordedAt: at,
      recordedBy: 'mentee',
    });
    this.event('record-evaluation', at, 'mentee', { evaluation });
    return this;
  }

  attest(itemId: string, at: string, by: Side = 'mentee'): this {
    this.doc.attestations.push({ itemId, by, at });
    this.event('attest-checklist-item', at, by, { itemId });
    return this;
  }

  /** Starts the next cycle with a new goal (the `continue` event). */
  nextCycle(at: string, goalId: string): this {
    this.doc.cycle += 1;
    this.doc.stage = 'preparing';
    this.event('continue', at, 'mentee', {
      goals: [{ id: goalId, title: 'Lead a small project' }],
    });
    this.doc.goals.push({
      id: goalId,
      title: 'Lead a small project',
      status: 'active',
      cycle: this.doc.cycle,
      setAt: at,
      plan: [],
    });
    return this;
  }

  /** Drops a history event type (documents written by older tools may lack some). */
  withoutEvents(type: string): this {
    for (let i = this.events.length - 1; i >= 0; i--)
      if (this.events[i]?.type === type) this.events.splice(i, 1);
    return this;
  }

  pause(at: string, resumeTo: CycleStage = 'cultivating'): this {
    this.doc.pause = { since: at, reason: 'Holiday', resumeTo };
    this.doc.stage = 'paused';
    this.event('pause', at, 'mentee', { reason: 'Holiday' });
    return this;
  }

  resume(at: string): this {
    const resumeTo = this.doc.pause?.resumeTo ?? 'cultivating';
    delete this.doc.pause;
    this.doc.stage = resumeTo;
    this.event('resume', at, 'mentee');
    return this;
  }

  close(stage: 'completed' | 'ended', at: string): this {
    this.doc.stage = stage;
    this.doc.closedAt = at;
    if (stage === 'ended') {
      this.doc.closeReason = 'Found a job';
      this.event('end-early', at, 'mentee', { reason: 'Found a job' });
    } else {
      this.event('complete', at, 'mentee');
    }
    return this;
  }

  /** The document without validation (for benchmarks). */
  raw(): Relationship {
    const history = [...this.events].sort(
      (a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)),
    );
    return { ...this.doc, history } as unknown as Relationship;
  }

  /** The validated, deep-frozen document; throws with the issues if it is not valid. */
  build(): Relationship {
    const result = parseRelationship(this.raw());
    if (!result.ok)
      throw new Error(
        `builder made an invalid relationship: ${JSON.stringify(result.error.issues)}`,
      );
    return result.value;
  }
}

export const relationship = (options?: ConstructorParameters<typeof RelationshipBuilder>[0]) =>
  new RelationshipBuilder(options);
