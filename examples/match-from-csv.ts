// Matching a cohort from a CSV export (a spreadsheet or a form tool): read the
// rows with a real CSV parser, validate each person with the library's
// parsers, report the rows that are broken, then assign mentees to mentors and
// print the pairs with reasons.
//
//   npx tsx examples/match-from-csv.ts [export.csv]
//
// Spreadsheets export in more than one dialect: Excel writes a UTF-8 byte
// order mark and, in locales whose decimal separator is a comma (de, fr, es…),
// separates fields with ";". Quoted fields may hold the separator, quotes ("")
// and line breaks. csv-parse (npm install csv-parse) handles all of that; the
// separator is read from the header line.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  assign,
  formatError,
  formatMessage,
  type MenteeProfile,
  type MentorProfile,
  parseMenteeProfile,
  parseMentorProfile,
} from 'mentorship-kit';

/** One data row: the header's column names as keys, and the row's first line in the file. */
interface CsvRow {
  readonly cells: Readonly<Record<string, string>>;
  readonly line: number;
}

/** `;` when the header line has more semicolons than commas (Excel in many locales), else `,`. */
function detectDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(text: string): CsvRow[] {
  const records: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
    bom: true, // drop Excel's UTF-8 byte order mark, or the first column is named "\uFEFFkind"
    delimiter: detectDelimiter(text),
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
    info: true,
  });
  // info.lines is the line the record ENDS on; a quoted line break makes a record span lines.
  let nextLine = 2;
  return records.map(({ record, info }) => {
    const row = { cells: record, line: nextLine };
    nextLine = info.lines + 1;
    return row;
  });
}

const file =
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'data', 'spring-export.csv');
const words = (cell: string | undefined) => (cell ?? '').split(/[\s,]+/).filter(Boolean);

const mentors: MentorProfile[] = [];
const mentees: MenteeProfile[] = [];
for (const { cells, line } of readCsv(readFileSync(file, 'utf8'))) {
  const cell = (column: string) => cells[column] ?? '';
  const person = {
    schemaVersion: 1,
    id: cell('id'),
    name: cell('name'),
    languages: words(cell('languages')),
    timeZone: cell('time_zone'),
    channels: words(cell('channels')),
    yearsExperience: Number(cell('years')),
    ...(cell('organization') ? { organization: cell('organization') } : {}),
  };
  if (cell('kind') === 'mentor') {
    const result = parseMentorProfile({
      ...person,
      expertise: words(cell('topics')),
      role: cell('role'),
      capacity: Number(cell('capacity')),
    });
    if (result.ok) mentors.push(result.value);
    else console.log(`line ${line} skipped:\n${formatError(result.error, 'en')}`);
  } else {
    const result = parseMenteeProfile({
      ...person,
      interests: words(cell('topics')),
      ...(cell('role') ? { targetRole: cell('role') } : {}),
    });
    if (result.ok) mentees.push(result.value);
    else console.log(`line ${line} skipped:\n${formatError(result.error, 'en')}`);
  }
}

const assignment = assign(mentors, mentees, { strategy: 'optimal', sameOrganization: 'veto' });
const names = new Map([...mentors, ...mentees].map((person) => [person.id, person.name]));
console.log(`\n${mentors.length} mentors, ${mentees.length} mentees read from ${basename(file)}`);
for (const pair of assignment.pairs) {
  const best = [...pair.criteria].sort((a, b) => b.contribution - a.contribution)[0];
  const why =
    best === undefined ? '' : formatMessage(best.explanation.key, best.explanation.params);
  console.log(
    `${names.get(pair.menteeId)} → ${names.get(pair.mentorId)} (${(pair.score * 100).toFixed(0)} %): ${why}`,
  );
}
for (const unmatched of assignment.unmatched) {
  console.log(
    `${names.get(unmatched.menteeId)}: ${formatMessage(unmatched.explanation.key, unmatched.explanation.params)}`,
  );
}
console.log(
  `total ${assignment.totals.sum.toFixed(2)}, mean ${(assignment.totals.mean * 100).toFixed(0)} %`,
);
