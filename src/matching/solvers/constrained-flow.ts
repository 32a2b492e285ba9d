import type { Problem } from './problem';
import type { Progress } from './progress';

/** Where a run reports progress (a {@link Progress}, or one that only checks for cancellation). */
export type ProgressSink = Pick<Progress, 'report'>;

/** A sink that only checks `progress` for cancellation, for the inner runs of a longer one. */
export function checkOnly(progress: Progress | null): ProgressSink | null {
  return progress === null ? null : { report: () => progress.check() };
}

/**
 * A group of people on one side with bounds on the number of pairs that
 * involve its members (`max` may be `Infinity`). Members are distinct indices.
 */
export interface FlowGroup {
  readonly side: 'mentor' | 'mentee';
  readonly members: readonly number[];
  readonly min: number;
  readonly max: number;
}

/**
 * What the flow optimises after meeting every group's minimum:
 * `score` the total; `participation` the mentees matched, then the total;
 * `feasibility` nothing (the cheapest check that the minimums can be met).
 */
export type FlowObjective = 'score' | 'participation' | 'feasibility';

/**
 * The groups of one side as a forest: groups sorted parent first, each
 * group's parent (−1 for a root) and each person's innermost group (−1 for
 * none). Returns the indices of two crossing groups (they share a member and
 * neither contains the other) instead when the groups are not laminar.
 */
export function groupForest(
  groups: readonly { readonly members: readonly number[] }[],
  people: number,
):
  | { readonly order: readonly number[]; readonly parent: Int32Array; readonly owner: Int32Array }
  | { readonly crossing: readonly [number, number] } {
  // Larger groups first (ties by index): a group's parent comes before it.
  const order = groups.map((_, g) => g);
  order.sort(
    (a, b) => (groups[b]?.members.length ?? 0) - (groups[a]?.members.length ?? 0) || a - b,
  );
  const owner = new Int32Array(people).fill(-1);
  const parent = new Int32Array(groups.length).fill(-1);
  for (const g of order) {
    const members = groups[g]?.members ?? [];
    const first = members.length === 0 ? -1 : (owner[members[0] as number] as number);
    if (members.some((person) => owner[person] !== first))
      return { crossing: findCrossing(groups) };
    parent[g] = first;
    for (const person of members) owner[person] = g;
  }
  return { order, parent, owner };
}

function findCrossing(
  groups: readonly { readonly members: readonly number[] }[],
): readonly [number, number] {
  const sets = groups.map((group) => new Set(group.members));
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const x = sets[a] as Set<number>;
      const y = sets[b] as Set<number>;
      let shared = 0;
      for (const person of x) if (y.has(person)) shared++;
      if (shared > 0 && shared < x.size && shared < y.size) return [a, b];
    }
  }
  return [0, 0];
}

const unlimited = 2 ** 30;

/**
 * A residual network with costs in three lexicographic levels: level 0
 * counts the units of group minimums left unmet, level 1 the mentees left
 * unmatched (`participation`), level 2 the negated scores. Comparing triples
 * instead of folding the levels into one number with big factors keeps every
 * level exact.
 */
class Network {
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #cap: number[] = [];
  readonly #c0: number[] = [];
  readonly #c1: number[] = [];
  readonly #c2: number[] = [];

  constructor(readonly nodes: number) {}

  /** Adds an arc (and, in {@link Network.finish}, its reverse); returns the arc's id. */
  add(from: number, to: number, cap: number, c0: number, c1: number, c2: number): number {
    this.#from.push(from);
    this.#to.push(to);
    this.#cap.push(cap);
    this.#c0.push(c0);
    this.#c1.push(c1);
    this.#c2.push(c2);
    return this.#to.length - 1;
  }

