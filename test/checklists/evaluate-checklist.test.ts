import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../src/checklists';
import { de } from '../../src/i18n/locales/de';
import { InvalidOptionsError, parseRelationship, type Relationship } from '../../src/model';
import { day, type RelationshipBuilder, relationship } from './builder';
import { item, summary } from './helpers';

/** Prepared, initiated at day 3, first meeting day 7, cultivating from day 8, cadence 14 days. */
function cultivating(): RelationshipBuilder {
  return relationship()
    .selfInventory('mentee', day(1))
    .selfInventory('mentor', day(2))
    .goal('g1', day(2), [{ id: 's1' }, { id: 's2' }])
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
    .agreement(day(7, 19))
    .stage('cultivating', day(8));
}

/** `event:<id>` of the history events of these types, in history order, one per type given. */
function eventIds(r: Relationship, ...types: string[]): string[] {
  const remaining = [...types];
  const ids: string[] = [];
  for (const event of r.history) {
    const index = remaining.indexOf(event.type);
    if (index >= 0) {
      remaining.splice(index, 1);
      ids.push(`event:${event.id}`);
    }
  }
  return ids;
}

const at = (
  r: Relationship,
  now: string,
  extra: Partial<Parameters<typeof evaluateChecklist>[1]> = {},
) => evaluateChecklist(r, { role: 'mentee', now, ...extra });

describe('agenda before each meeting (lead time)', () => {
  it('is due before the deadline, overdue after it, and points at the meeting', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21) })
      .build();
    expect(summary(at(r, day(19)), 'mentee.send-agenda')).toEqual({
      status: 'due',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });
    expect(summary(at(r, day(20, 20)), 'mentee.send-agenda')).toEqual({
      status: 'overdue',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });
  });

  it('does not count an agenda sent later than the lead time', () => {
    const late = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(21, 10) })
      .build();
    expect(at(late, day(21, 12)).items.find((i) => i.id === 'mentee.send-agenda')?.status).toBe(
      'overdue',
    );
    // … and still not after the meeting took place
    const lateHeld = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(21, 10), attendance: {} })
      .build();
    expect(summary(at(lateHeld, day(23)), 'mentee.send-agenda').status).toBe('overdue');
  });

  it('counts an agenda sent in time, and follows the programme lead time', () => {
    const inTime = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(20, 12) })
      .build();
    expect(summary(at(inTime, day(20, 13)), 'mentee.send-agenda')).toEqual({
      status: 'done',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });
    const late = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(21, 10) })
      .build();
    const program = { id: 'career-starters', settings: { agendaLeadTimeHours: 6 } };
    expect(summary(at(late, day(21, 12), { program }), 'mentee.send-agenda').status).toBe('done');
  });

  it('is open before any meeting exists', () => {
    const r = relationship().stage('initiating', day(3)).build();
    expect(summary(at(r, day(4)), 'mentee.send-agenda').status).toBe('open');
  });
});

describe('on time and prepared (grace minutes)', () => {
  const withLateness = (minutesLate: number, prepared?: boolean) =>
    cultivating()
      .meeting('m2', {
        startsAt: day(21),
        agendaAt: day(19),
        attendance: {
          mentee: prepared === undefined ? { minutesLate } : { minutesLate, prepared },
        },
      })
      .build();

  it('allows the grace minutes and not more', () => {
    expect(summary(at(withLateness(5), day(22)), 'mentee.be-punctual-prepared')).toEqual({
      status: 'done',
      dueAt: day(21),
      evidence: ['meeting:m2'],
    });
    expect(summary(at(withLateness(10), day(22)), 'mentee.be-punctual-prepared').status).toBe(
      'overdue',
    );
    const program = { id: 'career-starters', settings: { punctualityGraceMinutes: 15 } };
    expect(
      summary(at(withLateness(10), day(22), { program }), 'mentee.be-punctual-prepared').status,
    ).toBe('done');
  });

  it('requires being prepared when it was recorded', () => {
    expect(summary(at(withLateness(0, false), day(22)), 'mentee.be-punctual-prepared').status).toBe(
      'overdue',
    );
    expect(summary(at(withLateness(0, true), day(22)), 'mentee.be-punctual-prepared').status).toBe(
      'done',
    );
  });

  it('is due for the next meeting before any was recorded', () => {
    const r = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7) })
      .build();
    expect(summary(at(r, day(4)), 'mentee.be-punctual-prepared')).toEqual({
      status: 'due',
      dueAt: day(7),
      evidence: ['meeting:m1'],
    });
  });
});

