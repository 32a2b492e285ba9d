// Regression tests of issue #10 for the checklists: options validated at the
// door, one error family, timestamps in the programme's offset, closed
// health, honest completion, texts through the locale, frozen outputs.
// Through the public entries, as an app imports them.
import { describe, expect, it } from 'vitest';
import {
  assessRoles,
  ChecklistOptionsSchema,
  type CodedChecklistItem,
  defineChecklistItem,
  evaluateChecklist,
  HealthOptionsSchema,
  programHealth,
  relationshipHealth,
  responsibilityCatalog,
} from '../../src/checklists';
import { defineLocalePack, formatMessage, messages } from '../../src/i18n';
import { de } from '../../src/i18n/locales/de';
import { checklistsMessagesEs } from '../../src/i18n/locales/es/checklists';
import { checklistsMessagesFr } from '../../src/i18n/locales/fr/checklists';
import {
  InvalidOptionsError,
  isTimestamp,
  MentorshipKitError,
  type Relationship,
} from '../../src/model';
import { day, relationship } from './builder';
import { item } from './helpers';

// French and Spanish texts of this module on top of English, so these tests do
// not wait for every other module's translation (the full packs are the lead's).
const fr = defineLocalePack({
  tag: 'fr',
  name: 'Français',
  messages: { ...messages, ...checklistsMessagesFr },
});
const es = defineLocalePack({
  tag: 'es',
  name: 'Español',
  messages: { ...messages, ...checklistsMessagesEs },
});

/** Prepared, initiated on day 3, first meeting day 7, cultivating from day 8, cadence 14 days. */
const cultivating = () =>
  relationship()
    .selfInventory('mentee', day(1))
    .selfInventory('mentor', day(2))
    .goal('g1', day(2), [{ id: 's1' }])
    .stage('initiating', day(3))
    .meeting('m1', { startsAt: day(7), agendaAt: day(5), attendance: {} })
    .agreement(day(7, 19))
    .stage('cultivating', day(8));

/** What a call threw, or undefined. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The issues of an InvalidOptionsError as [path, code] pairs; fails on any other outcome. */
function optionIssues(call: () => unknown): [readonly (string | number)[], string][] {
  const error = thrown(call);
  expect(error).toBeInstanceOf(InvalidOptionsError);
  return (error as InvalidOptionsError).issues.map((issue) => [issue.path, issue.code]);
}

/** Every timestamp a report wrote (dueAt, asOf). */
function writtenTimes(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'dueAt' || key === 'asOf') && typeof child === 'string') found.push(child);
      else writtenTimes(child, found);
    }
  }
  return found;
}

