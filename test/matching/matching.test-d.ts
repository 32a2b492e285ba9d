import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  type AssignedPair,
  type Assignment,
  type AssignOptions,
  type AssignOptionsSchema,
  assign,
  type ConstraintConflict,
  type CustomCriterion,
  defineCriterion,
  formatPairScore,
  type MatchingOptions,
  type MatchingOptionsSchema,
  type PairScore,
  type Program,
  type RankMentorsOptions,
  type RankMentorsOptionsSchema,
  type Result,
  rankMentors,
  type ScoreMatrix,
  type ScoreMatrixOptions,
  type ScoreMatrixOptionsSchema,
  type SolveResult,
  scoreMatrix,
  scorePair,
  solve,
  type ToProposalsOptions,
  type ToProposalsOptionsSchema,
  type ToProposalsResult,
  toProposals,
} from '../../src';
import type { MenteeProfile, MentorProfile } from '../../src/model';

declare const mentor: MentorProfile;
declare const mentee: MenteeProfile;
declare const program: Program;

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
  expectTypeOf(assign([], [])).toEqualTypeOf<Assignment>();
  expectTypeOf(solve({ scores: [[1]] })).toEqualTypeOf<SolveResult>();
  // With constraints, both return a Result.
  expectTypeOf(assign([], [], { constraints: [] })).toEqualTypeOf<
    Result<Assignment, ConstraintConflict>
  >();
  expectTypeOf(solve({ scores: [[1]], constraints: [] })).toEqualTypeOf<
    Result<SolveResult, ConstraintConflict>
  >();
  expectTypeOf(toProposals).returns.toEqualTypeOf<ToProposalsResult>();
  expectTypeOf(formatPairScore).returns.toEqualTypeOf<readonly string[]>();
  // @ts-expect-error unknown strategy
  assign([], [], { strategy: 'fair' });
});

test('the programme is the option `program`, a whole Program or a reference', () => {
  scorePair(mentor, mentee, { program });
  scorePair(mentor, mentee, { program: { id: 'p', settings: { minMentorExperienceYears: 2 } } });
  assign([mentor], [mentee], { program, strategy: 'stable' });
  rankMentors(mentee, [mentor], { program, limit: 3 });
  // @ts-expect-error the old `settings` option is gone
  scorePair(mentor, mentee, { settings: { minMentorExperienceYears: 2 } });
  // @ts-expect-error a typo inside the programme's settings
  scorePair(mentor, mentee, { program: { id: 'p', settings: { minMentorExperienceYear: 2 } } });
  toProposals(
    { pairs: [] },
    { program, now: '2026-03-01T09:00:00Z', by: { role: 'admin', id: 'c' } },
  );
  toProposals(
    { pairs: [] },
    // @ts-expect-error `at` and `programId` are now `now` and `program`
    { programId: 'p', at: '2026-03-01T09:00:00Z', by: { role: 'admin', id: 'c' } },
  );
});

test('formatPairScore takes the pairs of assign as well as a PairScore', () => {
  const pair = {} as AssignedPair;
  formatPairScore(pair, 'en-GB');
  formatPairScore(scorePair(mentor, mentee), 'de-AT');
  expectTypeOf<AssignedPair['criteria']>().toEqualTypeOf<PairScore['criteria']>();
});

test('what the schemas return is accepted back as options', () => {
  // `parseMatchingOptions` and friends return the schemas' output.
  expectTypeOf<z.output<typeof MatchingOptionsSchema>>().toExtend<MatchingOptions>();
  expectTypeOf<z.output<typeof AssignOptionsSchema>>().toExtend<AssignOptions>();
  expectTypeOf<z.output<typeof RankMentorsOptionsSchema>>().toExtend<RankMentorsOptions>();
  expectTypeOf<z.output<typeof ToProposalsOptionsSchema>>().toExtend<ToProposalsOptions>();
  expectTypeOf<z.output<typeof ScoreMatrixOptionsSchema>>().toExtend<ScoreMatrixOptions>();
});

test('scoreMatrix takes the scorer options plus typed arrays to write into', () => {
  expectTypeOf(scoreMatrix).parameter(2).toEqualTypeOf<ScoreMatrixOptions | undefined>();
  expectTypeOf(scoreMatrix).returns.toEqualTypeOf<ScoreMatrix>();
  expectTypeOf<ScoreMatrixOptions>().toExtend<MatchingOptions>();
  // @ts-expect-error: plain arrays are not typed arrays
  const wrong: ScoreMatrixOptions = { into: { scores: [0], eligible: new Uint8Array(1) } };
  void wrong;
});
