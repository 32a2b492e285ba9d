// The programme report over 5,000 and 50,000 relationships (goal: ≤ 1 s for
// 50,000). The cohort is realistic: a sixth are still proposals or were
// declined, the rest started, met every twelve days or so, and some were
// completed with an evaluation or ended early with a reason. Every
// relationship is judged by the checklist and health, as in the report, and
// (health over time) once more at the end of each past month it was open.
// Two more rows at 50,000: without past months (`healthMonths: 1`), and with
// 10,000 enrolments for the waitlist figures.

import { cpus, loadavg } from 'node:os';
import { evaluateChecklist, relationshipHealth } from '../src/checklists';
import { isTerminalStage, parseRelationship, type Relationship } from '../src/model';
import { type EnrolmentFields, programReport } from '../src/program';
import { day, relationship } from '../test/checklists/builder';
import { printTable } from './table';

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

const reasons = ['Found a job', 'Moved away', 'No time', 'Not a good fit'];

function sample(index: number): Relationship {
  const rand = random(index + 1);
  const pick = (n: number) => Math.floor(rand() * n);
  const kind = pick(12);
  if (kind === 0) return relationship({ id: `rel-${index}`, started: false }).raw();
  if (kind === 1)
    return relationship({ id: `rel-${index}`, started: false })
      .setStage('declined')
      .raw();
  const b = relationship({ id: `rel-${index}` })
    .selfInventory('mentee', day(1))
    .goal('g1', day(2), [{ id: 's1', status: 'done', completedAt: day(30) }, { id: 's2' }])
    .stage('initiating', day(3))
    .agreement(day(7, 20), { cadenceDays: 14 })
    .stage('cultivating', day(8));
  const meetings = 1 + pick(9);
  for (let m = 0; m < meetings; m++) {
    const start = 5 + pick(10) + m * 12;
    b.meeting(`m${m}`, {
      startsAt: day(start),
      agendaAt: day(start - 2),
      attendance: { mentee: { minutesLate: pick(10) }, mentor: { present: pick(20) > 0 } },
    });
  }
  b.actionItem('a1', { createdAt: day(10, 20), completedAt: day(14 + pick(10), 12) });
  b.progress('p1', day(20 + pick(20), 9));
  if (kind < 5) {
    b.stage('evaluating', day(110)).evaluation('ev1', day(112)).close('completed', day(115));
  } else if (kind < 7) {
    b.close('ended', day(40 + pick(40)));
  }
  const doc = b.raw() as unknown as { closeReason?: string; history: { reason?: string }[] };
  if (doc.closeReason !== undefined) {
    const reason = reasons[pick(reasons.length)] as string;
    doc.closeReason = reason;
    for (const event of doc.history) if (event.reason === 'Found a job') event.reason = reason;
  }
  return doc as unknown as Relationship;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

export default async function run(): Promise<void> {
  const all = Array.from({ length: 50_000 }, (_, index) => sample(index));
  for (const r of all.slice(0, 200)) {
    const parsed = parseRelationship(r);
    if (!parsed.ok) throw new Error(`benchmark data is invalid: ${r.id}`);
  }
  const now = day(120);
  const program = { id: 'career-starters', timeZone: 'Europe/Berlin' };
  const rows: string[][] = [];
  for (const size of [5_000, 50_000]) {
    const relationships = all.slice(0, size);
    const rounds = [
      { id: 'first-half', relationshipIds: relationships.slice(0, size / 2).map((r) => r.id) },
      { id: 'second-half', relationshipIds: relationships.slice(size / 2).map((r) => r.id) },
    ];
    const runs = size > 10_000 ? 5 : 9;
    const report = programReport(relationships, { now, program, rounds }); // warm-up
    if (report.failed.length > 0) throw new Error('benchmark data has failures');
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      programReport(relationships, { now, program, rounds });
      wall.push(performance.now() - start);
    }
    const ms = median(wall);
    rows.push([
      'programReport (2 rounds, programme time zone)',
      size.toLocaleString('en-US'),
      String(runs),
      ms.toFixed(0),
      Math.min(...wall).toFixed(0),
      Math.round((size / ms) * 1000).toLocaleString('en-US'),
      size === 50_000 ? (ms <= 1000 ? 'yes' : 'NO') : '',
    ]);
  }
  const variants: [string, Record<string, unknown>][] = [
    ['programReport, health at now only (healthMonths: 1)', { healthMonths: 1 }],
    [
      'programReport + 10,000 enrolments (waitlist)',
      {
        enrolments: Array.from(
          { length: 10_000 },
          (_, i): EnrolmentFields => ({
            schemaVersion: 1,
            id: `enr-${i}`,
            programId: program.id,
            personId: `person-${i}`,
            side: i % 5 === 0 ? 'mentor' : 'mentee',
            status: i % 4 === 0 ? 'waitlisted' : 'active',
            appliedAt: day(-30 + (i % 60)),
            roundId: i % 2 === 0 ? 'first-half' : 'second-half',
          }),
        ),
      },
    ],
  ];
  for (const [name, extra] of variants) {
    const rounds = [
      { id: 'first-half', relationshipIds: all.slice(0, 25_000).map((r) => r.id) },
      { id: 'second-half', relationshipIds: all.slice(25_000).map((r) => r.id) },
    ];
    const options = { now, program, rounds, ...extra };
    programReport(all, options);
    const wall: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      programReport(all, options);
      wall.push(performance.now() - start);
    }
    const ms = median(wall);
    rows.push([
      name,
      all.length.toLocaleString('en-US'),
      '5',
      ms.toFixed(0),
      Math.min(...wall).toFixed(0),
      Math.round((all.length / ms) * 1000).toLocaleString('en-US'),
      ms <= 1000 ? 'yes' : 'NO',
    ]);
  }
  // Where the time goes: the checklist and health of each relationship, as the report calls them.
  const rules = { id: program.id };
  const parts: [string, () => void][] = [
    [
      '… of which evaluateChecklist (started ones)',
      () => {
        for (const r of all)
          if (r.startedAt) evaluateChecklist(r, { role: 'admin', now, program: rules });
      },
    ],
    [
      '… of which relationshipHealth (open ones)',
      () => {
        for (const r of all)
          if (!isTerminalStage(r.stage)) relationshipHealth(r, { now, program: rules });
      },
    ],
  ];
  for (const [name, fn] of parts) {
    fn();
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      fn();
      wall.push(performance.now() - start);
    }
    const ms = median(wall);
    rows.push([
      name,
      all.length.toLocaleString('en-US'),
      '3',
      ms.toFixed(0),
      Math.min(...wall).toFixed(0),
      Math.round((all.length / ms) * 1000).toLocaleString('en-US'),
      '',
    ]);
  }
  printTable(
    ['operation', 'relationships', 'runs', 'median ms', 'best ms', 'relationships/s', '≤ 1 s'],
    rows,
  );
  const [load] = loadavg();
  console.log(
    `\nload average (1 min) while measuring: ${load?.toFixed(2)} on ${cpus().length} cores`,
  );
}
