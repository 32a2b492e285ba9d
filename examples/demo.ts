// `npm run demo [-- --locale de]`: a tour of mentorship-kit on the sample
// cohort in examples/data/. Runs offline from a fresh clone after npm install
// (or from node_modules/mentorship-kit/examples with `npx tsx`).
//
// `--locale` takes any BCP 47 tag (`--locale de-DE`, `--locale=fr`, `es-MX`,
// even a POSIX `de_DE.UTF-8`); it is negotiated to the nearest language the
// library ships, as an app would do it with a browser's Accept-Language. An
// unknown or malformed tag prints a clear note and the tour runs in English.
//
// The tour is a list of sections (`sections` at the end); each is a function
// of the shared `Demo` context, so a new part is one more function.
import {
  type Actor,
  type Assignment,
  applyEnrolmentEvent,
  applyEvent,
  assign,
  type CriterionScore,
  type Enrolment,
  type EnrolmentEventInput,
  evaluateChecklist,
  formatError,
  formatMessage,
  type Locale,
  matchRound,
  negotiateLocale,
  planRound,
  programReport,
  type Relationship,
  type RelationshipEventInput,
  relationshipHealth,
  renderMessage,
  replayEnrolment,
  toMermaid,
  toProposals,
} from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';
import { es } from 'mentorship-kit/locales/es';
import { fr } from 'mentorship-kit/locales/fr';
import { type DemoLanguage, type DemoTexts, demoTexts, localeNotes } from './support/demo-texts';
import { loadSampleCohort, type SampleCohort } from './support/load-sample-cohort';
import { renderTable } from './support/terminal-table';

// ── the --locale option ─────────────────────────────────────────────────────

/** The value of `--locale X` or `--locale=X`; `null` when the flag has no value. */
function localeArgument(argv: readonly string[]): string | null | undefined {
  const inline = argv.find((arg) => arg.startsWith('--locale='));
  if (inline !== undefined) return inline.slice('--locale='.length).trim() || null;
  const flag = argv.indexOf('--locale');
  if (flag === -1) return undefined;
  const value = argv[flag + 1];
  return value === undefined || value.startsWith('--') ? null : value;
}

/** `de_DE.UTF-8` (the POSIX form in $LANG) → `de-DE`; a BCP 47 tag stays as it is. */
const fromPosix = (tag: string) => tag.replace(/[.@].*$/, '').replaceAll('_', '-');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

interface LocaleChoice {
  readonly locale: Locale;
  readonly language: DemoLanguage;
  /** Why the tour runs in English although something else was asked for. */
  readonly note?: string;
}

function chooseLocale(argv: readonly string[]): LocaleChoice {
  const requested = localeArgument(argv);
  const available = (['en', 'de', 'fr', 'es'] as const).map((tag) => demoTexts[tag].languageName);
  if (requested === undefined) return { locale: 'en', language: 'en' };
  if (requested === null) return { locale: 'en', language: 'en', note: localeNotes.missing };
  const tag = fromPosix(requested);
  if (!isLanguageTag(tag))
    return { locale: 'en', language: 'en', note: localeNotes.notATag(requested, available) };
  const locale = negotiateLocale(tag, [de, fr, es]);
  if (typeof locale !== 'string') return { locale, language: locale.tag as DemoLanguage };
  const isEnglish = new Intl.Locale(tag).language === 'en';
  return {
    locale: isEnglish ? tag : 'en', // en-GB keeps British number and date formats
    language: 'en',
    ...(isEnglish ? {} : { note: localeNotes.unknown(requested, available) }),
  };
}

// ── the context every section reads ─────────────────────────────────────────

interface Demo {
  readonly locale: Locale;
  readonly language: DemoLanguage;
  readonly text: DemoTexts;
  readonly cohort: SampleCohort;
  /** The locale's formats: numbers, percentages, dates, language names. */
  readonly format: {
    readonly number: (value: number, digits?: number) => string;
    readonly percent: (value: number) => string;
    readonly dateTime: (timestamp: string) => string;
    readonly date: (timestamp: string) => string;
  };
  readonly name: (personId: string) => string;
  /** Topics by their number in the topics table: labels are too long for a table cell. */
  readonly topics: (ids: readonly string[]) => string;
  readonly role: (role: string | undefined) => string;
  readonly heading: (title: string) => void;
  /** The optimal assignment, once the matching section has run. */
  optimal?: Assignment;
}

