import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateChecklist,
  InvalidOptionsError,
  parseRelationship,
  programReport,
  type Relationship,
  relationshipHealth,
} from '../../src/index';
import { day, relationship } from '../checklists/builder';
import { isDeepFrozen } from '../lifecycle/fixtures';
import { dePack } from './fixtures';

const program = { id: 'career-starters' };
const now = day(30);

function withOutcomes(
  r: Relationship,
  outcomes: Record<string, 'achieved' | 'partly' | 'not-achieved'>,
) {
  const doc = structuredClone(r) as {
    evaluations: { goals: { id: string; achievement: string }[] }[];
  };
  for (const evaluation of doc.evaluations) {
    for (const goal of evaluation.goals) goal.achievement = outcomes[goal.id] ?? goal.achievement;
  }
  const parsed = parseRelationship(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.value;
}

function cohort(): Relationship[] {
  const r1 = relationship({ id: 'r1' })
    .stage('initiating', day(1))
    .stage('cultivating', day(2))
    .meeting('m1', { startsAt: day(3), held: true })
    .meeting('m2', { startsAt: day(17), held: true })
    .build();
  const r2 = withOutcomes(
    relationship({ id: 'r2' })
      .goal('g1', day(1))
      .goal('g2', day(1))
      .meeting('m1', { startsAt: day(40), held: true })
      .evaluation('ev1', day(50))
      .close('completed', day(60))
      .build(),
    { g2: 'partly' },
  );
  const r3 = relationship({ id: 'r3' }).close('ended', day(20)).build();
  const r4 = relationship({ id: 'r4', started: false }).build();
  const r5 = relationship({ id: 'r5', started: false }).setStage('declined').build();
  return [r1, r2, r3, r4, r5];
}

describe('programReport', () => {
  it('gives exact figures for a small cohort', () => {
    const relationships = cohort();
    const report = programReport(relationships, {
      now: day(70),
      program,
      rounds: [{ id: 'spring', relationshipIds: ['r1', 'r3', 'ghost', 'r1'] }],
    });
    const p = report.programme;
    expect(p.relationships).toBe(5);
    expect(p.stages).toMatchObject({
      cultivating: 1,
      completed: 1,
      ended: 1,
      proposed: 1,
      declined: 1,
      preparing: 0,
    });
    expect(p.matching).toEqual({ proposals: 5, accepted: 3, pending: 1, matchRate: 0.6 });
    // started at day 0, 09:00; meetings at 18:00 on day 3 and day 40
    expect(p.firstMeeting).toEqual({ measured: 2, waiting: 1, medianDays: 21.88, p90Days: 40.38 });
    expect(p.meetings).toEqual({
      held: 3,
      perStartedRelationship: 1,
      byMonth: [
        { month: '2026-03', held: 2 },
        { month: '2026-04', held: 1 },
      ],
    });
    expect(p.closure).toEqual({
      completed: 1,
      endedEarly: 1,
      earlyEndReasons: [{ reason: 'Found a job', count: 1 }],
    });
    expect(p.evaluations).toEqual({
      evaluated: 1,
      goals: { achieved: 1, partly: 1, notAchieved: 0 },
    });
    // duties and health are the checklist's and health's own verdicts, summed
    const sum = { mentor: { done: 0, due: 0, total: 0 }, mentee: { done: 0, due: 0, total: 0 } };
    for (const r of relationships.filter((x) => x.startedAt !== undefined)) {
      const { completion } = evaluateChecklist(r, { role: 'admin', now: day(70), program });
      for (const role of ['mentor', 'mentee'] as const) {
        sum[role].done += completion[role].done;
        sum[role].due += completion[role].due;
        sum[role].total += completion[role].total;
      }
    }
    expect(p.duties.mentor).toMatchObject(sum.mentor);
    expect(p.duties.mentee).toMatchObject(sum.mentee);
    expect(sum.mentee.due).toBeGreaterThan(0);
    expect(p.duties.mentee.doneOfDue).toBe(
      Math.round((sum.mentee.done / sum.mentee.due) * 100) / 100,
    );
    expect(p.health.closed).toBe(3);
    expect(
      p.health[relationshipHealth(relationships[0] as Relationship, { now: day(70) }).status],
    ).toBeGreaterThan(0);
    expect(Object.values(p.health).reduce((a, b) => a + b, 0)).toBe(5);

    const [round] = report.rounds;
    expect(round?.roundId).toBe('spring');
    expect(round?.relationships).toBe(2);
    expect(round?.missingRelationshipIds).toEqual(['ghost']);
    expect(round?.matching).toEqual({ proposals: 2, accepted: 2, pending: 0, matchRate: 1 });
    expect(round?.firstMeeting).toEqual({
      measured: 1,
      waiting: 1,
      medianDays: 3.38,
      p90Days: 3.38,
    });
  });

  it('writes CSV rows with a header, stable ids and localized labels', () => {
    const report = programReport(cohort(), { now, program, locale: dePack });
    expect(report.rows[0]).toEqual([
      'Bereich',
      'Kennung',
      'Kennzahl',
      'Aufschlüsselung',
      'Beschreibung',
      'Wert',
    ]);
    for (const row of report.rows) {
      expect(row).toHaveLength(6);
      for (const cell of row) expect(['string', 'number']).toContain(typeof cell);
    }
    expect(report.rows).toContainEqual([
      'Programm',
      'career-starters',
      'match_rate',
      '',
      expect.any(String),
      0.6,
    ]);
    const stage = report.rows.find((row) => row[2] === 'stage' && row[3] === 'ended');
    expect(stage?.[4]).not.toContain('ended');
    expect(stage?.[5]).toBe(1);
    const english = programReport(cohort(), { now, program });
    expect(english.rows).toContainEqual([
      'Programme',
      'career-starters',
      'early_end_reason',
      'Found a job',
      'Ended early because: Found a job',
      1,
    ]);
    expect(english.rows).toContainEqual([
      'Programme',
      'career-starters',
      'duties_rate',
      'mentee',
      'Duties of the mentee done of due',
      expect.any(Number),
    ]);
  });

  it('is deterministic and deep-frozen, and neither changes nor freezes its input', () => {
    const relationships = cohort().map((r) => structuredClone(r));
    const before = JSON.stringify(relationships);
    const a = programReport(relationships, { now, program });
    const b = programReport(relationships, { now, program });
    expect(a).toEqual(b);
    expect(isDeepFrozen(a)).toBe(true);
    expect(JSON.stringify(relationships)).toBe(before);
    expect(Object.isFrozen(relationships[0])).toBe(false);
  });

  it('reports bad documents and other programmes per item and counts the rest', () => {
    const good = cohort();
    const other = { ...structuredClone(good[0] as Relationship), id: 'x1', programId: 'other' };
    const broken = {
      ...structuredClone(good[0] as Relationship),
      id: 'x2',
      meetings: [{ status: 'held', startsAt: 'soon' }],
    };
    const report = programReport([null, ...good, other, broken, 42] as unknown as Relationship[], {
      now,
      program,
    });
    expect(report.programme.relationships).toBe(5);
    expect(report.failed.map((f) => [f.index, f.relationshipId, f.error.code])).toEqual([
      [0, undefined, 'validation_failed'],
      [6, 'x1', 'program_mismatch'],
      [7, 'x2', 'validation_failed'],
      [8, undefined, 'validation_failed'],
    ]);
    expect(report.rows).toContainEqual([
      'Programme',
      'career-starters',
      'failed',
      '',
      expect.any(String),
      4,
    ]);
  });

  it('counts meetings by month in the programme time zone', () => {
    const r = relationship({ id: 'z1' })
      .meeting('m1', { startsAt: '2026-03-31T23:30:00Z', held: true })
      .build();
    expect(programReport([r], { now, program }).programme.meetings.byMonth).toEqual([
      { month: '2026-03', held: 1 },
    ]);
    const zoned = programReport([r], {
      now,
      program: { id: 'career-starters', timeZone: 'Europe/Berlin' },
    });
    expect(zoned.programme.meetings.byMonth).toEqual([{ month: '2026-04', held: 1 }]);
  });

  it('throws InvalidOptionsError for bad options and a non-array batch', () => {
    expect(() => programReport([], { now: '2026-03-01', program } as never)).toThrow(
      InvalidOptionsError,
    );
    expect(() => programReport([], { now, program, round: [] } as never)).toThrow(
      InvalidOptionsError,
    );
    expect(() =>
      programReport([], {
        now,
        program,
        rounds: [
          { id: 'a', relationshipIds: [] },
          { id: 'a', relationshipIds: [] },
        ],
      }),
    ).toThrow(InvalidOptionsError);
    expect(() => programReport({} as never, { now, program })).toThrow(InvalidOptionsError);
  });

  it('any object as options either works or throws InvalidOptionsError', () => {
    const relationships = cohort();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            { now: fc.constant(now), program: fc.anything(), locale: fc.anything() },
            { requiredKeys: ['now'] },
          ),
          fc.record({
            now: fc.constant(now),
            program: fc.constant(program),
            rounds: fc.anything(),
          }),
          fc.record({ now: fc.constant(now), program: fc.constant(program), locale: fc.string() }),
        ),
        (options) => {
          try {
            const report = programReport(relationships, options as never);
            expect(report.rows.length).toBeGreaterThan(1);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
