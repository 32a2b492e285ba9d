// Duties are credited to the side the catalogue makes responsible (issue #11 §1):
// one row per duty of both roles (and per stage item with one responsible
// side): done when that side acted; not done when the other side acted, with
// `coveredBy` naming it where it did the same work; late reschedules count
// like late cancellations for whoever made them.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  type ChecklistItemStatus,
  evaluateChecklist,
  type Relationship,
  type ResponsibilityItemId,
  responsibilityCatalog,
} from '../../src/index';
import { day, type RelationshipBuilder, relationship } from './builder';
import { item } from './helpers';

/** Prepared, initiated at day 3, first meeting (held) day 7, cultivating from day 8, cadence 14 days. */
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

const report = (r: Relationship, now: string, program?: { id: string; settings?: object }) =>
  evaluateChecklist(r, { role: 'admin', now, ...(program === undefined ? {} : { program }) });

interface DutyCase {
  readonly id: ResponsibilityItemId;
  readonly now: string;
  /** The responsible side did the work: the item is `done`. */
  readonly own: () => Relationship;
  /** The other side acted instead. */
  readonly other: () => Relationship;
  readonly otherStatus: ChecklistItemStatus;
  /**
   * Evidence of `coveredBy` when the other side did this very work (`event:*`
   * matches any history event); absent where its act is a different one
   * (its own attendance, its own feedback request), which never covers.
   */
  readonly covered?: readonly string[];
}

const preparing = () => relationship().selfInventory('mentee', day(1));

