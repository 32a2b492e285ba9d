// Persisting relationships and their event log in Postgres (here PGlite, a real
// Postgres compiled to WebAssembly and embedded in the process; with a server
// the SQL is the same — swap the client for pg or postgres.js):
//
// - `relationships` holds each document as jsonb, plus the columns you query;
// - `relationship_events` is the append-only event log, one row per event,
//   keyed by (relationship_id, sequence): the key IS the optimistic lock, so a
//   writer who read an old version cannot append, and no lock is ever held
//   while the app thinks;
// - loading replays the log (the library's `replay`) and checks it equals the
//   stored document;
// - two writers race for the same version: one wins, the other gets a
//   `conflict` result, reloads, re-applies its event and succeeds.
//
//   npm install @electric-sql/pglite && npx tsx examples/persist-in-postgres.ts
import { isDeepStrictEqual } from 'node:util';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  type Actor,
  applyEvent,
  formatError,
  type LifecycleError,
  parseRelationship,
  proposeMatch,
  type Relationship,
  type RelationshipEventInput,
  replay,
} from 'mentorship-kit';

const schema = `
  create table relationships (
    id text primary key,
    program_id text not null,
    mentor_id text not null,
    mentee_id text not null,
    stage text not null,
    version integer not null,       -- the number of events in the log
    doc jsonb not null              -- the whole document, history included
  );
  create index on relationships (program_id, stage);

  create table relationship_events (
    relationship_id text not null references relationships (id),
    sequence integer not null check (sequence >= 1),
    event_id text not null,
    type text not null,
    at timestamptz not null,
    event jsonb not null,
    primary key (relationship_id, sequence) -- two writers of one sequence: one fails
  );

  -- Append-only: the log is the record of what happened, never rewritten.
  create function forbid_event_change() returns trigger language plpgsql as $$
  begin
    raise exception 'relationship_events is append-only';
  end $$;
  create trigger relationship_events_append_only
    before update or delete on relationship_events
    for each row execute function forbid_event_change();
`;

/** What a save can come back with, besides success: a lost race, or the library refusing the event. */
type SaveResult =
  | { ok: true; relationship: Relationship }
  | { ok: false; reason: 'conflict'; expectedVersion: number }
  | { ok: false; reason: 'refused'; error: LifecycleError };

const UNIQUE_VIOLATION = '23505';

async function insertEvents(
  tx: Transaction,
  relationship: Relationship,
  fromSequence: number,
): Promise<void> {
  for (const [index, event] of relationship.history.entries()) {
    if (index + 1 < fromSequence) continue;
    await tx.query(
      `insert into relationship_events (relationship_id, sequence, event_id, type, at, event)
       values ($1, $2, $3, $4, $5, $6)`,
      [relationship.id, index + 1, event.id, event.type, event.at, JSON.stringify(event)],
    );
  }
}

/** Stores a new relationship and its log (the proposal) in one transaction. */
async function create(db: PGlite, relationship: Relationship): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into relationships (id, program_id, mentor_id, mentee_id, stage, version, doc)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        relationship.id,
        relationship.programId,
        relationship.mentorId,
        relationship.menteeId,
        relationship.stage,
        relationship.history.length,
        JSON.stringify(relationship),
      ],
    );
    await insertEvents(tx, relationship, 1);
  });
}

/** Reads a relationship back: through the parser (never a cast), and checks the log replays to it. */
async function load(db: PGlite, id: string): Promise<Relationship> {
  const { rows } = await db.query<{ doc: unknown }>('select doc from relationships where id = $1', [
    id,
  ]);
  const parsed = parseRelationship(rows[0]?.doc);
  if (!parsed.ok) throw new Error(formatError(parsed.error, 'en'));
  const log = await db.query<{ event: RelationshipEventInput }>(
    'select event from relationship_events where relationship_id = $1 order by sequence',
    [id],
  );
  const replayed = replay(log.rows.map((row) => row.event));
  if (!replayed.ok) throw new Error(formatError(replayed.error, 'en'));
  if (!isDeepStrictEqual(replayed.value, parsed.value))
    throw new Error(`${id}: the event log does not replay to the stored document`);
  return parsed.value;
}

/**
 * Applies one event to the version the writer read and appends it. The insert
 * of sequence `version + 1` fails with a unique violation when another writer
 * got there first: that is a conflict, reported as a result, not an exception.
 */
