import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  type AppliedEvent,
  type AvailableEventsOptions,
  type AvailableEventsOptionsSchema,
  applyEvent,
  applyEvents,
  applyProgramEvent,
  availableEvents,
  type ExpireProposalsOptions,
  type ExpireProposalsOptionsSchema,
  expireProposals,
  type GuardName,
  type LifecycleError,
  type LifecycleErrorCode,
  type lifecycleMachine,
  type MenteeLimit,
  type MentorCapacity,
  type NotificationRecipient,
  type ProgramEventFailure,
  type ProgramEventOptions,
  type ProgramEventOptionsSchema,
  type ProgramUpdate,
  type ProposeMatchInput,
  type ProposeMatchInputSchema,
  replay,
} from '../../src/lifecycle';
import type {
  ActorRole,
  MenteeProfile,
  MentorProfile,
  Program,
  ProgramRef,
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

  it('returns the programme update with the applied events and the failures', () => {
    expectTypeOf(applyProgramEvent).returns.toEqualTypeOf<Result<ProgramUpdate, LifecycleError>>();
    expectTypeOf(expireProposals).returns.toEqualTypeOf<ProgramUpdate>();
    expectTypeOf<AppliedEvent['before']>().toEqualTypeOf<Relationship | undefined>();
    expectTypeOf<ProgramUpdate['failed']>().toEqualTypeOf<readonly ProgramEventFailure[]>();
    expectTypeOf(applyEvents).returns.toEqualTypeOf<Result<Relationship, LifecycleError>>();
    expectTypeOf(applyEvents).parameter(1).toEqualTypeOf<readonly RelationshipEventInput[]>();
  });

  it('takes the programme as a ProgramRef and profiles as capacities and limits', () => {
    expectTypeOf(applyProgramEvent).parameter(0).toEqualTypeOf<ProgramRef>();
    expectTypeOf(expireProposals).parameter(0).toEqualTypeOf<ProgramRef>();
    expectTypeOf<Program>().toExtend<ProgramRef>();
    expectTypeOf<MentorProfile>().toExtend<MentorCapacity>();
    expectTypeOf<MenteeProfile>().toExtend<MenteeLimit>();
    expectTypeOf(expireProposals).parameter(2).toEqualTypeOf<ExpireProposalsOptions>();
    // @ts-expect-error `now` is an option, not a positional argument
    expireProposals({ id: 'p' }, [], '2026-03-01T09:00:00Z');
  });

  it('documents the types users see, which the schemas accept', () => {
    expectTypeOf<ProposeMatchInput>().toExtend<z.input<typeof ProposeMatchInputSchema>>();
    expectTypeOf<z.output<typeof ProgramEventOptionsSchema>>().toExtend<ProgramEventOptions>();
    expectTypeOf<ExpireProposalsOptions>().toExtend<z.input<typeof ExpireProposalsOptionsSchema>>();
    expectTypeOf<AvailableEventsOptions>().toExtend<z.input<typeof AvailableEventsOptionsSchema>>();
    expectTypeOf<z.output<typeof ProposeMatchInputSchema>>().toExtend<ProposeMatchInput>();
    expectTypeOf<
      z.output<typeof ExpireProposalsOptionsSchema>
    >().toExtend<ExpireProposalsOptions>();
    expectTypeOf<
      z.output<typeof AvailableEventsOptionsSchema>
    >().toExtend<AvailableEventsOptions>();
  });
});
