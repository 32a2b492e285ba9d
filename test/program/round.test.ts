import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, InvalidOptionsError, matchRound, planRound } from '../../src/index';
import { dePack } from './fixtures';
import {
  coordinator,
  enrolment,
  isDeepFrozen,
  mentee,
  mentor,
  now,
  program,
  relationship,
  round,
  snapshot,
} from './round-fixtures';

const draft = {
  id: 'spring-2027',
  name: 'Spring 2027',
  applicationWindow: { opensAt: '2027-01-11', closesAt: '2027-02-07' },
  matchingAt: '2027-02-15',
  relationshipMonths: 6,
};

describe('planRound', () => {
  it('completes a draft: calendar dates in the programme’s time zone, ends after the months', () => {
    const result = planRound(program, { round: draft, now: '2027-01-20T09:00:00+01:00' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.round).toEqual({
      schemaVersion: 1,
      id: 'spring-2027',
      programId: 'career-starters',
      name: 'Spring 2027',
      // closesAt: the whole of 7 February
      applicationWindow: {
        opensAt: '2027-01-11T00:00:00+01:00',
        closesAt: '2027-02-08T00:00:00+01:00',
      },
      matchingAt: '2027-02-15T00:00:00+01:00',
      relationshipMonths: 6,
    });
    // Six months later, in summer time.
    expect(result.value.endsAt).toBe('2027-08-15T00:00:00+02:00');
    expect(result.value.phase).toBe('applications-open');
    expect(result.value.next).toEqual({
      milestone: 'applications-close',
      at: '2027-02-08T00:00:00+01:00',
      inDays: 18,
    });
    expect(formatMessage(result.value.phaseLabel.key, result.value.phaseLabel.params)).toBe(
      'Applications open',
    );
    expect(isDeepFrozen(result)).toBe(true);
  });

  it('gives each phase by date', () => {
    const phase = (at: string) => {
      const result = planRound(program, { round, now: at });
      return result.ok ? result.value.phase : 'invalid';
    };
    expect(phase('2027-01-01T00:00:00+01:00')).toBe('upcoming');
    expect(phase('2027-01-11T00:00:00+01:00')).toBe('applications-open');
    expect(phase('2027-02-08T00:00:00+01:00')).toBe('awaiting-matching');
    expect(phase('2027-02-15T00:00:00+01:00')).toBe('running');
    expect(phase('2027-08-15T00:00:00+02:00')).toBe('finished');
  });

  it('lists the participants, counts them, says when matching is due and finds overlapping rounds', () => {
    const enrolments = [
      enrolment('sam', 'mentee', 'ready', { roundId: round.id }),
      enrolment('kim', 'mentee', 'onboarding', { roundId: round.id }),
      enrolment('ada', 'mentor', 'ready', { roundId: round.id }),
      enrolment('lee', 'mentee', 'ready', { roundId: 'autumn-2026' }),
    ];
    const autumn = {
      ...draft,
      id: 'autumn-2026',
      applicationWindow: { opensAt: '2026-09-01', closesAt: '2027-01-15' },
      matchingAt: '2027-01-20',
    };
    const later = {
      ...draft,
      id: 'summer-2027',
      applicationWindow: { opensAt: '2027-05-01', closesAt: '2027-05-31' },
      matchingAt: '2027-06-07',
    };
    const result = planRound(program, {
      round,
      now,
      enrolments,
      rounds: [autumn, later, round, { id: 'bad' } as never],
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.participants.map((p) => `${p.side}:${p.personId}:${p.status}`)).toEqual([
      'mentor:ada:ready',
      'mentee:kim:onboarding',
      'mentee:sam:ready',
    ]);
    expect(result.value.counts.mentee.ready).toBe(1);
    expect(result.value.counts.mentee.onboarding).toBe(1);
    expect(result.value.counts.mentor.ready).toBe(1);
    expect(result.value.matchingDue).toBe(true);
    expect(result.value.overlappingRoundIds).toEqual(['autumn-2026']);
  });

  it('returns an invalid round as an error with paths, never throwing', () => {
    const result = planRound(program, {
      round: {
        ...draft,
        applicationWindow: { opensAt: '2027-02-07', closesAt: '2027-01-11' },
        matchingAt: '2027-01-01',
      },
      now,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => [i.path, i.messageKey])).toEqual([
      [['applicationWindow', 'closesAt'], 'program.round.window_closes_before_it_opens'],
      [['matchingAt'], 'program.round.matching_before_applications_close'],
    ]);
    const other = planRound(program, { round: { ...round, programId: 'elsewhere' }, now });
    expect(!other.ok && other.error.issues[0]?.path).toEqual(['programId']);
    const garbage = planRound(program, { round: 42 as never, now });
    expect(garbage.ok).toBe(false);
  });

  it('writes calendar dates in UTC without a programme time zone', () => {
    const result = planRound({ id: 'career-starters' }, { round: draft, now });
    expect(result.ok && result.value.round.matchingAt).toBe('2027-02-15T00:00:00Z');
    expect(result.ok && result.value.endsAt).toBe('2027-08-15T00:00:00Z');
  });

  it('property: any object as options either works or throws InvalidOptionsError', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          planRound(program, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
      }),
    );
  });
});