  /**
   * The arcs and their reverses in compressed rows on typed arrays (the arcs
   * of node u are `first[u]` to `first[u + 1]`); `at[id]` is the position of
   * the arc `id`, `rev[e]` the position of arc e's reverse.
   */
  finish(): Residual {
    const { nodes } = this;
    const count = this.#to.length;
    const first = new Int32Array(nodes + 1);
    for (let e = 0; e < count; e++) {
      const u = (this.#from[e] as number) + 1;
      const v = (this.#to[e] as number) + 1;
      first[u] = (first[u] as number) + 1;
      first[v] = (first[v] as number) + 1;
    }
    for (let u = 0; u < nodes; u++) first[u + 1] = (first[u + 1] as number) + (first[u] as number);
    const fill = first.slice(0, nodes);
    const size = 2 * count;
    const to = new Int32Array(size);
    const rev = new Int32Array(size);
    const cap = new Float64Array(size);
    const c0 = new Float64Array(size);
    const c1 = new Float64Array(size);
    const c2 = new Float64Array(size);
    const at = new Int32Array(count);
    for (let e = 0; e < count; e++) {
      const u = this.#from[e] as number;
      const v = this.#to[e] as number;
      const f = fill[u] as number;
      const r = fill[v] as number;
      fill[u] = f + 1;
      fill[v] = r + 1;
      at[e] = f;
      to[f] = v;
      to[r] = u;
      rev[f] = r;
      rev[r] = f;
      cap[f] = this.#cap[e] as number;
      c0[f] = this.#c0[e] as number;
      c1[f] = this.#c1[e] as number;
      c2[f] = this.#c2[e] as number;
      c0[r] = -(c0[f] as number);
      c1[r] = -(c1[f] as number);
      c2[r] = -(c2[f] as number);
    }
    return { nodes, first, to, rev, cap, c0, c1, c2, at };
  }
}

/** A residual network in compressed rows (see {@link Network.finish}). */
interface Residual {
  readonly nodes: number;
  readonly first: Int32Array;
  readonly to: Int32Array;
  readonly rev: Int32Array;
  readonly cap: Float64Array;
  readonly c0: Float64Array;
  readonly c1: Float64Array;
  readonly c2: Float64Array;
  readonly at: Int32Array;
}

/**
 * The exact optimum under group bounds, by min-cost flow: source → mentee
 * groups (nested, outermost first) → mentees → mentors → mentor groups
 * (innermost first) → sink, a unit arc per eligible pair. A group's bounds
 * [min, max] become two parallel arcs, `min` places each worth one unit of
 * level 0 and `max − min` free ones, so meeting every minimum comes first.
 * Successive shortest paths (Dijkstra on reduced costs, potentials from the
 * acyclic start) add one augmenting path at a time while it still gains:
 * their costs never decrease, so stopping at the first that does not gain
 * gives the optimum over every number of pairs.
 *
 * Each mentee starts with its `candidates` best pairs only (all when
 * fewer); the result is then priced out against dual potentials of the
 * whole residual network, and pairs left out that could still gain are
 * added and the flow solved again, until none is left: the answer is
 * exact on all pairs (minimums included: a pair that could help meet one
 * prices out negative on level 0).
 *
 * Only pairs scoring at least `minWeight` are used. Returns the pairs as a
 * flat sorted `[row, column, …]` list, or null when the group minimums
 * cannot all be met.
 */
export function solveWithGroups(
  graph: Problem,
  groups: readonly FlowGroup[],
  objective: FlowObjective,
  progress: ProgressSink | null,
  minWeight = Number.NEGATIVE_INFINITY,
  candidates?: number,
): Int32Array | null {
  const { n, m, weight, start, column, eligible } = graph;
  for (const group of groups) if (group.min > group.max) return null;
  const menteeGroups = groups.filter((group) => group.side === 'mentee');
  const mentorGroups = groups.filter((group) => group.side === 'mentor');
  const menteeForest = groupForest(menteeGroups, n);
  const mentorForest = groupForest(mentorGroups, m);
  if ('crossing' in menteeForest || 'crossing' in mentorForest) {
    throw new Error('constrained-flow: groups of one side must be laminar');
  }
  // Every usable pair, by row.
  const pairRow: number[] = [];
  const pairColumn: number[] = [];
  const pairCost: number[] = [];
  const pairScore: number[] = [];
  const rowStart = new Int32Array(n + 1);
  const sparse = start !== null && column !== null;
  for (let i = 0; i < n; i++) {
    const from = sparse ? (start[i] as number) : i * m;
    const to = sparse ? (start[i + 1] as number) : from + m;
    for (let k = from; k < to; k++) {
      if (!sparse && eligible !== null && eligible[k] === 0) continue;
      const w = weight[k] as number;
      if (w < minWeight) continue;
      const j = sparse ? (column[k] as number) : k - from;
      if ((graph.capacity[j] as number) === 0) continue;
      pairRow.push(i);
      pairColumn.push(j);
      pairCost.push(objective === 'feasibility' ? 0 : -w);
      pairScore.push(w);
    }
    rowStart[i + 1] = pairRow.length;
  }
  const pairs = pairRow.length;
  // Rounding in the potentials grows with the scores' magnitude, so the
  // price-out tolerance does too (it only decides which pairs to add).
  let largest = 0;
  for (const cost of pairCost) largest = Math.max(largest, Math.abs(cost));
  const tolerance = 1e-11 * largest;
  // The candidates: each row's best pairs.
  const included = new Uint8Array(pairs);
  let left = 0;
  for (let i = 0; i < n; i++) {
    const from = rowStart[i] as number;
    const to = rowStart[i + 1] as number;
    const keep = candidates ?? 8 + 2 * Math.min(graph.rowCapacity[i] as number, m);
    if (to - from <= keep) {
      included.fill(1, from, to);
      continue;
    }
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((a, b) => (pairScore[b] as number) - (pairScore[a] as number) || a - b);
    for (let k = 0; k < keep; k++) included[order[k] as number] = 1;
    left += to - from - keep;
  }
  for (;;) {
    const solved = solveOn(
      graph,
      menteeGroups,
      mentorGroups,
      menteeForest,
      mentorForest,
      objective,
      progress,
      {
        pairRow,
        pairColumn,
        pairCost,
        included,
      },
    );
    if (left === 0) return solved.flat;
    const added = priceOut(solved, pairRow, pairColumn, pairCost, included, tolerance);
    if (added === 0) return solved.flat;
    left -= added;
  }
}

interface Laminar {
  readonly order: readonly number[];
  readonly parent: Int32Array;
  readonly owner: Int32Array;
}

interface Solved {
  /** The pairs, or null when a minimum is unmet. */
  readonly flat: Int32Array | null;
  readonly residual: Residual;
  readonly source: number;
  readonly sink: number;
  readonly menteeBase: number;
  readonly mentorBase: number;
  readonly flow: number;
  readonly p0: Float64Array;
  readonly p1: Float64Array;
  readonly p2: Float64Array;
}

/** The flow on the included pairs; see {@link solveWithGroups}. */
function solveOn(
  graph: Problem,
  menteeGroups: readonly FlowGroup[],
  mentorGroups: readonly FlowGroup[],
  menteeForest: Laminar,
  mentorForest: Laminar,
  objective: FlowObjective,
  progress: ProgressSink | null,
  pairList: {
    readonly pairRow: readonly number[];
    readonly pairColumn: readonly number[];
    readonly pairCost: readonly number[];
    readonly included: Uint8Array;
  },
): Solved {
  const { n, m } = graph;
  // Nodes: source, sink, mentee groups, mentees, mentors, mentor groups.
  const source = 0;
  const sink = 1;
  const menteeGroupBase = 2;
  const menteeBase = menteeGroupBase + menteeGroups.length;
  const mentorBase = menteeBase + n;
  const mentorGroupBase = mentorBase + m;
  const nodes = mentorGroupBase + mentorGroups.length;
  const net = new Network(nodes);
  const lowerArcs: number[] = [];
  const bounded = (from: number, to: number, group: FlowGroup) => {
    const max = Math.min(group.max, unlimited);
    if (group.min > 0) lowerArcs.push(net.add(from, to, group.min, -1, 0, 0));
    if (max > group.min) net.add(from, to, max - group.min, 0, 0, 0);
  };
  for (const g of menteeForest.order) {
    const p = menteeForest.parent[g] as number;
    bounded(
      p < 0 ? source : menteeGroupBase + p,
      menteeGroupBase + g,
      menteeGroups[g] as FlowGroup,
    );
  }
  let places = 0;
  for (let i = 0; i < n; i++) {
    const owner = menteeForest.owner[i] as number;
    const from = owner < 0 ? source : menteeGroupBase + owner;
    const c = Math.min(graph.rowCapacity[i] as number, m);
    places += c;
    if (c === 0) continue;
    if (objective === 'participation') {
      // A mentee's first pair is worth one unit of level 1, its others nothing.
      net.add(from, menteeBase + i, 1, 0, -1, 0);
      if (c > 1) net.add(from, menteeBase + i, c - 1, 0, 0, 0);
    } else {
      net.add(from, menteeBase + i, c, 0, 0, 0);
    }
  }
  const { pairRow, pairColumn, pairCost, included } = pairList;
  const pairArcs: number[] = [];
  const pairIndex: number[] = [];
  for (let q = 0; q < pairRow.length; q++) {
    if (included[q] === 0) continue;
    pairArcs.push(
      net.add(
        menteeBase + (pairRow[q] as number),
        mentorBase + (pairColumn[q] as number),
        1,
        0,
        0,
        pairCost[q] as number,
      ),
    );
    pairIndex.push(q);
  }
  let mentorPlaces = 0;
  for (let j = 0; j < m; j++) {
    const owner = mentorForest.owner[j] as number;
    const c = graph.capacity[j] as number;
    mentorPlaces += c;
    if (c > 0) net.add(mentorBase + j, owner < 0 ? sink : mentorGroupBase + owner, c, 0, 0, 0);
  }
  // Innermost mentor groups first, so arcs run forwards in the node order below.
  const mentorOrder = [...mentorForest.order].reverse();
  for (const g of mentorOrder) {
    const p = mentorForest.parent[g] as number;
    bounded(mentorGroupBase + g, p < 0 ? sink : mentorGroupBase + p, mentorGroups[g] as FlowGroup);
  }
  const topological = [
    source,
    ...menteeForest.order.map((g) => menteeGroupBase + g),
    ...Array.from({ length: n }, (_, i) => menteeBase + i),
    ...Array.from({ length: m }, (_, j) => mentorBase + j),
    ...mentorOrder.map((g) => mentorGroupBase + g),
    sink,
  ];
  const residual = net.finish();
  const { cap, at } = residual;
  const { flow, p0, p1, p2 } = augmentAll(
    residual,
    topological,
    source,
    sink,
    Math.max(1, Math.min(places, mentorPlaces)),
    progress,
  );
  let met = true;
  for (const arc of lowerArcs) if ((cap[at[arc] as number] as number) > 0) met = false;
  const flat: number[] = [];
  pairArcs.forEach((arc, k) => {
    if ((cap[at[arc] as number] as number) === 0) {
      const q = pairIndex[k] as number;
      flat.push(pairRow[q] as number, pairColumn[q] as number);
    }
  });
  return {
    flat: met ? Int32Array.from(flat) : null,
    residual,
    source,
    sink,
    menteeBase,
    mentorBase,
    flow,
    p0,
    p1,
    p2,
  };
}

/**
 * Prices the pairs left out against dual potentials of the solved network,
 * extended by the closing arcs sink → source (any amount, cost 0) and back
 * (up to the flow): shortest distances from the source and, when there is
 * flow, the sink. The flow is optimal on all pairs when every pair left out
 * has a non-negative reduced cost (lexicographically; a tolerance of 1e-11
 * of the largest score absorbs rounding); the others are included. Returns
 * how many.
 */
function priceOut(
  solved: Solved,
  pairRow: readonly number[],
  pairColumn: readonly number[],
  pairCost: readonly number[],
  included: Uint8Array,
  tolerance: number,
): number {
  const { residual, source, sink, flow, p0, p1, p2, menteeBase, mentorBase } = solved;
  const { nodes, first, to, cap, c0, c1, c2 } = residual;
  const d0 = new Float64Array(nodes);
  const d1 = new Float64Array(nodes);
  const d2 = new Float64Array(nodes);
  const state = new Uint8Array(nodes);
  const heap = new NodeHeap(nodes, d0, d1, d2);
  state[source] = 1;
  heap.push(source);
  if (flow > 0) {
    // The sink at true distance 0, in reduced terms.
    d0[sink] = (p0[source] as number) - (p0[sink] as number);
    d1[sink] = (p1[source] as number) - (p1[sink] as number);
    d2[sink] = (p2[source] as number) - (p2[sink] as number);
    state[sink] = 1;
    heap.push(sink);
  }
  while (heap.size > 0) {
    const u = heap.pop();
    state[u] = 2;
    for (let e = first[u] as number, end = first[u + 1] as number; e < end; e++) {
      if ((cap[e] as number) <= 0) continue;
      const v = to[e] as number;
      if (state[v] === 2) continue;
      const n0 = (d0[u] as number) + (c0[e] as number) + (p0[u] as number) - (p0[v] as number);
      const n1 = (d1[u] as number) + (c1[e] as number) + (p1[u] as number) - (p1[v] as number);
      let n2 = (d2[u] as number) + (c2[e] as number) + (p2[u] as number) - (p2[v] as number);
      if (n0 === (d0[u] as number) && n1 === (d1[u] as number) && n2 < (d2[u] as number)) {
        n2 = d2[u] as number;
      }
      const v0 = d0[v] as number;
      const v1 = d1[v] as number;
      if (
        state[v] === 0 ||
        n0 < v0 ||
        (n0 === v0 && (n1 < v1 || (n1 === v1 && n2 < (d2[v] as number))))
      ) {
        d0[v] = n0;
        d1[v] = n1;
        d2[v] = n2;
        if (state[v] === 0) {
          state[v] = 1;
          heap.push(v);
        } else {
          heap.up(v);
        }
      }
    }
  }
  let added = 0;
  for (let q = 0; q < pairRow.length; q++) {
    if (included[q] === 1) continue;
    const u = menteeBase + (pairRow[q] as number);
    if (state[u] !== 2) continue; // unreachable: no path can use the pair
    const v = mentorBase + (pairColumn[q] as number);
    let violated = state[v] !== 2;
    if (!violated) {
      // Reduced cost on the true potentials π = d + p − p(source).
      const r0 = (d0[u] as number) + (p0[u] as number) - (d0[v] as number) - (p0[v] as number);
      const r1 = (d1[u] as number) + (p1[u] as number) - (d1[v] as number) - (p1[v] as number);
      const r2 =
        (pairCost[q] as number) +
        (d2[u] as number) +
        (p2[u] as number) -
        (d2[v] as number) -
        (p2[v] as number);
      violated = r0 < 0 || (r0 === 0 && (r1 < 0 || (r1 === 0 && r2 < -tolerance)));
    }
    if (violated) {
      included[q] = 1;
      added++;
    }
  }
  return added;
}

/** Whether node a's distance is lexicographically below node b's. */
function closer(d0: Float64Array, d1: Float64Array, d2: Float64Array, a: number, b: number) {
  const a0 = d0[a] as number;
  const b0 = d0[b] as number;
  if (a0 !== b0) return a0 < b0;
  const a1 = d1[a] as number;
  const b1 = d1[b] as number;
  if (a1 !== b1) return a1 < b1;
  return (d2[a] as number) < (d2[b] as number);
}

/**
 * A binary min-heap of nodes keyed by their distance triple, with each
 * node's position for decrease-key. Integers in, integers out: no doubles
 * cross a call, so nothing is boxed in the hot loop.
 */
class NodeHeap {
  readonly heap: Int32Array;
  readonly position: Int32Array;
  size = 0;

  constructor(
    nodes: number,
    readonly d0: Float64Array,
    readonly d1: Float64Array,
    readonly d2: Float64Array,
  ) {
    this.heap = new Int32Array(nodes);
    this.position = new Int32Array(nodes);
  }

  push(v: number): void {
    this.heap[this.size] = v;
    this.position[v] = this.size++;
    this.up(v);
  }

  /** Moves v up after its distance decreased. */
  up(v: number): void {
    const { heap, position, d0, d1, d2 } = this;
    let at = position[v] as number;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const u = heap[parent] as number;
      if (!closer(d0, d1, d2, v, u)) break;
      heap[at] = u;
      position[u] = at;
      at = parent;
    }
    heap[at] = v;
    position[v] = at;
  }

  pop(): number {
    const { heap, position, d0, d1, d2 } = this;
    const top = heap[0] as number;
    const size = --this.size;
    const last = heap[size] as number;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && closer(d0, d1, d2, heap[right] as number, heap[child] as number)) {
        child = right;
      }
      if (!closer(d0, d1, d2, heap[child] as number, last)) break;
      const moved = heap[child] as number;
      heap[at] = moved;
      position[moved] = at;
      at = child;
    }
    if (size > 0) {
      heap[at] = last;
      position[last] = at;
    }
    return top;
  }
}

