// The enrolment machine (issue #11 §2): a person's way through a programme,
// on the relationship lifecycle's engine. Example tests per transition and
// guard, the programme's rules (coordinators), options, immutability, JSON
// round trips and texts in every language.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/catalog';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import {
  applyEnrolmentEvent,
  applyEnrolmentEvents,
  applyProgramEvent,
  availableEnrolmentEvents,
  type Enrolment,
  type EnrolmentError,
  type EnrolmentEventInput,
  EnrolmentStatusSchema,
  enrolmentErrorCodes,
  enrolmentLimits,
  enrolmentMachine,
  enrolmentNotificationsFor,
  enrolmentToMermaid,
  formatError,
  formatMessage,
  InvalidOptionsError,
  lifecycleMachine,
  parseEnrolment,
  proposeMatch,
  replayEnrolment,
} from '../../src/index';
import {
  applyAll,
  applyEvent,
  coordinator,
  enrolmentAt,
  hour,
  isDeepFrozen,
  otherPerson,
  person,
  program,
  road,
  stranger,
  system,
} from './enrolment-fixtures';

const locales = ['en', de, fr, es] as const;

/** The refusal of an event; fails the test when it was accepted. */
function refusal(
  enrolment: Enrolment,
  event: EnrolmentEventInput,
  options: Parameters<typeof applyEnrolmentEvent>[2] = { program },
): EnrolmentError {
  const result = applyEnrolmentEvent(enrolment, event, options);
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  expect(isDeepFrozen(result.error)).toBe(true);
  for (const locale of locales) {
    const text = formatError(result.error, locale);
    expect(text, text).not.toMatch(/\{[a-zA-Z]+\}|enrolment\.[a-z]|lifecycle\.[a-z]/);
  }
  return result.error;
}

function accepted(
  enrolment: Enrolment,
  event: EnrolmentEventInput,
  options: Parameters<typeof applyEnrolmentEvent>[2] = { program },
): Enrolment {
  const result = applyEnrolmentEvent(enrolment, event, options);
  if (!result.ok)
    throw new Error(`${event.type}: ${result.error.code} ${formatError(result.error)}`);
  expect(isDeepFrozen(result.value)).toBe(true);
  return result.value;
}

const at = hour(100);

describe('enrolmentMachine', () => {
  it('is plain data of the same shape as the lifecycle machine, deep-frozen', () => {
    expect(Object.keys(enrolmentMachine)).toEqual(Object.keys(lifecycleMachine));
    expect(Object.keys(enrolmentMachine.initial)).toEqual(Object.keys(lifecycleMachine.initial));
    for (const t of enrolmentMachine.transitions) {
      expect(Object.keys(t)).toEqual(Object.keys(lifecycleMachine.transitions[0] ?? {}));
      if (t.kind === 'activity') expect(t.to).toBeNull();
    }
    expect(JSON.parse(JSON.stringify(enrolmentMachine))).toEqual(enrolmentMachine);
    expect(isDeepFrozen(enrolmentMachine)).toBe(true);
    expect(enrolmentMachine.stages).toEqual(EnrolmentStatusSchema.options);
    expect(enrolmentMachine.terminal).toEqual(['declined', 'alumni', 'withdrawn', 'removed']);
  });

  it('lets no transition leave a terminal status', () => {
    for (const t of enrolmentMachine.transitions) {
      for (const from of t.from) expect(enrolmentMachine.terminal).not.toContain(from);
    }
  });
});

describe('enrolmentToMermaid', () => {
  const diagram = enrolmentToMermaid();

  it('draws the status changes with the lifecycle’s renderer', () => {
    const lines = diagram.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines[1]).toBe(
      '  [*] --> applied : apply (mentor, mentee, admin, system) [own-application]',
    );
    expect(lines).toContain(
      '  applied --> declined : screen (admin) [screening-declined, reason-given]',
    );
    for (const status of enrolmentMachine.terminal) expect(lines).toContain(`  ${status} --> [*]`);
    expect(diagram).not.toMatch(/set-priority-flags|pause/);
  });

  it('is the diagram of docs/programme.md (run scripts/render-lifecycle-diagram.ts --write)', () => {
    const guide = readFileSync(new URL('../../docs/programme.md', import.meta.url), 'utf8');
    const embedded = /```mermaid\n(stateDiagram-v2\n {2}\[\*\] --> applied[\s\S]*?)\n```/.exec(
      guide,
    )?.[1];
    expect(embedded).toBe(diagram);
  });
});