describe('options are validated at the door', () => {
  const r = cultivating().build();
  const now = day(10);

  it('refuses a role with a stray space instead of returning no actions', () => {
    // Before: `role: 'mentor '` matched no item and silently listed nothing to do.
    expect(optionIssues(() => evaluateChecklist(r, { role: 'mentor ' as 'mentor', now }))).toEqual([
      [['role'], 'invalid_value'],
    ]);
  });

  it('reports typos and unknown keys, and a Date where a timestamp belongs, with their path', () => {
    const typo = { role: 'mentee', now, locales: 'de' } as never;
    expect(optionIssues(() => evaluateChecklist(r, typo))).toEqual([[[], 'unrecognized_keys']]);
    expect(optionIssues(() => relationshipHealth(r, { now, program: 'x' } as never))).toEqual([
      [['program'], 'invalid_type'],
    ]);
    const date = { now: new Date() as unknown as string };
    expect(optionIssues(() => relationshipHealth(r, date))[0]?.[0]).toEqual(['now']);
    expect(HealthOptionsSchema.safeParse({ now, typo: 1 }).success).toBe(false);
    expect(ChecklistOptionsSchema.safeParse({ role: 'admin', now }).success).toBe(true);
  });

  it('takes the programme as a ProgramRef, checking its settings', () => {
    expect(
      optionIssues(() =>
        evaluateChecklist(r, { role: 'mentee', now, program: { settings: {} } as never }),
      ),
    ).toEqual([[['program', 'id'], 'invalid_type']]);
    expect(
      optionIssues(() =>
        relationshipHealth(r, {
          now,
          program: { id: 'p', settings: { meetingCadenceDays: 0 } },
        }),
      ),
    ).toEqual([[['program', 'settings', 'meetingCadenceDays'], 'too_small']]);
  });

  it('throws only InvalidOptionsError for options that are not an object at all', () => {
    for (const options of [undefined, null, 'mentee', 42, [], () => 1]) {
      expect(thrown(() => evaluateChecklist(r, options as never))).toBeInstanceOf(
        InvalidOptionsError,
      );
      expect(thrown(() => relationshipHealth(r, options as never))).toBeInstanceOf(
        InvalidOptionsError,
      );
      expect(thrown(() => programHealth([r], options as never))).toBeInstanceOf(
        InvalidOptionsError,
      );
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(thrown(() => evaluateChecklist(r, hostile as never))).toBeInstanceOf(
      InvalidOptionsError,
    );
    expect(thrown(() => assessRoles({}, hostile as never))).toBeInstanceOf(InvalidOptionsError);
  });

  it('honours every programme setting that applies, with defaults for the rest', () => {
    const noAgreement = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), attendance: {} })
      .build();
    const weekly = { id: 'career-starters', settings: { meetingCadenceDays: 7 } };
    expect(
      evaluateChecklist(noAgreement, { role: 'mentee', now, program: weekly }).cadenceDays,
    ).toBe(7);
    expect(relationshipHealth(noAgreement, { now: day(18), program: weekly }).status).toBe(
      'needs-check-in',
    );
    // Only the lead time given: the cadence keeps its default of 14 days.
    const leadTime = { id: 'career-starters', settings: { agendaLeadTimeHours: 72 } };
    const report = evaluateChecklist(
      cultivating()
        .meeting('m2', { startsAt: day(21), agendaAt: day(19) })
        .build(),
      { role: 'mentee', now: day(18, 19), program: leadTime },
    );
    expect(report.cadenceDays).toBe(14);
    expect(item(report, 'mentee.send-agenda')).toMatchObject({ status: 'overdue', dueAt: day(18) });
  });

  it('validates what a coded item returns, and lets the item’s own errors through', () => {
    const badStatus = defineChecklistItem({
      id: 'acme.bad',
      label: { en: 'Bad' },
      responsible: 'both',
      stages: ['cultivating'],
      frequency: 'once',
      evaluate: () => ({ status: 'finished' as 'done' }),
    });
    expect(
      optionIssues(() => evaluateChecklist(r, { role: 'mentee', now, items: [badStatus] })),
    ).toEqual([[['items', 0, 'evaluate', 'status'], 'invalid_value']]);
    const own = new Error('database down');
    const throwing: CodedChecklistItem = {
      ...badStatus,
      evaluate: () => {
        throw own;
      },
    };
    expect(thrown(() => evaluateChecklist(r, { role: 'mentee', now, items: [throwing] }))).toBe(
      own,
    );
    const notAFunction = { ...badStatus, evaluate: 'soon' } as never;
    expect(
      optionIssues(() => evaluateChecklist(r, { role: 'mentee', now, items: [notAFunction] })),
    ).toEqual([[['items', 0, 'evaluate'], 'invalid_type']]);
  });

  it('checks a coded item where it is declared, copying instead of freezing it', () => {
    const declared = {
      id: 'acme.x',
      label: { en: 'X' },
      responsible: 'both' as const,
      stages: ['cultivating' as const],
      frequency: 'once' as const,
      evaluate: () => ({ status: 'open' as const }),
    };
    const defined = defineChecklistItem(declared);
    expect(Object.isFrozen(defined) && Object.isFrozen(defined.label)).toBe(true);
    expect(Object.isFrozen(declared) || Object.isFrozen(declared.label)).toBe(false);
    expect(optionIssues(() => defineChecklistItem({ ...declared, stages: [] }))).toEqual([
      [['stages'], 'too_small'],
    ]);
    expect(optionIssues(() => defineChecklistItem({ ...declared, label: {} as never }))).toEqual([
      [['label', 'en'], 'invalid_type'],
    ]);
  });

  it('refuses a batch that is not a list, and reports each bad document in it', () => {
    expect(optionIssues(() => programHealth(null as never, { now }))).toEqual([
      [['relationships'], 'invalid_type'],
    ]);
    const overview = programHealth([null, 7, r] as never, { now });
    expect(overview.failed.map((failure) => failure.index)).toEqual([0, 1]);
    expect(overview.counts['on-track'] + overview.counts['too-early']).toBe(1);
  });

  it('explains a document that is not a relationship instead of crashing with a TypeError', () => {
    const broken = { ...cultivating().raw(), meetings: null } as unknown as Relationship;
    for (const call of [
      () => evaluateChecklist(broken, { role: 'mentee', now }),
      () => relationshipHealth(broken, { now }),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(MentorshipKitError);
      expect(error).toMatchObject({ code: 'validation_failed' });
      expect((error as MentorshipKitError).issues?.map((issue) => issue.path)).toContainEqual([
        'meetings',
      ]);
    }
  });
});

