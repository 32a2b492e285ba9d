import { describe, expectTypeOf, it } from 'vitest';
import {
  type AppliedEvent,
  applyEvent,
  applyProgramEvent,
  availableEvents,
  type GuardName,
  type LifecycleError,
  type LifecycleErrorCode,
  type lifecycleMachine,
  type NotificationRecipient,
  type ProgramUpdate,
  replay,
} from '../../src/lifecycle';
import type {
  ActorRole,
  Relationship,
  RelationshipEvent,
  RelationshipEventInput,
  RelationshipEventType,
  RelationshipStage,
  Result,
} from '../../src/model';

declare const relationship: Relationship;

describe('lifecycle types', () => {
  it('takes events as apps write them, with defaults left out', () => {
    const result = applyEvent(relationship, {
      type: 'record-meeting',
      id: 'e9',
      at: '2026-03-05T18:00:00Z',
      actor: { role: 'mentee', id: 'sam' },
      meetingId: 'm1',
      held: true,
      attendance: { mentor: { present: true }, mentee: { present: true } },
    });
    expectTypeOf(result).toEqualTypeOf<Result<Relationship, LifecycleError>>();
    expectTypeOf<RelationshipEvent>().toExtend<RelationshipEventInput>();
    expectTypeOf(replay).parameter(0).toEqualTypeOf<readonly RelationshipEventInput[]>();
    // @ts-expect-error an event needs its payload
    applyEvent(relationship, {
      type: 'decline',
      id: 'e',
      at: 'x',
      actor: { role: 'mentor', id: 'm' },
    });
  });

  it('names codes, guards, stages and roles with literal unions', () => {
    expectTypeOf<LifecycleError['code']>().toEqualTypeOf<LifecycleErrorCode>();
    expectTypeOf<LifecycleError['guard']>().toEqualTypeOf<GuardName | undefined>();
    expectTypeOf<'capacity_exceeded'>().toExtend<LifecycleErrorCode>();
    expectTypeOf<'over_capacity'>().not.toExtend<LifecycleErrorCode>();
    type Transition = (typeof lifecycleMachine.transitions)[number];
    expectTypeOf<Transition['to']>().toEqualTypeOf<RelationshipStage | null>();
    expectTypeOf<Transition['actors']>().toEqualTypeOf<readonly ActorRole[]>();
    expectTypeOf(availableEvents).returns.toEqualTypeOf<readonly RelationshipEventType[]>();
    expectTypeOf<NotificationRecipient['role']>().toEqualTypeOf<'mentor' | 'mentee' | 'admin'>();
  });

  it('returns the programme update with the applied events', () => {
    expectTypeOf(applyProgramEvent).returns.toEqualTypeOf<Result<ProgramUpdate, LifecycleError>>();
    expectTypeOf<AppliedEvent['before']>().toEqualTypeOf<Relationship | undefined>();
  });
});
