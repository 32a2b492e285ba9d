import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, InvalidOptionsError, waitlist } from '../../src/index';
import { enrolment, isDeepFrozen, now, program, snapshot } from './round-fixtures';

const DAY = 86_400_000;

describe('waitlist', () => {
  const enrolments = [
    enrolment('old', 'mentee', 'waitlisted', { waitingSince: '2026-12-01T09:00:00+01:00' }),
    enrolment('new', 'mentee', 'waitlisted', { waitingSince: '2027-02-01T09:00:00+01:00' }),
    enrolment('flagged', 'mentee', 'waitlisted', {
      waitingSince: '2027-02-10T09:00:00+01:00',
      priorityFlags: ['under-represented'],
    }),
    enrolment('rematched', 'mentee', 'waitlisted', {
      waitingSince: '2027-02-14T09:00:00+01:00',
      priorityFlags: ['unknown-flag', 'rematch'],
    }),
    enrolment('ready', 'mentee', 'ready', { waitingSince: '2027-01-01T09:00:00+01:00' }),
    enrolment('active', 'mentee', 'active'),
    enrolment('m-wait', 'mentor', 'waitlisted', {
      waitingSince: '2027-01-20T09:00:00+01:00',
      pause: { since: '2027-02-01T09:00:00+01:00' },
    }),
  ];

  it('orders by priority flag (programme order), then waiting since, with days waited', () => {
    const list = waitlist(program, { enrolments, now });
    expect(list.entries.map((e) => e.personId)).toEqual([
      'rematched',
      'flagged',
      'old',
      'm-wait',
      'new',
    ]);
    expect(list.entries[0]).toMatchObject({ position: 1, priority: 'rematch', waitingDays: 1 });
    expect(list.entries.find((e) => e.personId === 'old')?.waitingDays).toBe(76);
    expect(list.entries.find((e) => e.personId === 'm-wait')?.paused).toBe(true);
    expect(list.figures).toEqual({
      length: 5,
      mentors: 1,
      mentees: 4,
      paused: 1,
      byPriority: [
        { flag: 'rematch', count: 1 },
        { flag: 'under-represented', count: 1 },
      ],
      medianWaitingDays: 14,
      longestWaitingDays: 76,
    });
  });

  it('filters by side and round, and includes ready people on request', () => {
    const list = waitlist(program, { enrolments, now, side: 'mentee', includeReady: true });
    expect(list.entries.map((e) => e.personId)).toEqual([
      'rematched',
      'flagged',
      'old',
      'ready',
      'new',
    ]);
    const round = waitlist(program, {
      enrolments: [enrolment('x', 'mentee', 'waitlisted', { roundId: 'r1' }), ...enrolments],
      now,
      roundId: 'r1',
    });
    expect(round.entries.map((e) => e.personId)).toEqual(['x']);
    // Without waitingSince, the application date counts.
    expect(round.entries[0]?.waitingSince).toBe('2027-01-12T10:00:00+01:00');
  });

  it('reports bad enrolments and other programmes’ per item, without aborting', () => {
    const list = waitlist(program, {
      enrolments: [
        { id: 'broken' },
        enrolment('other', 'mentee', 'waitlisted', { programId: 'elsewhere' }),
        ...enrolments,
      ] as never,
      now,
    });
    expect(list.entries).toHaveLength(5);
    expect(list.failed.map((f) => [f.index, f.id, f.error.code])).toEqual([
      [0, 'broken', 'validation_failed'],
      [1, 'enr-other', 'program_mismatch'],
    ]);
    const mismatch = list.failed[1]?.error;
    expect(formatMessage(mismatch?.messageKey as never, mismatch?.params ?? {})).toBe(
      'This enrolment belongs to programme “elsewhere”, not to “career-starters”.',
    );
  });

  it('an empty list has no waiting figures', () => {
    const list = waitlist({ id: 'career-starters' }, { enrolments: [], now });
    expect(list.figures).toEqual({ length: 0, mentors: 0, mentees: 0, paused: 0, byPriority: [] });
  });

  it('freezes the result and leaves the input unchanged and unfrozen', () => {
    const before = snapshot(enrolments);
    const list = waitlist(program, { enrolments, now });
    expect(isDeepFrozen(list)).toBe(true);
    expect(enrolments).toEqual(before);
    expect(Object.isFrozen(enrolments[0])).toBe(false);
  });

  it('rejects bad options with a path', () => {
    expect(() => waitlist(program, { enrolments, now: 'yesterday' })).toThrow(InvalidOptionsError);
    try {
      waitlist(
        { id: 'p', settings: { waitlistPriorities: 'x' } } as never,
        {
          enrolments: [],
          now,
          sid: 'mentor',
        } as never,
      );
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues[0]?.path).toEqual([]);
      expect((error as InvalidOptionsError).issues[0]?.code).toBe('unrecognized_keys');
    }
    try {
      waitlist({ id: 'p', settings: { waitlistPriorities: 'x' } } as never, {
        enrolments: [],
        now,
      });
    } catch (error) {
      expect((error as InvalidOptionsError).issues[0]?.path).toEqual([
        'program',
        'settings',
        'waitlistPriorities',
      ]);
    }
  });

  it('property: the order is priority rank, then waiting since, then id, whatever the input order', () => {
    const priorities = ['a', 'b', 'c'];
    const person = fc.record({
      id: fc.stringMatching(/^[a-z]{1,6}$/),
      days: fc.integer({ min: 0, max: 400 }),
      flags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'zz'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 25 }), (people) => {
        const docs = people.map((p) =>
          enrolment(p.id, 'mentee', 'waitlisted', {
            waitingSince: new Date(Date.parse(now) - p.days * DAY).toISOString(),
            priorityFlags: p.flags,
          }),
        );
        const settings = { waitlistPriorities: priorities };
        const list = waitlist({ id: 'career-starters', settings }, { enrolments: docs, now });
        const shuffled = waitlist(
          { id: 'career-starters', settings },
          { enrolments: [...docs].reverse(), now },
        );
        expect(shuffled.entries).toEqual(list.entries);
        const rank = (flags: readonly string[]) =>
          Math.min(3, ...flags.map((f) => priorities.indexOf(f)).filter((i) => i >= 0));
        const keys = list.entries.map((entry) => {
          const p = people.find((x) => x.id === entry.personId);
          return [rank(p?.flags ?? []), -(p?.days ?? 0), entry.enrolmentId] as const;
        });
        for (let i = 1; i < keys.length; i++) {
          const [ra, da, ia] = keys[i - 1] as (typeof keys)[number];
          const [rb, db, ib] = keys[i] as (typeof keys)[number];
          expect(ra < rb || (ra === rb && (da < db || (da === db && ia < ib)))).toBe(true);
        }
        expect(list.entries.map((e) => e.position)).toEqual(list.entries.map((_, i) => i + 1));
      }),
    );
  });

  it('property: any object as options either works or throws InvalidOptionsError', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          waitlist(program, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
      }),
    );
  });
});
