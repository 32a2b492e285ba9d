// Evaluates the checklist and the health of 10,000 relationships with 50
// history events each (goal: ≤ 0.5 s for the checklist of all of them).
// Every call validates its options at the door; the zoned cases also write
// each deadline in the programme's time zone.

import { cpus, loadavg } from 'node:os';
import { evaluateChecklist, programHealth, relationshipHealth } from '../src/checklists';
import { de } from '../src/i18n/locales/de';
import { parseRelationship, type Relationship } from '../src/model';
import { day, relationship } from '../test/checklists/builder';
import { printTable } from './table';

interface Timing {
  readonly medianMs: number;
  readonly bestMs: number;
  /** Median CPU time of this process (user + system): barely affected by other processes. */
  readonly cpuMs: number;
}

function time(fn: () => unknown, runs: number): Timing {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { medianMs: median(wall), bestMs: Math.min(...wall), cpuMs: median(cpu) };
}

const COUNT = 10_000;
const EVENTS = 50;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A cultivating relationship with a realistic mix of records and exactly 50 history events. */
function sample(index: number): Relationship {
  const rand = random(index + 1);
  const pick = (n: number) => Math.floor(rand() * n);
  const b = relationship({ id: `rel-${index}` }) // propose + 2 accepts: 3 events
    .selfInventory('mentee', day(1))
    .selfInventory('mentor', day(1)) // 5
    .goal('g1', day(2), [{ id: 's1', status: 'done', completedAt: day(30) }, { id: 's2' }]) // 7
    .stage('initiating', day(3))
    .agreement(day(7, 20), { cadenceDays: 14 }) // 10
    .stage('cultivating', day(8)); // 11
  // 9 meetings × 3 events (schedule, agenda, record) = 27 → 38
  for (let m = 0; m < 9; m++) {
    const start = 7 + m * 12 + pick(4);
    const agendaHours = pick(5) === 0 ? 6 : 48;
    b.meeting(`m${m}`, {
      startsAt: day(start),
      agendaAt: day(start, 18 - agendaHours),
      attendance: { mentee: { minutesLate: pick(10) }, mentor: { present: pick(20) > 0 } },
    });
  }
  // 4 follow-ups, 3 completed: 7 events → 45
  for (let a = 0; a < 4; a++) {
    const created = 7 + a * 24;
    b.actionItem(`a${a}`, {
      createdAt: day(created, 20),
      ...(a < 3 ? { completedAt: day(created + 3 + pick(14), 12) } : {}),
    });
  }
  // 3 progress updates, 1 request, 1 feedback → 50
  for (let p = 0; p < 3; p++) b.progress(`p${p}`, day(12 + p * 30 + pick(10), 9));
  b.feedbackRequest('r1', day(20 + pick(40), 9));
  b.feedback('f1', day(25 + pick(40), 10));
  return b.raw();
}

export default async function run(): Promise<void> {
  const relationships = Array.from({ length: COUNT }, (_, index) => sample(index));
  for (const r of relationships.slice(0, 50)) {
    if (!parseRelationship(r).ok) throw new Error(`benchmark data is invalid: ${r.id}`);
  }
  const events = relationships.reduce((sum, r) => sum + r.history.length, 0) / COUNT;
  if (events !== EVENTS)
    throw new Error(`expected ${EVENTS} events per relationship, got ${events}`);
  const now = day(95);
  const program = { id: 'career-starters', timeZone: 'Europe/Berlin' };

  // Each report is consumed as it is made (as an app rendering or storing it would), so the
  // timings measure evaluation rather than the garbage collector holding 10,000 reports at once.
  const each = (evaluate: (r: Relationship) => number) => () => {
    let checksum = 0;
    for (const r of relationships) checksum += evaluate(r);
    return checksum;
  };
  const cases: [string, () => unknown][] = [
    [
      'evaluateChecklist (en, mentee)',
      each((r) => evaluateChecklist(r, { role: 'mentee', now }).nextActions.length),
    ],
    [
      'evaluateChecklist (de, admin)',
      each((r) => evaluateChecklist(r, { role: 'admin', now, locale: de }).nextActions.length),
    ],
    [
      'evaluateChecklist (en, mentee, programme time zone)',
      each((r) => evaluateChecklist(r, { role: 'mentee', now, program }).nextActions.length),
    ],
    ['relationshipHealth', each((r) => relationshipHealth(r, { now }).reasons.length)],
    ['programHealth (all at once)', () => programHealth(relationships, { now })],
    [
      'programHealth (all at once, programme time zone)',
      () => programHealth(relationships, { now, program }),
    ],
  ];
  const rows = cases.map(([name, fn]) => {
    const { medianMs, bestMs, cpuMs } = time(fn, 7);
    return [
      name,
      String(COUNT),
      String(EVENTS),
      medianMs.toFixed(1),
      bestMs.toFixed(1),
      cpuMs.toFixed(1),
      ((medianMs * 1000) / COUNT).toFixed(1),
      medianMs <= 500 ? 'yes' : 'NO',
    ];
  });
  printTable(
    [
      'operation',
      'relationships',
      'events each',
      'median ms',
      'best ms',
      'CPU ms (median)',
      'µs each (median)',
      'median ≤ 500 ms',
    ],
    rows,
  );
  // Other processes on a shared machine inflate wall times; the load shows how much.
  const [load] = loadavg();
  console.log(
    `\nload average (1 min) while measuring: ${load?.toFixed(2)} on ${cpus().length} cores`,
  );
}