describe('docs/programme.md', () => {
  const guide = readFileSync(new URL('../../docs/programme.md', import.meta.url), 'utf8');
  const rows = guide
    .split('\n')
    .map((line) => /^\| `([a-z-]+)` \| ([a-z, ]+) \| ([a-z, ]+) \| ([a-z, ]+) \|(.*)\|$/.exec(line))
    .filter((match) => match !== null);

  it('lists every event of the machine with its statuses, roles and guards', () => {
    const documented = new Map(
      rows.map((m) => [
        m[1],
        {
          from: (m[2] ?? '').split(', ').sort(),
          to: (m[3] ?? '').split(', ').sort(),
          actors: (m[4] ?? '').split(', ').sort(),
          guards: [...(m[5] ?? '').matchAll(/`([a-z-]+)`/g)].map((g) => g[1]).sort(),
        },
      ]),
    );
    const types = [...new Set(enrolmentMachine.transitions.map((t) => t.event))];
    expect([...documented.keys()].sort()).toEqual(types.sort());
    for (const type of types) {
      const all = enrolmentMachine.transitions.filter((t) => t.event === type);
      expect(documented.get(type), type).toEqual({
        from: [...new Set(all.flatMap((t) => t.from))].sort(),
        to: [...new Set(all.map((t) => t.to ?? 'stays'))].sort(),
        actors: [...new Set(all.flatMap((t) => t.actors))].sort(),
        guards: [...new Set(all.flatMap((t) => t.guards))].sort(),
      });
    }
  });
});

describe('apply (replayEnrolment with the first event)', () => {
  it('creates an application in `applied`', () => {
    const result = replayEnrolment([applyEvent], { program });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'enr-sam',
      programId: program.id,
      personId: person.id,
      side: 'mentee',
      status: 'applied',
      appliedAt: applyEvent.at,
      requirementsMet: {},
      matches: [],
    });
    expect(isDeepFrozen(result.value)).toBe(true);
  });

  it('lets a coordinator or the system enter an application, not another person', () => {
    expect(replayEnrolment([{ ...applyEvent, actor: coordinator }], { program }).ok).toBe(true);
    expect(replayEnrolment([{ ...applyEvent, actor: system }]).ok).toBe(true);
    const someoneElse = replayEnrolment([{ ...applyEvent, actor: otherPerson }]);
    expect(!someoneElse.ok && someoneElse.error).toMatchObject({
      code: 'acting_for_someone_else',
      guard: 'own-application',
      path: [0, 'actor', 'id'],
    });
    const wrongSide = replayEnrolment([
      { ...applyEvent, actor: { role: 'mentor', id: person.id } },
    ]);
    expect(!wrongSide.ok && wrongSide.error.code).toBe('acting_for_someone_else');
  });

  it('refuses an empty history, a history that does not start with apply, and apply later', () => {
    const empty = replayEnrolment([]);
    expect(!empty.ok && empty.error.code).toBe('not_an_application');
    const late = replayEnrolment([road[0] as EnrolmentEventInput]);
    expect(!late.ok && late.error).toMatchObject({ code: 'not_an_application', path: [0, 'type'] });
    expect(refusal(enrolmentAt('applied'), { ...applyEvent, id: 'again', at }).code).toBe(
      'event_not_allowed_in_status',
    );
  });

  it('checks priority flags against the programme', () => {
    const flagged = replayEnrolment([{ ...applyEvent, priorityFlags: ['rematch'] }], { program });
    expect(flagged.ok && flagged.value.priorityFlags).toEqual(['rematch']);
    const unknown = replayEnrolment([{ ...applyEvent, priorityFlags: ['rematch', 'vip'] }], {
      program,
    });
    expect(!unknown.ok && unknown.error).toMatchObject({
      code: 'unknown_priority_flag',
      path: [0, 'priorityFlags', 1],
    });
  });
});

