import { describe, expect, it } from 'vitest';
import { assign } from '../../src/matching/assign';
import { MatchingOptionsError } from '../../src/matching/options';
import { toProposals } from '../../src/matching/to-proposals';
import { parseRelationship } from '../../src/model';
import { makeCohort } from './support/cohort';

describe('toProposals', () => {
  const { mentors, mentees } = makeCohort({ mentors: 4, mentees: 6, seed: 11 });
  const assignment = assign(mentors, mentees);
  const by = { role: 'admin', id: 'coordinator' } as const;

  it('turns every pair into a valid relationship in the proposed stage', () => {
    const drafts = toProposals(assignment, {
      programId: 'spring-2026',
      at: '2026-03-01T09:00:00+01:00',
      by,
    });
    expect(drafts).toHaveLength(assignment.pairs.length);
    drafts.forEach((relationship, index) => {
      const pair = assignment.pairs[index];
      expect(relationship.stage).toBe('proposed');
      expect(relationship.mentorId).toBe(pair?.mentorId);
      expect(relationship.menteeId).toBe(pair?.menteeId);
      expect(relationship.id).toBe(`spring-2026/${pair?.mentorId}/${pair?.menteeId}`);
      expect(relationship.proposal.expiresAt).toBe('2026-03-15T09:00:00+01:00');
      expect(parseRelationship(JSON.parse(JSON.stringify(relationship))).ok).toBe(true);
    });
  });

  it('uses custom ids and expiry, hashes long ids and validates options', () => {
    const pairs = [
      { mentorId: 'm'.repeat(100), menteeId: 'e'.repeat(100), score: 1, explanation: [] },
    ];
    const [long] = toProposals(
      { pairs },
      { programId: 'p', at: '2026-03-01T09:00:00Z', by, ttlDays: 3 },
    );
    expect(long?.id).toMatch(/^p\/match-[0-9a-f]{16}$/);
    expect(long?.proposal.expiresAt).toBe('2026-03-04T09:00:00Z');
    const [custom] = toProposals(assignment, {
      programId: 'p',
      at: '2026-03-01T09:00:00Z',
      by,
      relationshipId: ({ mentorId }) => `r-${mentorId}`,
    });
    expect(custom?.id).toBe(`r-${assignment.pairs[0]?.mentorId}`);
    expect(() => toProposals(assignment, { programId: 'p', at: 'yesterday', by })).toThrow(
      MatchingOptionsError,
    );
  });
});
