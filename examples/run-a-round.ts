// `npx tsx examples/run-a-round.ts [--locale de]`: a coordinator's round from
// end to end — applications, screening and onboarding, the round matched and
// staged for review, relationships started, meetings found in both people's
// weekly times, held and recorded, one schedule exported as iCalendar, the
// waitlist, and a month later the report. Every step is pure data in, data
// out: the coordinator's app stores the documents; the library never reads a clock.
import {
  applyEnrolmentEvent,
  applyEvent,
  chooseFromShortlist,
  type Enrolment,
  formatError,
  formatMessage,
  type Locale,
  type MenteeProfile,
  type MentorProfile,
  matchRound,
  planRound,
  programReport,
  type Relationship,
  type RelationshipEvent,
  rematch,
  replayEnrolment,
  shortlist,
  suggestMeetingSlots,
  toICalendar,
  type WeeklySlot,
  waitlist,
} from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';

// `--locale de` or `--locale=de` (any tag starting with `de`) prints German.
const argv = process.argv.slice(2);
const tag =
  argv.find((a) => a.startsWith('--locale='))?.slice(9) ?? argv[argv.indexOf('--locale') + 1];
const locale: Locale =
  argv.some((a) => a.startsWith('--locale')) && tag?.startsWith('de') ? de : 'en';
const german = locale !== 'en';
const say = (en: string, deText: string) => console.log(german ? deText : en);

const coordinator = { role: 'admin', id: 'coord-mia' } as const;
const program = {
  id: 'career-starters',
  name: 'Career starters',
  timeZone: 'Europe/Berlin',
  coordinatorIds: [coordinator.id],
  settings: { waitlistPriorities: ['rematch'], defaultMentorCapacity: 2 },
};

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(formatError(result.error as never, locale));
  return result.value;
}

// ── 1. The round ─────────────────────────────────────────────────────────────
const plan = must(
  planRound(program, {
    round: {
      id: 'spring-2027',
      name: 'Spring 2027',
      applicationWindow: { opensAt: '2027-01-11', closesAt: '2027-02-07' }, // dates in Berlin
      matchingAt: '2027-02-15',
      relationshipMonths: 6,
    },
    now: '2027-01-05T09:00:00+01:00',
  }),
);
const { round } = plan;
say(
  `Round ${round.name}: ${formatMessage(plan.phaseLabel.key, plan.phaseLabel.params, locale)}, applications ${round.applicationWindow.opensAt} – ${round.applicationWindow.closesAt}, relationships until ${plan.endsAt}`,
  `Runde ${round.name}: ${formatMessage(plan.phaseLabel.key, plan.phaseLabel.params, locale)}, Bewerbung ${round.applicationWindow.opensAt} – ${round.applicationWindow.closesAt}, Beziehungen bis ${plan.endsAt}`,
);

// ── 2. Applications ──────────────────────────────────────────────────────────
const person = (id: string, languages: string[], years: number) => ({
  schemaVersion: 1 as const,
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  languages,
  timeZone: 'Europe/Berlin',
  channels: ['video' as const],
  yearsExperience: years,
});
const mentors: MentorProfile[] = [
  {
    ...person('ada', ['de', 'en'], 9),
    expertise: ['first-job', 'cv'],
    role: 'developer',
    capacity: 2,
  },
  { ...person('ben', ['en'], 6), expertise: ['networking'], role: 'data engineer', capacity: 1 },
];
const mentees: MenteeProfile[] = [
  { ...person('sam', ['en'], 0), interests: ['first-job'], targetRole: 'developer' },
  { ...person('kim', ['de'], 1), interests: ['cv'] },
  { ...person('lou', ['en'], 0), interests: ['networking'] },
  { ...person('noa', ['en'], 0), interests: ['first-job', 'networking'] },
  { ...person('ole', ['fr'], 0), interests: ['first-job'] },
];

