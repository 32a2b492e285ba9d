import { expectTypeOf, test } from 'vitest';
import {
  type Assignment,
  assign,
  type CustomCriterion,
  defineCriterion,
  type PairScore,
  type SolveResult,
  scorePair,
  solve,
} from '../../src/matching';
import type { MenteeProfile, MentorProfile } from '../../src/model';

test('defineCriterion keeps the literal id and types evaluate', () => {
  const criterion = defineCriterion({
    id: 'same-city',
    evaluate: (mentor, mentee) => {
      expectTypeOf(mentor).toEqualTypeOf<MentorProfile>();
      expectTypeOf(mentee).toEqualTypeOf<MenteeProfile>();
      return { value: 1, note: 'Berlin' };
    },
  });
  expectTypeOf(criterion).toEqualTypeOf<CustomCriterion<'same-city'>>();
  expectTypeOf(criterion.id).toEqualTypeOf<'same-city'>();
  // @ts-expect-error a criterion must return a number or an outcome
  defineCriterion({ id: 'bad', evaluate: () => 'yes' });
});

test('the public functions have the documented shapes', () => {
  expectTypeOf(scorePair).returns.toEqualTypeOf<PairScore>();
  expectTypeOf(assign).returns.toEqualTypeOf<Assignment>();
  expectTypeOf(solve).returns.toEqualTypeOf<SolveResult>();
  // @ts-expect-error unknown strategy
  assign([], [], { strategy: 'fair' });
});