describe('screen', () => {
  const applied = enrolmentAt('applied');
  const screen = (fields: object): EnrolmentEventInput =>
    ({ type: 'screen', id: 'screen', at, actor: coordinator, ...fields }) as EnrolmentEventInput;

  it('accepts into onboarding with the programme’s requirements, written into the stored event', () => {
    const next = accepted(applied, screen({ decision: 'accepted' }));
    expect(next.status).toBe('onboarding');
    expect(next.requirements).toEqual(['training', 'rules-agreed']);
    expect(next.screening).toEqual({ decision: 'accepted', at, by: coordinator });
    expect(next.history.at(-1)).toMatchObject({ requirements: ['training', 'rules-agreed'] });
    // A replay needs no programme: the requirements are in the event.
    const again = replayEnrolment(next.history);
    expect(again.ok && again.value).toEqual(next);
  });

  it('uses the default requirements without a programme, and the event’s own when it names them', () => {
    expect(accepted(applied, screen({ decision: 'accepted' }), {}).requirements).toEqual([
      'training',
      'rules-agreed',
      'profile-complete',
    ]);
    const none = accepted(applied, screen({ decision: 'accepted', requirements: [] }));
    expect(none.status).toBe('ready');
    expect(none.waitingSince).toBe(at);
  });

  it('declines with a reason, ending the enrolment', () => {
    const next = accepted(applied, screen({ decision: 'declined', reason: 'Outside the region' }));
    expect(next).toMatchObject({
      status: 'declined',
      endedAt: at,
      endReason: 'Outside the region',
    });
    expect(refusal(next, screen({ id: 'x', decision: 'accepted' })).code).toBe('enrolment_closed');
  });

  it('refuses a decline without a reason (guard reason-given)', () => {
    expect(refusal(applied, screen({ decision: 'declined' }))).toMatchObject({
      code: 'reason_required',
      guard: 'reason-given',
      path: ['reason'],
    });
  });

  it('is for coordinators only', () => {
    const error = refusal(applied, screen({ decision: 'accepted', actor: person }));
    expect(error).toMatchObject({ code: 'actor_not_permitted', path: ['actor', 'role'] });
  });
});

describe('meet-requirement', () => {
  const onboarding = enrolmentAt('onboarding');
  const meet = (requirement: string, actor = person as never, id = `meet-${requirement}`) =>
    ({ type: 'meet-requirement', id, at, actor, requirement }) as EnrolmentEventInput;

  it('records each requirement and becomes ready with the last one', () => {
    const one = accepted(onboarding, meet('training'));
    expect(one.status).toBe('onboarding');
    expect(one.requirementsMet).toEqual({ training: at });
    const two = accepted(one, meet('rules-agreed', coordinator as never));
    expect(two.status).toBe('ready');
    expect(two.waitingSince).toBe(at);
    // Sent by the coordinator: the person is told; sent by the person: the admins.
    const byCoordinator = meet('rules-agreed', coordinator as never);
    expect(enrolmentNotificationsFor(byCoordinator, two).map((n) => n.recipient)).toEqual([
      { role: 'mentee', id: person.id },
    ]);
    expect(enrolmentNotificationsFor(meet('rules-agreed'), two).map((n) => n.recipient)).toEqual([
      { role: 'admin', id: program.id },
    ]);
  });

  it('refuses unknown and already met requirements, and someone else', () => {
    expect(refusal(onboarding, meet('first-aid'))).toMatchObject({
      code: 'unknown_requirement',
      guard: 'requirement-known',
      path: ['requirement'],
    });
    const one = accepted(onboarding, meet('training'));
    expect(refusal(one, meet('training', person as never, 'again'))).toMatchObject({
      code: 'requirement_already_met',
      guard: 'requirement-open',
    });
    expect(refusal(onboarding, meet('training', otherPerson as never)).code).toBe(
      'acting_for_someone_else',
    );
  });
});