describe('follow-up tasks by the next meeting', () => {
  const base = () => cultivating().meeting('m2', { startsAt: day(21) });

  it('is due until the next meeting begins, then overdue', () => {
    const r = base()
      .actionItem('a1', { createdAt: day(7, 19), meetingId: 'm1' })
      .build();
    expect(summary(at(r, day(15)), 'mentee.finish-follow-ups')).toEqual({
      status: 'due',
      dueAt: day(21),
      evidence: ['action-item:a1'],
    });
    expect(summary(at(r, day(22)), 'mentee.finish-follow-ups')).toEqual({
      status: 'overdue',
      dueAt: day(21),
      evidence: ['action-item:a1'],
    });
  });

  it('counts a task finished before the meeting, not one finished after it began', () => {
    const onTime = base()
      .actionItem('a1', { createdAt: day(7, 19), completedAt: day(20) })
      .build();
    expect(summary(at(onTime, day(22)), 'mentee.finish-follow-ups')).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: ['action-item:a1'],
    });
    const missed = base()
      .actionItem('a1', { createdAt: day(7, 19), completedAt: day(21, 19) })
      .build();
    expect(summary(at(missed, day(22)), 'mentee.finish-follow-ups')).toEqual({
      status: 'overdue',
      dueAt: day(21),
      evidence: ['action-item:a1'],
    });
    // the miss weighs for one cadence after its deadline; afterwards nothing is pending
    expect(summary(at(missed, day(36)), 'mentee.finish-follow-ups').status).toBe('open');
  });

  it('uses an explicit due date, ignores dropped tasks and the mentor’s tasks', () => {
    const r = base()
      .actionItem('a1', { createdAt: day(7, 19), dueAt: day(30) })
      .actionItem('a2', { createdAt: day(7, 19), dropped: true })
      .actionItem('a3', { createdAt: day(7, 19), assignee: 'mentor' })
      .build();
    expect(summary(at(r, day(25)), 'mentee.finish-follow-ups')).toEqual({
      status: 'due',
      dueAt: day(30),
      evidence: ['action-item:a1'],
    });
  });

  it('is open while no next meeting is planned', () => {
    const r = cultivating()
      .actionItem('a1', { createdAt: day(7, 19) })
      .build();
    expect(summary(at(r, day(10)), 'mentee.finish-follow-ups')).toEqual({
      status: 'open',
      dueAt: undefined,
      evidence: ['action-item:a1'],
    });
  });
});

