// The core of matchRound and rematch: who is ready, how many places each
// mentor has left, which pairs are ruled out, and the staged result. Not
// exported from the package.
import * as z from 'zod';
import { deepFreeze } from '../_internal/deep-freeze';
import type { Message } from '../i18n';
import { type AssignedPair, assign } from '../matching/assign';
import { type AssignOptions, AssignOptionsSchema } from '../matching/options';
import { scoreMatrix } from '../matching/score-matrix';
import { scorePair } from '../matching/score-pair';
import { type ProposalFailure, toProposals } from '../matching/to-proposals';
import { ActorSchema } from '../model/actor';
import type { MenteeProfile } from '../model/mentee-profile';
import type { MentorProfile } from '../model/mentor-profile';
import { parseMenteeProfile, parseMentorProfile } from '../model/parsers';
import type { ResolvedProgram } from '../model/program';
import type { Relationship } from '../model/relationship';
import { isActiveStage, isTerminalStage } from '../model/relationship-stage';
import { TimestampSchema } from '../model/timestamp';
import {
  isPaused,
  openMentorStatuses,
  type ProgramInputFailure,
  type ReadEnrolment,
  type ReadRelationship,
  readEnrolments,
  readRelationships,
  waitingStatuses,
} from './enrolment-input';
import { compareIds, sortByWaitlistOrder } from './waitlist';

/** Keys of `matching` that the programme functions set themselves. */
const ownedKeys = ['program', 'relationships', 'strategy'] as const;
/** Keys of `matching` that only the assignment strategies read. */
const assignOnlyKeys = ['objective', 'proposing', 'topK'] as const;

/** The options matchRound and rematch share. */
export const stagedMatchingShape = {
  now: TimestampSchema,
  by: ActorSchema,
  strategy: z.enum(['waitlist', 'optimal', 'stable', 'greedy']).optional(),
  allowFormerPartners: z.boolean().optional(),
  matching: AssignOptionsSchema.optional(),
};

/** Checks the keys of `matching` that clash with the programme function's own. */
export function checkMatchingKeys(
  options: {
    readonly strategy?: string | undefined;
    readonly matching?: Readonly<Record<string, unknown>> | undefined;
  },
  ctx: z.RefinementCtx,
  defaultStrategy: string,
): void {
  const { matching } = options;
  if (matching === undefined) return;
  for (const key of ownedKeys) {
    if (matching[key] !== undefined) {
      ctx.addIssue({ code: 'unrecognized_keys', keys: [key], input: matching, path: ['matching'] });
    }
  }
  if ((options.strategy ?? defaultStrategy) !== 'waitlist') return;
  for (const key of assignOnlyKeys) {
    if (matching[key] !== undefined) {
      ctx.addIssue({ code: 'custom', input: matching[key], path: ['matching', key] });
    }
  }
}

/** The people and documents a staged match reads. */
export const StagedInputShape = {
  mentors: z.array(z.unknown()).max(1_000_000),
  mentees: z.array(z.unknown()).max(1_000_000),
  enrolments: z.array(z.unknown()).max(2_000_000),
  relationships: z.array(z.unknown()).max(10_000_000).optional(),
};

/**
 * Why a person who was waiting got no partner.
 *
 * - `no_eligible_mentor`, `capacity_exhausted`, `lost_to_better_pair`,
 *   `mentee_full`: as `assign` explains them.
 * - `taken_by_earlier`: fitting mentors had places, but people before them
 *   on the waitlist took them (strategy `waitlist`).
 * - `proposal_failed`: the pair was found but could not be proposed (see
 *   `proposalFailures`).
 * - `no_mentee`: a mentor ready to match whom no mentee was given.
 *
 * @example
 * ```ts
 * const reason: WaitlistReason = 'taken_by_earlier';
 * ```
 */
export type WaitlistReason =
  | 'no_eligible_mentor'
  | 'capacity_exhausted'
  | 'lost_to_better_pair'
  | 'mentee_full'
  | 'taken_by_earlier'
  | 'proposal_failed'
  | 'no_mentee';

/**
 * A waiting person who stays on the waitlist, with the reason.
 *
 * @example
 * ```ts
 * for (const left of result.waitlist) console.log(left.personId, formatMessage(left.explanation.key, left.explanation.params, de));
 * ```
 */
export interface WaitlistedPerson {
  readonly enrolmentId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly reason: WaitlistReason;
  readonly explanation: Message;
}

