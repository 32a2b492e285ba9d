// A random relationship timeline for property tests: stages, agreement,
// meetings (held, missed, cancelled, scheduled), follow-ups, progress,
// feedback, attestations, a pause and a close, all on the builder's calendar.
import fc from 'fast-check';
import type { CycleStage, Relationship } from '../../src/model';
import { day, relationship } from './builder';

export const meetingArb = fc.record({
  startDay: fc.integer({ min: 0, max: 70 }),
  hour: fc.integer({ min: 8, max: 20 }),
  agendaHoursBefore: fc.option(fc.integer({ min: -2, max: 72 }), { nil: undefined }),
  outcome: fc.constantFrom('scheduled', 'held', 'missed', 'cancelled'),
  cancelHoursBefore: fc.integer({ min: 1, max: 72 }),
  cancelledBy: fc.constantFrom('mentor' as const, 'mentee' as const),
  menteeLate: fc.integer({ min: 0, max: 20 }),
  prepared: fc.option(fc.boolean(), { nil: undefined }),
  mentorPresent: fc.boolean(),
  scheduledBy: fc.constantFrom('mentor' as const, 'mentee' as const),
  agendaBy: fc.constantFrom('mentor' as const, 'mentee' as const),
  /** A scheduled one moved a day later, this many hours before its first start, by this side. */
  move: fc.option(
    fc.record({
      hoursBefore: fc.integer({ min: 1, max: 72 }),
      by: fc.constantFrom('mentor' as const, 'mentee' as const),
    }),
    { nil: undefined },
  ),
});

export const actionArb = fc.record({
  createdDay: fc.integer({ min: 0, max: 70 }),
  completedAfterDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  dueInDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  assignee: fc.constantFrom('mentor' as const, 'mentee' as const),
});

export const timelineArb = fc.record({
  stage: fc.constantFrom<CycleStage>('preparing', 'initiating', 'cultivating', 'evaluating'),
  cadenceDays: fc.option(fc.integer({ min: 5, max: 21 }), { nil: undefined }),
  inventories: fc.boolean(),
  steps: fc.integer({ min: 0, max: 3 }),
  meetings: fc.array(meetingArb, { maxLength: 8 }),
  actions: fc.array(actionArb, { maxLength: 5 }),
  progressDays: fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 5 }),
  requestDays: fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 3 }),
  feedback: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 80 }),
      from: fc.constantFrom('mentor' as const, 'mentee' as const),
      kind: fc.constantFrom('advice' as const, 'challenge' as const),
      shared: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  attest: fc.boolean(),
  pauseDay: fc.option(fc.integer({ min: 10, max: 80 }), { nil: undefined }),
  close: fc.constantFrom(undefined, 'completed' as const, 'ended' as const),
});

export const hours = (d: number, h: number) =>
  new Date(Date.parse(day(0, 0)) + (d * 24 + h) * 3_600_000).toISOString();

export type Timeline = typeof timelineArb extends fc.Arbitrary<infer T> ? T : never;

export function build(t: Timeline): Relationship {
  const b = relationship();
  if (t.inventories) b.selfInventory('mentee', day(1)).selfInventory('mentor', day(1));
  b.goal(
    'g1',
    day(2),
    Array.from({ length: t.steps }, (_, i) => ({
      id: `s${i}`,
      ...(i === 0 ? { status: 'done' as const, completedAt: day(30) } : {}),
    })),
  );
  const order: CycleStage[] = ['preparing', 'initiating', 'cultivating', 'evaluating'];
  const stageDays = { preparing: 0, initiating: 3, cultivating: 8, evaluating: 60 };
  for (const stage of order.slice(1, order.indexOf(t.stage) + 1))
    b.stage(stage, day(stageDays[stage]));
  if (t.cadenceDays !== undefined) b.agreement(day(7, 20), { cadenceDays: t.cadenceDays });
  t.meetings.forEach((m, i) => {
    const startsAt = hours(m.startDay, m.hour);
    const agendaAt =
      m.agendaHoursBefore === undefined
        ? undefined
        : hours(m.startDay, m.hour - m.agendaHoursBefore);
    const base = {
      startsAt,
      scheduledBy: m.scheduledBy,
      agendaBy: m.agendaBy,
      ...(agendaAt === undefined ? {} : { agendaAt }),
    };
    if (m.outcome === 'cancelled') {
      b.meeting(`m${i}`, {
        ...base,
        cancelledAt: hours(m.startDay, m.hour - m.cancelHoursBefore),
        cancelledBy: m.cancelledBy,
      });
    } else if (m.outcome === 'scheduled') {
      b.meeting(`m${i}`, base);
      if (m.move !== undefined)
        b.reschedule(
          `m${i}`,
          hours(m.startDay, m.hour - m.move.hoursBefore),
          hours(m.startDay + 1, m.hour),
          m.move.by,
        );
    } else {
      b.meeting(`m${i}`, {
        ...base,
        held: m.outcome === 'held',
        attendance: {
          mentor: { present: m.mentorPresent },
          mentee: {
            minutesLate: m.menteeLate,
            ...(m.prepared === undefined ? {} : { prepared: m.prepared }),
          },
        },
      });
    }
  });
  t.actions.forEach((a, i) => {
    b.actionItem(`a${i}`, {
      createdAt: day(a.createdDay, 20),
      assignee: a.assignee,
      ...(a.completedAfterDays === undefined
        ? {}
        : { completedAt: day(a.createdDay + a.completedAfterDays, 21) }),
      ...(a.dueInDays === undefined ? {} : { dueAt: day(a.createdDay + a.dueInDays) }),
    });
  });
  t.progressDays.forEach((d, i) => {
    b.progress(`p${i}`, day(d, 7));
  });
  t.requestDays.forEach((d, i) => {
    b.feedbackRequest(`r${i}`, day(d, 8));
  });
  t.feedback.forEach((f, i) => {
    b.feedback(`f${i}`, day(f.day, 9), f.from, f.kind, f.shared ? 'shared' : 'private');
  });
  if (t.attest)
    b.attest('mentor.keep-confidentiality', day(20)).attest(
      'mentor.keep-confidentiality.milestone',
      day(25),
    );
  if (t.pauseDay !== undefined && t.close === undefined && t.stage !== 'preparing')
    b.pause(day(t.pauseDay), t.stage);
  if (t.close !== undefined) b.close(t.close, day(85));
  return b.build();
}

export const nowArb = fc.integer({ min: -2 * 24, max: 110 * 24 }).map((h) => hours(0, h));