/** Successive shortest paths from `source` to `sink` while a path gains. */
function augmentAll(
  net: Residual,
  topological: readonly number[],
  source: number,
  sink: number,
  bound: number,
  progress: ProgressSink | null,
): { flow: number; p0: Float64Array; p1: Float64Array; p2: Float64Array } {
  const { nodes, first, to, rev, cap, c0, c1, c2 } = net;
  const p0 = new Float64Array(nodes);
  const p1 = new Float64Array(nodes);
  const p2 = new Float64Array(nodes);
  // Potentials: shortest distances on the starting network, which is acyclic.
  const reached = new Uint8Array(nodes);
  reached[source] = 1;
  for (const u of topological) {
    if (reached[u] === 0) continue;
    for (let e = first[u] as number, end = first[u + 1] as number; e < end; e++) {
      if ((cap[e] as number) <= 0) continue;
      const v = to[e] as number;
      const n0 = (p0[u] as number) + (c0[e] as number);
      const n1 = (p1[u] as number) + (c1[e] as number);
      const n2 = (p2[u] as number) + (c2[e] as number);
      const v0 = p0[v] as number;
      const v1 = p1[v] as number;
      if (
        reached[v] === 0 ||
        n0 < v0 ||
        (n0 === v0 && (n1 < v1 || (n1 === v1 && n2 < (p2[v] as number))))
      ) {
        reached[v] = 1;
        p0[v] = n0;
        p1[v] = n1;
        p2[v] = n2;
      }
    }
  }
  const d0 = new Float64Array(nodes);
  const d1 = new Float64Array(nodes);
  const d2 = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  const state = new Uint8Array(nodes); // 0 unseen, 1 in the heap, 2 done
  const heap = new NodeHeap(nodes, d0, d1, d2);
  let flow = 0;
  for (;;) {
    state.fill(0);
    heap.size = 0;
    d0[source] = 0;
    d1[source] = 0;
    d2[source] = 0;
    state[source] = 1;
    heap.push(source);
    while (heap.size > 0) {
      const u = heap.pop();
      state[u] = 2;
      if (u === sink) break;
      const du0 = (d0[u] as number) + (p0[u] as number);
      const du1 = (d1[u] as number) + (p1[u] as number);
      const du2 = (d2[u] as number) + (p2[u] as number);
      for (let e = first[u] as number, end = first[u + 1] as number; e < end; e++) {
        if ((cap[e] as number) <= 0) continue;
        const v = to[e] as number;
        const sv = state[v] as number;
        if (sv === 2) continue;
        // Reduced costs are lexicographically non-negative; levels 0 and 1
        // are exact integers, rounding noise on level 2 is clamped.
        const n0 = du0 + (c0[e] as number) - (p0[v] as number);
        const n1 = du1 + (c1[e] as number) - (p1[v] as number);
        let n2 = du2 + (c2[e] as number) - (p2[v] as number);
        if (n0 === (d0[u] as number) && n1 === (d1[u] as number) && n2 < (d2[u] as number)) {
          n2 = d2[u] as number;
        }
        if (sv === 0) {
          d0[v] = n0;
          d1[v] = n1;
          d2[v] = n2;
          via[v] = e;
          state[v] = 1;
          heap.push(v);
        } else {
          const v0 = d0[v] as number;
          const v1 = d1[v] as number;
          if (n0 < v0 || (n0 === v0 && (n1 < v1 || (n1 === v1 && n2 < (d2[v] as number))))) {
            d0[v] = n0;
            d1[v] = n1;
            d2[v] = n2;
            via[v] = e;
            heap.up(v);
          }
        }
      }
    }
    if (state[sink] !== 2) return { flow, p0, p1, p2 };
    // The path's true cost: its reduced length plus the potential difference.
    const t0 = (d0[sink] as number) + (p0[sink] as number) - (p0[source] as number);
    const t1 = (d1[sink] as number) + (p1[sink] as number) - (p1[source] as number);
    const t2 = (d2[sink] as number) + (p2[sink] as number) - (p2[source] as number);
    if (!(t0 < 0 || (t0 === 0 && (t1 < 0 || (t1 === 0 && t2 < 0))))) return { flow, p0, p1, p2 };
    const s0 = d0[sink] as number;
    const s1 = d1[sink] as number;
    const s2 = d2[sink] as number;
    for (let v = 0; v < nodes; v++) {
      // Nodes settled before the sink keep their distance, the others take the sink's.
      const done = state[v] === 2;
      p0[v] = (p0[v] as number) + (done ? (d0[v] as number) : s0);
      p1[v] = (p1[v] as number) + (done ? (d1[v] as number) : s1);
      p2[v] = (p2[v] as number) + (done ? (d2[v] as number) : s2);
    }
    let push = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = to[rev[via[v] as number] as number] as number) {
      push = Math.min(push, cap[via[v] as number] as number);
    }
    for (let v = sink; v !== source; v = to[rev[via[v] as number] as number] as number) {
      const e = via[v] as number;
      const r = rev[e] as number;
      cap[e] = (cap[e] as number) - push;
      cap[r] = (cap[r] as number) + push;
    }
    flow += push;
    progress?.report('search', flow / bound);
  }
}