describe('waitlist, match, proposals and relationships', () => {
  it('waitlists a ready person (programme only)', () => {
    const ready = enrolmentAt('ready');
    const event = { type: 'waitlist', id: 'w', at, actor: system } as const;
    const next = accepted(ready, event);
    expect(next.status).toBe('waitlisted');
    expect(next.waitingSince).toBe(ready.waitingSince);
    expect(refusal(ready, { ...event, actor: person }).code).toBe('actor_not_permitted');
    expect(refusal(enrolmentAt('onboarding'), event).code).toBe('event_not_allowed_in_status');
  });

  const match = (relationshipId: string, partnerId = 'mentor-bo', id = `m-${relationshipId}`) =>
    ({
      type: 'match',
      id,
      at,
      actor: coordinator,
      relationshipId,
      partnerId,
    }) as EnrolmentEventInput;

  it('matches a waiting person, keeping how long they waited', () => {
    const waitlisted = enrolmentAt('waitlisted');
    const next = accepted(waitlisted, match('rel-2'));
    expect(next.status).toBe('matched');
    expect(next.matches).toEqual([
      { relationshipId: 'rel-2', partnerId: 'mentor-bo', status: 'proposed', proposedAt: at },
    ]);
    expect(next.relationshipIds).toEqual(['rel-2']);
    expect(next.waitingSince).toBe(waitlisted.waitingSince);
  });

  it('refuses a match with oneself, a known relationship, or while paused', () => {
    const ready = enrolmentAt('ready');
    expect(refusal(ready, match('rel-2', person.id))).toMatchObject({
      code: 'same_person',
      guard: 'different-people',
      path: ['partnerId'],
    });
    const matched = enrolmentAt('matched');
    expect(refusal(matched, match('rel-1', 'mentor-bo', 'm2'))).toMatchObject({
      code: 'duplicate_id',
      guard: 'new-relationship',
    });
    const paused = accepted(ready, { type: 'pause', id: 'p', at: hour(90), actor: person });
    expect(refusal(paused, match('rel-2'))).toMatchObject({
      code: 'availability_paused',
      guard: 'available',
    });
  });

  it('starts a relationship: active, partner remembered, no longer waiting', () => {
    const active = enrolmentAt('active');
    expect(active.status).toBe('active');
    expect(active.matches[0]).toMatchObject({ status: 'active', startedAt: hour(6) });
    expect(active.formerPartnerIds).toEqual(['mentor-ada']);
    expect(active.waitingSince).toBeUndefined();
    expect(
      refusal(enrolmentAt('matched'), {
        type: 'relationship-started',
        id: 's',
        at,
        actor: system,
        relationshipId: 'rel-9',
      }),
    ).toMatchObject({
      code: 'proposal_not_open',
      guard: 'proposal-open',
      path: ['relationshipId'],
    });
  });

  it('closes a proposal: back to ready when none is left, kept matched when one is', () => {
    const matched = enrolmentAt('matched');
    const close = (relationshipId: string, id = `c-${relationshipId}`) =>
      ({ type: 'proposal-closed', id, at, actor: system, relationshipId }) as EnrolmentEventInput;
    const ready = accepted(matched, close('rel-1'));
    expect(ready.status).toBe('ready');
    expect(ready.matches[0]).toMatchObject({ status: 'closed', endedAt: at });
    expect(ready.waitingSince).toBe(matched.waitingSince);
    const two = accepted(matched, match('rel-2'));
    expect(accepted(two, close('rel-1')).status).toBe('matched');
    expect(refusal(ready, close('rel-1', 'again')).code).toBe('event_not_allowed_in_status');
  });

  const end = (relationshipId: string, fields: object = {}) =>
    ({
      type: 'relationship-ended',
      id: `end-${relationshipId}`,
      at,
      actor: system,
      relationshipId,
      ...fields,
    }) as EnrolmentEventInput;

  it('ends a relationship: alumni, ready for a rematch, or still active with others', () => {
    const active = enrolmentAt('active');
    const alumni = accepted(active, end('rel-1', { reason: 'Completed' }));
    expect(alumni).toMatchObject({ status: 'alumni', endedAt: at, endReason: 'Completed' });
    const rematch = accepted(active, end('rel-1', { rematch: true }));
    expect(rematch.status).toBe('ready');
    expect(rematch.waitingSince).toBe(at);
    expect(rematch.formerPartnerIds).toEqual(['mentor-ada']);
    const twice = applyAll(active, [
      match('rel-2'),
      { type: 'relationship-started', id: 's2', at, actor: system, relationshipId: 'rel-2' },
    ]);
    expect(twice.status).toBe('active');
    expect(accepted(twice, end('rel-1')).status).toBe('active');
    const proposed = accepted(active, match('rel-3'));
    expect(accepted(proposed, end('rel-1')).status).toBe('matched');
    expect(refusal(active, end('rel-7'))).toMatchObject({
      code: 'relationship_not_active',
      guard: 'relationship-active',
    });
  });

  it('graduates a waiting person', () => {
    const next = accepted(enrolmentAt('waitlisted'), {
      type: 'graduate',
      id: 'g',
      at,
      actor: coordinator,
    });
    expect(next.status).toBe('alumni');
  });
});

