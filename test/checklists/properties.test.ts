import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessRoles,
  type CustomChecklistItem,
  evaluateChecklist,
  programHealth,
  relationshipHealth,
  responsibilityCatalog,
} from '../../src/checklists';
import { de } from '../../src/i18n/locales/de';
import { InvalidOptionsError, isTimestamp, type Relationship } from '../../src/model';
import { day, relationship } from './builder';
import { build, nowArb, timelineArb } from './timeline';

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
          const { done, due, total, doneOfDue, doneOfAll } = report.completion[side];
          expect(total).toBe(mine.length);
          expect(done).toBe(mine.filter((i) => i.status === 'done').length);
          expect(due).toBe(
            mine.filter((i) => i.status === 'done' || i.status === 'overdue').length,
          );
          // The invariants a progress bar relies on.
          expect(done).toBeLessThanOrEqual(due);
          expect(due).toBeLessThanOrEqual(total);
          for (const [ratio, denominator] of [
            [doneOfDue, due],
            [doneOfAll, total],
          ] as const) {
            if (denominator === 0) expect(ratio).toBeUndefined();
            else {
              expect(ratio).toBeGreaterThanOrEqual(0);
              expect(ratio).toBeLessThanOrEqual(1);
            }
          }
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
        if (t.close !== undefined) {
          expect(report.status).toBe('closed');
          expect(report.reasons.map((r) => r.code)).toEqual(['closed']);
        } else if (levels.includes('risk')) expect(report.status).toBe('at-risk');
        else if (levels.includes('check-in')) expect(report.status).toBe('needs-check-in');
        else expect(['too-early', 'on-track']).toContain(report.status);
      }),
      runs,
    );
  });
});

// ── the contract: any options either work or throw InvalidOptionsError ──────

const ratings = Object.fromEntries(
  responsibilityCatalog.menteeRoles.flatMap((role) => role.behaviours.map((b) => [b.id, 4])),
);

/** Valid timestamps over the whole range a timestamp can hold, in any offset. */
const anyTimestampArb = fc
  .tuple(
    fc.date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('Z', '+00:00', '+02:00', '-05:00', '+05:45', '+14:00', '-12:00'),
  )
  .map(([date, offset]) => `${date.toISOString().slice(0, 19)}${offset}`)
  .filter(isTimestamp);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.anything({ maxDepth: 2 }));

const programArb = fc.record(
  {
    id: fc.oneof(fc.constant('career-starters'), fc.string()),
    timeZone: fc.constantFrom(
      'Europe/Berlin',
      'Pacific/Kiritimati',
      'America/St_Johns',
      'Mars/Base',
      '',
    ),
    settings: fc.dictionary(
      fc.constantFrom(
        'meetingCadenceDays',
        'agendaLeadTimeHours',
        'cancellationNoticeHours',
        'punctualityGraceMinutes',
        'proposalTtlDays',
        'meetingCadenceDay',
      ),
      fc.oneof(fc.integer({ min: -2, max: 800 }), fc.double(), fc.string()),
    ),
  },
  { requiredKeys: [] },
);

const optionsArb = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 })),
  fc.record(
    {
      role: maybe(fc.constantFrom('mentor', 'mentee', 'admin', 'mentor ', 'Admin', '')),
      now: maybe(fc.oneof(anyTimestampArb, fc.string(), fc.constant('2026-03-01T09:00:00'))),
      locale: maybe(
        fc.oneof(fc.string(), fc.constant(de), fc.constantFrom('de-AT', 'fr', 'en-GB')),
      ),
      program: maybe(programArb),
      items: maybe(fc.oneof(fc.constant(customItems), fc.array(fc.anything({ maxDepth: 2 })))),
      lcoale: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

/** Runs `call`: it must return, or throw an InvalidOptionsError and nothing else. */
function worksOrRefuses(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return undefined;
  }
}

/** Every timestamp a report wrote. */
function written(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'dueAt' || key === 'asOf') && typeof child === 'string') found.push(child);
      else written(child, found);
    }
  }
  return found;
}

describe('options (property)', () => {
  const r = relationship()
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), attendance: {} })
    .stage('cultivating', day(8))
    .build();

  it('any value as options either works or throws InvalidOptionsError', () => {
    let worked = 0;
    fc.assert(
      fc.property(optionsArb, (options) => {
        const outputs = [
          worksOrRefuses(() => evaluateChecklist(r, options as never)),
          worksOrRefuses(() => relationshipHealth(r, options as never)),
          worksOrRefuses(() => programHealth([r], options as never)),
          worksOrRefuses(() => assessRoles(ratings, options as never)),
        ];
        // Whatever worked wrote only timestamps a timestamp schema accepts.
        for (const time of written(outputs)) expect(isTimestamp(time), time).toBe(true);
        worked += outputs.filter((output) => output !== undefined).length;
      }),
      { numRuns: 400 },
    );
    expect(worked).toBeGreaterThan(0); // the arbitrary reaches the working paths too
  });

  it('assessRoles with any relationship option works or throws InvalidOptionsError, never more', () => {
    const relationshipArb = fc.oneof(
      fc.constant(r),
      fc.constant({ ...r, history: 'none' }),
      fc.anything({ maxDepth: 2 }),
    );
    let withEvidence = 0;
    fc.assert(
      fc.property(
        fc.record(
          {
            relationship: relationshipArb,
            now: fc.oneof(fc.constant(day(30)), fc.string()),
            locale: fc.anything({ maxDepth: 1 }),
          },
          { requiredKeys: [] },
        ),
        (options) => {
          const result = worksOrRefuses(() => assessRoles(ratings, options as never)) as
            | ReturnType<typeof assessRoles>
            | undefined;
          if (result?.ok !== true) return;
          const evidenced = result.value.roles.flatMap((role) =>
            role.behaviours.filter((b) => b.evidence !== undefined),
          );
          expect(evidenced.length === 0 || evidenced.length === 16).toBe(true);
          if (evidenced.length === 16) withEvidence++;
        },
      ),
      { numRuns: 300 },
    );
    expect(withEvidence).toBeGreaterThan(0);
  });

  it('any moment a timestamp can hold works as now, and every time written parses', () => {
    fc.assert(
      fc.property(
        anyTimestampArb,
        fc.constantFrom(undefined, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'),
        (now, timeZone) => {
          const program = timeZone === undefined ? undefined : { id: 'p', timeZone };
          const report = evaluateChecklist(r, { role: 'admin', now, program, items: customItems });
          const health = relationshipHealth(r, { now, program });
          for (const time of written([report, health])) expect(isTimestamp(time), time).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any string as locale renders without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 256, unit: 'binary' }), (locale) => {
        const report = evaluateChecklist(r, {
          role: 'mentee',
          now: day(10),
          locale,
          items: customItems,
        });
        expect(report.items.every((i) => i.label.length > 0)).toBe(true);
        relationshipHealth(r, { now: day(40), locale });
        expect(assessRoles(ratings, { locale }).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