function createDemo(choice: LocaleChoice): Demo {
  const { locale, language } = choice;
  const text = demoTexts[language];
  const tag = typeof locale === 'string' ? locale : locale.tag;
  const cohort = loadSampleCohort(locale);
  const timeZone = cohort.program.timeZone ?? 'UTC';
  const names = new Map([...cohort.mentors, ...cohort.mentees].map((p) => [p.id, p.name]));
  const topicNumbers = new Map(cohort.program.topics.map((topic, index) => [topic.id, index + 1]));
  return {
    locale,
    language,
    text,
    cohort,
    format: {
      number: (value, digits = 2) =>
        new Intl.NumberFormat(tag, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value),
      percent: (value) => new Intl.NumberFormat(tag, { style: 'percent' }).format(value),
      dateTime: (timestamp) =>
        new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
          new Date(timestamp),
        ),
      date: (timestamp) =>
        new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone }).format(new Date(timestamp)),
    },
    name: (id) => names.get(id) ?? id,
    topics: (ids) =>
      ids
        .map((id) => topicNumbers.get(id) ?? 0)
        .sort((a, b) => a - b)
        .join(', '),
    role: (role) => (role === undefined ? '–' : (text.roles[role] ?? role)),
    heading: (title) => console.log(`\n${title}\n${'─'.repeat(title.length)}\n`),
  };
}

// ── sections ────────────────────────────────────────────────────────────────

function cohortSection(demo: Demo): void {
  const { text, cohort } = demo;
  const { program, mentors, mentees } = cohort;
  console.log(`${text.title}\n${'═'.repeat(text.title.length)}\n`);
  console.log(
    `${text.cohort}${text.colon}${program.name} — ${mentors.length} ${text.mentors}, ${mentees.length} ${text.mentees} (${text.valid})`,
  );
  demo.heading(text.topics);
  console.log(
    renderTable(
      ['#', text.topic, text.id],
      program.topics.map((t, index) => [
        String(index + 1),
        renderMessage(t.label, {}, demo.locale),
        t.id,
      ]),
    ),
  );
  demo.heading(text.mentors);
  console.log(
    renderTable(
      [text.name, text.role, text.capacity, text.years, text.zone, text.languages, text.topics],
      mentors.map((m) => [
        m.name,
        demo.role(m.role),
        String(m.capacity),
        String(m.yearsExperience),
        m.timeZone,
        m.languages.join(' '),
        demo.topics(m.expertise),
      ]),
    ),
  );
  demo.heading(text.mentees);
  console.log(
    renderTable(
      [text.name, text.role, text.zone, text.languages, text.topics],
      mentees.map((m) => [
        m.name,
        demo.role(m.targetRole),
        m.timeZone,
        m.languages.join(' '),
        demo.topics(m.interests),
      ]),
    ),
  );
}

function matchingSection(demo: Demo): void {
  const { text, format, locale } = demo;
  const { program, mentors, mentees } = demo.cohort;
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
  demo.optimal = optimal;
  demo.heading(text.optimal);
  console.log(
    renderTable(
      [text.mentee, text.mentor, text.score, text.reasons],
      optimal.pairs.map((pair) => [
        demo.name(pair.menteeId),
        demo.name(pair.mentorId),
        format.percent(pair.score),
        topReasons(pair.criteria),
      ]),
    ),
  );
  demo.heading(text.unmatched);
  console.log(
    renderTable(
      [text.mentee, text.reason],
      optimal.unmatched.map((u) => [
        demo.name(u.menteeId),
        formatMessage(u.explanation.key, u.explanation.params, locale),
      ]),
    ),
  );
  demo.heading(text.strategies);
  console.log(
    renderTable(
      [text.strategy, text.pairs, text.total, text.mean, text.min],
      Object.values(results).map((result) => [
        text.strategyNames[result.strategy],
        String(result.totals.pairs),
        format.number(result.totals.sum),
        format.percent(result.totals.mean),
        format.percent(result.totals.min),
      ]),
    ),
  );
}