describe('a cancelled meeting, with and without notice', () => {
  it('respects the mentor’s time only with the programme notice', () => {
    const withNotice = cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: day(19), cancelledBy: 'mentee' })
      .build();
    expect(summary(at(withNotice, day(20)), 'mentee.respect-mentor-time')).toEqual({
      status: 'done',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });
    const shortNotice = cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: day(21, 10), cancelledBy: 'mentee' })
      .build();
    expect(summary(at(shortNotice, day(21, 11)), 'mentee.respect-mentor-time')).toEqual({
      status: 'overdue',
      dueAt: day(20),
      evidence: ['meeting:m2'],
    });
    const program = { id: 'career-starters', settings: { cancellationNoticeHours: 4 } };
    expect(
      summary(at(shortNotice, day(21, 11), { program }), 'mentee.respect-mentor-time').status,
    ).toBe('done');
  });

  it('heals with the next meeting attended', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: day(21, 10), cancelledBy: 'mentee' })
      .meeting('m3', { startsAt: day(24), agendaAt: day(22), attendance: {} })
      .build();
    expect(summary(at(r, day(22)), 'mentee.respect-mentor-time').status).toBe('overdue');
    expect(summary(at(r, day(25)), 'mentee.respect-mentor-time')).toMatchObject({
      status: 'done',
      evidence: ['meeting:m3'],
    });
  });

  it('counts a mentor’s short-notice cancellation against showing up, not one with notice', () => {
    const short = cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: day(21, 12), cancelledBy: 'mentor' })
      .build();
    expect(summary(at(short, day(22)), 'mentor.attend-meetings')).toMatchObject({
      status: 'overdue',
      evidence: ['meeting:m2'],
    });
    const withNotice = cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: day(15), cancelledBy: 'mentor' })
      .build();
    expect(summary(at(withNotice, day(22)), 'mentor.attend-meetings')).toMatchObject({
      status: 'done',
      evidence: ['meeting:m1'],
    });
    // a mentee's cancellation says nothing about the mentor
    expect(summary(at(withNotice, day(22)), 'mentee.respect-mentor-time').evidence).toEqual([
      'meeting:m1',
    ]);
  });

  it('marks the mentor absent from a missed meeting', () => {
    const r = cultivating()
      .meeting('m2', {
        startsAt: day(21),
        held: false,
        attendance: { mentor: { present: false }, mentee: { present: true } },
      })
      .build();
    expect(summary(at(r, day(22)), 'mentor.attend-meetings').status).toBe('overdue');
    expect(summary(at(r, day(22)), 'mentee.respect-mentor-time').status).toBe('done');
  });
});

describe('once per cadence period: progress updates, feedback requests, the mentor’s feedback', () => {
  // Periods start with cultivation on day 8: [8, 22), [22, 36), [36, 50) …
  const r = cultivating()
    .progress('p1', day(12))
    .feedbackRequest('fr1', day(13))
    .feedback('f1', day(14))
    .feedback('f2', day(15), 'mentor', 'praise', 'private')
    .acknowledge('f1', day(15))
    .build();

  it('is done in the period it happened in', () => {
    const report = at(r, day(15));
    expect(summary(report, 'mentee.report-progress')).toEqual({
      status: 'done',
      dueAt: day(22),
      evidence: ['progress-update:p1'],
    });
    expect(summary(report, 'mentee.seek-feedback')).toEqual({
      status: 'done',
      dueAt: day(22),
      evidence: ['feedback-request:fr1', 'feedback:f1'],
    });
    expect(summary(report, 'mentor.give-advice-feedback')).toEqual({
      status: 'done',
      dueAt: day(22),
      evidence: ['feedback:f1'],
    });
  });

  it('falls due again in the next period and is overdue once a period passed without it', () => {
    expect(summary(at(r, day(25)), 'mentee.report-progress')).toEqual({
      status: 'due',
      dueAt: day(36),
      evidence: [],
    });
    expect(summary(at(r, day(37)), 'mentee.report-progress')).toEqual({
      status: 'overdue',
      dueAt: day(36),
      evidence: [],
    });
  });

  it('does not count private feedback as feedback given to the mentee', () => {
    const onlyPrivate = cultivating()
      .feedback('f2', day(15), 'mentor', 'praise', 'private')
      .build();
    expect(summary(at(onlyPrivate, day(16)), 'mentor.give-advice-feedback').status).toBe('due');
  });

  it('restarts the periods when a paused relationship resumes', () => {
    const resumed = cultivating().progress('p1', day(12)).pause(day(14)).resume(day(60)).build();
    expect(summary(at(resumed, day(61)), 'mentee.report-progress')).toEqual({
      status: 'due',
      dueAt: day(74),
      evidence: [],
    });
  });
});