describe('computed timestamps keep the offset of the inputs', () => {
  const r = cultivating()
    .meeting('m2', { startsAt: day(21) })
    .build();

  it('writes deadlines in the offset of now, without milliseconds', () => {
    // Before: 2026-03-22T18:00:00.000Z although now was written in +02:00.
    const report = evaluateChecklist(r, { role: 'mentee', now: '2026-03-21T10:00:00+02:00' });
    const agenda = item(report, 'mentee.send-agenda');
    expect(agenda.dueAt).toBe('2026-03-22T20:00:00+02:00');
    expect(Date.parse(agenda.dueAt ?? '')).toBe(Date.parse(day(20)));
    expect(report.asOf).toBe('2026-03-21T10:00:00+02:00');
    expect(report.now).toBe('2026-03-21T10:00:00+02:00');
    expect(relationshipHealth(r, { now: '2026-03-21T03:00:00-05:00' }).asOf).toBe(
      '2026-03-21T03:00:00-05:00',
    );
  });

  it('writes them in the programme’s time zone when it has one, summer time included', () => {
    const program = { id: 'career-starters', timeZone: 'Europe/Berlin' };
    const report = evaluateChecklist(r, { role: 'mentee', now: '2026-03-21T09:00:00Z', program });
    // 22 March: winter time (+01:00); 7 April, after the switch on 29 March: summer time (+02:00).
    expect(item(report, 'mentee.send-agenda').dueAt).toBe('2026-03-22T19:00:00+01:00');
    expect(report.asOf).toBe('2026-03-21T10:00:00+01:00');
    const afterSwitch = cultivating()
      .meeting('m2', { startsAt: day(35) })
      .build();
    const later = evaluateChecklist(afterSwitch, { role: 'mentee', now: day(25), program });
    expect(item(later, 'mentee.set-meeting-dates').dueAt).toBe('2026-04-06T20:00:00+02:00');
    expect(relationshipHealth(r, { now: day(25), program }).asOf).toBe('2026-03-27T19:00:00+01:00');
  });

  it('bounds the moments it writes to what a timestamp can hold (clamped, documented)', () => {
    // Before: now late in 9999 gave asOf "+010000-01-01T11:59:00.000Z", which the schema rejects.
    const now = '9999-12-31T23:59:00-12:00';
    const report = evaluateChecklist(r, { role: 'admin', now });
    expect(report.asOf).toBe(now);
    const kiritimati = { id: 'career-starters', timeZone: 'Pacific/Kiritimati' }; // +14:00
    const zoned = evaluateChecklist(r, { role: 'admin', now, program: kiritimati });
    expect(zoned.asOf).toBe('9999-12-31T23:59:59.999+14:00');
    const health = relationshipHealth(r, { now, program: kiritimati });
    for (const written of [
      ...writtenTimes(report),
      ...writtenTimes(zoned),
      ...writtenTimes(health),
    ]) {
      expect(isTimestamp(written), written).toBe(true);
    }
    expect(writtenTimes(zoned).length).toBeGreaterThan(5);
  });
});

