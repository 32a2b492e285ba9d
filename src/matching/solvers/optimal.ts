import { augment } from './augmenting-paths';
import { participationShift, solveParticipation } from './participation';
import { assertFinite, type Problem } from './problem';
import type { Progress } from './progress';
import { solveDenseBySparsifying, solveWarmSparse } from './sparsify';

/**
 * Exact maximum-weight assignment under capacities on both sides, by
 * successive shortest augmenting paths in the style of Jonker and Volgenant,
 * working on capacities directly (no slot expansion).
 *
 * It is a min-cost flow source → mentee → mentor → sink with cost −weight on
 * each eligible pair and an extra edge mentee → sink of cost 0 ("unmatched"),
 * so a mentee is only matched when that helps the total. Every unit of mentee
 * capacity is routed one at a time along a shortest path from its mentee in
 * the residual graph (Dijkstra on reduced costs with node potentials); after
 * each path the potentials of the settled nodes are lowered so all reduced
 * costs stay ≥ 0. The sink's potential stays 0, so a mentor with free places
 * ends a path at the cost of its own potential. When every mentee wants one
 * mentor, the solver starts from an auction on the mentors' places
 * (`auctionStart`), which leaves few mentees for the searches; otherwise a
 * row reduction gives the starting potentials and a greedy assignment on
 * tight pairs. A search stops as soon as a mentor with room is in reach at
 * the shortest distance, so plateaus of tied scores are not explored whole.
 * Large dense problems run their searches on a sparse part of the matrix and
 * check the result against the whole (`solveDenseBySparsifying`,
 * `solveWarmSparse`).
 *
 * With `participation`, every eligible pair is worth `shift` more, chosen
 * larger than any difference of totals, so the solver first maximises the
 * number of pairs and then the total score.
 *
 * Returns the matched pairs as a flat list `[row, column, row, column, …]`,
 * sorted by row and column.
 *
 * With `uncheckedScores`, the dense `weight` (the `scores` of `solve`) has
 * not been checked for non-finite entries yet: the solver throws
 * `nonFiniteError` for the first one, checking the matrix in a pass it
 * makes anyway when it can.
 */
export function solveOptimal(
  graph: Problem,
  objective: 'score' | 'participation',
  sparsify = true,
  progress: Progress | null = null,
  uncheckedScores = false,
): Int32Array {
  const sparsifies =
    sparsify &&
    graph.start === null &&
    graph.m > denseColumnLimit &&
    graph.capacity.every((c) => c <= 1);
  if (uncheckedScores && !(objective === 'score' && sparsifies)) {
    assertFinite(graph.weight, 'scores');
  }
  if (objective === 'participation' && graph.rowCapacity.some((c) => c > 1 && graph.m > 1)) {
    return solveParticipation(graph, progress, sparsify);
  }
  const shift = objective === 'participation' ? participationShift(graph) : 0;
  if (!sparsify || graph.start !== null || graph.m <= denseColumnLimit) {
    return augment(graph, shift, progress).pairs;
  }
  // With one place per mentor (the classic assignment problem) the optimum
  // almost only uses each mentee's top choices, so a sparse solve from scratch
  // wins; with several places it reaches deeper, and the dense start does
  // most of the work before the searches go sparse.
  if (graph.capacity.every((c) => c <= 1)) {
    return solveDenseBySparsifying(graph, shift, progress, uncheckedScores);
  }
  return solveWarmSparse(graph, shift, progress);
}

/** Below this many mentors a dense problem is solved as it is. */
const denseColumnLimit = 48;
