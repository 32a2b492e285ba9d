import { assertFinite, nonFiniteError, type Problem } from './problem';

/**
 * One side's view of the other: who is acceptable, the declared ranking, and
 * the scores that order everyone after the declared ranking. Ties are broken
 * by the lower index, so every preference list is strict.
 */
interface Side {
  readonly size: number;
  readonly otherSize: number;
  readonly capacity: Int32Array;
  readonly acceptable: (self: number, other: number) => boolean;
  readonly score: (self: number, other: number) => number;
  readonly ranks: readonly (readonly number[] | undefined)[] | undefined;
}

/** Position of each declared choice, or null when the person declared none. */
function rankMaps(side: Side): (Map<number, number> | null)[] {
  return Array.from({ length: side.size }, (_, self) => {
    const list = side.ranks?.[self];
    if (list === undefined || list.length === 0) return null;
    return new Map(list.map((other, position) => [other, position]));
  });
}

/** Whether `self` prefers `a` to `b` (both acceptable). */
function prefers(
  side: Side,
  maps: readonly (Map<number, number> | null)[],
  self: number,
  a: number,
  b: number,
): boolean {
  const map = maps[self];
  if (map !== null && map !== undefined) {
    const rankA = map.get(a) ?? Number.POSITIVE_INFINITY;
    const rankB = map.get(b) ?? Number.POSITIVE_INFINITY;
    if (rankA !== rankB) return rankA < rankB;
  }
  const scoreA = side.score(self, a);
  const scoreB = side.score(self, b);
  if (scoreA !== scoreB) return scoreA > scoreB;
  return a < b;
}

function views(problem: Problem): { mentees: Side; mentors: Side } {
  const { n, m, eligible } = problem;
  const menteeScores = problem.menteeScores ?? problem.weight;
  const mentorScores = problem.mentorScores ?? problem.weight;
  const acceptable =
    eligible === null ? () => true : (i: number, j: number) => eligible[i * m + j] !== 0;
  return {
    mentees: {
      size: n,
      otherSize: m,
      capacity: problem.rowCapacity,
      acceptable,
      score: (i, j) => menteeScores[i * m + j] as number,
      ranks: problem.menteeRanks,
    },
    mentors: {
      size: m,
      otherSize: n,
      capacity: problem.capacity,
      acceptable: (j, i) => acceptable(i, j),
      score: (j, i) => mentorScores[i * m + j] as number,
      ranks: problem.mentorRanks,
    },
  };
}

/** Receiver's rank of a proposer it did not declare: after every declared one. */
const UNDECLARED = 0x7fffffff;

/** Position of each declared choice per person, or null when nobody declared any. */
function declaredPositions(
  ranks: readonly (readonly number[] | undefined)[] | undefined,
  size: number,
): (Map<number, number> | undefined)[] | null {
  if (ranks === undefined) return null;
  return Array.from({ length: size }, (_, self) => {
    const list = ranks[self];
    if (list === undefined || list.length === 0) return undefined;
    return new Map(list.map((other, position) => [other, position]));
  });
}

/** Whether (rank a, score a, index a) is preferred to (rank b, score b, index b). */
function better(
  rankA: number,
  scoreA: number,
  a: number,
  rankB: number,
  scoreB: number,
  b: number,
): boolean {
  if (rankA !== rankB) return rankA < rankB;
  if (scoreA !== scoreB) return scoreA > scoreB;
  return a < b;
}

/**
 * The problem seen from the proposing side. The pair (proposer p, receiver q)
 * sits at `p * proposerStride + q * receiverStride` of the mentee-major arrays.
 */
interface Orientation {
  readonly menteesPropose: boolean;
  readonly proposers: number;
  readonly receivers: number;
  readonly proposerStride: number;
  readonly receiverStride: number;
  readonly proposerScores: Float64Array;
  readonly receiverScores: Float64Array;
  readonly eligible: Uint8Array | null;
  readonly proposerCapacity: Int32Array;
  readonly receiverCapacity: Int32Array;
  readonly proposerRanks: readonly (readonly number[] | undefined)[] | undefined;
  readonly proposerDeclared: readonly (Map<number, number> | undefined)[] | null;
  readonly receiverDeclared: readonly (Map<number, number> | undefined)[] | null;
}

