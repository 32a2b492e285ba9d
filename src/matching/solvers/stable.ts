import type { DenseProblem } from './problem';

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

function views(problem: DenseProblem, mentorMajor = false): { mentees: Side; mentors: Side } {
  const { n, m, eligible, menteeScores, mentorScores } = problem;
  const acceptable =
    eligible === null ? () => true : (i: number, j: number) => eligible[i * m + j] !== 0;
  let mentorSide: Side = {
    size: m,
    otherSize: n,
    capacity: problem.capacity,
    acceptable: (j, i) => acceptable(i, j),
    score: (j, i) => mentorScores[i * m + j] as number,
    ranks: problem.mentorRanks,
  };
  let menteeSide: Side = {
    size: n,
    otherSize: m,
    capacity: problem.rowCapacity,
    acceptable,
    score: (i, j) => menteeScores[i * m + j] as number,
    ranks: problem.menteeRanks,
  };
  if (mentorMajor) {
    // Mentors scan their whole column when they propose, and each mentee
    // they reach is asked about them: copy both views into mentor-major
    // order once so those scans read contiguous memory.
    const scores = new Float64Array(n * m);
    const menteeView = new Float64Array(n * m);
    const mask = eligible === null ? null : new Uint8Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        scores[j * n + i] = mentorScores[i * m + j] as number;
        menteeView[j * n + i] = menteeScores[i * m + j] as number;
        if (mask !== null && eligible !== null) mask[j * n + i] = eligible[i * m + j] as number;
      }
    }
    const transposed = mask === null ? () => true : (j: number, i: number) => mask[j * n + i] !== 0;
    mentorSide = {
      ...mentorSide,
      acceptable: transposed,
      score: (j, i) => scores[j * n + i] as number,
    };
    menteeSide = {
      ...menteeSide,
      acceptable: (i, j) => transposed(j, i),
      score: (i, j) => menteeView[j * n + i] as number,
    };
  }
  return { mentees: menteeSide, mentors: mentorSide };
}

/**
 * Hands out a proposer's candidates best first without sorting whole rows:
 * declared choices first, then batches of the next best by score, found by
 * one pass each; batch sizes double, so a long list costs a few passes.
 */
class Candidates {
  readonly #side: Side;
  readonly #maps: readonly (Map<number, number> | null)[];
  readonly #declaredPosition: Int32Array;
  readonly #lastScore: Float64Array;
  readonly #lastIndex: Int32Array;
  readonly #batch: (number[] | undefined)[];
  readonly #batchSize: Int32Array;
  readonly #batchPosition: Int32Array;
  readonly #pools: (RemainingCandidates | undefined)[];
  readonly #exhausted: Uint8Array;

  constructor(side: Side, maps: readonly (Map<number, number> | null)[]) {
    this.#side = side;
    this.#maps = maps;
    this.#declaredPosition = new Int32Array(side.size);
    this.#lastScore = new Float64Array(side.size).fill(Number.POSITIVE_INFINITY);
    this.#lastIndex = new Int32Array(side.size).fill(-1);
    this.#batch = new Array(side.size);
    this.#batchSize = new Int32Array(side.size).fill(4);
    this.#batchPosition = new Int32Array(side.size);
    this.#pools = new Array(side.size);
    this.#exhausted = new Uint8Array(side.size);
  }

