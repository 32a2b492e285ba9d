import { solveOptimal } from './optimal';
import type { Problem } from './problem';
import type { Progress } from './progress';

/**
 * Objective `fairness`, exact: among the assignments that match the most
 * mentees (as `participation` does), those whose lowest pair score is highest;
 * among those, the best total (again with the most mentees first).
 *
 * The lowest score t* is found by a binary search over the distinct scores of
 * eligible pairs: t is reachable when the pairs scoring at least t still
 * match as many mentees as the whole graph, a maximum-cardinality check
 * ({@link maxMatchedMentees}). The answer is the `participation` optimum on
 * the pairs scoring at least t*: it matches that many mentees, and its lowest
 * pair is exactly t* (were it higher, a higher threshold would be reachable).
 *
 * Returns the matched pairs as a flat `[row, column, …]` list, sorted.
 */
export function solveFairness(graph: Problem, progress: Progress | null): Int32Array {
  progress?.part(0, 0.5);
  const edges = eligibleEdges(graph);
  const most = maxMatchedMentees(graph, edges, Number.NEGATIVE_INFINITY);
  if (most === 0) return new Int32Array(0);
  const values = Float64Array.from(new Set(edges.weight)).sort();
  // values[low] is reachable, values[high] (when < length) is not.
  let low = 0;
  let high = values.length;
  const steps = Math.max(1, Math.ceil(Math.log2(values.length + 1)));
  let step = 0;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (maxMatchedMentees(graph, edges, values[middle] as number) === most) low = middle;
    else high = middle;
    progress?.report('threshold', ++step / steps);
  }
  const threshold = values[low] as number;
  progress?.part(0.5, 1);
  return solveOptimal(restrict(graph, threshold), 'participation', true, progress);
}

/** The eligible pairs as compressed rows (the graph's own when it is sparse). */
function eligibleEdges(graph: Problem): {
  start: Int32Array;
  column: Int32Array;
  weight: Float64Array;
} {
  const { n, m, start, column, weight, eligible } = graph;
  if (start !== null && column !== null) return { start, column, weight };
  const rowStart = new Int32Array(n + 1);
  let count = 0;
  for (let k = 0; k < n * m; k++) if (eligible === null || eligible[k] !== 0) count++;
  const edgeColumn = new Int32Array(count);
  const edgeWeight = new Float64Array(count);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      if (eligible !== null && eligible[k] === 0) continue;
      edgeColumn[e] = j;
      edgeWeight[e++] = weight[k] as number;
    }
    rowStart[i + 1] = e;
  }
  return { start: rowStart, column: edgeColumn, weight: edgeWeight };
}

/** The graph without the pairs scoring below `threshold`. */
function restrict(graph: Problem, threshold: number): Problem {
  const { n, m, start, column, weight, eligible } = graph;
  if (start === null || column === null) {
    const mask = new Uint8Array(n * m);
    for (let k = 0; k < n * m; k++) {
      mask[k] =
        (eligible === null || eligible[k] !== 0) && (weight[k] as number) >= threshold ? 1 : 0;
    }
    return { ...graph, eligible: mask };
  }
  const rowStart = new Int32Array(n + 1);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      if ((weight[k] as number) >= threshold) kept.push(k);
    }
    rowStart[i + 1] = kept.length;
  }
  return {
    ...graph,
    start: rowStart,
    column: Int32Array.from(kept, (k) => column[k] as number),
    weight: Float64Array.from(kept, (k) => weight[k] as number),
  };
}

/**
 * The most mentees that can have a mentor using only pairs scoring at least
 * `threshold`: a maximum matching with mentor capacities (each mentee counts
 * once), by a greedy start and breadth-first augmenting paths. Columns a
 * failed search visited stay visited for the rest of the pass (they cannot
 * lead to a free place until a path changes the matching); passes repeat
 * until one finds no path, which proves the matching maximum.
 */
export function maxMatchedMentees(
  graph: Problem,
  edges: { start: Int32Array; column: Int32Array; weight: Float64Array },
  threshold: number,
): number {
  const { n, m } = graph;
  const { start, column, weight } = edges;
  const capacity = Int32Array.from(graph.capacity, (c) => Math.min(c, n));
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  const slotRow = new Int32Array(slotStart[m] as number);
  const load = new Int32Array(m);
  const match = new Int32Array(n).fill(-1);
  const slotOf = new Int32Array(n);
  const place = (i: number, j: number) => {
    const slot = (slotStart[j] as number) + (load[j] as number);
    slotRow[slot] = i;
    slotOf[i] = slot;
    load[j] = (load[j] as number) + 1;
    match[i] = j;
  };
  const unplace = (i: number) => {
    const j = match[i] as number;
    const last = (slotStart[j] as number) + (load[j] as number) - 1;
    const moved = slotRow[last] as number;
    slotRow[slotOf[i] as number] = moved;
    slotOf[moved] = slotOf[i] as number;
    load[j] = (load[j] as number) - 1;
    match[i] = -1;
  };
  let matched = 0;
  for (let i = 0; i < n; i++) {
    if ((graph.rowCapacity[i] as number) === 0) continue;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = column[k] as number;
      if ((weight[k] as number) >= threshold && (load[j] as number) < (capacity[j] as number)) {
        place(i, j);
        matched++;
        break;
      }
    }
  }
  const visited = new Int32Array(m);
  const parentRow = new Int32Array(m);
  const queue = new Int32Array(n);
  let stamp = 0;
  for (let found = true; found; ) {
    found = false;
    stamp++;
    for (let r = 0; r < n; r++) {
      if ((match[r] as number) >= 0 || (graph.rowCapacity[r] as number) === 0) continue;
      let head = 0;
      let tail = 0;
      queue[tail++] = r;
      let free = -1;
      while (head < tail && free < 0) {
        const i = queue[head++] as number;
        for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
          const j = column[k] as number;
          if (visited[j] === stamp || (weight[k] as number) < threshold) continue;
          visited[j] = stamp;
          parentRow[j] = i;
          if ((load[j] as number) < (capacity[j] as number)) {
            free = j;
            break;
          }
          for (
            let s = slotStart[j] as number;
            s < (slotStart[j] as number) + (load[j] as number);
            s++
          ) {
            queue[tail++] = slotRow[s] as number;
          }
        }
      }
      if (free < 0) continue;
      // Each row on the path moves to the column it reached; the root joins.
      for (let j = free; ; ) {
        const i = parentRow[j] as number;
        const previous = match[i] as number;
        if (previous >= 0) unplace(i);
        place(i, j);
        if (i === r) break;
        j = previous;
      }
      matched++;
      found = true;
    }
  }
  return matched;
}
