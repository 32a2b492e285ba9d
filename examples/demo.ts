// `npm run demo [-- --locale de]`: a tour of mentorship-kit on the sample
// cohort in examples/data/. Runs offline from a fresh clone after npm install.
// `--locale` takes any BCP 47 tag (`de-AT`, `--locale=fr`, `es-MX`); it is
// negotiated to the nearest language the library ships, as an app would do it
// with a browser's Accept-Language.

import { de } from '../src/i18n/locales/de/index';
import { es } from '../src/i18n/locales/es/index';
import { fr } from '../src/i18n/locales/fr/index';
import {
  type Actor,
  type Assignment,
  applyEvent,
  assign,
  type CriterionScore,
  evaluateChecklist,
  formatError,
  formatMessage,
  type Locale,
  negotiateLocale,
  type Relationship,
  type RelationshipEventInput,
  relationshipHealth,
  renderMessage,
  toMermaid,
  toProposals,
} from '../src/index';
import { demoTexts } from './support/demo-texts';
import { loadSampleCohort } from './support/load-sample-cohort';
import { renderTable } from './support/terminal-table';

function localeArgument(argv: readonly string[]): string {
  const inline = argv.find((arg) => arg.startsWith('--locale='));
  if (inline !== undefined) return inline.slice('--locale='.length);
  const flag = argv.indexOf('--locale');
  return flag === -1 ? 'en' : (argv[flag + 1] ?? 'en');
}

const requested = localeArgument(process.argv.slice(2));
const locale: Locale = negotiateLocale(requested, [de, fr, es]);
const language = typeof locale === 'string' ? 'en' : (locale.tag as 'de' | 'fr' | 'es');
const text = demoTexts[language];
if (language === 'en' && !/^en\b/i.test(requested)) {
  console.log(text.unknownLocale(requested, 'English'));
}
const heading = (title: string) => console.log(`\n${title}\n${'─'.repeat(title.length)}\n`);
const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

// ── the cohort ──────────────────────────────────────────────────────────────
const { program, mentors, mentees } = loadSampleCohort(locale);
const nameOf = new Map([...mentors, ...mentees].map((person) => [person.id, person.name]));
const name = (id: string) => nameOf.get(id) ?? id;

console.log(`${text.title}\n${'═'.repeat(text.title.length)}\n`);
console.log(
  `${text.cohort}: ${program.name} — ${mentors.length} ${text.mentors}, ${mentees.length} ${text.mentees} (${text.valid})`,
);
heading(text.topics);
console.log(
  renderTable(
    ['id', text.topic],
    program.topics.map((t) => [t.id, renderMessage(t.label, {}, locale)]),
  ),
);
heading(text.mentors);
console.log(
  renderTable(
    [text.name, text.role, text.capacity, text.years, text.zone, text.languages, text.topics],
    mentors.map((m) => [
      m.name,
      m.role,
      String(m.capacity),
      String(m.yearsExperience),
      m.timeZone,
      m.languages.join(' '),
      m.expertise.join(', '),
    ]),
  ),
);
heading(text.mentees);
console.log(
  renderTable(
    [text.name, text.role, text.zone, text.languages, text.topics],
    mentees.map((m) => [
      m.name,
      m.targetRole ?? '–',
      m.timeZone,
      m.languages.join(' '),
      m.interests.join(', '),
    ]),
  ),
);

// ── matching ────────────────────────────────────────────────────────────────
process.stdout.write(`\n${text.matching(mentees.length, mentors.length)} `);
const started = performance.now();
const results: Record<Assignment['strategy'], Assignment> = {
  optimal: assign(mentors, mentees, { strategy: 'optimal', program }),
  stable: assign(mentors, mentees, { strategy: 'stable', program }),
  greedy: assign(mentors, mentees, { strategy: 'greedy', program }),
};
console.log(text.done(performance.now() - started));

const topReasons = (explanation: readonly CriterionScore[]) =>
  [...explanation]
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 2)
    .map((criterion) =>
      formatMessage(criterion.explanation.key, criterion.explanation.params, locale),
    )
    .join('; ');

const optimal = results.optimal;
heading(text.optimal);
console.log(
  renderTable(
    [text.mentee, text.mentor, text.score, text.reasons],
    optimal.pairs.map((pair) => [
      name(pair.menteeId),
      name(pair.mentorId),
      percent(pair.score),
      topReasons(pair.criteria),
    ]),
  ),
);
heading(text.unmatched);
console.log(
  renderTable(
    [text.mentee, text.reason],
    optimal.unmatched.map((u) => [
      name(u.menteeId),
      formatMessage(u.explanation.key, u.explanation.params, locale),
    ]),
  ),
);
heading(text.strategies);
console.log(
  renderTable(
    [text.strategy, text.pairs, text.total, text.mean, text.min],
    Object.values(results).map((result) => [
      result.strategy,
      String(result.totals.pairs),
      result.totals.sum.toFixed(2),
      percent(result.totals.mean),
      percent(result.totals.min),
    ]),
  ),
);