let day = 12;
let enrolments: Enrolment[] = [...mentors, ...mentees].map((profile) => {
  const side = 'capacity' in profile ? 'mentor' : 'mentee';
  const at = `2027-01-${day++}T18:00:00+01:00`;
  return must(
    replayEnrolment(
      [
        {
          type: 'apply',
          id: `${profile.id}-apply`,
          at,
          actor: { role: side, id: profile.id },
          enrolmentId: `enr-${profile.id}`,
          programId: program.id,
          personId: profile.id,
          side,
          roundId: round.id,
        },
      ],
      { program },
    ),
  );
});
const applied = must(planRound(program, { round, now: '2027-02-01T09:00:00+01:00', enrolments }));
say(
  `${applied.participants.length} applications; ${formatMessage(applied.phaseLabel.key, applied.phaseLabel.params, locale)}`,
  `${applied.participants.length} Bewerbungen; ${formatMessage(applied.phaseLabel.key, applied.phaseLabel.params, locale)}`,
);

// ── 3. Screening and onboarding ──────────────────────────────────────────────
let seq = 0;
function apply(personId: string, event: Record<string, unknown>): void {
  enrolments = enrolments.map((enrolment) => {
    if (enrolment.personId !== personId) return enrolment;
    const result = applyEnrolmentEvent(
      enrolment,
      { id: `${personId}-${++seq}`, ...event } as never,
      { program },
    );
    return must(result);
  });
}
for (const enrolment of [...enrolments]) {
  const { personId, side } = enrolment;
  if (personId === 'ole') {
    apply(personId, {
      type: 'screen',
      at: '2027-02-09T10:00:00+01:00',
      actor: coordinator,
      decision: 'declined',
      reason: 'Outside the programme’s region',
    });
    continue;
  }
  apply(personId, {
    type: 'screen',
    at: '2027-02-09T10:00:00+01:00',
    actor: coordinator,
    decision: 'accepted',
  });
  for (const requirement of ['training', 'rules-agreed', 'profile-complete']) {
    apply(personId, {
      type: 'meet-requirement',
      at: '2027-02-11T18:00:00+01:00',
      actor: { role: side, id: personId },
      requirement,
    });
  }
}
const screened = must(planRound(program, { round, now: '2027-02-15T09:00:00+01:00', enrolments }));
say(
  `Screened: ${screened.counts.mentee.ready} mentees and ${screened.counts.mentor.ready} mentors ready, ${screened.counts.mentee.declined} declined; matching due: ${screened.matchingDue}`,
  `Gesichtet: ${screened.counts.mentee.ready} Mentees und ${screened.counts.mentor.ready} Mentor:innen bereit, ${screened.counts.mentee.declined} abgelehnt; Zuordnung fällig: ${screened.matchingDue}`,
);

// ── 4. The round matched, staged for review ──────────────────────────────────
const matchedAt = '2027-02-15T09:00:00+01:00';
const staged = matchRound(
  program,
  { round, mentors, mentees, enrolments, relationships: [] },
  { now: matchedAt, by: coordinator },
);
for (const pair of staged.pairs) {
  say(
    `Proposed: ${pair.mentorId} → ${pair.menteeId} (${Math.round(pair.score * 100)} %)`,
    `Vorgeschlagen: ${pair.mentorId} → ${pair.menteeId} (${Math.round(pair.score * 100)} %)`,
  );
}
for (const left of staged.waitlist) {
  const why = formatMessage(left.explanation.key, left.explanation.params, locale);
  say(`Waitlisted: ${left.personId} — ${why}`, `Warteliste: ${left.personId} — ${why}`);
  if (left.side === 'mentee') {
    apply(left.personId, { type: 'waitlist', at: matchedAt, actor: coordinator });
  }
}

// The coordinator approves: each side's enrolment records the match.
for (const proposal of staged.proposals) {
  for (const [personId, partnerId] of [
    [proposal.mentorId, proposal.menteeId],
    [proposal.menteeId, proposal.mentorId],
  ] as const) {
    apply(personId, {
      type: 'match',
      at: matchedAt,
      actor: coordinator,
      relationshipId: proposal.id,
      partnerId,
    });
  }
}