describe('pause and resume', () => {
  const pause = (fields: object = {}) =>
    ({ type: 'pause', id: 'pause', at, actor: person, ...fields }) as EnrolmentEventInput;

  it('keeps the status and the relationships; resumes by the person, a coordinator or the system', () => {
    const active = enrolmentAt('active');
    const paused = accepted(active, pause({ until: hour(200), reason: 'On leave' }));
    expect(paused.status).toBe('active');
    expect(paused.pause).toEqual({ since: at, until: hour(200), reason: 'On leave' });
    expect(paused.matches).toEqual(active.matches);
    for (const actor of [person, coordinator, system]) {
      const resumed = accepted(paused, { type: 'resume', id: 'r', at: hour(201), actor });
      expect(resumed.pause).toBeUndefined();
    }
  });

  it('refuses a second pause, a resume without pause and a pause ending before it starts', () => {
    const ready = enrolmentAt('ready');
    const paused = accepted(ready, pause());
    expect(refusal(paused, pause({ id: 'p2' }))).toMatchObject({
      code: 'already_paused',
      guard: 'not-paused',
    });
    expect(refusal(ready, { type: 'resume', id: 'r', at, actor: person })).toMatchObject({
      code: 'not_paused',
      guard: 'paused',
    });
    expect(refusal(ready, pause({ until: at }))).toMatchObject({
      code: 'guard_failed',
      guard: 'until-after-start',
      path: ['until'],
    });
    expect(refusal(enrolmentAt('applied'), pause()).code).toBe('event_not_allowed_in_status');
  });
});

describe('withdraw, remove and priority flags', () => {
  it('lets the person withdraw from any open status, and nothing after', () => {
    for (const status of [
      'applied',
      'onboarding',
      'ready',
      'waitlisted',
      'matched',
      'active',
    ] as const) {
      const next = accepted(enrolmentAt(status), {
        type: 'withdraw',
        id: 'w',
        at,
        actor: person,
        reason: 'Moved abroad',
      });
      expect(next).toMatchObject({ status: 'withdrawn', endedAt: at, endReason: 'Moved abroad' });
      expect(next.waitingSince).toBeUndefined();
      expect(refusal(next, { type: 'resume', id: 'x', at, actor: person })).toMatchObject({
        code: 'enrolment_closed',
        path: ['type'],
      });
    }
    const ready = enrolmentAt('ready');
    expect(refusal(ready, { type: 'withdraw', id: 'w', at, actor: coordinator }).code).toBe(
      'actor_not_permitted',
    );
    expect(refusal(ready, { type: 'withdraw', id: 'w', at, actor: otherPerson }).code).toBe(
      'acting_for_someone_else',
    );
  });

  it('lets a coordinator remove a person, with a reason', () => {
    const active = enrolmentAt('active');
    const removed = accepted(active, {
      type: 'remove',
      id: 'rm',
      at,
      actor: coordinator,
      reason: 'Code of conduct',
    });
    expect(removed.status).toBe('removed');
    const noReason = refusal(active, { type: 'remove', id: 'rm', at, actor: coordinator } as never);
    expect(noReason.code).toBe('invalid_event');
    expect(noReason.issues?.[0]?.path).toEqual(['reason']);
  });

  it('sets priority flags the programme knows', () => {
    const waitlisted = enrolmentAt('waitlisted');
    const event = {
      type: 'set-priority-flags',
      id: 'f',
      at,
      actor: coordinator,
      flags: ['under-represented-field'],
    } satisfies EnrolmentEventInput;
    expect(accepted(waitlisted, event).priorityFlags).toEqual(['under-represented-field']);
    expect(refusal(waitlisted, { ...event, flags: ['rematch', 'vip'] })).toMatchObject({
      code: 'unknown_priority_flag',
      path: ['flags', 1],
    });
    // Without the programme there is no list to check against.
    expect(accepted(waitlisted, { ...event, flags: ['vip'] }, {}).priorityFlags).toEqual(['vip']);
  });
});

