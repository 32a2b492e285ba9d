import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnrolmentFields, RelationshipFields } from '../../src/index';
import { InvalidOptionsError, isActiveStage, isTerminalStage, rematch } from '../../src/index';
import {
  coordinator,
  enrolment,
  isDeepFrozen,
  mentee,
  mentor,
  now,
  program,
  relationship,
  snapshot,
} from './round-fixtures';

describe('rematch', () => {
  it('serves the waitlist in order: priority first, then the longest wait', () => {
    const mentors = [mentor('ada', { capacity: 1 })];
    const mentees = [mentee('early'), mentee('late'), mentee('flagged')];
    const enrolments = [
      enrolment('ada', 'mentor', 'ready'),
      enrolment('early', 'mentee', 'waitlisted', { waitingSince: '2026-11-01T09:00:00+01:00' }),
      enrolment('late', 'mentee', 'ready', { waitingSince: '2027-02-10T09:00:00+01:00' }),
      enrolment('flagged', 'mentee', 'waitlisted', {
        waitingSince: '2027-02-14T09:00:00+01:00',
        priorityFlags: ['rematch'],
      }),
    ];
    const staged = rematch(program, { mentors, mentees, enrolments }, { now, by: coordinator });
    expect(staged.strategy).toBe('waitlist');
    expect(staged.pairs.map((p) => p.menteeId)).toEqual(['flagged']);
    expect(staged.waitlist.map((w) => [w.personId, w.reason])).toEqual([
      ['early', 'taken_by_earlier'],
      ['late', 'taken_by_earlier'],
    ]);
    expect(staged.proposals[0]).toMatchObject({
      id: 'career-starters~ada~flagged',
      stage: 'proposed',
      mentorId: 'ada',
      menteeId: 'flagged',
    });
  });

  it('matches someone whose relationship ended early with a new mentor, not the former one', () => {
    const mentors = [
      mentor('ada', { capacity: 2, expertise: ['first-job'] }),
      mentor('bo', { capacity: 1, expertise: ['networking'] }),
    ];
    const mentees = [mentee('sam'), mentee('kim')];
    const enrolments = [
      enrolment('ada', 'mentor', 'active'),
      enrolment('bo', 'mentor', 'ready'),
      enrolment('sam', 'mentee', 'waitlisted', {
        priorityFlags: ['rematch'],
        formerPartnerIds: ['ada'],
      }),
    ];
    // kim's pair with ada is active and stays as it is.
    const relationships = [relationship('ada', 'kim', 'cultivating')];
    const staged = rematch(
      program,
      { mentors, mentees, enrolments, relationships },
      { now, by: coordinator },
    );
    expect(staged.pairs.map((p) => `${p.mentorId}/${p.menteeId}`)).toEqual(['bo/sam']);
    const asked = rematch(
      program,
      { mentors, mentees, enrolments, relationships },
      { now, by: coordinator, allowFormerPartners: true },
    );
    expect(asked.pairs.map((p) => `${p.mentorId}/${p.menteeId}`)).toEqual(['ada/sam']);
  });

  it('gives a new id when the former pair’s relationship has the default one', () => {
    const people = {
      mentors: [mentor('ada')],
      mentees: [mentee('sam')],
      enrolments: [enrolment('ada', 'mentor', 'active'), enrolment('sam', 'mentee', 'waitlisted')],
    };
    const options = { now, by: coordinator, allowFormerPartners: true };
    const first = rematch(program, people, options).proposals[0]?.id as string;
    const staged = rematch(
      program,
      {
        ...people,
        relationships: [
          relationship('ada', 'sam', 'ended', { id: first }),
          relationship('ada', 'sam', 'withdrawn', { id: `${first}-2` }),
        ],
      },
      options,
    );
    expect(staged.proposals.map((p) => p.id)).toEqual([`${first}-3`]);
    expect(staged.proposalFailures).toEqual([]);
  });

  it('skips mentees whose open proposals fill their places', () => {
    const staged = rematch(
      program,
      {
        mentors: [mentor('ada'), mentor('bo')],
        mentees: [mentee('sam')],
        enrolments: [
          enrolment('ada', 'mentor', 'ready'),
          enrolment('bo', 'mentor', 'ready'),
          enrolment('sam', 'mentee', 'waitlisted'),
        ],
        relationships: [relationship('ada', 'sam', 'proposed')],
      },
      { now, by: coordinator, strategy: 'optimal' },
    );
    expect(staged.pairs).toEqual([]);
    expect(staged.skipped.map((s) => [s.personId, s.reason])).toEqual([
      ['sam', 'proposal_pending'],
    ]);
  });

  it('property: capacities, former partners, active pairs and inputs are respected by every strategy', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const menteeIds = ['p', 'q', 'r', 's', 't', 'u'];
    const stage = fc.constantFrom(
      'proposed',
      'preparing',
      'cultivating',
      'paused',
      'ended',
      'completed',
      'withdrawn',
    ) as fc.Arbitrary<RelationshipFields['stage']>;
    const scenario = fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
      mentorStatus: fc.array(fc.constantFrom('ready', 'active', 'waitlisted', 'applied'), {
        minLength: 4,
        maxLength: 4,
      }),
      menteeStatus: fc.array(fc.constantFrom('ready', 'waitlisted', 'active', 'matched'), {
        minLength: 6,
        maxLength: 6,
      }),
      flags: fc.array(fc.subarray(['rematch', 'under-represented', 'other']), {
        minLength: 6,
        maxLength: 6,
      }),
      former: fc.array(fc.subarray(ids), { minLength: 6, maxLength: 6 }),
      relationships: fc.array(
        fc.record({
          mentor: fc.constantFrom(...ids),
          mentee: fc.constantFrom(...menteeIds),
          stage,
        }),
        { maxLength: 10 },
      ),
      strategy: fc.constantFrom('waitlist', 'optimal', 'stable', 'greedy') as fc.Arbitrary<
        'waitlist' | 'optimal' | 'stable' | 'greedy'
      >,
      allowFormerPartners: fc.boolean(),
      maxMentors: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const mentors = ids.map((id, k) => mentor(id, { capacity: s.capacities[k] as number }));
        const mentees = menteeIds.map((id) => mentee(id));
        const enrolments: EnrolmentFields[] = [
          ...ids.map((id, k) =>
            enrolment(id, 'mentor', s.mentorStatus[k] as EnrolmentFields['status']),
          ),
          ...menteeIds.map((id, k) =>
            enrolment(id, 'mentee', s.menteeStatus[k] as EnrolmentFields['status'], {
              priorityFlags: s.flags[k] as string[],
              formerPartnerIds: s.former[k] as string[],
            }),
          ),
        ];
        const relationships = s.relationships.map((r, k) =>
          relationship(r.mentor, r.mentee, r.stage, { id: `r${k}` }),
        );
        const input = { mentors, mentees, enrolments, relationships };
        const before = snapshot(input);
        const settings = { ...program.settings, maxMentorsPerMentee: s.maxMentors };
        const staged = rematch({ ...program, settings }, input, {
          now,
          by: coordinator,
          strategy: s.strategy,
          allowFormerPartners: s.allowFormerPartners,
        });
        expect(input).toEqual(before);
        expect(isDeepFrozen(staged)).toBe(true);
        for (const [k, id] of ids.entries()) {
          const held = relationships.filter(
            (r) => r.mentorId === id && (isActiveStage(r.stage) || r.stage === 'proposed'),
          ).length;
          const proposed = staged.proposals.filter((p) => p.mentorId === id).length;
          // Never beyond the places left (nothing at all when already full).
          expect(proposed).toBeLessThanOrEqual(Math.max(0, (s.capacities[k] as number) - held));
        }
        for (const p of staged.proposals) {
          // No pair that exists, is open or active: active pairs are untouched.
          expect(
            relationships.some(
              (r) =>
                r.mentorId === p.mentorId && r.menteeId === p.menteeId && !isTerminalStage(r.stage),
            ),
          ).toBe(false);
          if (!s.allowFormerPartners) {
            const formerIds = s.former[menteeIds.indexOf(p.menteeId)] as string[];
            expect(formerIds).not.toContain(p.mentorId);
            expect(
              relationships.some((r) => r.mentorId === p.mentorId && r.menteeId === p.menteeId),
            ).toBe(false);
          }
          expect(relationships.map((r) => r.id)).not.toContain(p.id);
          // Only waiting, open people are proposed.
          const e = enrolments.find((x) => x.personId === p.menteeId);
          expect(['ready', 'waitlisted']).toContain(e?.status);
          const m = enrolments.find((x) => x.personId === p.mentorId);
          expect(m?.status).not.toBe('applied');
        }
        // Each mentee within their places.
        for (const id of menteeIds) {
          const active = relationships.filter(
            (r) => r.menteeId === id && (isActiveStage(r.stage) || r.stage === 'proposed'),
          ).length;
          const proposed = staged.proposals.filter((p) => p.menteeId === id).length;
          expect(proposed).toBeLessThanOrEqual(Math.max(0, s.maxMentors - active));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('property: any object as options either works or throws InvalidOptionsError', () => {
    const input = {
      mentors: [mentor('ada')],
      mentees: [mentee('sam')],
      enrolments: [enrolment('ada', 'mentor', 'ready'), enrolment('sam', 'mentee', 'ready')],
    };
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          rematch(program, input, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionsError);
        }
      }),
      { numRuns: 60 },
    );
    expect(() => rematch(program, { mentors: 1 } as never, { now, by: coordinator })).toThrow(
      InvalidOptionsError,
    );
  });

  it('reports bad documents per item', () => {
    const staged = rematch(
      program,
      {
        mentors: [mentor('ada'), { id: 'broken' } as never, mentor('ada')],
        mentees: [mentee('sam')],
        enrolments: [
          enrolment('ada', 'mentor', 'ready'),
          enrolment('sam', 'mentee', 'ready'),
          7 as never,
        ],
        relationships: [{ mentorId: 'x' } as never],
      },
      { now, by: coordinator },
    );
    expect(staged.failed.map((f) => [f.list, f.index, f.error.code])).toEqual([
      ['enrolments', 2, 'validation_failed'],
      ['relationships', 0, 'validation_failed'],
      ['mentors', 1, 'validation_failed'],
      ['mentors', 2, 'duplicate_id'],
    ]);
    expect(staged.pairs.map((p) => p.menteeId)).toEqual(['sam']);
  });
});
