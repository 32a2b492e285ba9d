// Matching a cohort from a CSV export (a spreadsheet or a form tool): parse
// the rows, validate each person with the library's parsers, report rows that
// are broken, then assign mentees to mentors and print the pairs with reasons.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assign,
  formatError,
  formatMessage,
  type MenteeProfile,
  type MentorProfile,
  parseMenteeProfile,
  parseMentorProfile,
} from '../src/index';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

const file = join(dirname(fileURLToPath(import.meta.url)), 'data', 'spring-export.csv');
const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
const words = (cell: string | undefined) => (cell ?? '').split(' ').filter(Boolean);

const mentors: MentorProfile[] = [];
const mentees: MenteeProfile[] = [];
rows.forEach((cells, index) => {
  const cell = (column: string) => cells[header.indexOf(column)] ?? '';
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
  const line = index + 2; // 1-based, after the header
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
});

const assignment = assign(mentors, mentees, { strategy: 'optimal', sameOrganization: 'veto' });
const names = new Map([...mentors, ...mentees].map((person) => [person.id, person.name]));
console.log(
  `\n${mentors.length} mentors, ${mentees.length} mentees read from ${file.split('/').pop()}`,
);
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