// ── 5. Relationships started: both sides accept ──────────────────────────────
const relationships: Relationship[] = staged.proposals.map((proposal) => {
  let relationship = proposal;
  for (const [role, id, at] of [
    ['mentor', proposal.mentorId, '2027-02-16T12:00:00+01:00'],
    ['mentee', proposal.menteeId, '2027-02-16T19:00:00+01:00'],
  ] as const) {
    relationship = must(
      applyEvent(relationship, {
        type: 'accept',
        id: `${proposal.id}:accept-${role}`,
        at,
        actor: { role, id },
      }),
    );
  }
  for (const personId of [proposal.mentorId, proposal.menteeId]) {
    apply(personId, {
      type: 'relationship-started',
      at: '2027-02-16T19:00:00+01:00',
      actor: { role: 'system', id: 'mentorship-kit' },
      relationshipId: proposal.id,
    });
  }
  return relationship;
});
say(
  `Started: ${relationships.map((r) => `${r.mentorId}/${r.menteeId} (${formatMessage(`stage.${r.stage}`, {}, locale)})`).join(', ')}`,
  `Begonnen: ${relationships.map((r) => `${r.mentorId}/${r.menteeId} (${formatMessage(`stage.${r.stage}`, {}, locale)})`).join(', ')}`,
);

// ── 6. The first weeks: meetings found, held and recorded ────────────────────
// The weekly times each person gave at onboarding (in their own time zone).
const weekly: Record<string, WeeklySlot[]> = {
  ada: [{ day: 'tue', start: '17:00', end: '20:00' }],
  ben: [{ day: 'thu', start: '18:00', end: '21:00' }],
  sam: [{ day: 'tue', start: '18:30', end: '21:00' }],
  kim: [
    { day: 'mon', start: '18:00', end: '20:00' },
    { day: 'tue', start: '17:00', end: '19:00' },
  ],
  lou: [{ day: 'thu', start: '19:00', end: '22:00' }],
};
const available = (id: string) => ({ timeZone: 'Europe/Berlin', availability: weekly[id] ?? [] });
const firstWeeksEnd = '2027-03-09T23:00:00+01:00'; // records up to here; Ben and Lou part on 10 March
let eventSeq = 0;
function record(index: number, event: Record<string, unknown>): void {
  const relationship = relationships[index] as Relationship;
  relationships[index] = must(
    applyEvent(relationship, {
      id: `${relationship.id}:${++eventSeq}`,
      ...event,
    } as RelationshipEvent),
  );
}
const minutesAfter = (timestamp: string, minutes: number) =>
  new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();
relationships.forEach((started, index) => {
  const mentee = { role: 'mentee', id: started.menteeId } as const;
  const mentor = { role: 'mentor', id: started.mentorId } as const;
  const plannedAt = '2027-02-17T20:00:00+01:00';
  // The mentee drives: a goal with a first step, then two meetings every 14 days.
  record(index, {
    type: 'set-goal',
    at: plannedAt,
    actor: mentee,
    goal: {
      id: 'first-job',
      title: 'Land my first job in the ecosystem',
      plan: [{ id: 'role', title: 'Work out which role I want' }],
    },
  });
  const slots = suggestMeetingSlots(available(started.mentorId), available(started.menteeId), {
    now: plannedAt,
    durationMinutes: 60,
    count: 2,
    cadenceDays: 14,
    mode: 'series',
    program,
  });
  slots.forEach((slot, n) => {
    record(index, {
      type: 'schedule-meeting',
      at: plannedAt,
      actor: mentee,
      meetingId: `m${n + 1}`,
      startsAt: slot.startsAt,
      durationMinutes: 60,
      channel: 'video',
    });
  });
  if (slots.length > 0) {
    record(index, { type: 'begin-initiation', at: plannedAt, actor: mentee });
  }
  slots.forEach((slot, n) => {
    const meetingId = `m${n + 1}`;
    const ends = minutesAfter(slot.startsAt, 60);
    if (Date.parse(ends) > Date.parse(firstWeeksEnd)) return; // still ahead
    record(index, {
      type: 'send-agenda',
      // two days ahead, or right away for a meeting that soon
      at: minutesAfter(
        new Date(
          Math.max(Date.parse(plannedAt), Date.parse(slot.startsAt) - 2 * 86_400_000),
        ).toISOString(),
        1,
      ),
      actor: mentee,
      meetingId,
      agenda: { items: n === 0 ? ['Goals and ground rules', 'CV'] : ['Interview practice'] },
    });
    record(index, {
      type: 'record-meeting',
      at: ends,
      actor: mentee,
      meetingId,
      held: true,
      attendance: { mentor: { present: true }, mentee: { present: true, prepared: true } },
    });
    if (n === 0) {
      record(index, {
        type: 'record-agreement',
        at: minutesAfter(ends, 5),
        actor: mentee,
        agreement: {
          expectations: ['Honest feedback on applications'],
          groundRules: ['Cancel a day ahead at the latest'],
          goalIds: ['first-job'],
          cadenceDays: 14,
          channels: ['video'],
          confidentiality: true,
        },
      });
      record(index, { type: 'accept-agreement', at: minutesAfter(ends, 30), actor: mentor });
      record(index, { type: 'begin-cultivation', at: minutesAfter(ends, 31), actor: mentee });
    }
    record(index, {
      type: 'post-progress-update',
      at: minutesAfter(ends, 24 * 60),
      actor: mentee,
      updateId: `update-${n + 1}`,
      text: n === 0 ? 'Chose the role: backend developer' : 'Sent three applications',
      goalIds: ['first-job'],
    });
  });
  const done = relationships[index] as Relationship;
  say(
    `Meetings ${done.mentorId}/${done.menteeId}: ${done.meetings.map((m) => `${m.startsAt} (${m.status})`).join(', ')}`,
    `Treffen ${done.mentorId}/${done.menteeId}: ${done.meetings.map((m) => `${m.startsAt} (${m.status === 'held' ? 'gehalten' : 'geplant'})`).join(', ')}`,
  );
});
// One schedule as iCalendar, for the mentee's calendar app.
const adaSam = relationships.find((r) => r.menteeId === 'sam') as Relationship;
const ics = toICalendar(adaSam, {
  now: firstWeeksEnd,
  domain: 'mentoring.example.org',
  program,
  locale,
  mentee: { email: 'sam@example.org', name: 'Sam' },
});
say('Calendar of ada/sam (first lines):', 'Kalender von ada/sam (erste Zeilen):');
const icsLines = ics.split('\r\n');
const firstEvent = icsLines.slice(icsLines.indexOf('BEGIN:VEVENT'));
for (const line of firstEvent
  .filter((l) => /^(BEGIN:VEVENT|UID|DTSTART|SUMMARY|STATUS)/.test(l))
  .slice(0, 5)) {
  console.log(`  ${line}`);
}
say(
  `  … ${icsLines.filter((l) => l === 'BEGIN:VEVENT').length} meetings, ${ics.length} characters`,
  `  … ${icsLines.filter((l) => l === 'BEGIN:VEVENT').length} Treffen, ${ics.length} Zeichen`,
);

