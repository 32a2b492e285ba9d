import { describe, expect, it } from 'vitest';
import { programHealth, relationshipHealth } from '../../src/checklists';
import { formatMessage } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de';
import { InvalidOptionsError, type Relationship } from '../../src/model';
import { day, relationship } from './builder';

// Cadence 14 days: a check-in after 21 days without a meeting, at risk after 28.
const running = () =>
  relationship()
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
    .agreement(day(7, 19))
    .stage('cultivating', day(8))
    .progress('p1', day(9));

const health = (r: Relationship, now: string) => relationshipHealth(r, { now });
const codes = (report: ReturnType<typeof health>) =>
  report.reasons.map((r) => `${r.level}:${r.code}`);

describe('relationshipHealth along a timeline', () => {
  const r = running().build();

  it('is on track within 1.5 cadences of the last meeting', () => {
    const report = health(r, day(17));
    expect(report.status).toBe('on-track');
    expect(report.reasons).toEqual([]);
    expect(report.lastMeetingAt).toBe(day(7));
    expect(report.daysSinceLastMeeting).toBe(10);
  });

  it('needs a check-in after 1.5 cadences and is at risk after 2', () => {
    const checkIn = health(r, day(28));
    expect(checkIn.status).toBe('needs-check-in');
    expect(codes(checkIn)).toContain('check-in:meeting-gap');
    const gap = checkIn.reasons.find((reason) => reason.code === 'meeting-gap');
    expect(gap?.evidence).toEqual([{ kind: 'meeting', id: 'm1' }]);
    expect(gap?.message).toBe('No meeting held for 21 days (rhythm: every 14 days)');
    expect(gap && formatMessage(gap.messageKey, gap.params, de)).toBe(
      'Seit 21 Tagen kein Treffen (Rhythmus: alle 14 Tage)',
    );
    expect(health(r, day(27, 17)).status).toBe('on-track');
    const risk = health(r, day(35));
    expect(risk.status).toBe('at-risk');
    expect(codes(risk)[0]).toBe('risk:meeting-gap');
  });

  it('follows the agreement’s cadence and the programme’s', () => {
    const weekly = running().agreement(day(7, 20), { cadenceDays: 7 }).build();
    expect(health(weekly, day(18)).status).toBe('needs-check-in');
    const program = { id: 'career-starters', settings: { meetingCadenceDays: 30 } };
    const noAgreement = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), attendance: {} })
      .build();
    expect(relationshipHealth(noAgreement, { now: day(40), program }).status).toBe('on-track');
    expect(relationshipHealth(noAgreement, { now: day(40) }).status).toBe('at-risk');
  });

  it('reports follow-ups past their deadline', () => {
    const late = running()
      .meeting('m2', { startsAt: day(21), agendaAt: day(19), attendance: {} })
      .actionItem('a1', { createdAt: day(7, 19), meetingId: 'm1' })
      .build();
    const report = health(late, day(22));
    expect(report.status).toBe('needs-check-in');
    expect(report.reasons.find((reason) => reason.code === 'action-items-overdue')).toMatchObject({
      params: { count: 1 },
      evidence: [{ kind: 'action-item', id: 'a1' }],
    });
  });

  it('notes a missing agenda and needs a check-in when agendas keep missing', () => {
    const one = running()
      .meeting('m2', { startsAt: day(14), attendance: {} })
      .build();
    expect(codes(health(one, day(15)))).toEqual(['info:agenda-missing']);
    expect(health(one, day(15)).status).toBe('on-track');
    const two = running()
      .meeting('m2', { startsAt: day(14), attendance: {} })
      .meeting('m3', { startsAt: day(21), agendaAt: day(21, 12), attendance: {} })
      .build();
    const report = health(two, day(22));
    expect(report.status).toBe('needs-check-in');
    expect(report.reasons[0]?.evidence).toEqual([
      { kind: 'meeting', id: 'm2' },
      { kind: 'meeting', id: 'm3' },
    ]);
  });

  it('needs a check-in when no progress update came for 1.5 cadences', () => {
    const r2 = running()
      .meeting('m2', { startsAt: day(20), agendaAt: day(18), attendance: {} })
      .meeting('m3', { startsAt: day(30), agendaAt: day(28), attendance: {} })
      .build();
    const report = health(r2, day(31));
    expect(codes(report)).toEqual(['check-in:no-progress-update']);
    expect(report.reasons[0]?.evidence).toEqual([{ kind: 'progress-update', id: 'p1' }]);
  });

  it('is too early before the first meeting within a cadence of the start', () => {
    const fresh = relationship().build();
    expect(health(fresh, day(5)).status).toBe('too-early');
    expect(health(fresh, day(16)).status).toBe('on-track');
    expect(health(fresh, day(22)).status).toBe('needs-check-in');
  });

  it('flags a proposal waiting past half its term, and one past its expiry', () => {
    const proposed = relationship({ started: false, proposedAt: day(0, 9), ttlDays: 14 }).build();
    expect(health(proposed, day(3)).status).toBe('too-early');
    const waiting = health(proposed, day(8));
    expect(waiting.status).toBe('needs-check-in');
    expect(waiting.reasons[0]).toMatchObject({
      code: 'proposal-waiting',
      params: { days: 8, ttlDays: 14 },
    });
    expect(health(proposed, day(16)).reasons[0]).toMatchObject({
      code: 'proposal-past-expiry',
      level: 'risk',
    });
  });

  it('freezes the clock while paused, and notes the pause', () => {
    const paused = running().pause(day(10)).build();
    const report = health(paused, day(90));
    expect(report.status).toBe('on-track');
    expect(report.asOf).toBe(day(10));
    expect(codes(report)).toEqual(['info:paused']);
  });

  it('judges a closed relationship as of its closing, as closed and never at risk', () => {
    // No meeting after day 7, closed on day 40: 33 days without one would read "at risk".
    const ended = running().close('ended', day(40)).build();
    const report = health(ended, day(90));
    expect(report.asOf).toBe(day(40));
    expect(report.status).toBe('closed');
    expect(codes(report)).toEqual(['info:closed']);
    expect(report.reasons[0]?.message).toBe('No longer running (stage: Ended early)');
    expect(report.daysSinceLastMeeting).toBe(33);
    const completed = running().close('completed', day(40)).build();
    expect(health(completed, day(40)).status).toBe('closed');
    expect(health(completed, day(40)).reasons[0]?.params).toEqual({
      stage: { key: 'stage.completed' },
    });
    const declined = relationship({ started: false }).setStage('declined').build();
    expect(health(declined, day(3)).status).toBe('closed');
    expect(health(declined, day(3)).reasons[0]?.message).toBe(
      'No longer running (stage: Declined)',
    );
  });

  it('renders reasons in German', () => {
    const report = relationshipHealth(r, { now: day(35), locale: de });
    expect(report.reasons[0]?.message).toBe('Seit 28 Tagen kein Treffen (Rhythmus: alle 14 Tage)');
  });

  it('rejects a malformed now', () => {
    expect(() => health(r, 'soon')).toThrow(InvalidOptionsError);
    expect(() => programHealth([], { now: 'soon' })).toThrow(InvalidOptionsError);
  });
});

