// programReport's waitlist figures (from `waitlist`) and health over time
// (each relationship as its records stood at each month's end).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  type EnrolmentFields,
  InvalidOptionsError,
  programReport,
  type Relationship,
  relationshipHealth,
  waitlist,
} from '../../src/index';
import { day, relationship } from '../checklists/builder';
import { build, timelineArb } from '../checklists/timeline';

const program = { id: 'career-starters', settings: { waitlistPriorities: ['rematch'] } };

function enrolment(
  personId: string,
  side: 'mentor' | 'mentee',
  status: EnrolmentFields['status'],
  extra: Partial<EnrolmentFields> = {},
): EnrolmentFields {
  return {
    schemaVersion: 1,
    id: `enr-${personId}`,
    programId: 'career-starters',
    personId,
    side,
    status,
    appliedAt: '2026-02-10T10:00:00+01:00',
    ...extra,
  };
}

const enrolments: EnrolmentFields[] = [
  enrolment('kim', 'mentee', 'waitlisted', { roundId: 'spring', waitingSince: day(10) }),
  enrolment('lea', 'mentee', 'waitlisted', { roundId: 'spring', priorityFlags: ['rematch'] }),
  enrolment('max', 'mentor', 'waitlisted', { roundId: 'autumn', waitingSince: day(40) }),
  enrolment('noa', 'mentee', 'ready', { roundId: 'spring' }),
  enrolment('ola', 'mentee', 'active', { roundId: 'spring' }),
];

/** The standard cohort, and how each relationship's records stood at a moment. */
const r1 = () =>
  relationship({ id: 'r1' })
    .stage('initiating', day(1))
    .stage('cultivating', day(2))
    .meeting('m1', { startsAt: day(3), held: true })
    .meeting('m2', { startsAt: day(17), held: true });
const r2 = (until: number) => {
  const b = relationship({ id: 'r2' }).goal('g1', day(1)).goal('g2', day(1));
  if (until >= 40) b.meeting('m1', { startsAt: day(40), held: true });
  if (until >= 50) b.evaluation('ev1', day(50));
  if (until >= 60) b.close('completed', day(60));
  return b;
};
const r3 = () => relationship({ id: 'r3' }).close('ended', day(20));
const r4 = () => relationship({ id: 'r4', started: false });
const r5 = () => relationship({ id: 'r5', started: false }).setStage('declined');

function cohort(): Relationship[] {
  return [r1().build(), r2(99).build(), r3().build(), r4().build(), r5().build()];
}

describe('programReport: waitlist', () => {
  it('reports the waitlist as waitlist() counts it, for the programme and per round', () => {
    const now = day(70);
    const report = programReport(cohort(), {
      now,
      program,
      enrolments,
      rounds: [
        { id: 'spring', relationshipIds: ['r1'] },
        { id: 'winter', relationshipIds: ['r2'] },
      ],
    });
    expect(report.programme.waitlist).toEqual(waitlist(program, { enrolments, now }).figures);
    expect(report.programme.waitlist).toMatchObject({
      length: 3,
      mentors: 1,
      mentees: 2,
      byPriority: [{ flag: 'rematch', count: 1 }],
      longestWaitingDays: 90.38, // lea, waiting since she applied (10 Feb, 10:00 CET)
    });
    const [spring, winter] = report.rounds;
    expect(spring?.waitlist).toEqual(
      waitlist(program, { enrolments, now, roundId: 'spring' }).figures,
    );
    expect(spring?.waitlist?.length).toBe(2);
    expect(winter?.waitlist).toMatchObject({ length: 0, mentors: 0, mentees: 0 });
    expect(winter?.waitlist?.medianWaitingDays).toBeUndefined();
    expect(report.failedEnrolments).toEqual([]);
  });

  it('writes waitlist rows in the locale, and lists bad enrolments without throwing', () => {
    const report = programReport(cohort(), {
      now: day(70),
      program,
      enrolments: [
        ...enrolments,
        { id: 'broken' } as never,
        enrolment('zoe', 'mentee', 'ready', { programId: 'other' }),
      ],
      locale: de,
    });
    expect(report.failedEnrolments.map((f) => f.index)).toEqual([5, 6]);
    const rows = report.rows.filter((row) => String(row[2]).startsWith('waitlist'));
    expect(rows.map((row) => [row[2], row[3], row[5]])).toEqual([
      ['waitlist_length', '', 3],
      ['waitlist_mentors', '', 1],
      ['waitlist_mentees', '', 2],
      ['waitlist_paused', '', 0],
      ['waitlist_priority', 'rematch', 1],
      ['waitlist_median_days', '', report.programme.waitlist?.medianWaitingDays ?? ''],
      ['waitlist_longest_days', '', 90.38],
    ]);
    expect(rows[0]?.[4]).toBe('Personen auf der Warteliste');
    expect(rows[4]?.[4]).toBe('Personen auf der Warteliste mit Vorrang „rematch“');
    const failedRow = report.rows.find((row) => row[2] === 'failed_enrolments');
    expect(failedRow?.[5]).toBe(2);
  });

  it('has no waitlist figures or rows without enrolments', () => {
    const report = programReport(cohort(), { now: day(70), program });
    expect('waitlist' in report.programme).toBe(false);
    expect(report.rows.some((row) => String(row[2]).startsWith('waitlist'))).toBe(false);
    expect(report.rows.some((row) => row[2] === 'failed_enrolments')).toBe(false);
  });
});

