// Programme rules over many relationships: capacity, the mentee's limit,
// invalidation of other proposals, proposal expiry.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import {
  applyProgramEvent,
  expireProposals,
  type ProgramUpdate,
  proposeMatch,
} from '../../src/lifecycle';
import {
  formatError,
  InvalidOptionsError,
  type MenteeProfile,
  type Program,
  parseRelationship,
  type Relationship,
  type RelationshipEvent,
} from '../../src/model';
import { freezeDeep, isDeepFrozen, program } from './fixtures';

const start = '2026-03-01T09:00:00Z';
let n = 0;

function at(minutes: number): string {
  return new Date(Date.parse(start) + minutes * 60_000).toISOString();
}

function proposal(id: string, mentorId: string, menteeId: string): Relationship {
  return proposeMatch({
    relationshipId: id,
    program,
    mentorId,
    menteeId,
    now: start,
    proposedBy: { role: 'admin', id: 'admin-1' },
  });
}

function accept(role: 'mentor' | 'mentee', id: string, minute = 10): RelationshipEvent {
  return { type: 'accept', id: `accept-${++n}`, at: at(minute), actor: { role, id } };
}

function unwrap(result: ReturnType<typeof applyProgramEvent>): ProgramUpdate {
  if (!result.ok) throw new Error(formatError(result.error));
  return result.value;
}

/** Both sides accept relationship `id`. */
function activate(
  relationships: readonly Relationship[],
  id: string,
  options = {},
  programme: Program = program,
): readonly Relationship[] {
  const relationship = relationships.find((r) => r.id === id);
  if (relationship === undefined) throw new Error(id);
  const first = unwrap(
    applyProgramEvent(
      programme,
      relationships,
      id,
      accept('mentor', relationship.mentorId),
      options,
    ),
  );
  return unwrap(
    applyProgramEvent(
      programme,
      first.relationships,
      id,
      accept('mentee', relationship.menteeId, 11),
      options,
    ),
  ).relationships;
}

describe('mentor capacity', () => {
  it('refuses an acceptance once the mentor’s active relationships fill the capacity', () => {
    const mentors = [{ id: 'ada', capacity: 1 }];
    let relationships: readonly Relationship[] = [
      proposal('r1', 'ada', 'sam'),
      proposal('r2', 'ada', 'kim'),
    ];
    relationships = activate(relationships, 'r1', { mentors });
    const result = applyProgramEvent(program, relationships, 'r2', accept('mentee', 'kim'), {
      mentors,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'capacity_exceeded', params: { mentorId: 'ada', capacity: 1, active: 1 } },
    });
    if (!result.ok) {
      expect(formatError(result.error)).toBe(
        'Mentor ada already has 1 active mentee; their capacity is 1.',
      );
      expect(formatError(result.error, de)).toBe(
        'Mentor:in ada hat bereits 1 laufende Mentoring-Beziehung; die Kapazität beträgt 1.',
      );
    }
  });

  it('uses the programme’s default capacity for unlisted mentors, and counts paused but not closed relationships', () => {
    let relationships: readonly Relationship[] = ['a', 'b', 'c'].map((mentee) =>
      proposal(`r-${mentee}`, 'ada', mentee),
    );
    relationships = activate(relationships, 'r-a');
    relationships = activate(relationships, 'r-b');
    const full = applyProgramEvent(program, relationships, 'r-c', accept('mentor', 'ada', 20));
    expect(full).toMatchObject({
      ok: false,
      error: { code: 'capacity_exceeded', params: { capacity: 2 } },
    });
    const paused = unwrap(
      applyProgramEvent(program, relationships, 'r-a', {
        type: 'pause',
        id: 'p1',
        at: at(20),
        actor: { role: 'mentee', id: 'a' },
        reason: 'Holiday',
      }),
    ).relationships;
    expect(applyProgramEvent(program, paused, 'r-c', accept('mentor', 'ada', 21)).ok).toBe(false);
    const ended = unwrap(
      applyProgramEvent(program, paused, 'r-a', {
        type: 'end-early',
        id: 'x1',
        at: at(22),
        actor: { role: 'admin', id: 'admin-1' },
        reason: 'Left',
      }),
    ).relationships;
    expect(applyProgramEvent(program, ended, 'r-c', accept('mentor', 'ada', 23)).ok).toBe(true);
  });

  it('lets the lifecycle’s own errors come first', () => {
    const mentors = [{ id: 'ada', capacity: 0 }];
    const relationships = [proposal('r1', 'ada', 'sam')];
    const result = applyProgramEvent(
      program,
      relationships,
      'r1',
      accept('mentor', 'someone-else'),
      { mentors },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'acting_for_someone_else' } });
  });
});

