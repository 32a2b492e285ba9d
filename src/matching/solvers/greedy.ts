import type { DenseProblem } from './problem';

/**
 * The baseline: take the best remaining pair while both sides have room.
 * Pairs are ordered by score (highest first), then mentee index, then mentor
 * index, a strict order both sides agree with — which is why, with one
 * symmetric score and no declared rankings, the stable matching is this one.
 *
 * Returns matched pairs as a flat `[row, column, …]` list sorted by row and column.
 */
export function solveGreedy(problem: DenseProblem): Int32Array {
  const { n, m, scores, eligible } = problem;
  let count = 0;
  for (let k = 0; k < n * m; k++) if (eligible === null || eligible[k] !== 0) count++;
  const order = new Int32Array(count);
  let next = 0;
  for (let k = 0; k < n * m; k++) if (eligible === null || eligible[k] !== 0) order[next++] = k;
  // Row-major indices already order ties by mentee, then mentor.
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const rowLeft = Int32Array.from(problem.rowCapacity);
  const columnLeft = Int32Array.from(problem.capacity);
  const matched = new Uint8Array(n * m);
  for (const k of order) {
    const i = Math.floor(k / m);
    const j = k - i * m;
    if ((rowLeft[i] as number) > 0 && (columnLeft[j] as number) > 0) {
      rowLeft[i] = (rowLeft[i] as number) - 1;
      columnLeft[j] = (columnLeft[j] as number) - 1;
      matched[k] = 1;
    }
  }
  const pairs: number[] = [];
  for (let k = 0; k < n * m; k++) {
    if (matched[k] === 1) pairs.push(Math.floor(k / m), k % m);
  }
  return Int32Array.from(pairs);
}