/**
 * Why an enrolment took no part in a staged match although it concerns it.
 *
 * - `paused`: the person paused their availability.
 * - `missing_profile`: no (valid) profile was given for the person.
 * - `not_ready`: in the round, but not through screening and onboarding yet.
 * - `proposal_pending`: a mentee whose open proposals already fill their places.
 *
 * @example
 * ```ts
 * const reason: SkipReason = 'paused';
 * ```
 */
export type SkipReason = 'paused' | 'missing_profile' | 'not_ready' | 'proposal_pending';

/**
 * An enrolment left out of a staged match, with the reason.
 *
 * @example
 * ```ts
 * const paused = result.skipped.filter((s) => s.reason === 'paused').map((s) => s.personId);
 * ```
 */
export interface SkippedPerson {
  readonly enrolmentId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly reason: SkipReason;
}

/**
 * A mentor's places in a staged match: `capacity` (the profile's), `active`
 * relationships and `pending` proposals (not yet expired) that hold places,
 * `free` before this match, `proposed` by it, and `left` after it.
 *
 * @example
 * ```ts
 * const full = result.places.filter((p) => p.left === 0).map((p) => p.mentorId);
 * ```
 */
export interface MentorPlaces {
  readonly mentorId: string;
  readonly capacity: number;
  readonly active: number;
  readonly pending: number;
  readonly free: number;
  readonly proposed: number;
  readonly left: number;
}

/**
 * The result of `matchRound` and `rematch`: pairs staged for review as
 * proposals (nothing is applied or sent), who stays on the waitlist and why,
 * who was left out and why, and every mentor's places.
 *
 * @example
 * ```ts
 * const staged: StagedMatch = rematch(program, people, { now, by: coordinator });
 * console.log(`${staged.totals.pairs} proposals, ${staged.totals.waitlisted} still waiting`);
 * ```
 */
export interface StagedMatch {
  readonly programId: string;
  /** The round matched (`matchRound` only). */
  readonly roundId?: string;
  /** The `now` the match was made at; the proposals are dated then. */
  readonly asOf: string;
  readonly strategy: 'waitlist' | 'optimal' | 'stable' | 'greedy';
  /** The pairs found, with score and reasons, sorted by mentee id then mentor id. */
  readonly pairs: readonly AssignedPair[];
  /** A relationship in stage `proposed` per pair (`toProposals`), for the coordinator to review. */
  readonly proposals: readonly Relationship[];
  /** Pairs that could not be proposed, with the reason. */
  readonly proposalFailures: readonly ProposalFailure[];
  /** Waiting people who got no partner, in waitlist order, with the reason. */
  readonly waitlist: readonly WaitlistedPerson[];
  /** Enrolments left out, with the reason. */
  readonly skipped: readonly SkippedPerson[];
  /** Every mentor who could take mentees, by id. */
  readonly places: readonly MentorPlaces[];
  /** Documents that could not be read or belong to another programme. */
  readonly failed: readonly ProgramInputFailure[];
  readonly totals: {
    readonly pairs: number;
    readonly matchedMentees: number;
    readonly waitlisted: number;
    /** Mean score of the pairs; 0 without pairs. */
    readonly meanScore: number;
  };
}

export interface StagedOptions {
  readonly now: string;
  readonly by: z.output<typeof ActorSchema>;
  readonly strategy: 'waitlist' | 'optimal' | 'stable' | 'greedy';
  readonly allowFormerPartners: boolean;
  readonly matching: Omit<AssignOptions, 'program' | 'relationships' | 'strategy'>;
}

export interface StagedInput {
  readonly mentors: readonly unknown[];
  readonly mentees: readonly unknown[];
  readonly enrolments: readonly unknown[];
  readonly relationships?: readonly unknown[] | undefined;
}

/** Which waiting mentee enrolments take part: the round's, or everyone's. */
export type MenteeScope = (enrolment: ReadEnrolment) => 'in' | 'out' | 'not-ready';

const reasonKeys = {
  no_eligible_mentor: 'matching.unmatched.no_eligible_mentor',
  capacity_exhausted: 'matching.unmatched.capacity_exhausted',
  lost_to_better_pair: 'matching.unmatched.lost_to_better_pair',
  mentee_full: 'matching.unmatched.mentee_full',
  taken_by_earlier: 'program.unmatched.taken_by_earlier',
  proposal_failed: 'program.unmatched.proposal_failed',
  no_mentee: 'program.unmatched.no_mentee',
} as const;