const cases: readonly DutyCase[] = [
  // ── the mentee's eight duties ──────────────────────────────────────────────
  {
    id: 'mentee.set-meeting-dates',
    now: day(12),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), scheduledAt: day(10) })
        .build(),
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), scheduledAt: day(10), scheduledBy: 'mentor' })
        .build(),
    otherStatus: 'due',
    covered: ['meeting:m2'],
  },
  {
    id: 'mentee.send-agenda',
    now: day(20, 12),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), agendaAt: day(19) })
        .build(),
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), agendaAt: day(19), agendaBy: 'mentor' })
        .build(),
    otherStatus: 'due',
    covered: ['meeting:m2'],
  },
  {
    id: 'mentee.be-punctual-prepared',
    now: day(22),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: {} })
        .build(),
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: { mentee: { present: false } } })
        .build(),
    otherStatus: 'overdue',
  },
  {
    id: 'mentee.define-goals-plan',
    now: day(2, 20),
    own: () =>
      preparing()
        .goal('g1', day(2), [{ id: 's1' }])
        .build(),
    other: () =>
      preparing()
        .goal('g1', day(2), [{ id: 's1' }], { by: 'mentor' })
        .build(),
    otherStatus: 'open',
    covered: ['goal:g1', 'plan-step:s1'],
  },
  {
    id: 'mentee.finish-follow-ups',
    now: day(22),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: {} })
        .actionItem('a1', { createdAt: day(7, 20), completedAt: day(14) })
        .build(),
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: {} })
        .actionItem('a1', { createdAt: day(7, 20), completedAt: day(14), completedBy: 'mentor' })
        .build(),
    otherStatus: 'overdue',
    covered: ['action-item:a1'],
  },
  {
    id: 'mentee.report-progress',
    now: day(12),
    own: () => cultivating().progress('p1', day(10)).build(),
    other: () => cultivating().progress('p1', day(10), 'mentor').build(),
    otherStatus: 'due',
    covered: ['progress-update:p1'],
  },
  {
    id: 'mentee.seek-feedback',
    now: day(12),
    own: () =>
      cultivating()
        .feedbackRequest('r1', day(10))
        .feedback('f1', day(10))
        .acknowledge('f1', day(11))
        .build(),
    // The mentor asking for feedback on themself, and taking the mentee's on board, is not the mentee.
    other: () =>
      cultivating()
        .feedbackRequest('r1', day(10), 'mentor')
        .feedback('f1', day(10), 'mentee')
        .acknowledge('f1', day(11))
        .build(),
    otherStatus: 'due',
  },
  {
    id: 'mentee.respect-mentor-time',
    now: day(22),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: {} })
        .build(),
    // The mentor turning up does not keep the mentee's appointment.
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: { mentee: { present: false } } })
        .build(),
    otherStatus: 'overdue',
  },
  // ── the mentor's six duties ────────────────────────────────────────────────
  {
    id: 'mentor.attend-meetings',
    now: day(22),
    own: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: {} })
        .build(),
    other: () =>
      cultivating()
        .meeting('m2', { startsAt: day(21), attendance: { mentor: { present: false } } })
        .build(),
    otherStatus: 'overdue',
  },
  {
    id: 'mentor.ask-career-goals',
    now: day(12),
    own: () => cultivating().attest('mentor.ask-career-goals', day(10), 'mentor').build(),
    other: () => cultivating().attest('mentor.ask-career-goals', day(10), 'mentee').build(),
    otherStatus: 'manual',
    covered: ['event:*'],
  },
  {
    id: 'mentor.give-advice-feedback',
    now: day(12),
    own: () => cultivating().feedback('f1', day(10), 'mentor').build(),
    // Feedback from the mentee is the mentee's part of the exchange, not the mentor's advice.
    other: () => cultivating().feedback('f1', day(10), 'mentee').build(),
    otherStatus: 'due',
  },
  {
    id: 'mentor.share-and-listen',
    now: day(12),
    own: () => cultivating().attest('mentor.share-and-listen', day(10), 'mentor').build(),
    other: () => cultivating().attest('mentor.share-and-listen', day(10), 'mentee').build(),
    otherStatus: 'manual',
    covered: ['event:*'],
  },
  {
    id: 'mentor.hold-accountable',
    now: day(12),
    own: () =>
      cultivating()
        .actionItem('a1', { createdAt: day(10), createdBy: 'mentor' })
        .build(),
    other: () =>
      cultivating()
        .actionItem('a1', { createdAt: day(10), createdBy: 'mentee' })
        .build(),
    otherStatus: 'open',
    covered: ['action-item:a1'],
  },
  {
    id: 'mentor.keep-confidentiality',
    now: day(12),
    own: () => cultivating().attest('mentor.keep-confidentiality', day(10), 'mentor').build(),
    other: () => cultivating().attest('mentor.keep-confidentiality', day(10), 'mentee').build(),
    otherStatus: 'manual',
    covered: ['event:*'],
  },
  // ── stage items with one responsible side ─────────────────────────────────
  {
    id: 'prepare.goal',
    now: day(2, 20),
    own: () => preparing().goal('g1', day(2)).build(),
    other: () => preparing().goal('g1', day(2), [], { by: 'mentor' }).build(),
    otherStatus: 'open',
    covered: ['goal:g1'],
  },
  {
    id: 'prepare.plan',
    now: day(2, 20),
    // The plan is the mentee's even on a goal the mentor wrote down.
    own: () =>
      preparing()
        .goal('g1', day(2), [{ id: 's1' }], { by: 'mentor', stepsBy: 'mentee' })
        .build(),
    other: () =>
      preparing()
        .goal('g1', day(2), [{ id: 's1' }], { stepsBy: 'mentor' })
        .build(),
    otherStatus: 'open',
    covered: ['plan-step:s1'],
  },
  {
    id: 'cultivate.plan-progress',
    now: day(12),
    own: () =>
      cultivating()
        .goal('g2', day(9), [{ id: 't1', status: 'done', completedAt: day(10) }])
        .build(),
    other: () =>
      cultivating()
        .goal('g2', day(9), [
          { id: 't1', status: 'done', completedAt: day(10), completedBy: 'mentor' },
        ])
        .build(),
    otherStatus: 'open',
    covered: ['plan-step:t1'],
  },
];

const evidenceOf = (refs: readonly { kind: string; id: string }[]) =>
  refs.map((r) => `${r.kind}:${r.id}`);
const matching = (expected: readonly string[]) =>
  expected.map((e) => (e.endsWith(':*') ? expect.stringMatching(`^${e.slice(0, -1)}`) : e));

