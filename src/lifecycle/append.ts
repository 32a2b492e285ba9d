import { produce } from '../_internal/immer';
import type { Relationship } from '../model/relationship';
import type { RelationshipEvent } from '../model/relationship-event';
import type { RelationshipStage } from '../model/relationship-stage';
import { applyEffect } from './effects';
import { indexAppended } from './history-index';
import { handOnIndex } from './list-index';
import { freezeAll, sealRelationship } from './seal';

/** The lists whose items have ids, looked up by the guards and effects. */
const identifiedLists = [
  'goals',
  'meetings',
  'actionItems',
  'feedbackRequests',
  'feedback',
  'progressUpdates',
  'evaluations',
] as const satisfies readonly (keyof Relationship)[];

/** Hands the id indexes of the lists immer copied on to the copies (goals' plans too). */
function handOnIndexes(previous: Relationship, next: Relationship): void {
  for (const key of identifiedLists) {
    if (next[key] !== previous[key]) handOnIndex(previous[key], next[key]);
  }
  if (next.goals === previous.goals) return;
  for (let index = 0; index < previous.goals.length; index++) {
    const before = previous.goals[index] as Relationship['goals'][number];
    const after = next.goals[index] as Relationship['goals'][number];
    if (after.plan !== before.plan) handOnIndex(before.plan, after.plan);
  }
}

/**
 * The relationship after an accepted event, as a new sealed value that shares
 * every untouched part with the sealed `relationship`: immer copies only what
 * the effect changes, and sealing walks only what is new. The history, the
 * longest list, is appended outside immer with one `concat`, so immer never
 * drafts or walks it. `relationship` must be sealed (deep-frozen).
 */
export function appendEvent(
  relationship: Relationship,
  event: RelationshipEvent,
  to: RelationshipStage | null,
): Relationship {
  const changed = produce(relationship, (draft) => {
    applyEffect(draft, event, to);
  });
  handOnIndexes(relationship, changed);
  const added = [freezeAll(event)];
  const history = relationship.history.concat(added);
  Object.freeze(history);
  indexAppended(relationship.history, history, added);
  // Without auto-freezing, immer's result is a copy of its own to finish.
  const next = changed === relationship ? { ...relationship } : changed;
  next.history = history;
  return sealRelationship(next, relationship);
}