function explain(reason: WaitlistReason): Message {
  return { key: reasonKeys[reason], params: {} };
}

function readProfiles<P extends { readonly id: string }>(
  list: 'mentors' | 'mentees',
  values: readonly unknown[],
  parse: (
    value: unknown,
  ) => { ok: true; value: P } | { ok: false; error: ProgramInputFailure['error'] },
  failed: ProgramInputFailure[],
): Map<string, P> {
  const byId = new Map<string, P>();
  values.forEach((value, index) => {
    const result = parse(value);
    if (!result.ok) {
      failed.push({ list, index, error: result.error });
      return;
    }
    if (byId.has(result.value.id)) {
      failed.push({
        list,
        index,
        id: result.value.id,
        error: {
          code: 'duplicate_id',
          messageKey: 'validation.duplicate_id',
          params: { value: result.value.id },
          path: ['id'],
        },
      });
      return;
    }
    byId.set(result.value.id, result.value);
  });
  return byId;
}

function pairKey(mentorId: string, menteeId: string): string {
  return `${mentorId}\u0000${menteeId}`;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export type MentorCandidate = Person<MentorProfile> & { readonly places: MentorPlaces };
export type MenteeCandidate = Person<MenteeProfile>;
export type PairRef = { mentorId: string; menteeId: string; stage: ReadRelationship['stage'] };

/** The people who take part in a match, and the pairs ruled out. */
export interface Candidates {
  readonly failed: ProgramInputFailure[];
  readonly skipped: SkippedPerson[];
  /** Sorted by id. */
  readonly mentors: MentorCandidate[];
  /** In waitlist order. */
  readonly mentees: MenteeCandidate[];
  /** The relationships the scorer reads, with former partners as ended ones. */
  readonly refs: PairRef[];
  /** Ids of the relationships given. */
  readonly relationshipIds: ReadonlySet<string>;
}

/**
 * Reads the documents and picks who takes part: waiting mentees in scope
 * (waitlist order) and open mentors (by id), neither paused, each with a
 * profile; mentors with their places (capacity minus active relationships
 * and unexpired proposals).
 */
export function gatherCandidates(
  program: ResolvedProgram,
  input: StagedInput,
  options: { readonly now: string; readonly allowFormerPartners: boolean },
  scope: MenteeScope,
): Candidates {
  const nowMs = Date.parse(options.now);
  const failed: ProgramInputFailure[] = [];
  const enrolments = readEnrolments(program.id, input.enrolments, failed);
  const relationships = readRelationships(input.relationships ?? [], failed);
  const mentorProfiles = readProfiles<MentorProfile>(
    'mentors',
    input.mentors,
    parseMentorProfile,
    failed,
  );
  const menteeProfiles = readProfiles<MenteeProfile>(
    'mentees',
    input.mentees,
    parseMenteeProfile,
    failed,
  );

  // Places held: active relationships, and proposals that have not expired.
  const activeOfMentor = new Map<string, number>();
  const pendingOfMentor = new Map<string, number>();
  const activeOfMentee = new Map<string, number>();
  const pendingOfMentee = new Map<string, number>();
  const pending = (r: ReadRelationship) =>
    r.stage === 'proposed' &&
    (r.proposal?.expiresAt === undefined || Date.parse(r.proposal.expiresAt) > nowMs);
  for (const r of relationships) {
    if (isActiveStage(r.stage)) {
      count(activeOfMentor, r.mentorId);
      count(activeOfMentee, r.menteeId);
    } else if (pending(r)) {
      count(pendingOfMentor, r.mentorId);
      count(pendingOfMentee, r.menteeId);
    }
  }

  const skipped: SkippedPerson[] = [];
  const skip = (enrolment: ReadEnrolment, reason: SkipReason) =>
    skipped.push({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      side: enrolment.side,
      reason,
    });

  // Mentors: open enrolments, not paused, with a profile.
  const mentors: { enrolment: ReadEnrolment; profile: MentorProfile; places: MentorPlaces }[] = [];
  const seenMentors = new Set<string>();
  for (const enrolment of enrolments) {
    if (enrolment.side !== 'mentor' || !openMentorStatuses.has(enrolment.status)) continue;
    if (seenMentors.has(enrolment.personId)) continue;
    if (isPaused(enrolment, nowMs)) {
      if (waitingStatuses.has(enrolment.status)) skip(enrolment, 'paused');
      continue;
    }
    const profile = mentorProfiles.get(enrolment.personId);
    if (profile === undefined) {
      skip(enrolment, 'missing_profile');
      continue;
    }
    seenMentors.add(enrolment.personId);
    const active = activeOfMentor.get(profile.id) ?? 0;
    const held = pendingOfMentor.get(profile.id) ?? 0;
    const free = Math.max(0, profile.capacity - active - held);
    mentors.push({
      enrolment,
      profile,
      places: {
        mentorId: profile.id,
        capacity: profile.capacity,
        active,
        pending: held,
        free,
        proposed: 0,
        left: free,
      },
    });
  }
  mentors.sort((a, b) => compareIds(a.profile.id, b.profile.id));

  // Mentees: waiting in scope, not paused, with a profile and a place.
  const programMax = program.settings.maxMentorsPerMentee;
  const mentees: { enrolment: ReadEnrolment; profile: MenteeProfile }[] = [];
  const seenMentees = new Set<string>();
  for (const enrolment of sortByWaitlistOrder(
    enrolments.filter((e) => e.side === 'mentee'),
    program.settings.waitlistPriorities,
  )) {
    const inScope = scope(enrolment);
    if (inScope === 'out') continue;
    if (inScope === 'not-ready') {
      skip(enrolment, 'not_ready');
      continue;
    }
    if (seenMentees.has(enrolment.personId)) continue;
    if (isPaused(enrolment, nowMs)) {
      skip(enrolment, 'paused');
      continue;
    }
    const profile = menteeProfiles.get(enrolment.personId);
    if (profile === undefined) {
      skip(enrolment, 'missing_profile');
      continue;
    }
    seenMentees.add(enrolment.personId);
    const held = pendingOfMentee.get(profile.id) ?? 0;
    const max = Math.min(profile.maxMentors ?? programMax, programMax);
    const open = max - (activeOfMentee.get(profile.id) ?? 0) - held;
    if (held > 0 && open <= 0) {
      skip(enrolment, 'proposal_pending');
      continue;
    }
    mentees.push({
      enrolment,
      // Open proposals hold a mentee's places as they hold a mentor's.
      profile: held > 0 ? { ...profile, maxMentors: max - held } : profile,
    });
  }

  // Pairs that are ruled out: earlier relationships (the matcher rules them
  // out by itself) and the former partners each enrolment names.
  const mentorIds = new Set(mentors.map((m) => m.profile.id));
  const menteeIds = new Set(mentees.map((m) => m.profile.id));
  const refs: PairRef[] = [];
  for (const r of relationships) {
    if (options.allowFormerPartners && isTerminalStage(r.stage)) continue;
    refs.push({ mentorId: r.mentorId, menteeId: r.menteeId, stage: r.stage });
  }
  if (!options.allowFormerPartners) {
    const former = new Set<string>();
    for (const enrolment of enrolments) {
      for (const partner of enrolment.formerPartnerIds) {
        const key =
          enrolment.side === 'mentor'
            ? pairKey(enrolment.personId, partner)
            : pairKey(partner, enrolment.personId);
        const [mentorId, menteeId] =
          enrolment.side === 'mentor'
            ? [enrolment.personId, partner]
            : [partner, enrolment.personId];
        if (former.has(key) || !mentorIds.has(mentorId) || !menteeIds.has(menteeId)) continue;
        former.add(key);
        refs.push({ mentorId, menteeId, stage: 'ended' });
      }
    }
  }

  const relationshipIds = new Set<string>();
  for (const r of relationships) if (r.id !== undefined) relationshipIds.add(r.id);
  return { failed, skipped, mentors, mentees, refs, relationshipIds };
}

/**
 * Proposals for the pairs, with ids that do not collide with the programme's
 * existing relationships: `toProposals`'s default id, with `-2`, `-3`, …
 * when a former pair's relationship already has it (`allowFormerPartners`).
 */
function proposeFresh(
  pairs: readonly AssignedPair[],
  options: Parameters<typeof toProposals>[1],
  taken: ReadonlySet<string>,
): { proposals: Relationship[]; failed: ProposalFailure[] } {
  const first = toProposals({ pairs }, options);
  const clashing = first.proposals.filter((p) => taken.has(p.id));
  if (clashing.length === 0) return { proposals: [...first.proposals], failed: [...first.failed] };
  const renamed = new Map<string, string>();
  const used = new Set([...taken, ...first.proposals.map((p) => p.id)]);
  for (const p of clashing) {
    const base = p.id.slice(0, 120);
    let n = 2;
    while (used.has(`${base}-${n}`)) n++;
    used.add(`${base}-${n}`);
    renamed.set(pairKey(p.mentorId, p.menteeId), `${base}-${n}`);
  }
  const again = toProposals(
    { pairs: pairs.filter((pair) => renamed.has(pairKey(pair.mentorId, pair.menteeId))) },
    {
      ...options,
      relationshipId: (pair) => renamed.get(pairKey(pair.mentorId, pair.menteeId)) ?? '',
    },
  );
  const replaced = new Map(again.proposals.map((p) => [pairKey(p.mentorId, p.menteeId), p]));
  return {
    proposals: first.proposals.map((p) => replaced.get(pairKey(p.mentorId, p.menteeId)) ?? p),
    failed: [
      ...first.failed,
      ...again.failed.map((f) => ({
        ...f,
        index: pairs.findIndex((x) => x.mentorId === f.mentorId && x.menteeId === f.menteeId),
      })),
    ],
  };
}

/** Runs a staged match over validated options and input. */
export function stageMatch(
  program: ResolvedProgram,
  input: StagedInput,
  options: StagedOptions,
  scope: MenteeScope,
  roundId?: string,
): StagedMatch {
  const { failed, skipped, mentors, mentees, refs, relationshipIds } = gatherCandidates(
    program,
    input,
    options,
    scope,
  );
  const matchingOptions = { ...options.matching, program, relationships: refs };
  const { pairs, unmatched } =
    options.strategy === 'waitlist'
      ? waitlistOrder(mentors, mentees, matchingOptions)
      : assignCohort(mentors, mentees, matchingOptions, options.strategy);

  const proposed = proposeFresh(
    pairs,
    { program, now: options.now, by: options.by },
    relationshipIds,
  );
  const failedPairs = new Set(proposed.failed.map((f) => pairKey(f.mentorId, f.menteeId)));
  const proposedOf = new Map<string, number>();
  const matchedMentees = new Set<string>();
  for (const pair of pairs) {
    if (failedPairs.has(pairKey(pair.mentorId, pair.menteeId))) continue;
    count(proposedOf, pair.mentorId);
    matchedMentees.add(pair.menteeId);
  }

  const waiting: WaitlistedPerson[] = [];
  for (const { enrolment, profile } of mentees) {
    if (matchedMentees.has(profile.id)) continue;
    const found = unmatched.get(profile.id);
    const reason: WaitlistReason = found ?? 'proposal_failed';
    waiting.push({
      enrolmentId: enrolment.id,
      personId: profile.id,
      side: 'mentee',
      reason,
      explanation: explain(reason),
    });
  }
  const places = mentors.map(({ places: p }) => {
    const n = proposedOf.get(p.mentorId) ?? 0;
    return { ...p, proposed: n, left: p.free - n };
  });
  const mentorsWaiting = sortByWaitlistOrder(
    mentors.map((m) => m.enrolment).filter((e) => waitingStatuses.has(e.status)),
    program.settings.waitlistPriorities,
  );
  for (const enrolment of mentorsWaiting) {
    if ((proposedOf.get(enrolment.personId) ?? 0) > 0) continue;
    waiting.push({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      side: 'mentor',
      reason: 'no_mentee',
      explanation: explain('no_mentee'),
    });
  }

  const sum = pairs.reduce((total, pair) => total + pair.score, 0);
  return deepFreeze({
    programId: program.id,
    ...(roundId === undefined ? {} : { roundId }),
    asOf: options.now,
    strategy: options.strategy,
    pairs: [...pairs],
    proposals: [...proposed.proposals],
    proposalFailures: [...proposed.failed],
    waitlist: waiting,
    skipped,
    places,
    failed,
    totals: {
      pairs: proposed.proposals.length,
      matchedMentees: matchedMentees.size,
      waitlisted: waiting.length,
      meanScore: pairs.length === 0 ? 0 : sum / pairs.length,
    },
  });
}

type Person<P> = { readonly enrolment: ReadEnrolment; readonly profile: P };
export type MatchingInput = AssignOptions & {
  program: ResolvedProgram;
  relationships: PairRef[];
};
interface Found {
  readonly pairs: readonly AssignedPair[];
  readonly unmatched: ReadonlyMap<string, WaitlistReason>;
}

/** The whole cohort at once, with `assign` on each mentor's free places. */
function assignCohort(
  mentors: readonly (Person<MentorProfile> & { places: MentorPlaces })[],
  mentees: readonly Person<MenteeProfile>[],
  options: MatchingInput,
  strategy: 'optimal' | 'stable' | 'greedy',
): Found {
  // `assign` subtracts active relationships itself; pending proposals are taken off here.
  const capacityFor = (m: { profile: MentorProfile; places: MentorPlaces }) =>
    Math.max(0, m.profile.capacity - m.places.pending);
  const assignment = assign(
    mentors.map((m) =>
      m.places.pending === 0 ? m.profile : { ...m.profile, capacity: capacityFor(m) },
    ),
    mentees.map((m) => m.profile),
    { ...options, strategy },
  );
  return {
    pairs: assignment.pairs,
    unmatched: new Map(assignment.unmatched.map((u) => [u.menteeId, u.reason])),
  };
}

/**
 * One mentee at a time in waitlist order, each taking the best fitting mentor
 * with a free place left (ties by mentor id): whoever waited longest or has
 * priority chooses first.
 */
function waitlistOrder(
  mentors: readonly (Person<MentorProfile> & { places: MentorPlaces })[],
  mentees: readonly Person<MenteeProfile>[],
  options: MatchingInput,
): Found {
  const { matrix, scoring, slot, menteeIndex } = fitMatrix(mentors, mentees, options);
  const m = matrix.mentorCount;
  const left = mentors.map((mentor) => mentor.places.free);
  const activeOfMentee = new Map<string, number>();
  for (const r of options.relationships) {
    if (isActiveStage(r.stage)) count(activeOfMentee, r.menteeId);
  }
  const pairs: AssignedPair[] = [];
  const unmatched = new Map<string, WaitlistReason>();
  for (const { profile } of mentees) {
    const e = menteeIndex.get(profile.id) as number;
    let best = -1;
    let bestScore = -1;
    let fitting = false;
    let fittingWithPlaces = false;
    mentors.forEach((mentor, k) => {
      const j = slot[k] as number;
      if (matrix.eligible[e * m + j] !== 1) return;
      fitting = true;
      if (mentor.places.free > 0) fittingWithPlaces = true;
      if ((left[k] as number) <= 0) return;
      const score = matrix.scores[e * m + j] as number;
      // Mentors are sorted by id, so the first of equal scores wins.
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    });
    const chosen = mentors[best];
    if (chosen !== undefined) {
      left[best] = (left[best] as number) - 1;
      const explained = scorePair(
        { ...chosen.profile, capacity: chosen.places.active + 1 },
        profile,
        scoring,
      );
      pairs.push({
        mentorId: chosen.profile.id,
        menteeId: profile.id,
        score: explained.score,
        criteria: explained.criteria,
      });
      continue;
    }
    const max = Math.min(
      profile.maxMentors ?? options.program.settings.maxMentorsPerMentee,
      options.program.settings.maxMentorsPerMentee,
    );
    unmatched.set(
      profile.id,
      fittingWithPlaces
        ? 'taken_by_earlier'
        : fitting
          ? 'capacity_exhausted'
          : (activeOfMentee.get(profile.id) ?? 0) >= max
            ? 'mentee_full'
            : 'no_eligible_mentor',
    );
  }
  pairs.sort((a, b) => compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId));
  return { pairs, unmatched };
}

/**
 * Scores every mentee against every mentor with capacity left out: each
 * mentor gets one place in the matrix, so only fit and history rule pairs
 * out; callers count the free places themselves.
 */
export function fitMatrix(
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeCandidate[],
  options: MatchingInput,
) {
  const { objective: _o, proposing: _p, topK: _k, strategy: _s, ...scoring } = options;
  const matrix = scoreMatrix(
    mentors.map((m) => ({ ...m.profile, capacity: m.places.active + 1 })),
    mentees.map((m) => m.profile),
    scoring,
  );
  const menteeIndex = new Map(matrix.menteeIds.map((id, e) => [id, e]));
  const mentorIndex = new Map(matrix.mentorIds.map((id, j) => [id, j]));
  const slot = mentors.map((mentor) => mentorIndex.get(mentor.profile.id) as number);
  return { matrix, scoring, slot, menteeIndex };
}
