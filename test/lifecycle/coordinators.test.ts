// Coordinators named by the programme (issue #11 §2): wherever the programme
// is given, an admin must be one of its coordinators when it names them.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import {
  applyProgramEvent,
  availableEvents,
  expireProposals,
  formatError,
  InvalidOptionsError,
  lifecycleErrorCodes,
  type Program,
  parseProgram,
  proposeMatch,
  type RelationshipEvent,
} from '../../src/index';
import { actors, ids, program, storyTo, times } from './fixtures';

const coordinated: Program = { ...program, coordinatorIds: ['coordinator-1', 'coordinator-2'] };
const stranger = { role: 'admin', id: 'admin-elsewhere' } as const;
const coordinator = { role: 'admin', id: 'coordinator-1' } as const;

function pauseBy(actor: { role: 'admin'; id: string }, at: string): RelationshipEvent {
  return {
    type: 'pause',
    id: `pause-${actor.id}`,
    at,
    actor,
    reason: 'holiday',
  } as RelationshipEvent;
}

describe('Program.coordinatorIds', () => {
  it('is optional, and its ids must be distinct', () => {
    expect(parseProgram(program).ok).toBe(true);
    const parsed = parseProgram(coordinated);
    expect(parsed.ok && parsed.value.coordinatorIds).toEqual(['coordinator-1', 'coordinator-2']);
    const duplicate = parseProgram({ ...program, coordinatorIds: ['c', 'c'] });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.error.issues[0]?.path).toEqual(['coordinatorIds', 1]);
  });

  it('has a stable error code', () => {
    expect(lifecycleErrorCodes).toContain('not_a_coordinator');
  });
});

describe('applyProgramEvent with coordinators', () => {
  const relationship = storyTo('cultivating').relationship;
  const at = '2026-03-25T10:00:00+01:00';

  it('refuses an admin who is not a coordinator, with its own code and path', () => {
    const result = applyProgramEvent(
      coordinated,
      [relationship],
      ids.relationship,
      pauseBy(stranger, at),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not_a_coordinator');
    expect(result.error.path).toEqual(['actor', 'id']);
    expect(formatError(result.error)).toBe(
      'at actor.id: "admin-elsewhere" is not a coordinator of the programme "program-1" and cannot act for it as an admin.',
    );
    for (const locale of [de, fr, es]) {
      const text = formatError(result.error, locale);
      expect(text).toContain('admin-elsewhere');
      expect(text).toContain('program-1');
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(formatError(result.error));
    }
  });

  it('refuses withdrawing and ending early too, and proposals made through the programme', () => {
    const proposed = storyTo('proposed').relationship;
    const withdraw = {
      type: 'withdraw',
      id: 'w1',
      at: times.now,
      actor: stranger,
      reason: 'no longer available',
    } as RelationshipEvent;
    const refused = applyProgramEvent(coordinated, [proposed], ids.relationship, withdraw);
    expect(!refused.ok && refused.error.code).toBe('not_a_coordinator');
    const endEarly = {
      type: 'end-early',
      id: 'x1',
      at,
      actor: stranger,
      reason: 'mentor left',
    } as RelationshipEvent;
    const ended = applyProgramEvent(coordinated, [relationship], ids.relationship, endEarly);
    expect(!ended.ok && ended.error.code).toBe('not_a_coordinator');
    const propose = { ...proposed.history[0], actor: stranger } as RelationshipEvent;
    const proposal = applyProgramEvent(coordinated, [], ids.relationship, propose);
    expect(!proposal.ok && proposal.error.code).toBe('not_a_coordinator');
  });

  it('lets a coordinator act, and any admin when the programme names no coordinators', () => {
    expect(
      applyProgramEvent(coordinated, [relationship], ids.relationship, pauseBy(coordinator, at)).ok,
    ).toBe(true);
    expect(
      applyProgramEvent(program, [relationship], ids.relationship, pauseBy(stranger, at)).ok,
    ).toBe(true);
  });

  it('leaves the parties and the system alone', () => {
    const pause = { ...pauseBy(coordinator, at), actor: actors.mentee } as RelationshipEvent;
    expect(applyProgramEvent(coordinated, [relationship], ids.relationship, pause).ok).toBe(true);
    const proposed = storyTo('proposed').relationship;
    const update = expireProposals(coordinated, [proposed], { now: times.afterExpiry });
    expect(update.applied.map(({ after }) => after.stage)).toEqual(['expired']);
  });
});

describe('proposeMatch with coordinators', () => {
  const input = {
    relationshipId: 'r-new',
    program: coordinated,
    mentorId: ids.mentor,
    menteeId: ids.mentee,
    now: times.proposed,
  };

  it('throws for an admin who is not a coordinator, at proposedBy.id', () => {
    let thrown: unknown;
    try {
      proposeMatch({ ...input, proposedBy: stranger });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionsError);
    const issue = (thrown as InvalidOptionsError).issues[0];
    expect(issue?.path).toEqual(['proposedBy', 'id']);
    expect(issue?.messageKey).toBe('lifecycle.error.not_a_coordinator');
  });

  it('accepts a coordinator, the system and the people themselves', () => {
    expect(proposeMatch({ ...input, proposedBy: coordinator }).stage).toBe('proposed');
    expect(proposeMatch({ ...input, proposedBy: actors.system }).stage).toBe('proposed');
    expect(proposeMatch({ ...input, proposedBy: actors.mentee }).stage).toBe('proposed');
  });
});

describe('availableEvents with the programme', () => {
  const relationship = storyTo('cultivating').relationship;

  it('offers nothing to an admin the programme would refuse', () => {
    expect(availableEvents(relationship, stranger, { now: times.now })).toContain('pause');
    expect(
      availableEvents(relationship, stranger, { now: times.now, program: coordinated }),
    ).toEqual([]);
    expect(
      availableEvents(relationship, stranger, { now: times.now, program: { id: 'other' } }),
    ).toEqual([]);
  });

  it('offers a coordinator what any admin is offered without the programme', () => {
    const plain = availableEvents(relationship, coordinator, { now: times.now });
    expect(
      availableEvents(relationship, coordinator, { now: times.now, program: coordinated }),
    ).toEqual(plain);
    expect(availableEvents(relationship, stranger, { now: times.now, program })).toEqual(plain);
    expect(
      availableEvents(relationship, actors.mentee, { now: times.now, program: coordinated }),
    ).toEqual(availableEvents(relationship, actors.mentee, { now: times.now }));
  });

  it('validates the programme like an option', () => {
    expect(() =>
      availableEvents(relationship, coordinator, {
        program: { id: 'p', coordinatorIds: ['a', 'a'] },
      }),
    ).toThrow(InvalidOptionsError);
  });
});
