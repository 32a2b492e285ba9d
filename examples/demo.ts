// `npm run demo [-- --locale de]`: a tour of mentorship-kit on the sample
// cohort in examples/data/. Runs offline from a fresh clone after npm install.
import { type Locale, LocaleSchema } from '../src/index';
import { loadSampleCohort } from './support/load-sample-cohort';
import { renderTable } from './support/terminal-table';

const localeFlag = process.argv.indexOf('--locale');
const locale: Locale = LocaleSchema.catch('en').parse(
  localeFlag === -1 ? 'en' : process.argv[localeFlag + 1],
);
const text = {
  en: {
    title: 'mentorship-kit demo',
    cohort: 'The sample cohort',
    mentors: 'Mentors',
    mentees: 'Mentees',
    name: 'Name',
    zone: 'Time zone',
    languages: 'Languages',
    topics: 'Topics',
    role: 'Role',
    capacity: 'Places',
    years: 'Years',
    valid: 'all documents are valid',
  },
  de: {
    title: 'mentorship-kit – Demo',
    cohort: 'Die Beispiel-Kohorte',
    mentors: 'Mentor:innen',
    mentees: 'Mentees',
    name: 'Name',
    zone: 'Zeitzone',
    languages: 'Sprachen',
    topics: 'Themen',
    role: 'Rolle',
    capacity: 'Plätze',
    years: 'Jahre',
    valid: 'alle Dokumente sind gültig',
  },
}[locale];

const { program, mentors, mentees } = loadSampleCohort(locale);
const topics = (ids: readonly string[]) => ids.join(', ');

console.log(`${text.title}\n${'═'.repeat(text.title.length)}\n`);
console.log(
  `${text.cohort}: ${program.name} — ${mentors.length} ${text.mentors}, ${mentees.length} ${text.mentees} (${text.valid})\n`,
);
console.log(`${text.topics}\n`);
console.log(
  renderTable(
    ['id', text.topics],
    program.topics.map((t) => [t.id, t.label[locale]]),
  ),
);
console.log(`\n${text.mentors}\n`);
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
      topics(m.expertise),
    ]),
  ),
);
console.log(`\n${text.mentees}\n`);
console.log(
  renderTable(
    [text.name, text.role, text.zone, text.languages, text.topics],
    mentees.map((m) => [
      m.name,
      m.targetRole ?? '–',
      m.timeZone,
      m.languages.join(' '),
      topics(m.interests),
    ]),
  ),
);