function orient(problem: Problem, proposing: 'mentee' | 'mentor'): Orientation {
  const { n, m } = problem;
  const menteesPropose = proposing === 'mentee';
  const proposerRanks = menteesPropose ? problem.menteeRanks : problem.mentorRanks;
  const receiverRanks = menteesPropose ? problem.mentorRanks : problem.menteeRanks;
  return {
    menteesPropose,
    proposers: menteesPropose ? n : m,
    receivers: menteesPropose ? m : n,
    proposerStride: menteesPropose ? m : 1,
    receiverStride: menteesPropose ? 1 : m,
    proposerScores:
      (menteesPropose ? problem.menteeScores : problem.mentorScores) ?? problem.weight,
    receiverScores:
      (menteesPropose ? problem.mentorScores : problem.menteeScores) ?? problem.weight,
    eligible: problem.eligible,
    proposerCapacity: menteesPropose ? problem.rowCapacity : problem.capacity,
    receiverCapacity: menteesPropose ? problem.capacity : problem.rowCapacity,
    proposerRanks,
    proposerDeclared: declaredPositions(proposerRanks, menteesPropose ? n : m),
    receiverDeclared: declaredPositions(receiverRanks, menteesPropose ? m : n),
  };
}

/**
 * The first column from `from` on whose score beats `least` and comes after
 * (`last`, `after`) in the row's order, or whose score is not finite;
 * `bound` when there is none. Most entries fail, so the mask is only read
 * for those that pass.
 */
function scanRow(
  scores: Float64Array,
  base: number,
  from: number,
  bound: number,
  least: number,
  last: number,
  after: number,
): number {
  for (let q = from; q < bound; q++) {
    const score = scores[base + q] as number;
    if (score > least && (score < last || (score === last && q > after))) return q;
    // NaN and -Infinity: the caller throws.
    if (score - score !== 0) return q;
  }
  return bound;
}

/**
 * The first entry `k` from `from` on such that proposer `waiting[k]` would
 * list receiver `q` (row `base`) by score, or whose score is not finite;
 * `count` when there is none.
 */
function scanColumn(
  scores: Float64Array,
  base: number,
  q: number,
  waiting: Int32Array,
  from: number,
  count: number,
  floor: Float64Array,
  lastScore: Float64Array,
  lastOther: Int32Array,
): number {
  for (let k = from; k < count; k++) {
    const p = waiting[k] as number;
    const score = scores[base + p] as number;
    if (!(score > (floor[p] as number))) {
      // NaN and -Infinity: the caller throws.
      if (score - score !== 0) return k;
      continue;
    }
    const last = lastScore[p] as number;
    if (score < last || (score === last && q > (lastOther[p] as number))) return k;
  }
  return count;
}

/**
 * Deferred acceptance with capacities on both sides (hospital–residents, and
 * its many-to-many form when mentees take several mentors). The proposing
 * side gets its best stable matching, the other side its worst.
 *
 * Preferences are strict, so the result does not depend on the order of
 * proposals, and a proposal the receiver would reject can be skipped: a
 * receiver only ever trades up, so it would reject later too. Proposers
 * therefore never sort their lists: after their declared choices they get
 * short lists of their next best candidates that would accept them now,
 * built for everyone who ran out at once in one pass over the matrix in
 * memory order (row by row, so no column is scanned with a stride).
 *
 * With `checkFinite`, `problem.weight` (the only score matrix) has not been
 * checked for non-finite entries yet: this throws as `toProblem` would.
 *
 * Returns matched pairs as a flat `[row, column, …]` list sorted by row and column.
 */