describe('the mentee’s maximum number of mentors', () => {
  it('refuses a second active mentor and invalidates the other open proposals', () => {
    const relationships = [
      proposal('r1', 'ada', 'sam'),
      proposal('r2', 'jonas', 'sam'),
      proposal('r3', 'lea', 'sam'),
      proposal('r4', 'lea', 'kim'),
    ];
    const declined = unwrap(
      applyProgramEvent(program, relationships, 'r3', {
        type: 'decline',
        id: 'd1',
        at: at(5),
        actor: { role: 'mentor', id: 'lea' },
        reason: 'Busy',
      }),
    );
    const first = unwrap(
      applyProgramEvent(program, declined.relationships, 'r1', accept('mentor', 'ada')),
    );
    const update = unwrap(
      applyProgramEvent(program, first.relationships, 'r1', accept('mentee', 'sam', 11)),
    );
    const byId = new Map(update.relationships.map((r) => [r.id, r]));
    expect(byId.get('r1')?.stage).toBe('preparing');
    expect(byId.get('r2')).toMatchObject({
      stage: 'invalidated',
      closeReason: 'mentee_mentor_limit_reached',
    });
    expect(byId.get('r2')?.history.at(-1)).toMatchObject({
      type: 'invalidate',
      id: `${update.applied[0]?.event.id}:invalidate`,
      actor: { role: 'system', id: 'mentorship-kit' },
      supersededBy: 'r1',
      at: at(11),
    });
    expect(byId.get('r3')).toBe(declined.relationships[2]);
    expect(byId.get('r4')).toBe(relationships[3]);
    expect(update.applied.map(({ after }) => after.id)).toEqual(['r1', 'r2']);
    expect(update.relationships.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);

    const again = applyProgramEvent(
      program,
      update.relationships,
      'r2',
      accept('mentor', 'jonas', 12),
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'relationship_closed' } });
  });

  it('refuses an acceptance when the mentee already has the maximum', () => {
    let relationships: readonly Relationship[] = [proposal('r1', 'ada', 'sam')];
    relationships = activate(relationships, 'r1');
    const late = proposeMatch({
      relationshipId: 'r2',
      program,
      mentorId: 'jonas',
      menteeId: 'sam',
      now: at(30),
      proposedBy: { role: 'mentee', id: 'sam' },
    });
    const result = applyProgramEvent(
      program,
      [...relationships, late],
      'r2',
      accept('mentor', 'jonas', 31),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'mentee_mentor_limit_reached',
        params: { menteeId: 'sam', max: 1, active: 1 },
      },
    });
  });

  it('keeps other proposals open while the mentee is below the maximum', () => {
    const two: Program = { ...program, settings: { ...program.settings, maxMentorsPerMentee: 2 } };
    const relationships = activate(
      [proposal('r1', 'ada', 'sam'), proposal('r2', 'jonas', 'sam')],
      'r1',
      {},
      two,
    );
    expect(relationships.map((r) => r.stage)).toEqual(['preparing', 'proposed']);
    expect(activate(relationships, 'r2', {}, two).map((r) => r.stage)).toEqual([
      'preparing',
      'preparing',
    ]);
  });
});

