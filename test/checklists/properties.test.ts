import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CustomChecklistItem,
  evaluateChecklist,
  programHealth,
  relationshipHealth,
  responsibilityCatalog,
} from '../../src/checklists';
import type { CycleStage, Relationship } from '../../src/model';
import { day, relationship } from './builder';

const customItems: CustomChecklistItem[] = [
  {
    id: 'p.meetings',
    rule: 'meetings-per-period',
    minMeetings: 2,
    periodDays: 21,
    responsible: 'both',
    stages: ['cultivating'],
    label: { en: 'Meet', de: 'Treffen' },
  },
  {
    id: 'p.updates',
    rule: 'progress-update-every',
    everyDays: 10,
    responsible: 'mentee',
    stages: ['initiating', 'cultivating'],
    label: { en: 'Update', de: 'Bericht' },
  },
  {
    id: 'p.feedback',
    rule: 'feedback-every',
    everyDays: 10,
    from: 'mentee',
    responsible: 'mentee',
    stages: ['cultivating'],
    label: { en: 'Feedback', de: 'Rückmeldung' },
  },
  {
    id: 'mentor.keep-confidentiality.milestone',
    rule: 'milestone',
    dueDays: 20,
    responsible: 'mentor',
    stages: ['preparing', 'initiating', 'cultivating', 'evaluating'],
    label: { en: 'Milestone', de: 'Meilenstein' },
  },
];

const meetingArb = fc.record({
  startDay: fc.integer({ min: 0, max: 70 }),
  hour: fc.integer({ min: 8, max: 20 }),
  agendaHoursBefore: fc.option(fc.integer({ min: -2, max: 72 }), { nil: undefined }),
  outcome: fc.constantFrom('scheduled', 'held', 'missed', 'cancelled'),
  cancelHoursBefore: fc.integer({ min: 1, max: 72 }),
  cancelledBy: fc.constantFrom('mentor' as const, 'mentee' as const),
  menteeLate: fc.integer({ min: 0, max: 20 }),
  prepared: fc.option(fc.boolean(), { nil: undefined }),
  mentorPresent: fc.boolean(),
});

const actionArb = fc.record({
  createdDay: fc.integer({ min: 0, max: 70 }),
  completedAfterDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  dueInDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  assignee: fc.constantFrom('mentor' as const, 'mentee' as const),
});

const timelineArb = fc.record({
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

const hours = (d: number, h: number) =>
  new Date(Date.parse(day(0, 0)) + (d * 24 + h) * 3_600_000).toISOString();

type Timeline = typeof timelineArb extends fc.Arbitrary<infer T> ? T : never;

function build(t: Timeline): Relationship {
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
    const base = { startsAt, ...(agendaAt === undefined ? {} : { agendaAt }) };
    if (m.outcome === 'cancelled') {
      b.meeting(`m${i}`, {
        ...base,
        cancelledAt: hours(m.startDay, m.hour - m.cancelHoursBefore),
        cancelledBy: m.cancelledBy,
      });
    } else if (m.outcome === 'scheduled') {
      b.meeting(`m${i}`, base);
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

const nowArb = fc.integer({ min: -2 * 24, max: 110 * 24 }).map((h) => hours(0, h));
const roleArb = fc.constantFrom('mentor' as const, 'mentee' as const, 'admin' as const);
const runs = { numRuns: 150 };

describe('checklist properties', () => {
  it('reports are deterministic and never change their input', () => {
    fc.assert(
      fc.property(timelineArb, nowArb, roleArb, (t, now, role) => {
        const frozen = build(t);
        const input = structuredClone(frozen) as Relationship; // not frozen: a mutation would stick
        const before = JSON.stringify(input);
        const first = evaluateChecklist(input, { role, now, items: customItems });
        const second = evaluateChecklist(input, { role, now, items: customItems });
        const health = relationshipHealth(input, { now });
        programHealth([input, frozen], { now });
        expect(second).toEqual(first);
        expect(relationshipHealth(input, { now })).toEqual(health);
        expect(JSON.stringify(input)).toBe(before);
        expect(Object.isFrozen(first.items[0]?.evidence)).toBe(true);
      }),
      runs,
    );
  });

  it('moving now forward never turns a done item back to open', () => {
    fc.assert(
      fc.property(timelineArb, nowArb, nowArb, (t, a, b) => {
        const r = build(t);
        const [earlier, later] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const before = evaluateChecklist(r, { role: 'admin', now: earlier, items: customItems });
        const after = evaluateChecklist(r, { role: 'admin', now: later, items: customItems });
        before.items.forEach((item, index) => {
          if (item.status === 'done')
            expect([item.id, after.items[index]?.status]).not.toEqual([item.id, 'open']);
        });
      }),
      runs,
    );
  });

  it('lists every item once, counts completion from the items and sorts next actions by date', () => {
    fc.assert(
      fc.property(timelineArb, nowArb, roleArb, (t, now, role) => {
        const report = evaluateChecklist(build(t), { role, now });
        expect(report.items.map((i) => i.id)).toEqual(responsibilityCatalog.items.map((i) => i.id));
        for (const side of ['mentor', 'mentee'] as const) {
          const mine = report.items.filter(
            (i) =>
              i.status !== 'not-applicable' && (i.responsible === side || i.responsible === 'both'),
          );
          expect(report.completion[side].total).toBe(mine.length);
          expect(report.completion[side].done).toBe(mine.filter((i) => i.status === 'done').length);
        }
        const dated = report.nextActions
          .filter((a) => a.dueAt !== undefined)
          .map((a) => Date.parse(a.dueAt ?? ''));
        expect(dated).toEqual([...dated].sort((x, y) => x - y));
        for (const action of report.nextActions) {
          expect(
            role === 'admin' || action.responsible === 'both' || action.responsible === role,
          ).toBe(true);
        }
        for (const item of report.items) {
          if (item.status === 'not-applicable' || item.status === 'manual')
            expect(item.evidence).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('gives a health status that matches its strongest reason', () => {
    fc.assert(
      fc.property(timelineArb, nowArb, (t, now) => {
        const report = relationshipHealth(build(t), { now });
        const levels = report.reasons.map((r) => r.level);
        if (levels.includes('risk')) expect(report.status).toBe('at-risk');
        else if (levels.includes('check-in')) expect(report.status).toBe('needs-check-in');
        else expect(['too-early', 'on-track']).toContain(report.status);
      }),
      runs,
    );
  });
});