describe('meetings at the agreed cadence', () => {
  it('uses the agreement’s cadence over the programme’s', () => {
    const weekly = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), attendance: {} })
      .agreement(day(7, 19), { cadenceDays: 7 })
      .stage('cultivating', day(8))
      .build();
    expect(at(weekly, day(10)).cadenceDays).toBe(7);
    expect(summary(at(weekly, day(10)), 'cultivate.regular-meetings')).toEqual({
      status: 'done',
      dueAt: day(14),
      evidence: ['meeting:m1'],
    });
    expect(summary(at(weekly, day(15)), 'cultivate.regular-meetings')).toMatchObject({
      status: 'overdue',
      dueAt: day(15),
    });
    expect(summary(at(weekly, day(15)), 'mentee.set-meeting-dates')).toMatchObject({
      status: 'overdue',
      dueAt: day(14),
    });
  });

  it('is done for setting dates while the next meeting is in the calendar', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21) })
      .build();
    expect(summary(at(r, day(10)), 'mentee.set-meeting-dates')).toEqual({
      status: 'done',
      dueAt: day(21),
      evidence: ['meeting:m2'],
    });
    expect(summary(at(cultivating().build(), day(10)), 'mentee.set-meeting-dates')).toEqual({
      status: 'due',
      dueAt: day(21),
      evidence: [],
    });
  });
});

describe('stage checklists', () => {
  it('are not applicable before their stage and open during it', () => {
    const preparing = relationship().build();
    const report = at(preparing, day(1));
    expect(summary(report, 'prepare.goal').status).toBe('open');
    expect(summary(report, 'initiate.first-meeting').status).toBe('not-applicable');
    expect(summary(report, 'cultivate.regular-meetings').status).toBe('not-applicable');
  });

  it('turn overdue once their stage ended without them, due when the next stage began', () => {
    const r = relationship().selfInventory('mentee', day(1)).stage('initiating', day(3)).build();
    expect(summary(at(r, day(4)), 'prepare.self-inventory')).toEqual({
      status: 'overdue',
      dueAt: day(3),
      evidence: [],
    });
    expect(summary(at(r, day(4)), 'prepare.goal')).toMatchObject({
      status: 'overdue',
      dueAt: day(3),
    });
    expect(summary(at(r, day(4)), 'mentee.define-goals-plan')).toMatchObject({
      status: 'overdue',
      dueAt: day(3),
    });
  });

  it('point at the events and entities behind them', () => {
    const r = cultivating().build();
    const report = at(r, day(9));
    expect(summary(report, 'prepare.self-inventory')).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: eventIds(r, 'record-self-inventory', 'record-self-inventory'),
    });
    expect(summary(report, 'prepare.plan').evidence).toEqual([
      'goal:g1',
      'plan-step:s1',
      'plan-step:s2',
    ]);
    expect(summary(report, 'initiate.first-meeting').evidence).toEqual(['meeting:m1']);
    expect(summary(report, 'initiate.expectations').evidence).toEqual(
      eventIds(r, 'record-agreement', 'accept-agreement'),
    );
  });

  it('need the agreement accepted by both sides', () => {
    const r = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), attendance: {} })
      .agreement(day(7, 19), { acceptedByMentor: false })
      .build();
    expect(summary(at(r, day(8)), 'initiate.ground-rules').status).toBe('open');
    expect(summary(at(r, day(8)), 'initiate.first-meeting').status).toBe('done');
  });

  it('need wants and offers from both sides and both directions of feedback', () => {
    const r = relationship()
      .selfInventory('mentee', day(1))
      .selfInventory('mentor', day(1), false)
      .build();
    expect(summary(at(r, day(2)), 'prepare.self-inventory').status).toBe('done');
    expect(summary(at(r, day(2)), 'prepare.wants-offers').status).toBe('open');
    const oneWay = cultivating().feedback('f1', day(10)).build();
    expect(summary(at(oneWay, day(11)), 'cultivate.feedback-exchanged').status).toBe('open');
    const bothWays = cultivating()
      .feedback('f1', day(10))
      .feedback('f2', day(11), 'mentee', 'general')
      .build();
    expect(summary(at(bothWays, day(12)), 'cultivate.feedback-exchanged')).toMatchObject({
      status: 'done',
      evidence: ['feedback:f1', 'feedback:f2'],
    });
  });

  it('judges the evaluation stage from the evaluations of the current cycle', () => {
    const evaluating = cultivating().goal('g2', day(9)).stage('evaluating', day(40)).build();
    expect(summary(at(evaluating, day(41)), 'evaluate.next-step-decided').status).toBe('open');
    const partly = cultivating()
      .goal('g2', day(9))
      .stage('evaluating', day(40))
      .evaluation('ev1', day(41), ['g1'])
      .build();
    expect(summary(at(partly, day(42)), 'evaluate.goals-assessed')).toEqual({
      status: 'open',
      dueAt: undefined,
      evidence: ['evaluation:ev1'],
    });
    expect(summary(at(partly, day(42)), 'evaluate.growth-measured').status).toBe('done');
    const full = cultivating()
      .goal('g2', day(9))
      .stage('evaluating', day(40))
      .evaluation('ev1', day(41))
      .build();
    expect(summary(at(full, day(42)), 'evaluate.goals-assessed').status).toBe('done');
    expect(summary(at(full, day(42)), 'evaluate.next-step-decided').evidence).toEqual([
      'evaluation:ev1',
    ]);
  });

  it('judge a past stage’s recurring item as it stood when the stage ended', () => {
    const r = cultivating().stage('evaluating', day(30)).build();
    // No meeting after m1 (day 7): by day 30 cultivation had gone 22 days without one.
    expect(summary(at(r, day(31)), 'cultivate.regular-meetings')).toMatchObject({
      status: 'overdue',
      dueAt: day(22),
    });
  });
});

