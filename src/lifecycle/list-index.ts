// Where the item with an id stands in one of a relationship's lists
// (meetings, goals, action items, …, and the history's events). Guards and
// effects look items up by id on every event; scanning a list of thousands
// each time would cost more than the rest of the event. Each list gets a map
// from id to positions, built once and handed on to the copies immer makes
// of it (a copy keeps every position; appended items are added). A
// family of copies shares one map, and copies made from the same list may
// put different items at one position, or one item at different positions:
// so the map keeps every position an id was given, and a position is trusted
// only after checking the list there. An id missing from the map is in no
// list of the family. An identity memo: results never depend on it.

interface Identified {
  readonly id: string;
}

/** Positions by id: one position, or several when branches differ. */
export type Positions = Map<string, number | number[]>;

/** Records that `id` stands at `position` in some list of the family. */
export function addPosition(index: Positions, id: string, position: number): void {
  const known = index.get(id);
  if (known === undefined) index.set(id, position);
  else if (typeof known === 'number') {
    if (known !== position) index.set(id, [known, position]);
  } else if (!known.includes(position)) known.push(position);
}

/** The position of the item with `id` in `list` according to `index`, or -1. */
export function findPosition(index: Positions, list: readonly Identified[], id: string): number {
  const known = index.get(id);
  if (known === undefined) return -1;
  if (typeof known === 'number') return list[known]?.id === id ? known : -1;
  for (const position of known) if (list[position]?.id === id) return position;
  return -1;
}

const positions = new WeakMap<readonly Identified[], Positions>();

// Lists the lifecycle made and changes only through `pushItems` (the working
// copies of `replay` and `applyEvents`): their index stays right while they change.
// A caller's unfrozen list might change behind its back, so it is indexed
// afresh for each look-up and never remembered.
const owned = new WeakSet<readonly unknown[]>();

/** Marks a list the lifecycle made and changes only through {@link pushItems}. */
export function markOwned(list: readonly unknown[]): void {
  owned.add(list);
}

function indexOf(list: readonly Identified[]): Positions {
  let index = positions.get(list);
  if (index === undefined) {
    index = new Map();
    for (let position = 0; position < list.length; position++) {
      addPosition(index, (list[position] as Identified).id, position);
    }
    if (Object.isFrozen(list) || owned.has(list)) positions.set(list, index);
  }
  return index;
}

/** The position of the item with `id` in `list`, or -1. */
export function positionOf(list: readonly Identified[], id: string): number {
  return findPosition(indexOf(list), list, id);
}

/** The item with `id` in `list`, or undefined. */
export function findById<T extends Identified>(list: readonly T[], id: string): T | undefined {
  const position = positionOf(list, id);
  return position < 0 ? undefined : list[position];
}

/**
 * Hands the index of `previous` on to `next`, immer's copy of it with any
 * new items appended: effects never move or remove items, so only the
 * appended ones are added, instead of indexing the whole copy again.
 */
export function handOnIndex(previous: readonly Identified[], next: readonly Identified[]): void {
  const index = positions.get(previous);
  if (index === undefined || positions.has(next)) return;
  for (let position = previous.length; position < next.length; position++) {
    addPosition(index, (next[position] as Identified).id, position);
  }
  positions.set(next, index);
}

/** Appends items to a list, keeping its index (a draft's list has none: a plain push). */
export function pushItems<T>(list: T[], ...items: readonly T[]): void {
  const index = positions.get(list as unknown as readonly Identified[]);
  for (const item of items) {
    const id = (item as { readonly id?: unknown }).id;
    if (index !== undefined && typeof id === 'string') addPosition(index, id, list.length);
    list.push(item);
  }
}