describe('every duty is credited to the side the catalogue makes responsible', () => {
  it('covers all 8 mentee duties, all 6 mentor duties and every stage item with one responsible side', () => {
    const single = responsibilityCatalog.items.filter((i) => i.responsible !== 'both');
    expect(cases.map((c) => c.id).sort()).toEqual(single.map((i) => i.id).sort());
    expect(cases.filter((c) => c.id.startsWith('mentee.'))).toHaveLength(8);
    expect(cases.filter((c) => c.id.startsWith('mentor.'))).toHaveLength(6);
  });

  describe.each(cases)('$id', (duty) => {
    const responsible = responsibilityCatalog.items.find((i) => i.id === duty.id)?.responsible;

    it(`is done when the ${responsible ?? '?'} acted`, () => {
      const found = item(report(duty.own(), duty.now), duty.id);
      expect(found.status).toBe('done');
      expect(found.coveredBy).toBeUndefined();
    });

    it('is not fulfilled when the other side acted', () => {
      const found = item(report(duty.other(), duty.now), duty.id);
      expect(found.status).toBe(duty.otherStatus);
      if (duty.covered === undefined) {
        expect(found.coveredBy).toBeUndefined();
        return;
      }
      const other = responsible === 'mentor' ? 'mentee' : 'mentor';
      expect(found.coveredBy?.role).toBe(other);
      expect(evidenceOf(found.coveredBy?.evidence ?? [])).toEqual(matching(duty.covered));
      expect(found.coveredBy?.messageKey).toBe('checklists.covered');
      expect(Object.isFrozen(found.coveredBy)).toBe(true);
    });
  });

  it('counts a covered duty as not done for the responsible side', () => {
    const own = report(cases[1]?.own() as Relationship, day(20, 12));
    const covered = report(cases[1]?.other() as Relationship, day(20, 12));
    expect(covered.completion.mentee.done).toBe(own.completion.mentee.done - 1);
    expect(covered.completion.mentor).toEqual(own.completion.mentor);
  });

  it('keeps a covered duty among the responsible side’s next actions', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(19), agendaBy: 'mentor' })
      .build();
    const actions = evaluateChecklist(r, { role: 'mentee', now: day(20, 12) }).nextActions;
    expect(actions.map((a) => a.id)).toContain('mentee.send-agenda');
  });

  it('says so in the report’s language', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21), agendaAt: day(19), agendaBy: 'mentor' })
      .build();
    const english = item(report(r, day(20, 12)), 'mentee.send-agenda');
    expect(english.coveredBy?.message).toBe(
      'The mentor did this instead; it does not count for the mentee',
    );
    const german = evaluateChecklist(r, { role: 'mentee', now: day(20, 12), locale: de });
    expect(item(german, 'mentee.send-agenda').coveredBy?.message).toBe(
      'Das hat stattdessen die Mentor:in erledigt; für die Mentee zählt es nicht',
    );
  });

  it('turns a covered item overdue, still covered, once its stage is over', () => {
    const r = preparing()
      .goal('g1', day(2), [{ id: 's1' }], { by: 'mentor' })
      .stage('initiating', day(3))
      .build();
    const found = item(report(r, day(4)), 'prepare.goal');
    expect(found.status).toBe('overdue');
    expect(found.coveredBy?.role).toBe('mentor');
  });

  it('credits the responsible side when the history lacks the event that says who acted', () => {
    const r = preparing()
      .goal('g1', day(2), [{ id: 's1' }], { by: 'mentor' })
      .withoutEvents('set-goal')
      .build();
    expect(item(report(r, day(2, 20)), 'mentee.define-goals-plan').status).toBe('done');
  });

  it('counts a meeting the mentor scheduled and the mentee moved as dated by the mentee', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21), scheduledAt: day(10), scheduledBy: 'mentor' })
      .reschedule('m2', day(11), day(22), 'mentee')
      .build();
    const found = item(report(r, day(12)), 'mentee.set-meeting-dates');
    expect(found.status).toBe('done');
    expect(found.coveredBy).toBeUndefined();
  });

  it('takes an attestation of a shared item from either side', () => {
    for (const by of ['mentor', 'mentee'] as const) {
      const r = cultivating().attest('cultivate.growth-opportunities', day(10), by).build();
      const found = item(report(r, day(12)), 'cultivate.growth-opportunities');
      expect(found.status).toBe('done');
      expect(found.coveredBy).toBeUndefined();
    }
  });

  it('credits a programme’s manual items to their responsible side too', () => {
    const items = [
      {
        id: 'acme.cv-check',
        rule: 'manual' as const,
        responsible: 'mentee' as const,
        label: { en: 'CV checked' },
      },
    ];
    const by = (side: 'mentor' | 'mentee') =>
      evaluateChecklist(cultivating().attest('acme.cv-check', day(10), side).build(), {
        role: 'admin',
        now: day(12),
        items,
      });
    expect(item(by('mentee'), 'acme.cv-check').status).toBe('done');
    const covered = item(by('mentor'), 'acme.cv-check');
    expect(covered.status).toBe('manual');
    expect(covered.coveredBy?.role).toBe('mentor');
  });
});