async function save(
  db: PGlite,
  read: Relationship,
  event: RelationshipEventInput,
): Promise<SaveResult> {
  const applied = applyEvent(read, event);
  if (!applied.ok) return { ok: false, reason: 'refused', error: applied.error };
  const next = applied.value;
  const expectedVersion = read.history.length;
  try {
    await db.transaction(async (tx) => {
      await insertEvents(tx, next, expectedVersion + 1);
      await tx.query(
        `update relationships set stage = $2, version = $3, doc = $4
         where id = $1 and version = $5`,
        [next.id, next.stage, next.history.length, JSON.stringify(next), expectedVersion],
      );
    });
    return { ok: true, relationship: next };
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION)
      return { ok: false, reason: 'conflict', expectedVersion };
    throw error;
  }
}

/** Save, and on a conflict reload and apply the same event again (a few times at most). */
async function saveWithRetry(
  db: PGlite,
  read: Relationship,
  event: RelationshipEventInput,
  log: (line: string) => void,
): Promise<SaveResult> {
  let current = read;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await save(db, current, event);
    if (result.ok || result.reason === 'refused') return result;
    log(`  ${event.id}: conflict at version ${result.expectedVersion}, reloading and retrying`);
    current = await load(db, read.id);
  }
  return { ok: false, reason: 'conflict', expectedVersion: current.history.length };
}

const coordinator: Actor = { role: 'admin', id: 'coordinator-1' };
const mentor: Actor = { role: 'mentor', id: 'mentor-ada' };
const mentee: Actor = { role: 'mentee', id: 'mentee-sam' };

const db = await PGlite.create();
await db.exec(schema);

await create(
  db,
  proposeMatch({
    relationshipId: 'rel-ada-sam',
    program: { id: 'career-starters', settings: { proposalTtlDays: 10 } },
    mentorId: mentor.id,
    menteeId: mentee.id,
    now: '2026-03-02T09:00:00+01:00',
    proposedBy: coordinator,
  }),
);

// One writer at a time: each request loads, applies and saves.
for (const event of [
  { id: 'e1', type: 'accept', at: '2026-03-02T18:00:00+01:00', actor: mentor },
  { id: 'e2', type: 'accept', at: '2026-03-03T08:30:00+01:00', actor: mentee },
] satisfies RelationshipEventInput[]) {
  const result = await save(db, await load(db, 'rel-ada-sam'), event);
  if (!result.ok) throw new Error(`${event.id} failed: ${result.reason}`);
}

// Two requests read the same version, then both write.
const readByMentee = await load(db, 'rel-ada-sam');
const readByMentor = await load(db, 'rel-ada-sam');
console.log(`both writers read version ${readByMentee.history.length}`);
const goal: RelationshipEventInput = {
  id: 'e3',
  type: 'set-goal',
  at: '2026-03-04T19:00:00+01:00',
  actor: mentee,
  goal: { id: 'goal-1', title: 'Get my first job in the ecosystem', plan: [] },
};
const meeting: RelationshipEventInput = {
  id: 'e4',
  type: 'schedule-meeting',
  at: '2026-03-04T19:05:00+01:00',
  actor: mentor,
  meetingId: 'meeting-1',
  startsAt: '2026-03-10T18:00:00+01:00',
  durationMinutes: 60,
  channel: 'video',
};
const lines: string[] = [];
const first = await saveWithRetry(db, readByMentee, goal, (line) => lines.push(line));
const second = await saveWithRetry(db, readByMentor, meeting, (line) => lines.push(line));
console.log(`mentee's ${goal.type}: ${first.ok ? 'saved' : first.reason}`);
console.log(lines.join('\n'));
console.log(`mentor's ${meeting.type}: ${second.ok ? 'saved after a retry' : second.reason}`);

// The raw conflict, without the retry: an old version cannot append.
const stale = await save(db, readByMentor, { ...meeting, id: 'e5', meetingId: 'meeting-2' });
console.log(`a write from the stale version: ${stale.ok ? 'saved (wrong!)' : stale.reason}`);

// Loading replays the log and compares it with the stored document.
const loaded = await load(db, 'rel-ada-sam');
const { rows } = await db.query<{ version: number; events: number }>(
  `select r.version, (select count(*)::int from relationship_events e where e.relationship_id = r.id) as events
   from relationships r where r.id = $1`,
  ['rel-ada-sam'],
);
console.log(
  `stored version ${rows[0]?.version}, ${rows[0]?.events} events in the log, stage ${loaded.stage}`,
);
console.log('replayed log equals the stored document: true');

// The log refuses to be rewritten.
try {
  await db.query('delete from relationship_events where relationship_id = $1', ['rel-ada-sam']);
  console.log('deleting from the log: allowed (wrong!)');
} catch (error) {
  console.log(`deleting from the log: refused (${(error as Error).message})`);
}
await db.close();
if (!first.ok || !second.ok || stale.ok) process.exit(1);