// ── one relationship through the lifecycle ──────────────────────────────────
const [firstPair] = optimal.pairs;
if (firstPair === undefined) throw new Error('the sample cohort produced no pair');
const coordinator: Actor = { role: 'admin', id: 'coordinator' };
const mentor: Actor = { role: 'mentor', id: firstPair.mentorId };
const mentee: Actor = { role: 'mentee', id: firstPair.menteeId };
const {
  proposals: [draft],
} = toProposals(
  { pairs: [firstPair] },
  { program, now: '2026-03-02T09:00:00+01:00', by: coordinator },
);
if (draft === undefined) throw new Error('no proposal');
heading(text.walk(name(firstPair.mentorId), name(firstPair.menteeId)));

let relationship: Relationship = draft;
let eventCount = 0;
// Distributes Omit over the union, so each event type keeps its own fields.
type EventInput = RelationshipEventInput extends infer E
  ? E extends RelationshipEventInput
    ? Omit<E, 'id'>
    : never
  : never;
function apply(event: EventInput): void {
  eventCount += 1;
  const result = applyEvent(relationship, {
    ...event,
    id: `demo-${eventCount}`,
  } as RelationshipEventInput);
  if (!result.ok) throw new Error(`${event.type}: ${formatError(result.error, locale)}`);
  relationship = result.value;
}
function report(now: string): void {
  const checklist = evaluateChecklist(relationship, { role: 'mentee', now, locale, program });
  const health = relationshipHealth(relationship, { now, locale, program });
  const { mentee: menteeDone, mentor: mentorDone } = checklist.completion;
  const stage = formatMessage(`stage.${relationship.stage}`, {}, locale);
  console.log(`${text.stage}: ${stage} (${text.at} ${now})`);
  console.log(
    `  ${text.completion}: ${text.mentee} ${menteeDone.done}/${menteeDone.total}, ${text.mentor} ${mentorDone.done}/${mentorDone.total}`,
  );
  console.log(
    `  ${text.health}: ${formatMessage(`checklists.health.status.${health.status}`, {}, locale)}${health.reasons.length > 0 ? ` — ${health.reasons.map((r) => r.message).join('; ')}` : ''}`,
  );
  const next = checklist.nextActions.slice(0, 3);
  console.log(`  ${text.next}: ${next.length === 0 ? text.none : ''}`);
  for (const action of next) {
    const status = formatMessage(`checklists.status.${action.status}`, {}, locale);
    console.log(
      `    - [${status}] ${action.label}${action.dueAt ? ` (${action.dueAt.slice(0, 10)})` : ''}`,
    );
  }
  console.log();
}

report('2026-03-02T10:00:00+01:00');
apply({ type: 'accept', at: '2026-03-03T08:00:00+01:00', actor: mentor });
apply({ type: 'accept', at: '2026-03-03T12:00:00+01:00', actor: mentee });
report('2026-03-03T13:00:00+01:00');

// prepare: self-inventories, one goal with a short plan, the first meeting
const inventory = {
  strengths: ['Curious'],
  developmentNeeds: ['Interviewing'],
  characteristics: ['Structured'],
  wants: ['Honest feedback'],
  offers: ['A fresh view'],
};
apply({ type: 'record-self-inventory', at: '2026-03-04T19:00:00+01:00', actor: mentee, inventory });
apply({ type: 'record-self-inventory', at: '2026-03-04T20:00:00+01:00', actor: mentor, inventory });
apply({
  type: 'set-goal',
  at: '2026-03-05T19:00:00+01:00',
  actor: mentee,
  goal: {
    id: 'goal-first-job',
    title: 'Get my first job in the ecosystem',
    plan: [
      { id: 'step-role', title: 'Work out which role I want' },
      { id: 'step-cv', title: 'Rewrite my CV for that role' },
    ],
  },
});
apply({
  type: 'schedule-meeting',
  at: '2026-03-05T19:10:00+01:00',
  actor: mentee,
  meetingId: 'meeting-1',
  startsAt: '2026-03-10T18:00:00+01:00',
  durationMinutes: 45,
  channel: 'video',
});
apply({ type: 'begin-initiation', at: '2026-03-06T09:00:00+01:00', actor: mentee });
report('2026-03-06T10:00:00+01:00');