describe('applyProgramEvent', () => {
  const propose = (
    id: string,
    mentorId: string,
    menteeId: string,
    programId = program.id,
  ): RelationshipEvent => ({
    type: 'propose',
    id: `p-${id}`,
    at: start,
    actor: { role: 'system', id: 'matcher' },
    schemaVersion: 1,
    relationshipId: id,
    programId,
    mentorId,
    menteeId,
    expiresAt: at(60 * 24),
  });

  it('adds proposals, refusing taken ids, open pairs and other programmes', () => {
    const created = unwrap(applyProgramEvent(program, [], 'r1', propose('r1', 'ada', 'sam')));
    expect(created.applied).toEqual([
      { before: undefined, event: propose('r1', 'ada', 'sam'), after: created.relationships[0] },
    ]);
    const list = created.relationships;
    expect(applyProgramEvent(program, list, 'r1', propose('r1', 'ada', 'kim'))).toMatchObject({
      ok: false,
      error: { code: 'duplicate_id' },
    });
    expect(applyProgramEvent(program, list, 'r2', propose('r2', 'ada', 'sam'))).toMatchObject({
      ok: false,
      error: { code: 'pair_already_open', params: { id: 'r1' } },
    });
    expect(applyProgramEvent(program, list, 'r2', propose('r3', 'ada', 'kim'))).toMatchObject({
      ok: false,
      error: { code: 'relationship_id_mismatch' },
    });
    expect(
      applyProgramEvent(program, list, 'r2', propose('r2', 'ada', 'kim', 'other')),
    ).toMatchObject({ ok: false, error: { code: 'wrong_program' } });
    expect(applyProgramEvent(program, list, 'r2', propose('r2', 'kim', 'kim'))).toMatchObject({
      ok: false,
      error: { code: 'same_person' },
    });
  });

  it('reports unknown relationships, other programmes and invalid events', () => {
    const list = [proposal('r1', 'ada', 'sam')];
    expect(applyProgramEvent(program, list, 'nope', accept('mentor', 'ada'))).toMatchObject({
      ok: false,
      error: { code: 'unknown_relationship' },
    });
    const other: Program = { ...program, id: 'other' };
    expect(applyProgramEvent(other, list, 'r1', accept('mentor', 'ada'))).toMatchObject({
      ok: false,
      error: { code: 'wrong_program' },
    });
    expect(
      applyProgramEvent(program, list, 'r1', { type: 'accept' } as RelationshipEvent),
    ).toMatchObject({ ok: false, error: { code: 'invalid_event' } });
  });

  it('never freezes the caller’s unfrozen relationships, and still returns deep-frozen output (regression)', () => {
    const list = [proposal('r1', 'ada', 'sam'), proposal('r2', 'jonas', 'kim')].map(
      (r) => structuredClone(r) as Relationship,
    );
    const copy = structuredClone(list);
    const update = unwrap(applyProgramEvent(program, list, 'r1', accept('mentor', 'ada')));
    expect(isDeepFrozen(update)).toBe(true);
    expect(update.relationships[1]).toEqual(list[1]);
    const expired = expireProposals(program, list, { now: '2026-04-01T00:00:00Z' });
    expect(isDeepFrozen(expired)).toBe(true);
    expect(list).toEqual(copy);
    expect(list.some((r) => Object.isFrozen(r) || Object.isFrozen(r.history))).toBe(false);
  });

  it('never changes its inputs and returns frozen output', () => {
    const list = freezeDeep([proposal('r1', 'ada', 'sam'), proposal('r2', 'jonas', 'sam')]);
    const copy = structuredClone(list);
    const update = unwrap(applyProgramEvent(program, list, 'r1', accept('mentor', 'ada')));
    expect(list).toEqual(copy);
    expect(Object.isFrozen(update) && Object.isFrozen(update.relationships)).toBe(true);
    expect(update.relationships.every(isDeepFrozen)).toBe(true);
    expect(update.relationships[1]).toBe(list[1]);
  });
});