describe('matchRound', () => {
  const mentors = [
    mentor('ada', { capacity: 2 }),
    mentor('bo', { capacity: 1 }),
    mentor('cy', { capacity: 1 }),
  ];
  const mentees = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => mentee(id));
  const enrolments = [
    enrolment('ada', 'mentor', 'active'),
    enrolment('bo', 'mentor', 'ready'),
    enrolment('cy', 'mentor', 'ready', { pause: { since: '2027-02-01T09:00:00+01:00' } }),
    enrolment('m1', 'mentee', 'ready', { roundId: round.id }),
    enrolment('m2', 'mentee', 'ready', { roundId: round.id }),
    enrolment('m3', 'mentee', 'onboarding', { roundId: round.id }),
    enrolment('m4', 'mentee', 'waitlisted', { roundId: 'autumn-2026' }),
    enrolment('m5', 'mentee', 'ready', { roundId: 'autumn-2026' }),
  ];
  // ada has one active mentee already.
  const relationships = [relationship('ada', 'old', 'cultivating')];

  it('stages proposals for the ready people against the places left, and explains the rest', () => {
    const before = snapshot({ mentors, mentees, enrolments, relationships });
    const staged = matchRound(
      program,
      { round, mentors, mentees, enrolments, relationships },
      { now, by: coordinator },
    );
    // Places: ada 2 − 1 active = 1, bo 1, cy paused. Waiting: m1, m2 (round), m4 (waitlist).
    expect(staged.pairs).toHaveLength(2);
    expect(staged.proposals.map((p) => p.stage)).toEqual(['proposed', 'proposed']);
    expect(staged.proposals[0]?.proposal.expiresAt).toBe('2027-03-01T09:00:00+01:00');
    expect(staged.places.map((p) => [p.mentorId, p.free, p.proposed, p.left])).toEqual([
      ['ada', 1, 1, 0],
      ['bo', 1, 1, 0],
    ]);
    expect(staged.waitlist).toHaveLength(1);
    expect(staged.waitlist[0]?.reason).toBe('lost_to_better_pair');
    expect(staged.skipped.map((s) => [s.personId, s.reason])).toEqual([
      ['cy', 'paused'],
      ['m3', 'not_ready'],
    ]);
    expect(staged.roundId).toBe(round.id);
    expect(staged.totals).toMatchObject({ pairs: 2, matchedMentees: 2, waitlisted: 1 });
    expect(isDeepFrozen(staged)).toBe(true);
    expect({ mentors, mentees, enrolments, relationships }).toEqual(before);
    expect(Object.isFrozen(mentors[0])).toBe(false);
  });

  it('leaves the waitlist of other rounds out on request', () => {
    const staged = matchRound(
      program,
      { round, mentors, mentees, enrolments, relationships },
      { now, by: coordinator, includeWaitlist: false },
    );
    expect(staged.pairs.map((p) => p.menteeId).sort()).toEqual(['m1', 'm2']);
    expect(staged.waitlist).toEqual([]);
  });

  it('counts unexpired proposals as held places, and never proposes a former partner unless asked', () => {
    const held = [
      ...relationships,
      relationship('bo', 'someone', 'proposed', {
        proposal: { expiresAt: '2027-02-20T09:00:00+01:00' },
      }),
      relationship('ada', 'm1', 'ended'),
    ];
    const staged = matchRound(
      program,
      { round, mentors, mentees, enrolments: enrolments.slice(0, 4), relationships: held },
      { now, by: coordinator },
    );
    expect(staged.places.find((p) => p.mentorId === 'bo')).toMatchObject({ pending: 1, free: 0 });
    expect(staged.pairs).toEqual([]);
    expect(staged.waitlist.map((w) => [w.personId, w.reason])).toEqual([
      ['m1', 'capacity_exhausted'],
      ['bo', 'no_mentee'],
    ]);
    const again = matchRound(
      program,
      { round, mentors, mentees, enrolments: enrolments.slice(0, 4), relationships: held },
      { now, by: coordinator, allowFormerPartners: true },
    );
    expect(again.pairs.map((p) => `${p.mentorId}/${p.menteeId}`)).toEqual(['ada/m1']);
  });

  it('renders the waitlist reasons', () => {
    const staged = matchRound(
      program,
      { round, mentors, mentees, enrolments, relationships },
      { now, by: coordinator },
    );
    const reason = staged.waitlist[0]?.explanation;
    expect(formatMessage(reason?.key as never, reason?.params ?? {})).toBe(
      'the places of every fitting mentor went to pairs with a better fit',
    );
    const mentorLeft = { key: 'program.unmatched.no_mentee', params: {} } as const;
    expect(formatMessage(mentorLeft.key, mentorLeft.params, dePack)).toBe(
      'dieser Person wurde diesmal kein Mentee zugeordnet',
    );
  });

  it('rejects bad options and a round of another programme with a path', () => {
    const call = (options: unknown, input: unknown = { round, mentors, mentees, enrolments }) => {
      try {
        matchRound(program, input as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError);
        return (error as InvalidOptionsError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(call({ now, by: coordinator, matching: { program } })).toEqual([['matching']]);
    expect(call({ now, by: coordinator, matching: { topK: 4 }, strategy: 'waitlist' })).toEqual([
      ['matching', 'topK'],
    ]);
    expect(call({ now, by: coordinator, strategy: 'fair' })).toEqual([['strategy']]);
    expect(
      call(
        { now, by: coordinator },
        { round: { ...round, programId: 'x' }, mentors, mentees, enrolments },
      ),
    ).toEqual([['round', 'programId']]);
    expect(
      call(
        { now, by: coordinator },
        { round: { ...round, matchingAt: 'soon' }, mentors, mentees, enrolments },
      ),
    ).toEqual([['round', 'matchingAt']]);
  });

  it('property: any object as options either works or throws InvalidOptionsError', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          matchRound(program, { round, mentors, mentees, enrolments }, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
      }),
      { numRuns: 50 },
    );
  });
});