describe('mentor duties', () => {
  it('count challenges and tasks the mentor set as holding the mentee accountable', () => {
    expect(summary(at(cultivating().build(), day(9)), 'mentor.hold-accountable').status).toBe(
      'open',
    );
    const r = cultivating()
      .feedback('f1', day(10), 'mentor', 'challenge')
      .actionItem('a1', { createdAt: day(7, 19) })
      .build();
    expect(summary(at(r, day(11)), 'mentor.hold-accountable').evidence).toEqual([
      'feedback:f1',
      'action-item:a1',
    ]);
  });

  it('leave manual items manual until attested, then point at the attestation', () => {
    const before = at(cultivating().build(), day(9));
    expect(summary(before, 'mentor.keep-confidentiality')).toEqual({
      status: 'manual',
      dueAt: undefined,
      evidence: [],
    });
    const r = cultivating().attest('mentor.keep-confidentiality', day(10), 'mentor').build();
    expect(summary(at(r, day(11)), 'mentor.keep-confidentiality')).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: eventIds(r, 'attest-checklist-item'),
    });
    expect(summary(at(r, day(11)), 'mentor.share-and-listen').status).toBe('manual');
  });

  it('do not take the mentee’s word for the mentor’s manual duty: it stays manual, covered', () => {
    const r = cultivating().attest('mentor.keep-confidentiality', day(10), 'mentee').build();
    const found = item(at(r, day(11)), 'mentor.keep-confidentiality');
    expect(found.status).toBe('manual');
    expect(found.coveredBy?.role).toBe('mentee');
    expect(found.coveredBy?.evidence.map((e) => `${e.kind}:${e.id}`)).toEqual(
      eventIds(r, 'attest-checklist-item'),
    );
  });
});

