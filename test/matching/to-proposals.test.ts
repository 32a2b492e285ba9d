import { describe, expect, it } from 'vitest';
import {
  type AssignedPair,
  assign,
  formatError,
  InvalidOptionsError,
  parseRelationship,
  toProposals,
} from '../../src';
import { makeCohort } from './support/cohort';

describe('toProposals', () => {
  const { mentors, mentees } = makeCohort({ mentors: 4, mentees: 6, seed: 11 });
  const assignment = assign(mentors, mentees);
  const by = { role: 'admin', id: 'coordinator' } as const;
  const pair = (mentorId: string, menteeId: string): AssignedPair => ({
    mentorId,
    menteeId,
    score: 1,
    criteria: [],
  });

  it('turns every pair into a valid relationship in the proposed stage', () => {
    const { proposals, failed } = toProposals(assignment, {
      program: { id: 'spring-2026' },
      now: '2026-03-01T09:00:00+01:00',
      by,
    });
    expect(failed).toEqual([]);
    expect(proposals).toHaveLength(assignment.pairs.length);
    proposals.forEach((relationship, index) => {
      const pair = assignment.pairs[index];
      expect(relationship.stage).toBe('proposed');
      expect(relationship.programId).toBe('spring-2026');
      expect(relationship.mentorId).toBe(pair?.mentorId);
      expect(relationship.menteeId).toBe(pair?.menteeId);
      expect(relationship.id).toBe(`spring-2026~${pair?.mentorId}~${pair?.menteeId}`);
      expect(relationship.proposal.expiresAt).toBe('2026-03-15T09:00:00+01:00');
      expect(parseRelationship(JSON.parse(JSON.stringify(relationship))).ok).toBe(true);
    });
    expect(Object.isFrozen(proposals)).toBe(true);
  });

  it('honours the programme’s proposal TTL (it made 14-day proposals when the programme said 10)', () => {
    const { proposals } = toProposals(assignment, {
      program: { id: 'spring-2026', settings: { proposalTtlDays: 10 } },
      now: '2026-03-01T09:00:00+01:00',
      by,
    });
    expect(proposals[0]?.proposal.expiresAt).toBe('2026-03-11T09:00:00+01:00');
  });

  it('takes a whole parsed programme', () => {
    const program = {
      schemaVersion: 1 as const,
      id: 'autumn',
      name: 'Autumn cohort',
      topics: [],
      settings: {
        defaultMentorCapacity: 2,
        maxMentorsPerMentee: 1,
        proposalTtlDays: 3,
        meetingCadenceDays: 14,
        agendaLeadTimeHours: 24,
        cancellationNoticeHours: 24,
        punctualityGraceMinutes: 5,
        minMentorExperienceYears: 1,
        referenceWeek: '2026-01-05',
      },
    };
    const { proposals } = toProposals(assignment, { program, now: '2026-03-01T09:00:00Z', by });
    expect(proposals[0]?.proposal.expiresAt).toBe('2026-03-04T09:00:00Z');
  });

  it('uses custom ids and hashes long ids', () => {
    const [long] = toProposals(
      { pairs: [pair('m'.repeat(100), 'e'.repeat(100))] },
      { program: { id: 'p' }, now: '2026-03-01T09:00:00Z', by },
    ).proposals;
    expect(long?.id).toMatch(/^p~match-[0-9a-f]{16}$/);
    const [custom] = toProposals(assignment, {
      program: { id: 'p' },
      now: '2026-03-01T09:00:00Z',
      by,
      relationshipId: ({ mentorId }) => `r-${mentorId}`,
    }).proposals;
    expect(custom?.id).toBe(`r-${assignment.pairs[0]?.mentorId}`);
  });

  it('reports a pair that cannot be proposed and proposes the others (one used to abort the batch)', () => {
    const { proposals, failed } = toProposals(
      { pairs: [pair('ada', 'sam'), pair('same', 'same'), pair('bo', 'kim')] },
      { program: { id: 'p' }, now: '2026-03-01T09:00:00Z', by },
    );
    expect(proposals.map((relationship) => relationship.id)).toEqual(['p~ada~sam', 'p~bo~kim']);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      index: 1,
      mentorId: 'same',
      menteeId: 'same',
      error: { code: 'invalid_pair', issues: [{ path: ['menteeId'], code: 'same_person' }] },
    });
    expect(formatError(failed[0]?.error as NonNullable<(typeof failed)[0]>['error'])).toMatch(
      /^The pair same → same cannot be proposed \(1 problem\):\n- at menteeId: /,
    );
    expect(Object.isFrozen(failed[0])).toBe(true);
    // Plain data: a failure survives JSON.
    expect(JSON.parse(JSON.stringify(failed))).toEqual(failed);
  });

  it('reports a relationship id made twice instead of proposing it twice', () => {
    const { proposals, failed } = toProposals(
      { pairs: [pair('ada', 'sam'), pair('bo', 'kim')] },
      { program: { id: 'p' }, now: '2026-03-01T09:00:00Z', by, relationshipId: () => 'same' },
    );
    expect(proposals).toHaveLength(1);
    expect(failed[0]?.error).toMatchObject({
      code: 'invalid_pair',
      issues: [{ path: ['relationshipId'], code: 'duplicate_id', params: { value: 'same' } }],
    });
  });

  it('throws InvalidOptionsError for invalid options, including typos inside the programme', () => {
    const run = (options: unknown) => () =>
      toProposals(assignment, options as Parameters<typeof toProposals>[1]);
    expect(run({ program: { id: 'p' }, now: 'yesterday', by })).toThrow(InvalidOptionsError);
    // The old option names are errors, not silently ignored.
    expect(run({ programId: 'p', at: '2026-03-01T09:00:00Z', by })).toThrow(InvalidOptionsError);
    try {
      run({
        program: { id: 'p', settings: { proposalTTLDays: 3 } },
        now: '2026-03-01T09:00:00Z',
        by,
      })();
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidOptionsError).issues[0]?.path).toEqual(['program', 'settings']);
      expect((error as InvalidOptionsError).issues[0]?.code).toBe('unrecognized_keys');
    }
    expect(() =>
      toProposals({ pairs: 'none' } as never, {
        program: { id: 'p' },
        now: '2026-03-01T09:00:00Z',
        by,
      }),
    ).toThrow(InvalidOptionsError);
  });
});
