// The lifecycle's side of the one public contract: options validated at the
// door (any object either works or throws InvalidOptionsError, never anything
// else), frozen outputs and constants, `@throws` on whatever can throw, and
// no internals on the public surface.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import * as lifecycle from '../../src/lifecycle';
import * as apply from '../../src/lifecycle/apply';
import * as effects from '../../src/lifecycle/effects';
import { InvalidOptionsError, type Relationship } from '../../src/model';
import { timestampArb } from '../support/arbitraries';
import { actors, ids, isDeepFrozen, program, storyTo, times } from './fixtures';

const {
  applyProgramEvent,
  availableEvents,
  expireProposals,
  lifecycleErrorCodes,
  lifecycleMachine,
  toMermaid,
} = lifecycle;

/** Runs `call`; anything thrown must be an InvalidOptionsError naming `name`. */
function worksOrInvalid(name: string, call: () => unknown): void {
  try {
    call();
  } catch (error) {
    if (!(error instanceof InvalidOptionsError)) throw error;
    expect(error.params.function).toBe(name);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(Array.isArray(issue.path)).toBe(true);
  }
}

const hostile = fc.constantFrom<unknown>(
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    },
  ),
  Object.defineProperty({}, 'now', {
    enumerable: true,
    get() {
      throw new RangeError('getter');
    },
  }),
  Object.create(null),
  new Date(),
  [],
  () => undefined,
);

/** Any object, with the options' own keys (valid or not) mixed in now and then. */
const anyOptions = fc.oneof(
  fc.anything(),
  hostile,
  fc.record(
    {
      now: fc.oneof(timestampArb, fc.string(), fc.anything(), fc.constant(times.now)),
      systemActorId: fc.oneof(fc.constant('cron'), fc.anything()),
      mentors: fc.oneof(
        fc.constant([{ id: 'mentor-1', capacity: 1 }]),
        fc.array(fc.record({ id: fc.string(), capacity: fc.anything() }), { maxLength: 3 }),
        fc.anything(),
      ),
      mentees: fc.oneof(
        fc.constant([{ id: 'mentee-1', maxMentors: 1, name: 'Profile fields are ignored' }]),
        fc.anything(),
      ),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const anyProgram = fc.oneof(
  fc.constant<unknown>(program),
  fc.constant<unknown>({ id: ids.program }),
  fc.record(
    {
      id: fc.oneof(fc.constant(ids.program), fc.anything()),
      settings: fc.anything(),
      timeZone: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
  hostile,
);

describe('options at the door', () => {
  const proposed = storyTo('proposed').relationship;
  const cultivating = storyTo('cultivating').relationship;
  const relationships: readonly Relationship[] = [proposed];
  const accept = { type: 'accept', id: 'x1', at: times.now, actor: actors.mentor } as const;

  it('availableEvents: any options and any actor either work or throw InvalidOptionsError', () => {
    fc.assert(
      fc.property(
        anyOptions,
        fc.oneof(fc.constant<unknown>(actors.mentee), fc.anything(), hostile),
        (options, actor) => {
          worksOrInvalid('availableEvents', () =>
            availableEvents(cultivating, actor as never, options as never),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('expireProposals: any options and any programme either work or throw InvalidOptionsError', () => {
    fc.assert(
      fc.property(anyOptions, anyProgram, (options, programme) => {
        worksOrInvalid('expireProposals', () =>
          expireProposals(programme as never, relationships, options as never),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('applyProgramEvent: any options and any programme either work or throw InvalidOptionsError', () => {
    fc.assert(
      fc.property(anyOptions, anyProgram, (options, programme) => {
        worksOrInvalid('applyProgramEvent', () =>
          applyProgramEvent(
            programme as never,
            relationships,
            proposed.id,
            accept,
            options as never,
          ),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('availableEvents validates `now` and the actor (regression)', () => {
    const issue = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionsError);
        return (error as InvalidOptionsError).issues.map((i) => [i.path.join('.'), i.code]);
      }
      throw new Error('expected a throw');
    };
    expect(issue(() => availableEvents(cultivating, actors.mentee, { now: 'tomorrow' }))).toEqual([
      ['now', 'invalid_timestamp'],
    ]);
    expect(
      issue(() =>
        availableEvents(cultivating, actors.mentee, { now: new Date() as never }),
      )[0]?.[0],
    ).toBe('now');
    expect(
      issue(() => availableEvents(cultivating, actors.mentee, { at: times.now } as never)),
    ).toEqual([['', 'unrecognized_keys']]);
    expect(
      issue(() => availableEvents(cultivating, { role: 'mentor ', id: ids.mentor } as never)),
    ).toEqual([['actor.role', 'invalid_value']]);
  });
});

describe('frozen outputs and constants', () => {
  it('availableEvents returns a frozen list (regression)', () => {
    const list = availableEvents(storyTo('cultivating').relationship, actors.mentee, {
      now: times.now,
    });
    expect(list.length).toBeGreaterThan(0);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(availableEvents(storyTo('completed').relationship, actors.mentee))).toBe(
      true,
    );
  });

  it('exports frozen data: the machine, the error codes, and a diagram that cannot be changed through them', () => {
    expect(isDeepFrozen(lifecycleMachine)).toBe(true);
    expect(Object.isFrozen(lifecycleErrorCodes)).toBe(true);
    const diagram = toMermaid();
    expect(() => (lifecycleErrorCodes as unknown as string[]).push('x')).toThrow(TypeError);
    expect(() => {
      (lifecycleMachine.transitions[0] as unknown as { actors: string[] }).actors.push('guest');
    }).toThrow(TypeError);
    expect(toMermaid()).toBe(diagram);
  });
});

describe('the public surface', () => {
  it('exports exactly the lifecycle’s public names', () => {
    expect(Object.keys(lifecycle).sort()).toEqual(
      [
        'AvailableEventsOptionsSchema',
        'ExpireProposalsOptionsSchema',
        'ProgramEventOptionsSchema',
        'ProposeMatchInputSchema',
        'applyEvent',
        'applyEvents',
        'applyProgramEvent',
        'availableEvents',
        'expireProposals',
        'lifecycleErrorCodes',
        'lifecycleMachine',
        'notificationsFor',
        'proposeMatch',
        'replay',
        'toMermaid',
      ].sort(),
    );
    for (const name of Object.keys(lifecycle)) expect(root).toHaveProperty(name);
  });

  it('re-exports no internals for the benchmark (regression)', () => {
    expect(apply).not.toHaveProperty('actsForThemselves');
    expect(effects).not.toHaveProperty('createRelationship');
  });

  it('documents @throws on every exported function that can throw', () => {
    const dir = join(__dirname, '..', '..', 'src', 'lifecycle');
    const throwing: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nexport function (\w+)/g,
      )) {
        const [, doc = '', name = ''] = match;
        const start = (match.index ?? 0) + match[0].length;
        const body = source.slice(start, source.indexOf('\n}\n', start));
        const throws = /\bthrow new\b|parseOptions\(|resolveProgram\(/.test(body);
        if (!throws) continue;
        throwing.push(name);
        expect(doc, `${file}: ${name}`).toMatch(/@throws \{InvalidOptionsError\}/);
      }
    }
    expect(throwing.sort()).toEqual(
      ['applyProgramEvent', 'availableEvents', 'expireProposals', 'proposeMatch'].sort(),
    );
  });
});