describe('the report', () => {
  const r = cultivating()
    .meeting('m2', { startsAt: day(21) })
    .actionItem('a1', { createdAt: day(7, 19), meetingId: 'm1' })
    .build();

  it('lists the viewer’s next actions, soonest deadline first', () => {
    const report = at(r, day(19));
    expect(report.nextActions.slice(0, 3).map((a) => [a.id, a.status, a.dueAt])).toEqual([
      ['mentee.send-agenda', 'due', day(20)],
      ['mentee.finish-follow-ups', 'due', day(21)],
      ['mentee.report-progress', 'due', day(22)],
    ]);
    const dates = report.nextActions.map((a) => a.dueAt).filter((d) => d !== undefined);
    expect([...dates].sort()).toEqual(dates);
    expect(report.nextActions.every((a) => a.responsible !== 'mentor')).toBe(true);
    expect(report.nextActions.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'mentee.send-agenda',
        'mentee.finish-follow-ups',
        'mentee.report-progress',
      ]),
    );
    const forMentor = evaluateChecklist(r, { role: 'mentor', now: day(19) });
    expect(forMentor.nextActions.map((a) => a.id)).toContain('mentor.give-advice-feedback');
    expect(forMentor.nextActions.map((a) => a.id)).not.toContain('mentee.send-agenda');
    const forAdmin = evaluateChecklist(r, { role: 'admin', now: day(19) });
    expect(forAdmin.nextActions.length).toBe(
      new Set([...report.nextActions, ...forMentor.nextActions].map((a) => a.id)).size,
    );
  });

  it('puts overdue items without a date first and open ones without a date last', () => {
    const r2 = relationship().selfInventory('mentee', day(1)).stage('initiating', day(3)).build();
    const ids = at(r2, day(4)).nextActions.map((a) => `${a.status}:${a.dueAt ?? '-'}`);
    expect(ids[0]).toBe(`overdue:${day(3)}`);
    expect(ids.at(-1)).toBe('open:-');
  });

  it('counts completion per side, shared items for both', () => {
    const report = at(r, day(19));
    const applicable = (side: 'mentor' | 'mentee') =>
      report.items.filter(
        (i) =>
          i.status !== 'not-applicable' && (i.responsible === side || i.responsible === 'both'),
      );
    for (const side of ['mentor', 'mentee'] as const) {
      const expected = applicable(side);
      const done = expected.filter((i) => i.status === 'done').length;
      const due = expected.filter((i) => i.status === 'done' || i.status === 'overdue').length;
      expect(report.completion[side]).toEqual({
        done,
        due,
        total: expected.length,
        doneOfDue: done / due,
        doneOfAll: done / expected.length,
      });
    }
  });

  it('labels items in the chosen language', () => {
    const german = at(r, day(19), { locale: de });
    expect(item(german, 'mentee.send-agenda').label).toBe('Agenda vor dem Termin senden');
    expect(german.locale).toBe('de');
    expect(item(at(r, day(19)), 'mentee.send-agenda').label).toBe(
      'Send an agenda ahead of each meeting',
    );
  });

  it('has nothing applicable before the relationship starts', () => {
    const proposed = relationship({ started: false }).build();
    const report = at(proposed, day(0));
    expect(report.items.every((i) => i.status === 'not-applicable')).toBe(true);
    // Nothing to measure yet: no ratio at all, rather than a "100 %" for a fresh proposal.
    expect(report.completion.mentee).toEqual({ done: 0, due: 0, total: 0 });
    expect('doneOfAll' in report.completion.mentee).toBe(false);
    expect(report.nextActions).toEqual([]);
  });

  it('stands still while paused and after closing, with no next actions once closed', () => {
    const paused = cultivating().progress('p1', day(12)).pause(day(14)).build();
    const report = at(paused, day(90));
    expect(report.asOf).toBe(day(14));
    expect(summary(report, 'mentee.report-progress')).toMatchObject({
      status: 'done',
      dueAt: day(22),
    });
    const closed = cultivating()
      .stage('evaluating', day(30))
      .evaluation('ev1', day(31))
      .close('completed', day(32))
      .build();
    const closedReport = at(closed, day(90));
    expect(closedReport.asOf).toBe(day(32));
    expect(closedReport.nextActions).toEqual([]);
    expect(summary(closedReport, 'evaluate.next-step-decided').status).toBe('done');
    const ended = cultivating().close('ended', day(20)).build();
    expect(summary(at(ended, day(40)), 'mentee.report-progress').status).toBe('due');
  });

  it('rejects a malformed now as a programmer error, naming the option', () => {
    expect(() => at(r, '2026-03-01')).toThrow(InvalidOptionsError);
    expect(() => at(r, 'yesterday')).toThrow(expect.objectContaining({ code: 'invalid_options' }));
    try {
      at(r, '2026-03-01T09:00:00');
    } catch (error) {
      expect(
        (error as InvalidOptionsError).issues.map((issue) => [issue.path, issue.code]),
      ).toEqual([[['now'], 'invalid_timestamp']]);
    }
  });
});