describe('programHealth', () => {
  it('counts by status, keeps closed ones apart and lists those at risk, longest gap first', () => {
    const relationships = [
      running().build(), // last meeting day 7
      relationship({ id: 'rel-2', proposedAt: day(-40), startedAt: day(-39) })
        .stage('initiating', day(-30))
        .meeting('m1', { startsAt: day(-20), attendance: {} })
        .build(),
      relationship({ id: 'rel-3', proposedAt: day(-31), startedAt: day(-30) })
        .stage('initiating', day(-20))
        .meeting('m1', { startsAt: day(-10), attendance: {} })
        .build(),
      relationship({ id: 'rel-4', started: false, proposedAt: day(16) }).build(),
      relationship({ id: 'rel-5' }).close('ended', day(5)).build(),
      relationship({ id: 'rel-6' }).stage('initiating', day(3)).build(),
    ];
    const overview = programHealth(relationships, { now: day(17) });
    expect(overview.total).toBe(6);
    expect(overview.counts).toEqual({
      'too-early': 1,
      'on-track': 2,
      'needs-check-in': 1,
      'at-risk': 1,
      closed: 1,
    });
    expect(overview.failed).toEqual([]);
    expect(overview.atRisk.map((report) => report.relationshipId)).toEqual(['rel-2']);
    expect(overview.needsCheckIn.map((report) => report.relationshipId)).toEqual(['rel-3']);
    const later = programHealth(relationships, { now: day(28) });
    expect(later.atRisk.map((report) => report.relationshipId)).toEqual([
      'rel-2',
      'rel-3',
      'rel-6',
    ]);
    expect(later.needsCheckIn.map((report) => report.relationshipId)).toEqual(['rel-1', 'rel-4']);
  });
});