describe('the engine’s checks', () => {
  it('refuses a known event id and an event earlier than the last', () => {
    const ready = enrolmentAt('ready');
    expect(refusal(ready, { type: 'waitlist', id: 'e-screen', at, actor: system })).toMatchObject({
      code: 'duplicate_event_id',
      path: ['id'],
    });
    expect(refusal(ready, { type: 'waitlist', id: 'w', at: hour(0), actor: system })).toMatchObject(
      { code: 'event_out_of_order', path: ['at'] },
    );
  });

  it('reports an invalid event with its issues, hostile input included', () => {
    const ready = enrolmentAt('ready');
    expect(refusal(ready, { type: 'waitlist' } as never).code).toBe('invalid_event');
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(refusal(ready, hostile as never).code).toBe('invalid_event');
  });

  it('applies many events at once, reporting a refusal with its index', () => {
    const applied = enrolmentAt('applied');
    const all = applyEnrolmentEvents(applied, road, { program });
    expect(all.ok && all.value).toEqual(enrolmentAt('active'));
    const bad = applyEnrolmentEvents(
      applied,
      [road[0] as EnrolmentEventInput, road[0] as EnrolmentEventInput],
      { program },
    );
    expect(!bad.ok && bad.error).toMatchObject({ code: 'duplicate_event_id', path: [1, 'id'] });
    expect(applyEnrolmentEvents(applied, [], { program })).toEqual({ ok: true, value: applied });
  });

  it('has a stable list of codes, every one with a message in every language', () => {
    for (const code of enrolmentErrorCodes) {
      if (code === 'guard_failed') continue;
      expect(messages).toHaveProperty(`enrolment.error.${code}`);
    }
    for (const t of enrolmentMachine.transitions) {
      for (const guard of t.guards) expect(messages).toHaveProperty(`enrolment.guard.${guard}`);
      expect(messages).toHaveProperty(`enrolment.event.${t.event}`);
    }
    for (const status of enrolmentMachine.stages) {
      for (const locale of locales) {
        expect(formatMessage(`enrolment.status.${status}` as never, {}, locale)).not.toMatch(
          /enrolment\./,
        );
      }
    }
    expect(formatMessage('enrolment.status.ready', {}, de)).toBe('Bereit zur Vermittlung');
  });
});