// ── 7. A month later: an early end, a new mentor, the waitlist ──────────────
const monthLater = '2027-03-15T09:00:00+01:00';
// Ben and Lou part early; Lou asks for a new mentor and gets priority.
const ended = relationships.findIndex((r) => r.mentorId === 'ben');
relationships[ended] = must(
  applyEvent(relationships[ended] as Relationship, {
    type: 'end-early',
    id: 'ben-lou:end',
    at: '2027-03-10T10:00:00+01:00',
    actor: coordinator,
    reason: 'Mentor moved abroad',
  }),
);
apply('lou', {
  type: 'relationship-ended',
  at: '2027-03-10T10:00:00+01:00',
  actor: coordinator,
  relationshipId: relationships[ended]?.id,
  rematch: true,
});
apply('lou', { type: 'waitlist', at: '2027-03-10T10:00:00+01:00', actor: coordinator });
apply('lou', {
  type: 'set-priority-flags',
  at: '2027-03-10T10:00:00+01:00',
  actor: coordinator,
  flags: ['rematch'],
});
// A new mentor joins between rounds (rolling enrolment: no round).
const cleo: MentorProfile = {
  ...person('cleo', ['en', 'de'], 12),
  expertise: ['networking', 'first-job'],
  role: 'engineering manager',
  capacity: 1,
};
mentors.push(cleo);
enrolments.push(
  must(
    replayEnrolment(
      [
        {
          type: 'apply',
          id: 'cleo-apply',
          at: '2027-03-01T18:00:00+01:00',
          actor: { role: 'mentor', id: 'cleo' },
          enrolmentId: 'enr-cleo',
          programId: program.id,
          personId: 'cleo',
          side: 'mentor',
        },
      ],
      { program },
    ),
  ),
);
apply('cleo', {
  type: 'screen',
  at: '2027-03-02T10:00:00+01:00',
  actor: coordinator,
  decision: 'accepted',
});
for (const requirement of ['training', 'rules-agreed', 'profile-complete']) {
  apply('cleo', {
    type: 'meet-requirement',
    at: '2027-03-04T18:00:00+01:00',
    actor: { role: 'mentor', id: 'cleo' },
    requirement,
  });
}