export function solveStable(
  problem: Problem,
  proposing: 'mentee' | 'mentor',
  checkFinite = false,
): Int32Array {
  const view = orient(problem, proposing);
  const {
    menteesPropose,
    proposers,
    receivers,
    proposerStride,
    receiverStride,
    proposerScores,
    receiverScores,
    eligible,
    proposerRanks,
    proposerDeclared,
    receiverDeclared,
  } = view;
  const { m } = problem;

  // Receivers' places, flat: a receiver never holds more proposers than exist.
  const room = new Int32Array(receivers);
  const firstSlot = new Int32Array(receivers + 1);
  for (let q = 0; q < receivers; q++) {
    room[q] = Math.min(view.receiverCapacity[q] as number, proposers);
    firstSlot[q + 1] = (firstSlot[q] as number) + (room[q] as number);
  }
  const slots = firstSlot[receivers] as number;
  const heldBy = new Int32Array(slots);
  const heldRank = new Int32Array(slots);
  const heldScore = new Float64Array(slots);
  const heldCount = new Int32Array(receivers);
  const worstSlot = new Int32Array(receivers);

  const rankAt = (q: number, p: number): number => receiverDeclared?.[q]?.get(p) ?? UNDECLARED;

  const findWorst = (q: number): number => {
    const first = firstSlot[q] as number;
    const end = first + (heldCount[q] as number);
    let worst = first;
    for (let s = first + 1; s < end; s++) {
      if (
        better(
          heldRank[worst] as number,
          heldScore[worst] as number,
          heldBy[worst] as number,
          heldRank[s] as number,
          heldScore[s] as number,
          heldBy[s] as number,
        )
      ) {
        worst = s;
      }
    }
    return worst;
  };

  // Without declared rankings a receiver's bar is its worst held (score, index):
  // -Infinity while it has room, +Infinity when it has no places at all.
  const barScore = new Float64Array(receivers);
  const barBy = new Int32Array(receivers);
  for (let q = 0; q < receivers; q++) {
    barScore[q] = room[q] === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  const raiseBar = (q: number): void => {
    const worst = findWorst(q);
    worstSlot[q] = worst;
    barScore[q] = heldScore[worst] as number;
    barBy[q] = heldBy[worst] as number;
  };

  /** Whether receiver `q` would take proposer `p` right now; `at` is the pair's index. */
  const wouldAccept = (q: number, p: number, at: number): boolean => {
    if (receiverDeclared === null) {
      const score = receiverScores[at] as number;
      const bar = barScore[q] as number;
      return score > bar || (score === bar && p < (barBy[q] as number));
    }
    const places = room[q] as number;
    if ((heldCount[q] as number) < places) return true;
    if (places === 0) return false;
    const worst = worstSlot[q] as number;
    return better(
      rankAt(q, p),
      receiverScores[at] as number,
      p,
      heldRank[worst] as number,
      heldScore[worst] as number,
      heldBy[worst] as number,
    );
  };

  // Short lists: each proposer's next `width` candidates, best first. The
  // first pass reads the whole matrix, so it keeps lists short; the few
  // proposers who run out again get longer lists each time.
  const maxWidth = Math.max(1, Math.min(receivers, 64));
  let width = Math.min(maxWidth, menteesPropose ? 8 : 16);
  const listOther = new Int32Array(proposers * maxWidth);
  const listScore = new Float64Array(proposers * maxWidth);
  const listSize = new Int32Array(proposers);
  const listAt = new Int32Array(proposers);
  // The last candidate listed so far; the next list starts after it.
  const lastScore = new Float64Array(proposers).fill(Number.POSITIVE_INFINITY);
  const lastOther = new Int32Array(proposers).fill(-1);
  const exhausted = new Uint8Array(proposers);
  const declaredAt = new Int32Array(proposers);

  // Lowest score a candidate must beat to enter a full list.
  const floor = new Float64Array(proposers);

  /** Adds candidate `q` (pair index `at`), which passed the score checks, to the list of `p`. */
  const offer = (p: number, q: number, at: number, score: number): void => {
    if (proposerDeclared?.[p]?.has(q)) return;
    if (!wouldAccept(q, p, at)) return;
    const start = p * maxWidth;
    const size = listSize[p] as number;
    let k = size === width ? width - 1 : size;
    if (size < width) listSize[p] = size + 1;
    while (k > 0 && (listScore[start + k - 1] as number) < score) {
      listScore[start + k] = listScore[start + k - 1] as number;
      listOther[start + k] = listOther[start + k - 1] as number;
      k--;
    }
    listScore[start + k] = score;
    listOther[start + k] = q;
    if (size + 1 >= width) floor[p] = listScore[start + width - 1] as number;
  };

  /**
   * New short lists for the first `count` proposers of `waiting`, in one pass.
   * Candidates arrive by increasing index, so one that ties the floor loses.
   */
  const refill = (waiting: Int32Array, count: number): void => {
    for (let k = 0; k < count; k++) {
      const p = waiting[k] as number;
      listSize[p] = 0;
      listAt[p] = 0;
      floor[p] = Number.NEGATIVE_INFINITY;
    }
    // Local copies keep the hot loops free of closure loads.
    const scores = proposerScores;
    const mask = eligible;
    const bound = receivers;
    if (menteesPropose) {
      for (let k = 0; k < count; k++) {
        const p = waiting[k] as number;
        const base = p * m;
        const last = lastScore[p] as number;
        const after = lastOther[p] as number;
        let least = Number.NEGATIVE_INFINITY;
        for (let q = scanRow(scores, base, 0, bound, least, last, after); q < bound; ) {
          const at = base + q;
          const score = scores[at] as number;
          if (score - score !== 0) throw nonFiniteError('scores', at);
          if (mask === null || mask[at] !== 0) {
            offer(p, q, at, score);
            least = floor[p] as number;
          }
          q = scanRow(scores, base, q + 1, bound, least, last, after);
        }
      }
    } else {
      // Ascending columns walk each row forwards.
      waiting.subarray(0, count).sort();
      for (let q = 0; q < bound; q++) {
        const base = q * m;
        for (
          let k = scanColumn(scores, base, q, waiting, 0, count, floor, lastScore, lastOther);
          k < count;
        ) {
          const p = waiting[k] as number;
          const at = base + p;
          const score = scores[at] as number;
          if (score - score !== 0) throw nonFiniteError('scores', at);
          if (mask === null || mask[at] !== 0) offer(p, q, at, score);
          k = scanColumn(scores, base, q, waiting, k + 1, count, floor, lastScore, lastOther);
        }
      }
    }
    for (let k = 0; k < count; k++) {
      const p = waiting[k] as number;
      const size = listSize[p] as number;
      // Whoever was left out would reject now, hence for good.
      if (size < width) exhausted[p] = 1;
      else {
        lastScore[p] = listScore[p * maxWidth + size - 1] as number;
        lastOther[p] = listOther[p * maxWidth + size - 1] as number;
      }
    }
  };

  /** The next candidate of `p`; -1 when none is left, -2 when its list needs a refill. */
  const next = (p: number): number => {
    const declared = proposerRanks?.[p];
    if (declared !== undefined) {
      while ((declaredAt[p] as number) < declared.length) {
        const position = declaredAt[p] as number;
        declaredAt[p] = position + 1;
        const other = declared[position] as number;
        if (eligible === null || eligible[p * proposerStride + other * receiverStride] !== 0)
          return other;
      }
    }
    const at = listAt[p] as number;
    if (at < (listSize[p] as number)) {
      listAt[p] = at + 1;
      return listOther[p * maxWidth + at] as number;
    }
    return exhausted[p] === 1 ? -1 : -2;
  };

  // Each queue entry is one free place of a proposer; a ring holds them all.
  // Places whose list ran out wait in `parked` until the next refill.
  let total = 0;
  for (let p = 0; p < proposers; p++) {
    total += Math.min(view.proposerCapacity[p] as number, receivers);
  }
  const queue = new Int32Array(total + 1);
  const parked = new Int32Array(total);
  const waiting = new Int32Array(proposers);
  const isWaiting = new Uint8Array(proposers);
  let tail = 0;
  let waitingCount = 0;
  for (let p = 0; p < proposers; p++) {
    const places = Math.min(view.proposerCapacity[p] as number, receivers);
    if (places > 0) waiting[waitingCount++] = p;
    for (let k = 0; k < places; k++) queue[tail++] = p;
  }
  let head = 0;
  let queued = total;
  // The first refill reads every entry in memory order when everyone proposes,
  // and then finds the first non-finite score, if any; otherwise check first.
  if (checkFinite && waitingCount < proposers) assertFinite(problem.weight, 'scores');
  refill(waiting, waitingCount);
  for (;;) {
    let parkedCount = 0;
    while (queued > 0) {
      const p = queue[head] as number;
      head = head + 1 === queue.length ? 0 : head + 1;
      queued--;
      for (;;) {
        const q = next(p);
        if (q === -1) break;
        if (q === -2) {
          parked[parkedCount++] = p;
          break;
        }
        const capacity = room[q] as number;
        if (capacity === 0) continue;
        // Candidates are eligible pairs, and eligibility is the same from both sides.
        const at = p * proposerStride + q * receiverStride;
        const rank = rankAt(q, p);
        const score = receiverScores[at] as number;
        const count = heldCount[q] as number;
        if (count < capacity) {
          const slot = (firstSlot[q] as number) + count;
          heldBy[slot] = p;
          heldRank[slot] = rank;
          heldScore[slot] = score;
          heldCount[q] = count + 1;
          if (count + 1 === capacity) raiseBar(q);
          break;
        }
        const worst = worstSlot[q] as number;
        const current = heldBy[worst] as number;
        if (
          better(rank, score, p, heldRank[worst] as number, heldScore[worst] as number, current)
        ) {
          heldBy[worst] = p;
          heldRank[worst] = rank;
          heldScore[worst] = score;
          raiseBar(q);
          queue[tail] = current;
          tail = tail + 1 === queue.length ? 0 : tail + 1;
          queued++;
          break;
        }
      }
    }
    if (parkedCount === 0) break;
    waitingCount = 0;
    for (let k = 0; k < parkedCount; k++) {
      const p = parked[k] as number;
      if (isWaiting[p] === 0) {
        isWaiting[p] = 1;
        waiting[waitingCount++] = p;
      }
      queue[tail] = p;
      tail = tail + 1 === queue.length ? 0 : tail + 1;
    }
    queued = parkedCount;
    for (let k = 0; k < waitingCount; k++) isWaiting[waiting[k] as number] = 0;
    width = Math.min(maxWidth, width * 2);
    refill(waiting, waitingCount);
  }

  // Sort pairs by (mentee, mentor) through one numeric key each.
  const keys = new Float64Array(slots);
  let size = 0;
  for (let q = 0; q < receivers; q++) {
    const first = firstSlot[q] as number;
    for (let s = first; s < first + (heldCount[q] as number); s++) {
      const p = heldBy[s] as number;
      keys[size++] = menteesPropose ? p * m + q : q * m + p;
    }
  }
  const sorted = keys.subarray(0, size).sort();
  const pairs = new Int32Array(size * 2);
  for (let k = 0; k < size; k++) {
    const key = sorted[k] as number;
    const mentee = Math.floor(key / m);
    pairs[2 * k] = mentee;
    pairs[2 * k + 1] = key - mentee * m;
  }
  return pairs;
}

/**
 * Pairs (mentee, mentor) that would both rather be together than with (one
 * of) their current partners, under the two-sided preferences of `stable`.
 */
export function blockingPairs(problem: Problem, pairs: Int32Array): [number, number][] {
  const { mentees, mentors } = views(problem);
  const menteeMaps = rankMaps(mentees);
  const mentorMaps = rankMaps(mentors);
  const menteePartners: number[][] = Array.from({ length: mentees.size }, () => []);
  const mentorPartners: number[][] = Array.from({ length: mentors.size }, () => []);
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const i = pairs[k] as number;
    const j = pairs[k + 1] as number;
    menteePartners[i]?.push(j);
    mentorPartners[j]?.push(i);
  }
  const wants = (
    side: Side,
    maps: readonly (Map<number, number> | null)[],
    partners: readonly number[],
    self: number,
    other: number,
  ) => {
    if (partners.length < (side.capacity[self] as number)) return true;
    return partners.some((partner) => prefers(side, maps, self, other, partner));
  };
  const blocking: [number, number][] = [];
  for (let i = 0; i < mentees.size; i++) {
    const mine = menteePartners[i] ?? [];
    for (let j = 0; j < mentors.size; j++) {
      if (!mentees.acceptable(i, j) || mine.includes(j)) continue;
      if (
        wants(mentees, menteeMaps, mine, i, j) &&
        wants(mentors, mentorMaps, mentorPartners[j] ?? [], j, i)
      ) {
        blocking.push([i, j]);
      }
    }
  }
  return blocking;
}