describe('limits', () => {
  it('keeps the last places of a full history for the events that close something', () => {
    const ready = enrolmentAt('ready');
    const room = enrolmentLimits.history - enrolmentLimits.keptForClosing;
    const fillers: EnrolmentEventInput[] = [];
    for (let index = ready.history.length; index < room; index++) {
      fillers.push({
        type: index % 2 === ready.history.length % 2 ? 'pause' : 'resume',
        id: `fill-${index}`,
        at: hour(10 + index / 1000),
        actor: person,
      } as EnrolmentEventInput);
    }
    const full = applyEnrolmentEvents(ready, fillers, { program });
    if (!full.ok) throw new Error(full.error.code);
    expect(full.value.history).toHaveLength(room);
    const last = hour(20);
    expect(availableEnrolmentEvents(full.value, person)).toEqual(['withdraw']);
    expect(
      refusal(full.value, { type: 'waitlist', id: 'w', at: last, actor: system }),
    ).toMatchObject({ code: 'limit_reached', params: { field: 'history', max: room } });
    expect(
      accepted(full.value, { type: 'withdraw', id: 'w', at: last, actor: person }).status,
    ).toBe('withdrawn');
    expect(isDeepFrozen(enrolmentLimits)).toBe(true);
  });
});

describe('coordinators (both machines)', () => {
  it('refuses an admin who is not a coordinator, with the lifecycle’s code and path', () => {
    const applied = enrolmentAt('applied');
    const screen = { type: 'screen', id: 's', at, actor: stranger, decision: 'accepted' } as const;
    const enrolmentRefusal = refusal(applied, screen);
    expect(enrolmentRefusal).toMatchObject({
      code: 'not_a_coordinator',
      path: ['actor', 'id'],
      params: { id: stranger.id, programId: program.id },
    });
    const proposed = proposeMatch({
      program,
      relationshipId: 'rel-x',
      mentorId: 'mentor-ada',
      menteeId: person.id,
      now: hour(0),
      proposedBy: coordinator,
    });
    const withdraw = {
      type: 'withdraw',
      id: 'wd',
      at: hour(1),
      actor: stranger,
    } as const;
    const relationshipRefusal = applyProgramEvent(program, [proposed], 'rel-x', withdraw);
    expect(!relationshipRefusal.ok && relationshipRefusal.error).toMatchObject({
      code: enrolmentRefusal.code,
      path: enrolmentRefusal.path,
      params: enrolmentRefusal.params,
    });
    // A coordinator may; without the programme, or one that names no coordinators, any admin may.
    expect(accepted(applied, { ...screen, actor: coordinator }).status).toBe('onboarding');
    expect(accepted(applied, screen, {}).status).toBe('onboarding');
    const { coordinatorIds: _, ...open } = program;
    expect(accepted(applied, screen, { program: open }).status).toBe('onboarding');
    expect(replayEnrolment([{ ...applyEvent, actor: stranger }], { program }).ok).toBe(false);
  });

  it('offers nothing to an admin who is not a coordinator, or for another programme', () => {
    const ready = enrolmentAt('ready');
    expect(availableEnrolmentEvents(ready, stranger, { program })).toEqual([]);
    expect(availableEnrolmentEvents(ready, coordinator, { program: { id: 'other' } })).toEqual([]);
    expect(availableEnrolmentEvents(ready, coordinator, { program }).length).toBeGreaterThan(0);
  });

  it('refuses an enrolment of another programme', () => {
    expect(
      refusal(
        enrolmentAt('ready'),
        { type: 'waitlist', id: 'w', at, actor: system },
        {
          program: { id: 'other' },
        },
      ).code,
    ).toBe('wrong_program');
  });
});

describe('availableEnrolmentEvents', () => {
  it('lists what each actor may send, in table order, frozen', () => {
    const ready = enrolmentAt('ready');
    const byCoordinator = availableEnrolmentEvents(ready, coordinator, { program, now: at });
    expect(byCoordinator).toEqual(
      ['waitlist', 'match', 'graduate', 'remove', 'pause', 'resume', 'set-priority-flags'].filter(
        (t) => t !== 'resume',
      ),
    );
    expect(Object.isFrozen(byCoordinator)).toBe(true);
    expect(availableEnrolmentEvents(ready, person)).toEqual(['withdraw', 'pause']);
    expect(availableEnrolmentEvents(ready, otherPerson)).toEqual([]);
    expect(availableEnrolmentEvents(ready, coordinator, { now: hour(0) })).toEqual([]);
  });

  it('throws InvalidOptionsError for bad options or actor', () => {
    const ready = enrolmentAt('ready');
    expect(() => availableEnrolmentEvents(ready, coordinator, { now: 'soon' } as never)).toThrow(
      InvalidOptionsError,
    );
    expect(() => availableEnrolmentEvents(ready, { role: 'boss', id: 'x' } as never)).toThrow(
      InvalidOptionsError,
    );
  });
});

