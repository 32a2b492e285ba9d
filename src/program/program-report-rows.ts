// The report as CSV-ready rows: one tidy row per figure, so a sponsor's
// spreadsheet can filter and pivot it, with stable metric ids beside the
// description in the reader's language.
import type { MessageKey } from '../i18n/catalog';
import type { MessageParams } from '../i18n/format-message';
import type { Locale } from '../i18n/locale';
import { formatProgramMessage, type ProgramMessageKey } from '../i18n/scoped-format';
import type { ReportSection, RoundReport } from './program-report';

/**
 * A cell of a CSV row: text or a number (`''` where a figure has no value).
 *
 * @example
 * ```ts
 * const quote = (cell: CsvCell) => (typeof cell === 'number' ? String(cell) : `"${cell.replaceAll('"', '""')}"`);
 * ```
 */
export type CsvCell = string | number;

const roles = ['mentor', 'mentee'] as const;
const outcomes = [
  ['achieved', 'achieved'],
  ['partly', 'partly'],
  ['not-achieved', 'notAchieved'],
] as const;

function sectionRows(
  scope: 'programme' | 'round',
  scopeId: string,
  s: ReportSection,
  locale: Locale | undefined,
): CsvCell[][] {
  const scopeLabel = formatProgramMessage('program.report.scope', { scope }, locale);
  const rows: CsvCell[][] = [];
  const add = (
    metric: string,
    breakdown: string,
    key: ProgramMessageKey,
    params: MessageParams,
    value: number | undefined,
  ) => {
    rows.push([
      scopeLabel,
      scopeId,
      metric,
      breakdown,
      formatProgramMessage(key, params, locale),
      value ?? '',
    ]);
  };
  add('relationships', '', 'program.report.relationships', {}, s.relationships);
  for (const [stage, count] of Object.entries(s.stages)) {
    add(
      'stage',
      stage,
      'program.report.stage',
      { stage: { key: `stage.${stage}` as MessageKey } },
      count,
    );
  }
  add('proposals', '', 'program.report.proposals', {}, s.matching.proposals);
  add('accepted', '', 'program.report.accepted', {}, s.matching.accepted);
  add('pending', '', 'program.report.pending', {}, s.matching.pending);
  add('match_rate', '', 'program.report.match_rate', {}, s.matching.matchRate);
  const first = s.firstMeeting;
  add('first_meeting_measured', '', 'program.report.first_meeting_measured', {}, first.measured);
  add('first_meeting_waiting', '', 'program.report.first_meeting_waiting', {}, first.waiting);
  add(
    'first_meeting_median_days',
    '',
    'program.report.first_meeting_median_days',
    {},
    first.medianDays,
  );
  add('first_meeting_p90_days', '', 'program.report.first_meeting_p90_days', {}, first.p90Days);
  add('meetings_held', '', 'program.report.meetings_held', {}, s.meetings.held);
  add(
    'meetings_per_relationship',
    '',
    'program.report.meetings_per_relationship',
    {},
    s.meetings.perStartedRelationship,
  );
  for (const { month, held } of s.meetings.byMonth) {
    add('meetings_in_month', month, 'program.report.meetings_in_month', { month }, held);
  }
  for (const role of roles) {
    const d = s.duties[role];
    const params = { role: { key: `role.${role}` as MessageKey } };
    add('duties_done', role, 'program.report.duties_done', params, d.done);
    add('duties_due', role, 'program.report.duties_due', params, d.due);
    add('duties_total', role, 'program.report.duties_total', params, d.total);
    add('duties_rate', role, 'program.report.duties_rate', params, d.doneOfDue);
  }
  for (const [status, count] of Object.entries(s.health)) {
    add('health', status, 'program.report.health', { status }, count);
  }
  for (const { month, health } of s.healthByMonth) {
    for (const [status, count] of Object.entries(health)) {
      add(
        'health_in_month',
        `${month}/${status}`,
        'program.report.health_in_month',
        { month, status },
        count,
      );
    }
  }
  add('completed', '', 'program.report.completed', {}, s.closure.completed);
  add('ended_early', '', 'program.report.ended_early', {}, s.closure.endedEarly);
  for (const { reason, count } of s.closure.earlyEndReasons) {
    add('early_end_reason', reason, 'program.report.early_end_reason', { reason }, count);
  }
  add('evaluated', '', 'program.report.evaluated', {}, s.evaluations.evaluated);
  for (const [outcome, field] of outcomes) {
    add('goals', outcome, 'program.report.goals', { outcome }, s.evaluations.goals[field]);
  }
  const w = s.waitlist;
  if (w !== undefined) {
    add('waitlist_length', '', 'program.report.waitlist_length', {}, w.length);
    add('waitlist_mentors', '', 'program.report.waitlist_mentors', {}, w.mentors);
    add('waitlist_mentees', '', 'program.report.waitlist_mentees', {}, w.mentees);
    add('waitlist_paused', '', 'program.report.waitlist_paused', {}, w.paused);
    for (const { flag, count } of w.byPriority) {
      add('waitlist_priority', flag, 'program.report.waitlist_priority', { flag }, count);
    }
    add('waitlist_median_days', '', 'program.report.waitlist_median_days', {}, w.medianWaitingDays);
    add(
      'waitlist_longest_days',
      '',
      'program.report.waitlist_longest_days',
      {},
      w.longestWaitingDays,
    );
  }
  return rows;
}

/** The header row and every figure of the programme and its rounds, in the locale's language. */
export function reportRows(
  programId: string,
  programme: ReportSection,
  rounds: readonly RoundReport[],
  failed: number,
  failedEnrolments: number | undefined,
  locale: Locale | undefined,
): CsvCell[][] {
  const column = (name: string) =>
    formatProgramMessage(`program.report.column.${name}` as ProgramMessageKey, {}, locale);
  const rows: CsvCell[][] = [
    ['scope', 'scope_id', 'metric', 'breakdown', 'label', 'value'].map(column),
    ...sectionRows('programme', programId, programme, locale),
  ];
  rows.push([
    formatProgramMessage('program.report.scope', { scope: 'programme' }, locale),
    programId,
    'failed',
    '',
    formatProgramMessage('program.report.failed', {}, locale),
    failed,
  ]);
  if (failedEnrolments !== undefined) {
    rows.push([
      formatProgramMessage('program.report.scope', { scope: 'programme' }, locale),
      programId,
      'failed_enrolments',
      '',
      formatProgramMessage('program.report.failed_enrolments', {}, locale),
      failedEnrolments,
    ]);
  }
  for (const round of rounds) rows.push(...sectionRows('round', round.roundId, round, locale));
  return rows;
}