describe('edge cases of stage and time', () => {
  it('starts the checklists again in a new cycle', () => {
    const second = cultivating()
      .stage('evaluating', day(40))
      .evaluation('ev1', day(41))
      .nextCycle(day(42), 'g2')
      .build();
    const report = at(second, day(43));
    expect(report.cycle).toBe(2);
    expect(summary(report, 'prepare.goal')).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: ['goal:g2'],
    });
    expect(summary(report, 'prepare.plan').status).toBe('open');
    expect(summary(report, 'evaluate.next-step-decided').status).toBe('not-applicable');
    // the agreement and inventories of the first cycle still stand
    expect(summary(report, 'prepare.self-inventory').status).toBe('done');
  });

  it('finds the cultivation start from the first meeting held when the stage event is missing', () => {
    const r = cultivating().progress('p1', day(12)).withoutEvents('begin-cultivation').build();
    // periods now start at the first meeting (day 7): [7, 21)
    expect(summary(at(r, day(15)), 'mentee.report-progress')).toEqual({
      status: 'done',
      dueAt: day(21),
      evidence: ['progress-update:p1'],
    });
  });

  it('knows the last stage of an ended relationship from its history', () => {
    const ended = cultivating().close('ended', day(20)).build();
    expect(summary(at(ended, day(21)), 'cultivate.regular-meetings').status).not.toBe(
      'not-applicable',
    );
    const endedEarly = relationship().withoutEvents('accept').close('ended', day(2)).build();
    expect(summary(at(endedEarly, day(3)), 'prepare.goal').status).toBe('open');
    expect(at(endedEarly, day(3)).nextActions).toEqual([]);
    const neverStarted = relationship({ started: false }).close('ended', day(2)).build();
    expect(at(neverStarted, day(3)).items.every((i) => i.status === 'not-applicable')).toBe(true);
  });

  it('reads a paused relationship without pause details from its history', () => {
    const r = cultivating().setStage('paused').build();
    expect(summary(at(r, day(9)), 'cultivate.regular-meetings').status).toBe('done');
  });

  it('uses the relationship start when the stage event is missing', () => {
    const r = relationship()
      .stage('cultivating', day(3))
      .withoutEvents('begin-cultivation')
      .build();
    expect(summary(at(r, day(4)), 'mentee.report-progress')).toMatchObject({
      status: 'due',
      dueAt: day(14, 9),
    });
  });
});

describe('documents without a history', () => {
  it('point at the records themselves when no event recorded them', () => {
    const full = cultivating().attest('mentor.keep-confidentiality', day(9), 'mentor').build();
    const bare = parseRelationship({ ...full, history: [] });
    if (!bare.ok) throw new Error('invalid');
    const report = at(bare.value, day(10));
    expect(summary(report, 'prepare.self-inventory').evidence).toEqual([
      'self-inventory:mentee',
      'self-inventory:mentor',
    ]);
    expect(summary(report, 'initiate.expectations').evidence).toEqual(['agreement:agreement']);
    expect(summary(report, 'mentor.keep-confidentiality').evidence).toEqual([
      'attestation:mentor.keep-confidentiality',
    ]);
    // without stage events, cultivation is taken to start with the first meeting held
    expect(summary(report, 'mentee.report-progress')).toMatchObject({
      status: 'due',
      dueAt: day(21),
    });
  });
});

describe('options', () => {
  it('renders a tag without a locale pack in English, and refuses a locale that is neither', () => {
    const r = relationship().build();
    const french = evaluateChecklist(r, { role: 'mentee', now: day(1), locale: 'fr' });
    expect(french.locale).toBe('en');
    expect(item(french, 'prepare.goal').label).toBe('Name one clear goal');
    expect(() =>
      evaluateChecklist(r, { role: 'mentee', now: day(1), locale: 42 as unknown as string }),
    ).toThrow(InvalidOptionsError);
  });
});