// initiate: agenda ahead, the first meeting, the agreement accepted by both
apply({
  type: 'send-agenda',
  at: '2026-03-08T12:00:00+01:00',
  actor: mentee,
  meetingId: 'meeting-1',
  agenda: { items: ['Expectations and ground rules', 'My goal and plan', 'How often we meet'] },
});
apply({
  type: 'record-meeting',
  at: '2026-03-10T19:00:00+01:00',
  actor: mentee,
  meetingId: 'meeting-1',
  held: true,
  attendance: {
    mentor: { present: true, minutesLate: 0 },
    mentee: { present: true, minutesLate: 2 },
  },
});
apply({
  type: 'record-agreement',
  at: '2026-03-10T19:05:00+01:00',
  actor: mentee,
  agreement: {
    expectations: ['The mentee drives the agenda'],
    groundRules: ['Cancel at least a day ahead'],
    goalIds: ['goal-first-job'],
    cadenceDays: 14,
    channels: ['video'],
    confidentiality: true,
  },
});
apply({ type: 'accept-agreement', at: '2026-03-10T19:10:00+01:00', actor: mentor });
apply({ type: 'begin-cultivation', at: '2026-03-11T09:00:00+01:00', actor: mentee });
report('2026-03-11T10:00:00+01:00');

// cultivate: a follow-up task, feedback, progress, the next meeting
apply({
  type: 'add-action-item',
  at: '2026-03-11T09:30:00+01:00',
  actor: mentor,
  itemId: 'task-cv',
  title: 'Send the rewritten CV',
  assignee: 'mentee',
});
apply({
  type: 'request-feedback',
  at: '2026-03-12T09:00:00+01:00',
  actor: mentee,
  requestId: 'ask-cv',
  topic: 'My CV',
});
apply({
  type: 'complete-plan-step',
  at: '2026-03-15T10:00:00+01:00',
  actor: mentee,
  goalId: 'goal-first-job',
  stepId: 'step-role',
});
apply({
  type: 'complete-action-item',
  at: '2026-03-18T10:00:00+01:00',
  actor: mentee,
  itemId: 'task-cv',
});
apply({
  type: 'give-feedback',
  at: '2026-03-19T18:00:00+01:00',
  actor: mentor,
  feedbackId: 'fb-cv',
  kind: 'advice',
  text: 'Lead with the project you are proudest of.',
  visibility: 'shared',
  requestId: 'ask-cv',
});
apply({
  type: 'post-progress-update',
  at: '2026-03-20T09:00:00+01:00',
  actor: mentee,
  updateId: 'update-1',
  text: 'Sent three applications with the new CV.',
  goalIds: ['goal-first-job'],
});
apply({
  type: 'schedule-meeting',
  at: '2026-03-20T09:10:00+01:00',
  actor: mentee,
  meetingId: 'meeting-2',
  startsAt: '2026-03-24T18:00:00+01:00',
  durationMinutes: 45,
  channel: 'video',
});
apply({
  type: 'send-agenda',
  at: '2026-03-22T12:00:00+01:00',
  actor: mentee,
  meetingId: 'meeting-2',
  agenda: { items: ['Interview practice'] },
});
apply({
  type: 'record-meeting',
  at: '2026-03-24T19:00:00+01:00',
  actor: mentor,
  meetingId: 'meeting-2',
  held: true,
  attendance: {
    mentor: { present: true, minutesLate: 0 },
    mentee: { present: true, minutesLate: 0 },
  },
});
report('2026-03-25T10:00:00+01:00');
report('2026-04-20T10:00:00+02:00');

// evaluate: growth and goal achievement, then close
apply({ type: 'begin-evaluation', at: '2026-04-21T09:00:00+02:00', actor: mentee });
apply({
  type: 'record-evaluation',
  at: '2026-04-21T19:00:00+02:00',
  actor: mentee,
  evaluation: {
    id: 'evaluation-1',
    goals: [{ id: 'goal-first-job', achievement: 'partly' }],
    growthNotes: 'Clear about the role I want; two interviews so far.',
    nextStep: 'close',
  },
});
report('2026-04-21T20:00:00+02:00');
apply({ type: 'complete', at: '2026-04-22T09:00:00+02:00', actor: mentor });
report('2026-04-22T10:00:00+02:00');

// ── the machine ─────────────────────────────────────────────────────────────
heading(text.diagram);
console.log(toMermaid());