describe('expireProposals', () => {
  it('expires this programme’s proposals past their time to live', () => {
    const other = { ...proposal('r3', 'lea', 'kim'), programId: 'other' };
    const fresh = proposeMatch({
      relationshipId: 'r2',
      program,
      mentorId: 'jonas',
      menteeId: 'sam',
      now: '2026-03-10T00:00:00Z',
      proposedBy: { role: 'admin', id: 'admin-1' },
    });
    const list = [proposal('r1', 'ada', 'sam'), fresh, other];
    const now = '2026-03-15T09:00:00Z';
    const update = expireProposals(program, list, { now, systemActorId: 'cron' });
    expect(update.relationships.map((r) => r.stage)).toEqual(['expired', 'proposed', 'proposed']);
    expect(update.relationships[1]).toBe(fresh);
    expect(update.applied).toHaveLength(1);
    expect(update.applied[0]?.event).toEqual({
      type: 'expire',
      id: `expire:${now}`,
      at: now,
      actor: { role: 'system', id: 'cron' },
    });
    expect(update.failed).toEqual([]);
    expect(expireProposals(program, update.relationships, { now }).applied).toEqual([]);
    // A programme reference with just the id fits too.
    expect(expireProposals({ id: program.id }, list, { now }).applied).toHaveLength(1);
  });

  it('reports a proposal it cannot expire and goes on with the others (regression)', () => {
    const healthy = proposeMatch({
      relationshipId: 'r1',
      program,
      mentorId: 'ada',
      menteeId: 'sam',
      now: '2026-01-01T09:00:00Z',
      proposedBy: { role: 'admin', id: 'admin-1' },
    });
    const broken = proposal('r2', 'jonas', 'kim');
    // A stored relationship whose expiry lies before its own proposal.
    const stored = parseRelationship(
      JSON.parse(
        JSON.stringify({
          ...broken,
          proposal: { ...broken.proposal, expiresAt: '2026-02-01T00:00:00Z' },
        }),
      ),
    );
    if (!stored.ok) throw new Error('fixture');
    const update = expireProposals(program, [stored.value, healthy], {
      now: '2026-02-15T00:00:00Z',
    });
    expect(update.failed).toEqual([
      {
        relationshipId: 'r2',
        error: expect.objectContaining({ code: 'event_out_of_order', path: ['at'] }),
      },
    ]);
    expect(update.relationships[0]).toBe(stored.value);
    expect(update.relationships.map((r) => r.stage)).toEqual(['proposed', 'expired']);
    expect(update.applied.map(({ after }) => after.id)).toEqual(['r1']);
    expect(isDeepFrozen(update)).toBe(true);
  });

  it('validates its options and the programme: InvalidOptionsError with a path, never a bare Error (regression)', () => {
    const problems = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError);
        return (error as InvalidOptionsError).issues.map((i) => [i.path.join('.'), i.code]);
      }
      throw new Error('expected a throw');
    };
    expect(problems(() => expireProposals(program, [], 'now' as never))).toEqual([
      ['', 'invalid_type'],
    ]);
    expect(problems(() => expireProposals(program, [], { now: 'now' }))).toEqual([
      ['now', 'invalid_timestamp'],
    ]);
    expect(
      problems(() => expireProposals(program, [], { now: start, sytemActorId: 'x' } as never)),
    ).toEqual([['', 'unrecognized_keys']]);
    expect(problems(() => expireProposals({ id: '' }, [], { now: start }))).toEqual([
      ['program.id', 'invalid_id'],
    ]);
  });
});

