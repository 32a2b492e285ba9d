// Persisting a relationship as JSON and restoring it: the document goes into
// a JSON column (here a Map standing in for the database) and comes back
// through the parser; its history replays to exactly the same state.
import { isDeepStrictEqual } from 'node:util';
import {
  type Actor,
  applyEvent,
  formatError,
  parseRelationship,
  proposeMatch,
  type Relationship,
  type RelationshipEventInput,
  replay,
} from 'mentorship-kit';

const coordinator: Actor = { role: 'admin', id: 'coordinator-1' };
const mentor: Actor = { role: 'mentor', id: 'mentor-ada' };
const mentee: Actor = { role: 'mentee', id: 'mentee-sam' };

let relationship = proposeMatch({
  relationshipId: 'rel-ada-sam',
  program: { id: 'career-starters', settings: { proposalTtlDays: 10 } },
  mentorId: mentor.id,
  menteeId: mentee.id,
  now: '2026-03-02T09:00:00+01:00',
  proposedBy: coordinator,
});

const events: RelationshipEventInput[] = [
  { id: 'e1', type: 'accept', at: '2026-03-02T18:00:00+01:00', actor: mentor },
  { id: 'e2', type: 'accept', at: '2026-03-03T08:30:00+01:00', actor: mentee },
  {
    id: 'e3',
    type: 'set-goal',
    at: '2026-03-04T19:00:00+01:00',
    actor: mentee,
    goal: {
      id: 'goal-1',
      title: 'Get my first job in the ecosystem',
      plan: [{ id: 'step-1', title: 'Work out which role I want' }],
    },
  },
];
for (const event of events) {
  const result = applyEvent(relationship, event);
  if (!result.ok) throw new Error(formatError(result.error, 'en'));
  relationship = result.value;
}

// Store: the document is plain JSON, history included.
const jsonColumn = new Map<string, string>();
jsonColumn.set(relationship.id, JSON.stringify(relationship));

// Restore: always through the parser, never with a cast.
const stored = jsonColumn.get('rel-ada-sam');
if (stored === undefined) throw new Error('not stored');
const restored = parseRelationship(JSON.parse(stored));
if (!restored.ok) throw new Error(formatError(restored.error, 'en'));

// The history is the authoritative record: replaying it rebuilds the same document.
const rebuilt = replay(restored.value.history);
if (!rebuilt.ok) throw new Error(formatError(rebuilt.error, 'en'));

const same = (a: Relationship, b: Relationship) => isDeepStrictEqual(a, b);
console.log(
  `stored ${stored.length} bytes of JSON for ${relationship.id} (stage ${relationship.stage})`,
);
console.log(`restored equals the original: ${same(restored.value, relationship)}`);
console.log(
  `replayed history (${relationship.history.length} events) equals it too: ${same(rebuilt.value, relationship)}`,
);
console.log(`restored document is frozen: ${Object.isFrozen(restored.value)}`);
if (!same(restored.value, relationship) || !same(rebuilt.value, relationship)) process.exit(1);