describe('a reschedule inside the cancellation notice counts like a late cancellation', () => {
  // m2 starts on day 21 at 18:00; the default notice is 24 hours.
  const moved = (by: 'mentor' | 'mentee', at: string) =>
    cultivating()
      .meeting('m2', { startsAt: day(21) })
      .reschedule('m2', at, day(23), by)
      .build();
  const cancelled = (by: 'mentor' | 'mentee', at: string) =>
    cultivating()
      .meeting('m2', { startsAt: day(21), cancelledAt: at, cancelledBy: by })
      .build();

  it('makes "respect the mentor’s time" overdue for the mentee, exactly like cancelling', () => {
    const viaMove = item(
      report(moved('mentee', day(21, 17)), day(21, 18)),
      'mentee.respect-mentor-time',
    );
    const viaCancel = item(
      report(cancelled('mentee', day(21, 17)), day(21, 18)),
      'mentee.respect-mentor-time',
    );
    expect(viaCancel.status).toBe('overdue');
    expect(viaMove.status).toBe('overdue');
    expect(viaMove.dueAt).toBe(viaCancel.dueAt);
    expect(viaMove.dueAt).toBe(day(20));
    expect(evidenceOf(viaMove.evidence)).toEqual(matching(['meeting:m2', 'event:*']));
  });

  it('makes the mentor’s "attend meetings" overdue, exactly like cancelling', () => {
    const viaMove = item(
      report(moved('mentor', day(21, 17)), day(21, 18)),
      'mentor.attend-meetings',
    );
    const viaCancel = item(
      report(cancelled('mentor', day(21, 17)), day(21, 18)),
      'mentor.attend-meetings',
    );
    expect(viaCancel.status).toBe('overdue');
    expect(viaMove.status).toBe('overdue');
    expect(viaMove.dueAt).toBe(day(20));
  });

  it('counts only for whoever made it', () => {
    expect(
      item(report(moved('mentor', day(21, 17)), day(21, 18)), 'mentee.respect-mentor-time').status,
    ).toBe('done');
    expect(
      item(report(moved('mentee', day(21, 17)), day(21, 18)), 'mentor.attend-meetings').status,
    ).toBe('done');
  });

  it('is fine with the programme’s notice: done for the mentee, neutral for the mentor', () => {
    const early = item(report(moved('mentee', day(15)), day(16)), 'mentee.respect-mentor-time');
    expect(early.status).toBe('done');
    expect(evidenceOf(early.evidence)).toEqual(matching(['meeting:m2', 'event:*']));
    const mentor = item(report(moved('mentor', day(15)), day(16)), 'mentor.attend-meetings');
    expect(evidenceOf(mentor.evidence)).toEqual(['meeting:m1']);
    // With no notice required, one hour is enough.
    const program = { id: 'career-starters', settings: { cancellationNoticeHours: 0 } };
    const lenient = report(moved('mentee', day(21, 17)), day(21, 18), program);
    expect(item(lenient, 'mentee.respect-mentor-time').status).toBe('done');
  });

  it('measures the notice from the start the meeting moved away from', () => {
    // Moved twice: day 21 → day 23 with notice, then day 23 → day 25 one hour before day 23.
    const r = cultivating()
      .meeting('m2', { startsAt: day(21) })
      .reschedule('m2', day(15), day(23), 'mentee')
      .reschedule('m2', day(23, 17), day(25), 'mentee')
      .build();
    const found = item(report(r, day(23, 18)), 'mentee.respect-mentor-time');
    expect(found.status).toBe('overdue');
    expect(found.dueAt).toBe(day(22));
  });

  it('is settled by the next meeting the side attends', () => {
    const r = cultivating()
      .meeting('m2', { startsAt: day(21) })
      .reschedule('m2', day(21, 17), day(23), 'mentee')
      .build();
    const later = cultivating()
      .meeting('m2', { startsAt: day(21) })
      .reschedule('m2', day(21, 17), day(23), 'mentee')
      .meeting('m3', { startsAt: day(24), attendance: {} })
      .build();
    expect(item(report(r, day(22)), 'mentee.respect-mentor-time').status).toBe('overdue');
    expect(item(report(later, day(25)), 'mentee.respect-mentor-time').status).toBe('done');
  });
});