const list = waitlist(program, { enrolments, now: monthLater, side: 'mentee' });
for (const entry of list.entries) {
  const flag = entry.priority === undefined ? '' : ` [${entry.priority}]`;
  say(
    `Waitlist ${entry.position}. ${entry.personId}${flag}: ${entry.waitingDays} days`,
    `Warteliste ${entry.position}. ${entry.personId}${flag}: ${entry.waitingDays} Tage`,
  );
}

// ── 8. Rolling matching: a shortlist for Lou, the rest re-matched ───────────
const people = { mentors, mentees, enrolments, relationships };
const lists = shortlist(program, people, { now: monthLater, size: 2 });
for (const offer of lists.shortlists) {
  say(
    `Shortlist for ${offer.menteeId}: ${offer.offers.map((o) => o.mentorId).join(', ') || '–'}`,
    `Auswahlliste für ${offer.menteeId}: ${offer.offers.map((o) => o.mentorId).join(', ') || '–'}`,
  );
}
const choice = lists.shortlists.find((l) => l.menteeId === 'lou')?.offers[0];
if (choice !== undefined) {
  const chosen = must(
    chooseFromShortlist(program, lists, {
      menteeId: 'lou',
      mentorId: choice.mentorId,
      now: monthLater,
      relationships,
    }),
  );
  relationships.push(chosen);
  for (const [personId, partnerId] of [
    ['lou', chosen.mentorId],
    [chosen.mentorId, 'lou'],
  ] as const) {
    apply(personId, {
      type: 'match',
      at: monthLater,
      actor: coordinator,
      relationshipId: chosen.id,
      partnerId,
    });
  }
  say(
    `Lou chose ${chosen.mentorId} (never Ben again)`,
    `Lou hat ${chosen.mentorId} gewählt (nie wieder Ben)`,
  );
}
const rolling = rematch(
  program,
  { mentors, mentees, enrolments, relationships },
  { now: monthLater, by: coordinator },
);
for (const pair of rolling.pairs) {
  say(
    `Re-matched: ${pair.mentorId} → ${pair.menteeId}`,
    `Neu zugeordnet: ${pair.mentorId} → ${pair.menteeId}`,
  );
}
for (const left of rolling.waitlist) {
  const why = formatMessage(left.explanation.key, left.explanation.params, locale);
  say(`Still waiting: ${left.personId} — ${why}`, `Wartet weiter: ${left.personId} — ${why}`);
}

// ── 9. The report of the round ───────────────────────────────────────────────
const report = programReport([...relationships, ...rolling.proposals], {
  now: monthLater,
  program,
  rounds: [{ id: round.id, relationshipIds: staged.proposals.map((r) => r.id) }],
  enrolments,
  locale,
});
const queue = report.programme.waitlist;
say(
  `Waitlist: ${queue?.length ?? 0} waiting, median ${queue?.medianWaitingDays ?? '–'} days, longest ${queue?.longestWaitingDays ?? '–'} days`,
  `Warteliste: ${queue?.length ?? 0} wartend, Median ${queue?.medianWaitingDays ?? '–'} Tage, längste ${queue?.longestWaitingDays ?? '–'} Tage`,
);
for (const { month, health } of report.programme.healthByMonth) {
  say(
    `Health in ${month}: ${health['on-track']} on track, ${health['needs-check-in']} need a check-in, ${health['at-risk']} at risk, ${health['too-early']} too early, ${health.closed} closed`,
    `Zustand im ${month}: ${health['on-track']} auf Kurs, ${health['needs-check-in']} Nachfrage nötig, ${health['at-risk']} gefährdet, ${health['too-early']} zu früh, ${health.closed} abgeschlossen`,
  );
}
say(
  'Report of the round (CSV, figures that are not zero):',
  'Bericht der Runde (CSV, Werte ungleich null):',
);
const [header, ...rows] = report.rows;
console.log(header?.map((cell) => JSON.stringify(cell)).join(','));
for (const row of rows) {
  if (row[1] !== round.id || row[5] === 0 || row[5] === '') continue;
  console.log(row.map((cell) => JSON.stringify(cell)).join(','));
}