/** How many distinct mentees a flat pair list matches. */
function menteesIn(flat: Int32Array): number {
  let count = 0;
  for (let k = 0; k < flat.length; k += 2) if (k === 0 || flat[k] !== flat[k - 2]) count++;
  return count;
}

/**
 * Objective `fairness` under group bounds, exact: the most mentees matched,
 * then the highest lowest pair score, then the best total — a binary search
 * over the distinct scores as in the unconstrained `fairness`, where a
 * threshold t is reachable when the pairs scoring at least t still meet
 * every group's bounds with as many mentees. Null when the bounds cannot
 * all be met.
 */
export function solveFairnessWithGroups(
  graph: Problem,
  groups: readonly FlowGroup[],
  progress: Progress | null,
): Int32Array | null {
  const inner = checkOnly(progress);
  const whole = solveWithGroups(graph, groups, 'participation', inner);
  if (whole === null) return null;
  const most = menteesIn(whole);
  if (most === 0) return whole;
  const { n, m, weight, start, eligible } = graph;
  const seen = new Set<number>();
  if (start !== null) for (const w of weight) seen.add(w);
  else
    for (let k = 0; k < n * m; k++)
      if (eligible === null || eligible[k] !== 0) seen.add(weight[k] as number);
  const values = Float64Array.from(seen).sort();
  let low = 0;
  let high = values.length;
  const steps = Math.max(1, Math.ceil(Math.log2(values.length + 1)));
  let step = 0;
  let best = whole;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    const found = solveWithGroups(graph, groups, 'participation', inner, values[middle] as number);
    if (found !== null && menteesIn(found) === most) {
      low = middle;
      best = found;
    } else {
      high = middle;
    }
    progress?.report('threshold', ++step / steps);
  }
  // `best` is the participation optimum on the pairs scoring at least values[low].
  return low === 0 ? whole : best;
}