describe('the programme reference and the mentees’ own limits', () => {
  const sam: MenteeProfile = {
    schemaVersion: 1,
    id: 'sam',
    name: 'Sam',
    languages: ['en'],
    timeZone: 'Europe/Berlin',
    channels: ['video'],
    yearsExperience: 0,
    interests: [],
    maxMentors: 1,
  } as MenteeProfile;

  it('honours a mentee’s own maxMentors, capped by the programme’s maximum (regression)', () => {
    const two: Program = { ...program, settings: { ...program.settings, maxMentorsPerMentee: 2 } };
    const relationships = [proposal('r1', 'ada', 'sam'), proposal('r2', 'jonas', 'sam')];
    // Sam wants one mentor: the first acceptance invalidates the other proposal.
    const one = activate(relationships, 'r1', { mentees: [sam] }, two);
    expect(one.map((r) => r.stage)).toEqual(['preparing', 'invalidated']);
    // Without the profile, the programme's 2 apply.
    expect(activate(relationships, 'r1', {}, two).map((r) => r.stage)).toEqual([
      'preparing',
      'proposed',
    ]);
    // A wish above the programme's maximum is capped by it.
    const greedy = activate(relationships, 'r1', { mentees: [{ id: 'sam', maxMentors: 5 }] });
    expect(greedy.map((r) => r.stage)).toEqual(['preparing', 'invalidated']);
    // A late acceptance over the mentee's own limit is refused with it.
    const late = activate([proposal('r1', 'ada', 'sam')], 'r1', {}, two);
    const result = applyProgramEvent(
      two,
      [...late, proposal('r3', 'lea', 'sam')],
      'r3',
      accept('mentor', 'lea', 40),
      { mentees: [{ id: 'sam', maxMentors: 1 }] },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'mentee_mentor_limit_reached',
        params: { menteeId: 'sam', max: 1, active: 1 },
      },
    });
  });

  it('takes the programme as a reference with defaults filled in (regression)', () => {
    const created = applyProgramEvent(
      { id: program.id },
      [proposal('r1', 'ada', 'sam')],
      'r1',
      accept('mentor', 'ada'),
    );
    expect(created.ok).toBe(true);
    // maxMentorsPerMentee 1 by default: the second proposal is invalidated.
    const update = activate(
      [proposal('r1', 'ada', 'sam'), proposal('r2', 'jonas', 'sam')],
      'r1',
      {},
      { id: program.id } as Program,
    );
    expect(update.map((r) => r.stage)).toEqual(['preparing', 'invalidated']);
  });

  it('validates options strictly: InvalidOptionsError with a path and code (regression)', () => {
    const list = [proposal('r1', 'ada', 'sam')];
    const problems = (options: unknown, programme: unknown = program) => {
      try {
        applyProgramEvent(
          programme as Program,
          list,
          'r1',
          accept('mentor', 'ada'),
          options as never,
        );
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError);
        expect(error).toMatchObject({ params: { function: 'applyProgramEvent' } });
        return (error as InvalidOptionsError).issues.map((i) => [i.path.join('.'), i.code]);
      }
      throw new Error('expected a throw');
    };
    expect(problems({ mentor: [] })).toEqual([['', 'unrecognized_keys']]);
    expect(problems({ mentees: [{ id: 'sam', maxMentors: 0 }] })).toEqual([
      ['mentees.0.maxMentors', 'too_small'],
    ]);
    expect(
      problems({
        mentors: [
          { id: 'ada', capacity: 1 },
          { id: 'ada', capacity: 2 },
        ],
      }),
    ).toEqual([['mentors.1.id', 'duplicate_id']]);
    expect(problems({ mentors: [{ id: 'ada', capacity: Number.NaN }] })).toEqual([
      ['mentors.0.capacity', 'invalid_type'],
    ]);
    expect(problems({}, { id: program.id, settings: { maxMentorsPerMentee: 0 } })).toEqual([
      ['program.settings.maxMentorsPerMentee', 'too_small'],
    ]);
    expect(problems({}, { ...program, extra: true })).toEqual([['program', 'unrecognized_keys']]);
  });

  it('reports a proposal the cascade cannot invalidate and invalidates the others (regression)', () => {
    const r2 = proposal('r2', 'jonas', 'sam');
    const propose = r2.history[0] as RelationshipEvent;
    // A stored relationship whose history is full to the schema's limit.
    const full: Relationship = {
      ...r2,
      history: Array.from({ length: 100_000 }, (_, i) => ({ ...propose, id: `p${i}` })),
    };
    const relationships = [proposal('r1', 'ada', 'sam'), full, proposal('r3', 'lea', 'sam')];
    const first = unwrap(applyProgramEvent(program, relationships, 'r1', accept('mentor', 'ada')));
    const update = unwrap(
      applyProgramEvent(program, first.relationships, 'r1', accept('mentee', 'sam', 11)),
    );
    expect(update.failed).toEqual([
      { relationshipId: 'r2', error: expect.objectContaining({ code: 'limit_reached' }) },
    ]);
    expect(update.relationships.map((r) => r.stage)).toEqual([
      'preparing',
      'proposed',
      'invalidated',
    ]);
    expect(update.relationships[1]).toEqual(full);
    expect(Object.isFrozen(update.failed) && Object.isFrozen(update.failed[0]?.error)).toBe(true);
  });
});