describe('options', () => {
  it('are validated at the door: any object works or throws InvalidOptionsError', () => {
    const ready = enrolmentAt('ready');
    const event = { type: 'waitlist', id: 'w', at, actor: system } as const;
    fc.assert(
      fc.property(fc.anything(), (options) => {
        for (const call of [
          () => applyEnrolmentEvent(ready, event, options as never),
          () => replayEnrolment(ready.history, options as never),
          () => availableEnrolmentEvents(ready, system, options as never),
        ]) {
          try {
            call();
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidOptionsError);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(() => applyEnrolmentEvent(ready, event, { programme: program } as never)).toThrow(
      InvalidOptionsError,
    );
  });
});

describe('immutability and storage', () => {
  it('never changes or freezes an input, and returns deep-frozen results', () => {
    const stored = JSON.parse(JSON.stringify(enrolmentAt('ready'))) as Enrolment;
    const snapshot = JSON.stringify(stored);
    const event = { type: 'waitlist', id: 'w', at, actor: { ...system } };
    const next = accepted(stored, event as EnrolmentEventInput);
    expect(JSON.stringify(stored)).toBe(snapshot);
    expect(Object.isFrozen(stored)).toBe(false);
    expect(Object.isFrozen(stored.history)).toBe(false);
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen(event.actor)).toBe(false);
    expect(isDeepFrozen(next)).toBe(true);
  });

  it('round-trips through JSON and parseEnrolment byte for byte, and replays to itself', () => {
    const active = applyAll(enrolmentAt('active'), [
      { type: 'pause', id: 'p', at, actor: person, reason: 'On leave' },
    ]);
    const json = JSON.stringify(active);
    const parsed = parseEnrolment(JSON.parse(json));
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe(json);
    const replayed = replayEnrolment(JSON.parse(json).history);
    expect(replayed.ok && JSON.stringify(replayed.value)).toBe(json);
  });
});

describe('enrolmentNotificationsFor', () => {
  it('tells the admins about an application and the person about screening, never the actor', () => {
    const applied = enrolmentAt('applied');
    expect(enrolmentNotificationsFor(applyEvent, applied)).toEqual([
      {
        recipient: { role: 'admin', id: program.id },
        messageKey: 'enrolment.notify.applied',
        params: { role: { key: 'role.mentee' } },
        enrolmentId: 'enr-sam',
        eventId: 'e-apply',
      },
    ]);
    const screen = road[0] as EnrolmentEventInput;
    const notes = enrolmentNotificationsFor(screen, enrolmentAt('onboarding'));
    expect(notes.map((n) => [n.recipient.role, n.messageKey])).toEqual([
      ['mentee', 'enrolment.notify.accepted'],
    ]);
    expect(isDeepFrozen(notes)).toBe(true);
    for (const locale of locales) {
      const note = notes[0];
      if (note) expect(formatMessage(note.messageKey, note.params, locale)).not.toMatch(/[{}]/);
    }
    expect(formatMessage(notes[0]?.messageKey as never, notes[0]?.params, 'en')).toBe(
      'Your application was accepted. 2 onboarding steps are left before you can be matched.',
    );
  });

  it('tells the admins which relationships are still active when a person withdraws', () => {
    const event = { type: 'withdraw', id: 'w', at, actor: person } as const;
    const after = accepted(enrolmentAt('active'), event);
    const [note] = enrolmentNotificationsFor(event, after);
    expect(note?.recipient.role).toBe('admin');
    expect(formatMessage(note?.messageKey as never, note?.params, 'en')).toBe(
      'A Mentee withdrew from the programme. One relationship is still active.'.replace(
        'Mentee',
        formatMessage('role.mentee' as never, {}, 'en'),
      ),
    );
  });
});