function lifecycleSection(demo: Demo): void {
  const { text, format, locale } = demo;
  const { program } = demo.cohort;
  const firstPair = (demo.optimal ?? assign(demo.cohort.mentors, demo.cohort.mentees, { program }))
    .pairs[0];
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
  demo.heading(text.walk(demo.name(firstPair.mentorId), demo.name(firstPair.menteeId)));

  let relationship: Relationship = draft;
  let eventCount = 0;
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
    console.log(`${text.stage}${text.colon}${stage} (${text.at(format.dateTime(now))})`);
    console.log(
      `  ${text.completion}${text.colon}${text.mentee} ${menteeDone.done}/${menteeDone.total}, ${text.mentor} ${mentorDone.done}/${mentorDone.total}`,
    );
    const status = formatMessage(`checklists.health.status.${health.status}`, {}, locale);
    console.log(`  ${text.health}${text.colon}${status}`);
    for (const reason of health.reasons) console.log(`    – ${reason.message}`);
    const next = checklist.nextActions.slice(0, 3);
    console.log(`  ${text.next}${text.colon}${next.length === 0 ? text.none : ''}`.trimEnd());
    for (const action of next) {
      const status = formatMessage(`checklists.status.${action.status}`, {}, locale);
      console.log(
        `    - [${status}] ${action.label}${action.dueAt ? ` (${format.date(action.dueAt)})` : ''}`,
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
  apply({
    type: 'record-self-inventory',
    at: '2026-03-04T19:00:00+01:00',
    actor: mentee,
    inventory,
  });
  apply({
    type: 'record-self-inventory',
    at: '2026-03-04T20:00:00+01:00',
    actor: mentor,
    inventory,
  });
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
}

function programmeSection(demo: Demo): void {
  const { text, format, locale, cohort } = demo;
  const coordinator = { role: 'admin', id: 'coordinator' } as const;
  const program = { ...cohort.program, coordinatorIds: [coordinator.id] };
  const must = <T, E>(result: { ok: true; value: T } | { ok: false; error: E }): T => {
    if (!result.ok) throw new Error(formatError(result.error as never, locale));
    return result.value;
  };
  demo.heading(text.programme);
  const round = must(
    planRound(program, {
      round: {
        id: 'spring-2026',
        name: 'Spring 2026',
        applicationWindow: { opensAt: '2026-02-02', closesAt: '2026-02-20' },
        matchingAt: '2026-02-23',
        relationshipMonths: 6,
      },
      now: '2026-02-01T09:00:00+01:00',
    }),
  ).round;

  // Enrolment: everyone applies, a coordinator screens, each meets the onboarding requirements.
  let seq = 0;
  const step = (enrolment: Enrolment, event: EnrolmentStep) =>
    must(
      applyEnrolmentEvent(enrolment, { ...event, id: `enr-${++seq}` } as EnrolmentEventInput, {
        program,
      }),
    );
  const people = [
    ...cohort.mentors.map((p) => ({ id: p.id, side: 'mentor' as const })),
    ...cohort.mentees.map((p) => ({ id: p.id, side: 'mentee' as const })),
  ];
  let enrolments: Enrolment[] = people.map(({ id, side }, index) => {
    const actor = { role: side, id };
    let enrolment = must(
      replayEnrolment(
        [
          {
            type: 'apply',
            id: `apply-${id}`,
            at: `2026-02-${String(3 + (index % 15)).padStart(2, '0')}T18:00:00+01:00`,
            actor,
            enrolmentId: `enr-${id}`,
            programId: program.id,
            personId: id,
            side,
            roundId: round.id,
          },
        ],
        { program },
      ),
    );
    enrolment = step(enrolment, {
      type: 'screen',
      at: '2026-02-21T10:00:00+01:00',
      actor: coordinator,
      decision: 'accepted',
    });
    for (const requirement of ['training', 'rules-agreed', 'profile-complete']) {
      enrolment = step(enrolment, {
        type: 'meet-requirement',
        at: '2026-02-22T18:00:00+01:00',
        actor,
        requirement,
      });
    }
    return enrolment;
  });
  const ready = enrolments.filter((e) => e.status === 'ready').length;

  // The round matched and staged for review; the coordinator approves, the rest wait.
  const matchedAt = '2026-02-23T09:00:00+01:00';
  const staged = matchRound(
    program,
    { round, mentors: cohort.mentors, mentees: cohort.mentees, enrolments, relationships: [] },
    { now: matchedAt, by: coordinator },
  );
  const byPerson = new Map(enrolments.map((e) => [e.personId, e]));
  const update = (personId: string, event: EnrolmentStep) => {
    const enrolment = byPerson.get(personId);
    if (enrolment !== undefined) byPerson.set(personId, step(enrolment, event));
  };
  for (const left of staged.waitlist) {
    if (left.side === 'mentee')
      update(left.personId, { type: 'waitlist', at: matchedAt, actor: coordinator });
  }
  const relationships: Relationship[] = staged.proposals.map((proposal, index) => {
    for (const [personId, partnerId] of [
      [proposal.mentorId, proposal.menteeId],
      [proposal.menteeId, proposal.mentorId],
    ] as const) {
      update(personId, {
        type: 'match',
        at: matchedAt,
        actor: coordinator,
        relationshipId: proposal.id,
        partnerId,
      });
    }
    let relationship: Relationship = proposal;
    for (const role of ['mentor', 'mentee'] as const) {
      relationship = must(
        applyEvent(relationship, {
          type: 'accept',
          id: `${proposal.id}:accept-${role}`,
          at: '2026-02-24T12:00:00+01:00',
          actor: { role, id: role === 'mentor' ? proposal.mentorId : proposal.menteeId },
        }),
      );
    }
    // Two pairs in three hold their first meeting in the first fortnight.
    if (index % 3 !== 2) {
      const actor = { role: 'mentee', id: proposal.menteeId } as const;
      const meetingId = 'first-meeting';
      for (const event of [
        {
          type: 'schedule-meeting',
          at: '2026-02-25T19:00:00+01:00',
          actor,
          meetingId,
          startsAt: '2026-03-03T18:00:00+01:00',
          durationMinutes: 45,
        },
        {
          type: 'record-meeting',
          at: '2026-03-03T19:00:00+01:00',
          actor,
          meetingId,
          held: true,
          attendance: { mentor: { present: true }, mentee: { present: true } },
        },
      ] as const) {
        relationship = must(
          applyEvent(relationship, { ...event, id: `${proposal.id}:${event.type}` }),
        );
      }
    }
    return relationship;
  });
  enrolments = [...byPerson.values()];
  for (const line of text.roundSteps({
    applied: people.length,
    ready,
    proposed: staged.proposals.length,
    waitlisted: enrolments.filter((e) => e.status === 'waitlisted').length,
    started: relationships.filter((r) => r.startedAt !== undefined).length,
  })) {
    console.log(`  ${line}`);
  }

  // A month later: the report, its figures described in the reader's language.
  const now = '2026-03-25T10:00:00+01:00';
  const report = programReport(relationships, { now, program, enrolments, locale });
  const shown = new Set([
    'relationships',
    'match_rate',
    'first_meeting_measured',
    'first_meeting_median_days',
    'health_in_month',
    'waitlist_length',
    'waitlist_median_days',
    'waitlist_longest_days',
  ]);
  console.log(`\n${text.reportAt(format.date(now))}\n`);
  console.log(
    renderTable(
      [text.figure, text.value],
      report.rows
        .filter((row) => row[1] === program.id && shown.has(String(row[2])))
        .filter((row) => row[5] !== 0 && row[5] !== '')
        .map((row) => {
          const value = Number(row[5]);
          return [String(row[4]), format.number(value, Number.isInteger(value) ? 0 : 2)];
        }),
    ),
  );
}

function diagramSection(demo: Demo): void {
  demo.heading(demo.text.diagram);
  console.log(toMermaid());
}

// Distributes Omit over the union, so each event type keeps its own fields.
type EnrolmentStep = EnrolmentEventInput extends infer E
  ? E extends EnrolmentEventInput
    ? Omit<E, 'id'>
    : never
  : never;
type EventInput = RelationshipEventInput extends infer E
  ? E extends RelationshipEventInput
    ? Omit<E, 'id'>
    : never
  : never;

// ── the tour ────────────────────────────────────────────────────────────────

const sections: readonly ((demo: Demo) => void)[] = [
  cohortSection,
  matchingSection,
  lifecycleSection,
  programmeSection,
  diagramSection,
];

const choice = chooseLocale(process.argv.slice(2));
if (choice.note !== undefined) console.log(`${choice.note}\n`);
const demo = createDemo(choice);
for (const section of sections) section(demo);