describe('health of a relationship that is over', () => {
  it('is closed with its stage as the reason, never at risk', () => {
    // Before: "at risk — no meeting held for 28 days" for a completed relationship.
    const completed = cultivating()
      .stage('evaluating', day(30))
      .evaluation('ev1', day(31))
      .close('completed', day(60))
      .build();
    const report = relationshipHealth(completed, { now: day(90), locale: de });
    expect(report.status).toBe('closed');
    expect(report.reasons).toHaveLength(1);
    expect(report.reasons[0]).toMatchObject({
      code: 'closed',
      level: 'info',
      params: { stage: { key: 'stage.completed' } },
      message: 'Nicht mehr aktiv (Phase: Abgeschlossen)',
    });
    for (const stage of ['declined', 'withdrawn', 'expired', 'invalidated'] as const) {
      const never = relationship({ started: false }).setStage(stage).build();
      expect(relationshipHealth(never, { now: day(40) }).status).toBe('closed');
    }
  });

  it('lets programHealth report a bad document per item instead of aborting the batch', () => {
    const good = cultivating().build();
    const broken = { ...cultivating().raw(), id: 'rel-broken', meetings: 'none' };
    const overview = programHealth([good, broken as unknown as Relationship, good], {
      now: day(10),
    });
    expect(overview.total).toBe(3);
    expect(overview.counts['on-track']).toBe(2);
    expect(overview.failed).toHaveLength(1);
    expect(overview.failed[0]).toMatchObject({ index: 1, relationshipId: 'rel-broken' });
    expect(overview.failed[0]?.error.issues.map((issue) => issue.path)).toContainEqual([
      'meetings',
    ]);
  });
});

describe('completion that means what it says', () => {
  it('has no ratio when nothing applies, and counts done of due and done of all', () => {
    const proposed = relationship({ started: false }).build();
    const fresh = evaluateChecklist(proposed, { role: 'mentee', now: day(0) });
    // Before: 0 of 0 with ratio 1, a "100 %" for a proposal nobody has answered.
    expect(fresh.completion.mentee).toEqual({ done: 0, due: 0, total: 0 });
    const report = evaluateChecklist(cultivating().build(), { role: 'mentee', now: day(40) });
    const { done, due, total, doneOfDue, doneOfAll } = report.completion.mentee;
    expect(done).toBeGreaterThan(0);
    expect(due).toBeGreaterThan(done); // progress updates and meetings are overdue by day 40
    expect(total).toBeGreaterThan(due);
    expect(doneOfDue).toBe(done / due);
    expect(doneOfAll).toBe(done / total);
  });
});