describe('programReport: health over time', () => {
  it('judges each relationship as its records stood at each month’s end', () => {
    const now = day(70); // 2026-05-11, written in UTC: months are UTC months
    const report = programReport(cohort(), { now, program });
    const ends = {
      '2026-03': { at: '2026-03-31T23:59:59.999Z', r2: r2(29) },
      '2026-04': { at: '2026-04-30T23:59:59.999Z', r2: r2(59) },
      '2026-05': { at: now, r2: r2(99) },
    };
    const expected = Object.entries(ends).map(([month, { at, r2: twin }]) => {
      const health = {
        'too-early': 0,
        'on-track': 0,
        'needs-check-in': 0,
        'at-risk': 0,
        closed: 0,
      };
      for (const r of [r1(), twin, r3(), r4(), r5()]) {
        health[relationshipHealth(r.build(), { now: at, program }).status]++;
      }
      return { month, health };
    });
    expect(report.programme.healthByMonth).toEqual(expected);
    expect(report.programme.healthByMonth.at(-1)?.health).toEqual(report.programme.health);
    // r2 was open in March and April and closed in May
    expect(expected.map((m) => m.health.closed)).toEqual([2, 2, 3]);
  });

  it('uses the programme’s calendar months and keeps the last healthMonths', () => {
    const relationships = cohort();
    // (month boundaries in the zone: test/program/month-moments.test.ts)
    const berlin = programReport(relationships, {
      now: day(70),
      program: { id: 'career-starters', timeZone: 'Europe/Berlin' },
    });
    expect(berlin.programme.healthByMonth.map((m) => m.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    const two = programReport(relationships, { now: day(70), program, healthMonths: 2 });
    expect(two.programme.healthByMonth.map((m) => m.month)).toEqual(['2026-04', '2026-05']);
    const rows = two.rows.filter((row) => row[2] === 'health_in_month');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.slice(2, 4)).toEqual(['health_in_month', '2026-04/too-early']);
    const german = programReport(relationships, { now: day(70), program, locale: de });
    const row = german.rows.find((r) => r[2] === 'health_in_month' && r[3] === '2026-05/closed');
    expect(row?.[4]).toBe('Zustand im 2026-05: abgeschlossen');
    expect(() => programReport(relationships, { now: day(70), program, healthMonths: 0 })).toThrow(
      InvalidOptionsError,
    );
  });

  it('counts every relationship proposed by a month’s end once, months in a row, rounds within the programme', () => {
    fc.assert(
      fc.property(
        fc.array(timelineArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 6 }),
        (timelines, nowDay, healthMonths) => {
          const relationships = timelines.map((t, i) => {
            const r = build(t);
            return { ...r, id: `r${i}` } as Relationship;
          });
          const now = day(nowDay);
          const report = programReport(relationships, {
            now,
            program,
            healthMonths,
            rounds: [
              {
                id: 'half',
                relationshipIds: relationships.filter((_, i) => i % 2 === 0).map((r) => r.id),
              },
            ],
          });
          const months = report.programme.healthByMonth;
          expect(months.length).toBeLessThanOrEqual(healthMonths);
          expect(months.at(-1)?.month).toBe(now.slice(0, 7));
          const sum = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
          expect(sum(months.at(-1)?.health ?? {})).toBe(relationships.length);
          expect(months.at(-1)?.health).toEqual(report.programme.health);
          for (let i = 1; i < months.length; i++) {
            const [y, m] = (months[i - 1]?.month ?? '').split('-').map(Number);
            const next =
              m === 12 ? `${(y ?? 0) + 1}-01` : `${y}-${String((m ?? 0) + 1).padStart(2, '0')}`;
            expect(months[i]?.month).toBe(next);
            // nobody is un-proposed: the counted relationships never shrink
            expect(sum(months[i]?.health ?? {})).toBeGreaterThanOrEqual(
              sum(months[i - 1]?.health ?? {}),
            );
          }
          const round = report.rounds[0];
          for (const entry of round?.healthByMonth ?? []) {
            const whole = months.find((m) => m.month === entry.month);
            for (const [status, count] of Object.entries(entry.health)) {
              expect(count).toBeLessThanOrEqual(whole?.health[status as 'closed'] ?? 0);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
