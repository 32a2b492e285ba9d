import { describe, expectTypeOf, it } from 'vitest';
import type {
  Actor,
  Channel,
  EventOfType,
  MenteeProfile,
  MentorProfile,
  Program,
  Relationship,
  RelationshipEvent,
  RelationshipStage,
  Result,
  ValidationError,
  WeeklySlot,
} from '../../src/model';
import { parseMentorProfile, parseRelationshipEvent } from '../../src/model';

describe('inferred model types', () => {
  it('types the profile fields as documented', () => {
    expectTypeOf<MentorProfile['capacity']>().toEqualTypeOf<number>();
    expectTypeOf<MentorProfile['expertise']>().toEqualTypeOf<string[]>();
    expectTypeOf<MentorProfile['channels']>().toEqualTypeOf<Channel[]>();
    expectTypeOf<MentorProfile['availability']>().toEqualTypeOf<WeeklySlot[] | undefined>();
    expectTypeOf<MentorProfile['organization']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MenteeProfile['preferredMentorIds']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<MenteeProfile['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<Channel>().toEqualTypeOf<'email' | 'phone' | 'video' | 'chat' | 'in-person'>();
    expectTypeOf<WeeklySlot['day']>().toEqualTypeOf<
      'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
    >();
  });

  it('gives programme settings their defaults in the output type', () => {
    expectTypeOf<Program['settings']['meetingCadenceDays']>().toEqualTypeOf<number>();
  });

  it('keeps optional fields optional and not nullable (null is read as absent at parse)', () => {
    expectTypeOf<MentorProfile['bio']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Relationship['pause']>().not.toMatchTypeOf<null>();
    expectTypeOf<Program['timeZone']>().toEqualTypeOf<string | undefined>();
  });

  it('types topic labels as English plus any language', () => {
    type Label = Program['topics'][number]['label'];
    expectTypeOf<Label['en']>().toEqualTypeOf<string>();
    expectTypeOf<Label>().toMatchTypeOf<{ readonly [tag: string]: string }>();
  });

  it('narrows events by type', () => {
    expectTypeOf<EventOfType<'decline'>['reason']>().toEqualTypeOf<string>();
    expectTypeOf<RelationshipEvent['actor']>().toEqualTypeOf<Actor>();
    expectTypeOf<Actor['role']>().toEqualTypeOf<'mentor' | 'mentee' | 'admin' | 'system'>();
    expectTypeOf<Relationship['stage']>().toEqualTypeOf<RelationshipStage>();
  });

  it('returns Results from the parsers', () => {
    expectTypeOf(parseMentorProfile).returns.toEqualTypeOf<
      Result<MentorProfile, ValidationError>
    >();
    expectTypeOf(parseRelationshipEvent).parameter(0).toEqualTypeOf<unknown>();
    const result = parseMentorProfile({});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<MentorProfile>();
    else
      expectTypeOf(result.error.issues[0]).toEqualTypeOf<
        ValidationError['issues'][number] | undefined
      >();
  });
});