describe('texts through the locale', () => {
  const r = cultivating().build();

  it('counts with plurals, in every language', () => {
    const daily = relationship()
      .stage('initiating', day(3))
      .meeting('m1', { startsAt: day(7), attendance: {} })
      .actionItem('a1', { createdAt: day(7, 19), dueAt: day(8) })
      .build();
    const program = { id: 'career-starters', settings: { meetingCadenceDays: 1 } };
    const messagesIn = (locale: typeof de | string) =>
      relationshipHealth(daily, { now: day(9, 6), program, locale }).reasons.map(
        (reason) => reason.message,
      );
    // Before: "No meeting held for 1 days (rhythm: every 1 days)", "1 follow-up task(s)".
    expect(messagesIn('en')).toEqual([
      'No meeting held for 1 day (rhythm: every day)',
      '1 follow-up task is past the due date',
      'No agenda in time for 1 recent meeting',
    ]);
    expect(messagesIn(de)).toEqual([
      'Seit 1 Tag kein Treffen (Rhythmus: täglich)',
      '1 Folgeaufgabe ist über der Frist',
      'Für eines der letzten Treffen kam die Agenda nicht rechtzeitig',
    ]);
    expect(messagesIn(fr)[0]).toBe('Aucune rencontre depuis 1 jour (rythme : chaque jour)');
    expect(messagesIn(es)[0]).toBe('Sin reuniones desde hace 1 día (ritmo: cada día)');
    const later = relationshipHealth(daily, { now: day(10, 18), program, locale: es });
    expect(later.reasons[0]?.message).toBe('Sin reuniones desde hace 3 días (ritmo: cada día)');
  });

  it('labels the catalogue in German, French and Spanish, and English for any other tag', () => {
    const now = day(10);
    const label = (locale: unknown) =>
      item(evaluateChecklist(r, { role: 'mentee', now, locale: locale as string }), 'prepare.goal')
        .label;
    expect(label(de)).toBe('Ein klares Ziel benennen');
    expect(label(fr)).toBe('Formuler un objectif clair');
    expect(label(es)).toBe('Definir una meta clara');
    for (const tag of ['en-GB', 'de-AT', 'xx', '', 'not a tag', '\u0000'])
      expect(label(tag)).toBe('Name one clear goal');
  });

  it('picks a custom item’s label for the reader, falling back to English', () => {
    const cv = defineChecklistItem({
      id: 'acme.cv-reviewed',
      label: { en: 'CV reviewed', de: 'Lebenslauf durchgesehen', fr: 'CV relu' },
      responsible: 'mentor',
      stages: ['cultivating'],
      frequency: 'once',
      evaluate: () => ({ status: 'open' }),
    });
    const label = (locale: typeof de | string) =>
      item(evaluateChecklist(r, { role: 'mentor', now: day(10), locale, items: [cv] }), cv.id)
        .label;
    expect(label(de)).toBe('Lebenslauf durchgesehen');
    expect(label(fr)).toBe('CV relu');
    expect(label(es)).toBe('CV reviewed');
    // A tag without a pack renders the whole report in English, the custom label too.
    expect(label('de-AT')).toBe('CV reviewed');
    expect(
      optionIssues(() =>
        evaluateChecklist(r, {
          role: 'mentor',
          now: day(10),
          items: [{ ...cv, label: { de: 'Nur Deutsch' } as never }],
        }),
      ),
    ).toEqual([[['items', 0, 'label', 'en'], 'invalid_type']]);
  });

  it('names stages, not their ids, and shows a pause as a date', () => {
    const paused = cultivating().pause(day(10)).build();
    const reason = relationshipHealth(paused, { now: day(12), locale: fr }).reasons.find(
      (candidate) => candidate.code === 'paused',
    );
    expect(reason?.message).toBe('En pause depuis le 2026-03-12 ; l’horloge est arrêtée');
    const ended = cultivating().close('ended', day(20)).build();
    const closed = relationshipHealth(ended, { now: day(30) }).reasons[0];
    expect(closed?.message).toBe('No longer running (stage: Ended early)');
    expect(closed && formatMessage(closed.messageKey, closed.params, de)).toBe(
      'Nicht mehr aktiv (Phase: Vorzeitig beendet)',
    );
  });
});

describe('frozen outputs, untouched inputs', () => {
  it('deep-freezes every output and neither changes nor freezes what it was given', () => {
    const input = structuredClone(cultivating().build()) as Relationship;
    const before = JSON.stringify(input);
    const items = [
      {
        id: 'acme.meet',
        rule: 'meetings-per-period' as const,
        minMeetings: 1,
        periodDays: 14,
        responsible: 'both' as const,
        label: { en: 'Meet', de: 'Treffen' },
      },
      {
        id: 'acme.coded',
        label: { en: 'Coded' },
        responsible: 'mentee' as const,
        stages: ['cultivating' as const],
        frequency: 'once' as const,
        evaluate: () => ({
          status: 'done' as const,
          evidence: [{ kind: 'meeting' as const, id: 'm1' }],
        }),
      },
    ];
    const program = { id: 'career-starters', settings: { meetingCadenceDays: 10 } };
    const options = { role: 'admin' as const, now: day(12), items, program };
    const outputs = [
      evaluateChecklist(input, options),
      relationshipHealth(input, { now: day(12), program }),
      programHealth([input], { now: day(12), program }),
      assessRoles(
        Object.fromEntries(
          responsibilityCatalog.menteeRoles.flatMap((role) =>
            role.behaviours.map((behaviour) => [behaviour.id, 3]),
          ),
        ),
      ),
    ];
    const walk = (value: unknown, check: (object: object) => void, seen = new Set<object>()) => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      check(value);
      for (const child of Object.values(value)) walk(child, check, seen);
    };
    for (const output of outputs)
      walk(output, (object) => expect(Object.isFrozen(object)).toBe(true));
    for (const given of [input, options, items, program])
      walk(given, (object) => expect(Object.isFrozen(object)).toBe(false));
    expect(JSON.stringify(input)).toBe(before);
    expect(items[0]).not.toHaveProperty('stages'); // the default was not written into the caller's item
  });
});
