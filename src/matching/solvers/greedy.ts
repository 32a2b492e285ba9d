import type { Problem } from './problem';

/**
 * The baseline: take the best remaining pair while both sides have room.
 * Pairs are ordered by score (highest first), then mentee index, then mentor
 * index, a strict order both sides agree with — which is why, with one
 * symmetric score and no declared rankings, the stable matching is this one.
 * Works on dense and sparse problems alike.
 *
 * Returns matched pairs as a flat `[row, column, …]` list sorted by row and column.
 */
export function solveGreedy(problem: Problem): Int32Array {
  const { n, m, weight, eligible, start, column } = problem;
  const sparse = start !== null && column !== null;
  let count = 0;
  if (sparse) count = start[n] as number;
  else for (let k = 0; k < n * m; k++) if (eligible === null || eligible[k] !== 0) count++;
  // Each candidate pair as (row, column), in row-then-column order.
  const rowOf = new Int32Array(count);
  const columnOf = new Int32Array(count);
  const score = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (sparse) {
      const from = start[i] as number;
      const to = start[i + 1] as number;
      const edges = Array.from({ length: to - from }, (_, t) => from + t).sort(
        (a, b) => (column[a] as number) - (column[b] as number),
      );
      for (const k of edges) {
        rowOf[next] = i;
        columnOf[next] = column[k] as number;
        score[next++] = weight[k] as number;
      }
    } else {
      for (let j = 0; j < m; j++) {
        const k = i * m + j;
        if (eligible !== null && eligible[k] === 0) continue;
        rowOf[next] = i;
        columnOf[next] = j;
        score[next++] = weight[k] as number;
      }
    }
  }
  const order = Int32Array.from({ length: count }, (_, t) => t);
  // Candidates are in row-then-column order already, so ties fall back on the position.
  order.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  const rowLeft = Int32Array.from(problem.rowCapacity);
  const columnLeft = Int32Array.from(problem.capacity);
  const matched = new Uint8Array(count);
  for (const t of order) {
    const i = rowOf[t] as number;
    const j = columnOf[t] as number;
    if ((rowLeft[i] as number) > 0 && (columnLeft[j] as number) > 0) {
      rowLeft[i] = (rowLeft[i] as number) - 1;
      columnLeft[j] = (columnLeft[j] as number) - 1;
      matched[t] = 1;
    }
  }
  const pairs: number[] = [];
  for (let t = 0; t < count; t++) {
    if (matched[t] === 1) pairs.push(rowOf[t] as number, columnOf[t] as number);
  }
  return Int32Array.from(pairs);
}
