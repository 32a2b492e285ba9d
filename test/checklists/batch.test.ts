// The batch judge (`standingJudge`, the programme report's fast path) keeps
// its own path through the rules: it skips labels, deadlines and messages and
// reads each relationship once for checklist and health. These properties
// prove that it counts exactly what `evaluateChecklist(…).completion` counts
// and rates exactly as `relationshipHealth(…).status` rates, on random
// relationships under random programme settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, relationshipHealth } from '../../src/checklists';
import { standingJudge } from '../../src/checklists/batch';
import {
  type ProgramRef,
  ProgramRefSchema,
  parseRelationship,
  type Relationship,
} from '../../src/model';
import { day, relationship } from './builder';
import { build, nowArb, timelineArb } from './timeline';

const programArb = fc
  .record({
    meetingCadenceDays: fc.integer({ min: 3, max: 30 }),
    cancellationNoticeHours: fc.integer({ min: 0, max: 72 }),
    agendaLeadTimeHours: fc.integer({ min: 0, max: 72 }),
    punctualityGraceMinutes: fc.integer({ min: 0, max: 15 }),
  })
  .chain((settings) =>
    fc.constantFrom<ProgramRef>(
      { id: 'career-starters' },
      { id: 'career-starters', settings },
      { id: 'career-starters', timeZone: 'Europe/Berlin', settings },
    ),
  );

/** Started timelines mostly, and now and then one that never started. */
const relationshipArb: fc.Arbitrary<Relationship> = fc.oneof(
  { arbitrary: timelineArb.map(build), weight: 8 },
  {
    arbitrary: fc
      .record({
        close: fc.constantFrom(
          undefined,
          ['decline', 'declined', 'mentee'] as const,
          ['withdraw', 'withdrawn', 'admin'] as const,
          ['expire', 'expired', 'system'] as const,
          ['invalidate', 'invalidated', 'system'] as const,
        ),
        // Documents written by other tools may lack the lifecycle's `closedAt`.
        stamped: fc.boolean(),
        closeDay: fc.integer({ min: 0, max: 14 }),
      })
      .map(({ close, stamped, closeDay }) => {
        const b = relationship({ started: false });
        if (close === undefined) return b.build();
        const [type, stage, role] = close;
        const payload = type === 'expire' ? {} : { reason: 'No time' };
        b.event(type, day(closeDay, 9), role, payload);
        b.setStage(stage);
        const doc = b.raw();
        const parsed = parseRelationship(stamped ? { ...doc, closedAt: day(closeDay, 9) } : doc);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
        return parsed.value;
      }),
    weight: 1,
  },
);

const runs = { numRuns: 300 };

function lastRecord(r: Relationship): number {
  let last = Date.parse(r.proposal.proposedAt);
  for (const event of r.history) last = Math.max(last, Date.parse(event.at));
  for (const m of r.meetings) last = Math.max(last, Date.parse(m.startsAt));
  return last;
}

