import { describe, expect, it } from 'vitest';
import {
  type CustomChecklistItem,
  defineChecklistItem,
  evaluateChecklist,
  parseCustomChecklistItems,
} from '../../src/checklists';
import { de } from '../../src/i18n/locales/de';
import { formatError, InvalidOptionsError } from '../../src/model';
import { day, relationship } from './builder';
import { summary } from './helpers';

const label = { en: 'Meet twice a month', de: 'Zweimal im Monat treffen' };

const cultivating = () =>
  relationship()
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), attendance: {} })
    .stage('cultivating', day(8));

describe('parseCustomChecklistItems', () => {
  it('accepts the declarative rules and fills in the default stage', () => {
    const result = parseCustomChecklistItems([
      {
        id: 'acme.twice-a-month',
        rule: 'meetings-per-period',
        minMeetings: 2,
        periodDays: 30,
        label,
        responsible: 'both',
      },
      {
        id: 'acme.weekly-update',
        rule: 'progress-update-every',
        everyDays: 7,
        label,
        responsible: 'mentee',
      },
      {
        id: 'acme.mentor-feedback',
        rule: 'feedback-every',
        everyDays: 10,
        from: 'mentor',
        label,
        responsible: 'mentor',
      },
      {
        id: 'acme.code-of-conduct',
        rule: 'manual',
        label,
        responsible: 'both',
        stages: ['preparing'],
      },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value[0]?.stages).toEqual(['cultivating']);
      expect(Object.isFrozen(result.value[0])).toBe(true);
    }
  });

  it('reports every bad field with its path and code', () => {
    const result = parseCustomChecklistItems([
      {
        id: 'acme.a',
        rule: 'meetings-per-period',
        minMeetings: 0,
        periodDays: 30,
        label,
        responsible: 'both',
      },
      { id: 'acme.b', rule: 'every-full-moon', label, responsible: 'both' },
      { id: 'mentee.send-agenda', rule: 'manual', label, responsible: 'mentee' },
      {
        id: 'acme.d',
        rule: 'manual',
        label: { de: 'Nur Deutsch', 'not a tag': 'x' },
        responsible: 'both',
        stages: ['cultivating', 'cultivating'],
      },
      { id: 'acme.d', rule: 'manual', label, responsible: 'admin' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = result.error.issues.map((issue) => [issue.path.join('.'), issue.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['0.minMeetings', 'too_small'],
        ['1.rule', 'invalid_union'],
        ['2.id', 'duplicate_id'],
        ['3.label.en', 'invalid_type'],
        ['3.label.not a tag', 'invalid_language_tag'],
        ['3.stages.1', 'duplicate_value'],
        ['4.responsible', 'invalid_value'],
        ['4.id', 'duplicate_id'],
      ]),
    );
    expect(formatError(result.error, de)).toContain('bei [0].minMeetings');
    const notItems = parseCustomChecklistItems([
      null,
      7,
      { id: 'acme.x', rule: 'manual', label, responsible: 'both' },
    ]);
    expect(notItems.ok ? [] : notItems.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      '0',
      '1',
    ]);
  });
});

describe('declarative custom items', () => {
  const items: CustomChecklistItem[] = [
    {
      id: 'acme.twice-a-month',
      rule: 'meetings-per-period',
      minMeetings: 2,
      periodDays: 30,
      label,
      responsible: 'both',
      stages: ['cultivating'],
    },
    {
      id: 'acme.weekly-update',
      rule: 'progress-update-every',
      everyDays: 7,
      label,
      responsible: 'mentee',
      stages: ['cultivating'],
    },
    {
      id: 'acme.mentor-feedback',
      rule: 'feedback-every',
      everyDays: 10,
      from: 'mentor',
      label,
      responsible: 'mentor',
      stages: ['cultivating'],
    },
    {
      id: 'acme.code-of-conduct',
      rule: 'manual',
      label,
      responsible: 'both',
      stages: ['cultivating'],
    },
  ];

  it('counts meetings held in each period since the stage began', () => {
    const one = cultivating()
      .meeting('m2', { startsAt: day(15), attendance: {} })
      .build();
    const report = evaluateChecklist(one, { role: 'mentee', now: day(20), items });
    expect(summary(report, 'acme.twice-a-month')).toEqual({
      status: 'due',
      dueAt: day(38),
      evidence: ['meeting:m2'],
    });
    const two = cultivating()
      .meeting('m2', { startsAt: day(15), attendance: {} })
      .meeting('m3', { startsAt: day(25), attendance: {} })
      .build();
    expect(
      summary(
        evaluateChecklist(two, { role: 'mentee', now: day(26), items }),
        'acme.twice-a-month',
      ),
    ).toEqual({
      status: 'done',
      dueAt: day(38),
      evidence: ['meeting:m2', 'meeting:m3'],
    });
    expect(
      summary(evaluateChecklist(one, { role: 'mentee', now: day(40), items }), 'acme.twice-a-month')
        .status,
    ).toBe('overdue');
  });

  it('checks progress updates and feedback every N days, and manual items by attestation', () => {
    const r = cultivating()
      .progress('p1', day(10))
      .feedback('f1', day(9))
      .attest('acme.code-of-conduct', day(9))
      .build();
    const report = evaluateChecklist(r, { role: 'admin', now: day(12), items, locale: de });
    expect(summary(report, 'acme.weekly-update')).toEqual({
      status: 'done',
      dueAt: day(15),
      evidence: ['progress-update:p1'],
    });
    expect(summary(report, 'acme.mentor-feedback').status).toBe('done');
    expect(summary(report, 'acme.code-of-conduct').status).toBe('done');
    const custom = report.items.find((item) => item.id === 'acme.weekly-update');
    expect(custom).toMatchObject({
      group: 'custom',
      frequency: 'per-period',
      periodDays: 7,
      label: label.de,
    });
    expect(
      summary(evaluateChecklist(r, { role: 'admin', now: day(16), items }), 'acme.weekly-update')
        .status,
    ).toBe('due');
    expect(
      summary(evaluateChecklist(r, { role: 'admin', now: day(23), items }), 'acme.weekly-update')
        .status,
    ).toBe('overdue');
  });

  it('counts progress from either side for a shared item', () => {
    const both: CustomChecklistItem[] = [
      {
        id: 'acme.any-update',
        rule: 'progress-update-every',
        everyDays: 7,
        label,
        responsible: 'both',
        stages: ['cultivating'],
      },
    ];
    const r = cultivating().progress('p1', day(10), 'mentor').build();
    expect(
      summary(
        evaluateChecklist(r, { role: 'mentee', now: day(11), items: both }),
        'acme.any-update',
      ).status,
    ).toBe('done');
  });

  it('refuses an id used twice as a programmer error, at the item', () => {
    const r = cultivating().build();
    const clash = { ...items[3], id: 'mentor.keep-confidentiality' } as CustomChecklistItem;
    const twice = [items[3], items[3]] as CustomChecklistItem[];
    for (const [list, index] of [
      [[clash], 0],
      [twice, 1],
    ] as const) {
      let thrown: unknown;
      try {
        evaluateChecklist(r, { role: 'mentee', now: day(9), items: list });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOptionsError);
      expect((thrown as InvalidOptionsError).issues.map((i) => [i.path, i.code])).toEqual([
        [['items', index, 'id'], 'duplicate_id'],
      ]);
    }
  });
});

describe('custom items in code', () => {
  const cvReviewed = defineChecklistItem({
    id: 'acme.cv-reviewed',
    label: { en: 'CV reviewed', de: 'Lebenslauf durchgesehen' },
    responsible: 'mentor',
    stages: ['cultivating'],
    frequency: 'once',
    evaluate: ({ relationship: r, asOf }) => {
      const meeting = r.meetings.find(
        (m) => m.notes?.includes('CV') && Date.parse(m.startsAt) <= asOf,
      );
      return meeting === undefined
        ? { status: 'due', dueAt: '2026-04-30T00:00:00Z' }
        : { status: 'done', evidence: [{ kind: 'meeting', id: meeting.id }] };
    },
  });

  it('runs the typed evaluator in its stages only', () => {
    expect(Object.isFrozen(cvReviewed)).toBe(true);
    const r = cultivating().build();
    expect(
      summary(
        evaluateChecklist(r, { role: 'mentor', now: day(9), items: [cvReviewed] }),
        'acme.cv-reviewed',
      ),
    ).toEqual({
      status: 'due',
      dueAt: '2026-04-30T00:00:00Z',
      evidence: [],
    });
    const preparing = relationship().build();
    expect(
      summary(
        evaluateChecklist(preparing, { role: 'mentor', now: day(1), items: [cvReviewed] }),
        'acme.cv-reviewed',
      ).status,
    ).toBe('not-applicable');
  });

  it('turns a once-item overdue after its first stage, judged as the stage ended', () => {
    const seen: number[] = [];
    const once = defineChecklistItem({
      id: 'acme.kick-off-note',
      label: { en: 'Kick-off note', de: 'Notiz zum Auftakt' },
      responsible: 'mentee',
      stages: ['initiating', 'cultivating'],
      frequency: 'once',
      evaluate: (context) => {
        seen.push(context.asOf, context.stageStart('initiating') ?? -1);
        return { status: 'open' };
      },
    });
    const r = cultivating().build();
    const report = evaluateChecklist(r, { role: 'mentee', now: day(20), items: [once] });
    expect(summary(report, 'acme.kick-off-note')).toEqual({
      status: 'overdue',
      dueAt: day(8),
      evidence: [],
    });
    expect(seen).toEqual([Date.parse(day(8)), Date.parse(day(3))]);
  });
});

describe('a coded item that returns a malformed deadline', () => {
  it('fails loudly with InvalidOptionsError, pointing at the item', () => {
    const broken = defineChecklistItem({
      id: 'acme.broken',
      label: { en: 'Broken', de: 'Kaputt' },
      responsible: 'mentor',
      stages: ['cultivating'],
      frequency: 'once',
      evaluate: () => ({ status: 'due', dueAt: 'next Tuesday' }),
    });
    const r = cultivating().build();
    let thrown: unknown;
    try {
      evaluateChecklist(r, { role: 'mentor', now: day(9), items: [broken] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionsError);
    expect((thrown as InvalidOptionsError).issues.map((i) => [i.path, i.code])).toEqual([
      [['items', 0, 'evaluate', 'dueAt'], 'invalid_timestamp'],
    ]);
  });
});

describe('evidence from a coded item', () => {
  it('is copied into the report, leaving the evaluator’s own objects unfrozen', () => {
    const returned = [{ kind: 'meeting' as const, id: 'm1' }];
    const item = defineChecklistItem({
      id: 'acme.first-meeting-noted',
      label: { en: 'First meeting noted', de: 'Erstes Treffen notiert' },
      responsible: 'both',
      stages: ['cultivating'],
      frequency: 'once',
      evaluate: () => ({ status: 'done', evidence: returned }),
    });
    const report = evaluateChecklist(cultivating().build(), {
      role: 'mentee',
      now: day(9),
      items: [item],
    });
    expect(summary(report, 'acme.first-meeting-noted')).toEqual({
      status: 'done',
      dueAt: undefined,
      evidence: ['meeting:m1'],
    });
    expect(Object.isFrozen(returned)).toBe(false);
    expect(Object.isFrozen(returned[0])).toBe(false);
  });
});

describe('milestones', () => {
  const items = (() => {
    const parsed = parseCustomChecklistItems([
      {
        id: 'acme.cv-ready',
        rule: 'milestone',
        dueDays: 30,
        responsible: 'mentee',
        stages: ['preparing', 'initiating', 'cultivating'],
        label: { en: 'CV ready to send', de: 'Lebenslauf versandfertig' },
      },
    ]);
    if (!parsed.ok) throw new Error('invalid');
    return parsed.value;
  })();

  it('are due a number of days after the start, across stages, until attested', () => {
    const r = cultivating().build(); // started day 0, 09:00
    expect(
      summary(evaluateChecklist(r, { role: 'mentee', now: day(10), items }), 'acme.cv-ready'),
    ).toEqual({
      status: 'due',
      dueAt: day(30, 9),
      evidence: [],
    });
    expect(
      summary(evaluateChecklist(r, { role: 'mentee', now: day(31), items }), 'acme.cv-ready')
        .status,
    ).toBe('overdue');
    const attested = cultivating().attest('acme.cv-ready', day(12)).build();
    const report = evaluateChecklist(attested, { role: 'mentee', now: day(31), items });
    expect(summary(report, 'acme.cv-ready').status).toBe('done');
    expect(report.items.find((i) => i.id === 'acme.cv-ready')).toMatchObject({
      frequency: 'once',
      derivation: 'manual',
    });
  });

  it('need a whole number of days', () => {
    const result = parseCustomChecklistItems([
      { id: 'acme.x', rule: 'milestone', dueDays: -1, responsible: 'both', label },
    ]);
    expect(
      result.ok ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.code]),
    ).toEqual([['0.dueDays', 'too_small']]);
  });
});