  /**
   * The next acceptable candidate of `self`, or -1 when none is left. Far
   * down the list, candidates that would reject `self` right now are skipped
   * for good: a receiver only ever trades up, so it would reject later too.
   */
  next(self: number, wouldAccept: (other: number) => boolean): number {
    const side = this.#side;
    const declared = side.ranks?.[self] ?? [];
    while ((this.#declaredPosition[self] as number) < declared.length) {
      const position = this.#declaredPosition[self] as number;
      this.#declaredPosition[self] = position + 1;
      const other = declared[position] as number;
      if (side.acceptable(self, other)) return other;
    }
    const pool = this.#pools[self];
    if (pool !== undefined) return pool.next(wouldAccept);
    let batch = this.#batch[self];
    let at = this.#batchPosition[self] as number;
    if (batch === undefined || at >= batch.length) {
      if (this.#exhausted[self] === 1) return -1;
      batch = this.#refill(self);
      this.#batch[self] = batch;
      at = 0;
      if (batch.length === 0) return this.#pools[self]?.next(wouldAccept) ?? -1;
    }
    this.#batchPosition[self] = at + 1;
    return batch[at] as number;
  }

  #refill(self: number): number[] {
    const side = this.#side;
    const map = this.#maps[self];
    const limit = this.#batchSize[self] as number;
    this.#batchSize[self] = limit * 2;
    // Past a few batches the proposer is working down a long list: sort the
    // rest once instead of scanning again and again.
    if (limit > 32) return this.#rest(self);
    const lastScore = this.#lastScore[self] as number;
    const lastIndex = this.#lastIndex[self] as number;
    // Kept sorted best first: parallel arrays of score and index.
    const scores: number[] = [];
    const indices: number[] = [];
    for (let other = 0; other < side.otherSize; other++) {
      if (!side.acceptable(self, other)) continue;
      if (map?.has(other)) continue;
      const score = side.score(self, other);
      // Only candidates after the last one handed out.
      if (score > lastScore || (score === lastScore && other <= lastIndex)) continue;
      if (scores.length === limit) {
        const worst = scores[limit - 1] as number;
        if (score < worst || (score === worst && other > (indices[limit - 1] as number))) continue;
        scores.pop();
        indices.pop();
      }
      let position = scores.length;
      while (position > 0) {
        const before = scores[position - 1] as number;
        if (before > score || (before === score && (indices[position - 1] as number) < other))
          break;
        position--;
      }
      scores.splice(position, 0, score);
      indices.splice(position, 0, other);
    }
    if (scores.length < limit) this.#exhausted[self] = 1;
    if (scores.length > 0) {
      this.#lastScore[self] = scores[scores.length - 1] as number;
      this.#lastIndex[self] = indices[indices.length - 1] as number;
    }
    return indices;
  }

  #rest(self: number): number[] {
    const side = this.#side;
    const map = this.#maps[self];
    const lastScore = this.#lastScore[self] as number;
    const lastIndex = this.#lastIndex[self] as number;
    const others: number[] = [];
    const scores: number[] = [];
    for (let other = 0; other < side.otherSize; other++) {
      if (!side.acceptable(self, other) || map?.has(other)) continue;
      const score = side.score(self, other);
      if (score > lastScore || (score === lastScore && other <= lastIndex)) continue;
      others.push(other);
      scores.push(score);
    }
    this.#exhausted[self] = 1;
    this.#pools[self] = new RemainingCandidates(Int32Array.from(others), Float64Array.from(scores));
    return [];
  }
}

/**
 * The remaining candidates of a proposer far down its list. Each call scans
 * them once for the best (highest score, then lowest index) among those that
 * would accept now and drops the others for good, so a proposer whom nobody
 * wants any more is done after one pass instead of one proposal per candidate.
 */
class RemainingCandidates {
  readonly #others: Int32Array;
  readonly #scores: Float64Array;
  #size: number;

  constructor(others: Int32Array, scores: Float64Array) {
    this.#others = others;
    this.#scores = scores;
    this.#size = others.length;
  }