describe('standingJudge agrees with evaluateChecklist and relationshipHealth', () => {
  it('counts each side’s duties as evaluateChecklist(…).completion does', () => {
    fc.assert(
      fc.property(relationshipArb, nowArb, programArb, (r, now, program) => {
        const judge = standingJudge(now, ProgramRefSchema.parse(program) as never);
        const { duties } = judge.standing(r);
        if (r.startedAt === undefined) {
          expect(duties).toBeUndefined();
          return;
        }
        const { completion } = evaluateChecklist(r, { role: 'admin', now, program });
        for (const side of ['mentor', 'mentee'] as const) {
          const { done, due, total } = completion[side];
          expect([side, duties?.[side]]).toEqual([side, { done, due, total }]);
        }
      }),
      runs,
    );
  });

  it('rates health as relationshipHealth(…).status does', () => {
    fc.assert(
      fc.property(relationshipArb, nowArb, programArb, (r, now, program) => {
        const judge = standingJudge(now, ProgramRefSchema.parse(program) as never);
        expect(judge.standing(r).health).toBe(relationshipHealth(r, { now, program }).status);
      }),
      runs,
    );
  });

  it('rates health at a past moment after every record as relationshipHealth then', () => {
    fc.assert(
      fc.property(
        relationshipArb,
        fc.integer({ min: 0, max: 60 * 24 }),
        programArb,
        (r, hoursAfter, program) => {
          const at = lastRecord(r) + hoursAfter * 3_600_000;
          const later = new Date(at + 90 * 86_400_000).toISOString();
          const judge = standingJudge(later, ProgramRefSchema.parse(program) as never);
          const now = new Date(at).toISOString();
          expect(judge.healthAt(r, at)).toBe(relationshipHealth(r, { now, program }).status);
        },
      ),
      runs,
    );
  });

  it('has no health before the proposal and never reports a past moment as closed before the close', () => {
    fc.assert(
      fc.property(
        relationshipArb,
        fc.integer({ min: -3 * 24, max: 110 * 24 }),
        programArb,
        (r, hour, program) => {
          const judge = standingJudge(day(120), ProgramRefSchema.parse(program) as never);
          const at = Date.parse(day(0, 0)) + hour * 3_600_000;
          const status = judge.healthAt(r, at);
          if (at < Date.parse(r.proposal.proposedAt)) expect(status).toBeUndefined();
          else expect(status).toBeDefined();
          if (status === 'closed') {
            // Without the lifecycle's `closedAt`, a closed document closed with its last event.
            const closedAt = r.closedAt ?? r.history.at(-1)?.at;
            expect(closedAt).toBeDefined();
            expect(Date.parse(closedAt ?? '')).toBeLessThanOrEqual(at);
          }
        },
      ),
      runs,
    );
  });
});

describe('standingJudge over time and alongside the full reports', () => {
  it('judges a relationship at many past moments, in any order, as a fresh judge does at each', () => {
    // The judge keeps one past context per relationship and moves it from
    // moment to moment; a fresh judge makes a new context for each moment.
    fc.assert(
      fc.property(
        relationshipArb,
        relationshipArb,
        fc.array(fc.tuple(fc.integer({ min: -3 * 24, max: 110 * 24 }), fc.nat(5)), {
          minLength: 1,
          maxLength: 12,
        }),
        programArb,
        (r, other, moments, program) => {
          const settings = ProgramRefSchema.parse(program) as never;
          const reused = standingJudge(day(120), settings);
          reused.standing(r);
          const start = Date.parse(day(0, 0));
          // Now and then another relationship in between, as the next in a report.
          for (const [hour, pick] of moments) {
            const which = pick === 0 ? other : r;
            const at = start + hour * 3_600_000;
            const fresh = standingJudge(day(120), settings);
            expect([hour, reused.healthAt(which, at)]).toEqual([hour, fresh.healthAt(which, at)]);
          }
        },
      ),
      runs,
    );
  });

  it('leaves the evidence of evaluateChecklist and relationshipHealth whole, also after a document it could not judge', () => {
    const r = relationship()
      .selfInventory('mentee', day(1))
      .goal('g1', day(2), [{ id: 's1', status: 'done', completedAt: day(10) }])
      .stage('initiating', day(3))
      .agreement(day(4, 20), { cadenceDays: 14 })
      .stage('cultivating', day(5))
      .meeting('m1', { startsAt: day(6), agendaAt: day(4) })
      .build();
    const now = day(40);
    const checklist = evaluateChecklist(r, { role: 'admin', now });
    const before = [checklist, relationshipHealth(r, { now })];
    const judge = standingJudge(now, undefined);
    judge.standing(r);
    judge.healthAt(r, Date.parse(day(20)));
    // It fails while judging (a follow-up that is not one), not while reading the document.
    expect(() =>
      judge.standing({ ...r, actionItems: [null] } as unknown as Relationship),
    ).toThrow();
    const after = [evaluateChecklist(r, { role: 'admin', now }), relationshipHealth(r, { now })];
    expect(after).toEqual(before);
    const cited = checklist.items.flatMap((item) => item.evidence);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((e) => e.id !== '-')).toBe(true);
  });
});
