import type { Id } from '../model/id';
import type { RelationshipEvent } from '../model/relationship-event';
import { countOne, type SentCounts } from './limits';
import { addPosition, findPosition, type Positions } from './list-index';

// What `applyEvent` needs to know about a history before it appends to it:
// whether an event id is taken, and how many events each sender has sent.
// Scanning the history for both would cost as much as copying it again on
// every append, so they are indexed once per history and carried forward.
//
// The id map is shared by a history and every history appended to it: it
// maps each id to the positions it was appended at, in any of them. Two
// branches appended to the same history may put different events at one
// position, or one event at two positions, so a position is trusted only
// after checking the history there. An id that is not in the map is in no
// history of the family. Only identity-keyed memos: results never depend
// on them.

interface HistoryIndex {
  readonly ids: Positions;
  readonly counts: SentCounts;
}

const indexes = new WeakMap<readonly RelationshipEvent[], HistoryIndex>();

const none: SentCounts = /* @__PURE__ */ Object.freeze({ mentor: 0, mentee: 0, programme: 0 });

function build(history: readonly RelationshipEvent[]): HistoryIndex {
  const ids: Positions = new Map();
  let counts = none;
  for (let index = 0; index < history.length; index++) {
    const event = history[index] as RelationshipEvent;
    addPosition(ids, event.id, index);
    counts = countOne(counts, event.actor.role);
  }
  return { ids, counts };
}

function indexOf(history: readonly RelationshipEvent[]): HistoryIndex {
  let index = indexes.get(history);
  if (index === undefined) {
    index = build(history);
    // Only frozen histories can be indexed: an unfrozen one may still change.
    if (Object.isFrozen(history)) indexes.set(history, index);
  }
  return index;
}

/** Events sent by each sender in a history. */
export function sentCounts(history: readonly RelationshipEvent[]): SentCounts {
  return indexOf(history).counts;
}

/** Whether an event id is in a history. */
export function hasEventId(history: readonly RelationshipEvent[], id: Id): boolean {
  return findPosition(indexOf(history).ids, history, id) >= 0;
}

/**
 * Records the index of a frozen history that is `previous` followed by
 * `added`, so the next append to it starts from there instead of a scan.
 */
export function indexAppended(
  previous: readonly RelationshipEvent[],
  next: readonly RelationshipEvent[],
  added: readonly RelationshipEvent[],
): void {
  const { ids } = indexOf(previous);
  let { counts } = indexOf(previous);
  for (let offset = 0; offset < added.length; offset++) {
    const event = added[offset] as RelationshipEvent;
    addPosition(ids, event.id, previous.length + offset);
    counts = countOne(counts, event.actor.role);
  }
  indexes.set(next, { ids, counts });
}

/** Records the index of a frozen history built from scratch (by `replay`). */
export function indexBuilt(history: readonly RelationshipEvent[]): void {
  if (!indexes.has(history)) indexes.set(history, build(history));
}