  next(wouldAccept: (other: number) => boolean): number {
    const others = this.#others;
    const scores = this.#scores;
    let kept = 0;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestOther = -1;
    for (let k = 0; k < this.#size; k++) {
      const other = others[k] as number;
      if (!wouldAccept(other)) continue;
      const score = scores[k] as number;
      others[kept] = other;
      scores[kept] = score;
      if (best < 0 || score > bestScore || (score === bestScore && other < bestOther)) {
        best = kept;
        bestScore = score;
        bestOther = other;
      }
      kept++;
    }
    this.#size = kept;
    if (best < 0) return -1;
    // Remove the chosen one, keeping the rest.
    this.#size--;
    others[best] = others[this.#size] as number;
    scores[best] = scores[this.#size] as number;
    return bestOther;
  }
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

/** Position of the least preferred entry of a receiver's held list. */
function worstOf(
  list: readonly number[],
  ranks: readonly number[],
  scores: readonly number[],
): number {
  let worst = 0;
  for (let k = 1; k < list.length; k++) {
    if (
      better(
        ranks[worst] as number,
        scores[worst] as number,
        list[worst] as number,
        ranks[k] as number,
        scores[k] as number,
        list[k] as number,
      )
    ) {
      worst = k;
    }
  }
  return worst;
}

/**
 * Deferred acceptance with capacities on both sides (hospital–residents, and
 * its many-to-many form when mentees take several mentors). The proposing
 * side gets its best stable matching, the other side its worst.
 *
 * Returns matched pairs as a flat `[row, column, …]` list sorted by row and column.
 */
export function solveStable(problem: DenseProblem, proposing: 'mentee' | 'mentor'): Int32Array {
  const { mentees, mentors } = views(problem, proposing === 'mentor');
  const proposers = proposing === 'mentee' ? mentees : mentors;
  const receivers = proposing === 'mentee' ? mentors : mentees;
  const receiverMaps = rankMaps(receivers);
  const candidates = new Candidates(proposers, rankMaps(proposers));

  const held: number[][] = Array.from({ length: receivers.size }, () => []);
  // The receiver's view of each held proposer, cached: declared rank, then score.
  const heldRank: number[][] = Array.from({ length: receivers.size }, () => []);
  const heldScore: number[][] = Array.from({ length: receivers.size }, () => []);
  const worstAt = new Int32Array(receivers.size);
  const holding = new Int32Array(proposers.size);
  const queue: number[] = [];
  for (let p = 0; p < proposers.size; p++) {
    for (let k = 0; k < (proposers.capacity[p] as number); k++) queue.push(p);
  }
  const wouldAccept = (q: number, p: number): boolean => {
    const list = held[q] as number[];
    const room = receivers.capacity[q] as number;
    if (list.length < room) return room > 0 && receivers.acceptable(q, p);
    if (room === 0 || !receivers.acceptable(q, p)) return false;
    const worst = worstAt[q] as number;
    return better(
      receiverMaps[q]?.get(p) ?? Number.POSITIVE_INFINITY,
      receivers.score(q, p),
      p,
      (heldRank[q] as number[])[worst] as number,
      (heldScore[q] as number[])[worst] as number,
      list[worst] as number,
    );
  };
  // Each queue entry is one free place of a proposer.
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head] as number;
    for (;;) {
      const q = candidates.next(p, (other) => wouldAccept(other, p));
      if (q < 0) break;
      if (!receivers.acceptable(q, p)) continue;
      const list = held[q] as number[];
      const ranks = heldRank[q] as number[];
      const scores = heldScore[q] as number[];
      const room = receivers.capacity[q] as number;
      if (room === 0) continue;
      const rank = receiverMaps[q]?.get(p) ?? Number.POSITIVE_INFINITY;
      const score = receivers.score(q, p);
      if (list.length < room) {
        list.push(p);
        ranks.push(rank);
        scores.push(score);
        holding[p] = (holding[p] as number) + 1;
        if (list.length === room) worstAt[q] = worstOf(list, ranks, scores);
        break;
      }
      const worst = worstAt[q] as number;
      const current = list[worst] as number;
      if (better(rank, score, p, ranks[worst] as number, scores[worst] as number, current)) {
        list[worst] = p;
        ranks[worst] = rank;
        scores[worst] = score;
        worstAt[q] = worstOf(list, ranks, scores);
        holding[p] = (holding[p] as number) + 1;
        holding[current] = (holding[current] as number) - 1;
        queue.push(current);
        break;
      }
    }
  }

  const pairs: [number, number][] = [];
  held.forEach((list, q) => {
    for (const p of list) pairs.push(proposing === 'mentee' ? [p, q] : [q, p]);
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return Int32Array.from(pairs.flat());
}

/**
 * Pairs (mentee, mentor) that would both rather be together than with (one
 * of) their current partners, under the two-sided preferences of `stable`.
 */
export function blockingPairs(problem: DenseProblem, pairs: Int32Array): [number, number][] {
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
