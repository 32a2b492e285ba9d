import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every program in examples/ runs to completion: an example that no longer
// works is a broken promise in the docs.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.ts'));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(file: string, args: readonly string[] = []): string {
  return execFileSync(tsx, [join('examples', file), ...args], { cwd: root, encoding: 'utf8' });
}

// The demo is the slowest example: each set of arguments runs once.
const demoRuns = new Map<string, string>();
function demo(...args: string[]): string {
  const key = args.join(' ');
  const cached = demoRuns.get(key);
  if (cached !== undefined) return cached;
  const output = run('demo.ts', args);
  demoRuns.set(key, output);
  return output;
}

describe('examples', () => {
  it('exist', () => {
    expect(examples).toContain('demo.ts');
    for (const file of [
      'validate-request-body.ts',
      'persist-relationship.ts',
      'match-from-csv.ts',
      'custom-criterion.ts',
      'custom-checklist-item.ts',
      'persist-in-postgres.ts',
      'validate-with-hono.ts',
    ]) {
      expect(examples).toContain(file);
    }
  });

  it.each(examples)('%s runs to completion', (file) => {
    expect(run(file).length).toBeGreaterThan(0);
  });

  it('run-a-round runs a round end to end, in English and in German', () => {
    const english = run('run-a-round.ts');
    expect(english).toContain('Proposed: ada → sam');
    expect(english).toContain('Lou chose cleo (never Ben again)');
    expect(english).toContain('Re-matched: ben → noa');
    expect(english).toContain(
      '"Round","spring-2027","ended_early","","Relationships ended early",1',
    );
    // meetings found in both weekly times, every 14 days, held and recorded
    expect(english).toContain(
      'Meetings ada/sam: 2027-02-23T18:30:00+01:00 (held), 2027-03-09T18:30:00+01:00 (held)',
    );
    expect(english).toContain('Meetings ben/lou: 2027-02-18T19:00:00+01:00 (held)');
    // one schedule as iCalendar
    expect(english).toContain('UID:m1.career-starters~ada~sam@mentoring.example.org');
    expect(english).toContain('DTSTART;TZID=Europe/Berlin:20270223T183000');
    expect(english).toContain('… 2 meetings');
    // the report's waitlist and health over time
    expect(english).toContain('Waitlist: 1 waiting, median 31.63 days, longest 31.63 days');
    expect(english).toContain('Health in 2027-02: 3 on track');
    expect(english).toContain('"Round","spring-2027","meetings_held","","Meetings held",6');
    expect(english).toContain(
      '"Round","spring-2027","waitlist_length","","People on the waitlist",1',
    );
    expect(english).toContain(
      '"Round","spring-2027","health_in_month","2027-03/closed","Health in 2027-03: closed",1',
    );
    const german = run('run-a-round.ts', ['--locale', 'de']);
    expect(german).toContain('Begonnen: ada/kim (Vorbereiten)');
    expect(german).toContain('SUMMARY:Mentoring-Treffen');
    expect(german).toContain('Warteliste: 1 wartend');
    expect(german).toContain(
      '"Runde","spring-2027","waitlist_length","","Personen auf der Warteliste",1',
    );
    expect(german).toContain('Bericht der Runde');
    expect(german).toContain('"Runde","spring-2027","relationships","","Beziehungen",3');
  });

  it('the demo speaks German with --locale de', () => {
    expect(demo('--locale', 'de')).toContain('Mentor:innen');
  });

  it('the demo negotiates any tag to the nearest language shipped', () => {
    const austrian = demo('--locale', 'de-AT');
    expect(austrian).toContain('Mentor:innen');
    expect(austrian).toContain('Anbahnen'); // the stage names of the German pack
    const french = demo('--locale=fr');
    expect(french).toContain('Mentorés');
    expect(french).toContain('Amorcer');
    const mexican = demo('--locale', 'es-MX');
    expect(mexican).toContain('Mentorados');
    expect(mexican).toContain('Cultivar');
    const unknown = demo('--locale', 'xx-YY');
    expect(unknown).toMatch(
      /^No texts for "xx-YY"; showing English\. Languages available: English, Deutsch, français, español\./,
    );
    expect(unknown).toContain('Cultivate');
  });

  it('the demo takes --locale de-DE, --locale=de and a POSIX de_DE.UTF-8 alike', () => {
    const german = demo('--locale', 'de-DE');
    expect(german).toContain('Mentor:innen');
    expect(german).not.toContain('No texts');
    const timeless = (output: string) => output.replace(/\d+ ms/, 'N ms');
    expect(timeless(demo('--locale=de'))).toBe(timeless(german));
    expect(demo('--locale=de_DE.UTF-8')).toContain('Mentor:innen');
  });

  it('the demo explains a malformed or missing --locale and runs in English', () => {
    const malformed = demo('--locale', 'de--x!');
    expect(malformed).toMatch(
      /^"de--x!" is not a language tag \(try --locale de-DE or --locale=fr\); showing English\./,
    );
    expect(malformed).toContain('Cultivate');
    expect(demo('--locale')).toMatch(/^--locale needs a language tag, e\.g\. --locale de-DE/);
    expect(demo('--locale=')).toMatch(/^--locale needs a language tag/);
    expect(demo('--locale', 'en-GB')).not.toContain('No texts');
  });

  // Text the demo itself prints (headings, column titles, roles, strategies,
  // dates and numbers) is translated: no English word of its own leaks into another language.
  it.each(['de', 'fr', 'es'])('the demo in %s shows no English label of its own', (language) => {
    const output = demo('--locale', language);
    for (const english of [
      'Time zone',
      'Languages',
      'Topics',
      'Top reasons',
      'Not matched',
      'Developer',
      'Business analyst',
      'greedy',
      'Lowest',
      'Checklist completion',
      'Next for the mentee',
      'English',
      'German',
    ])
      expect(output, english).not.toContain(english);
    // Roles in the people tables are translated (the matching reasons quote a profile's own text).
    expect(output).not.toMatch(
      /^\S+ \S+ +(developer|architect|business-analyst|consultant|administrator) /m,
    );
    expect(output).not.toMatch(/\d{4}-\d\d-\d\d/); // dates go through Intl, not raw ISO
  });

  it.each(['en', 'de', 'fr', 'es'])('the demo in %s fits 120 columns', (language) => {
    const output = demo('--locale', language);
    const wide = output.split('\n').filter((line) => [...line].length > 120);
    expect(wide).toEqual([]);
  });

  it('the request example accepts the good body and rejects the bad one with paths', () => {
    const output = run('validate-request-body.ts');
    expect(output).toMatch(/^201 /m);
    expect(output).toMatch(/^400 /m);
    expect(output).toContain('invalid_time_zone');
  });

  it('the persistence example restores and replays to the same document', () => {
    const output = run('persist-relationship.ts');
    expect(output).toContain('restored equals the original: true');
    expect(output).toContain('equals it too: true');
  });

  it('the CSV example skips the broken row and matches the rest', () => {
    const output = run('match-from-csv.ts');
    expect(output).toMatch(/line 12 skipped/);
    expect(output).toContain('Lena Schmidt → Ada Weber');
    expect(output).toContain('Ravi Kumar → Thompson, Grace'); // a quoted comma stays in its field
  });

  it('the CSV example reads an Excel export: UTF-8 BOM, ";" separators, CRLF, quoted fields', () => {
    const output = run('match-from-csv.ts', ['test/examples/fixtures/excel-semicolon-bom.csv']);
    // The BOM is not glued to the first column name, or no row would have a kind.
    expect(output).toContain('1 mentors, 2 mentees read from excel-semicolon-bom.csv');
    // Quoted fields keep the separator and doubled quotes.
    expect(output).toContain('Lena Schmidt → Weber; Ada');
    expect(output).toContain('Tom "TB" Becker → Weber; Ada');
    // A quoted line break is one field (the library refuses it in an organization),
    // and the line numbers after it still point at the right line.
    expect(output).toMatch(/line 3 skipped:\n.*\n- at organization: must be a single line/);
    expect(output).toMatch(/line 7 skipped:\n.*\n- at timeZone: "Vienna"/);
  });

  it('the CSV example reads a comma-separated export with a BOM and CRLF line ends', () => {
    const output = run('match-from-csv.ts', ['test/examples/fixtures/comma-bom-crlf.csv']);
    expect(output).toContain('4 mentors, 6 mentees read from comma-bom-crlf.csv');
    expect(output).toContain('Ravi Kumar → Thompson, Grace');
    expect(output).toMatch(/line 12 skipped/);
  });

  it('the Postgres example: jsonb documents, an append-only log, a lost race retried', () => {
    const output = run('persist-in-postgres.ts');
    expect(output).toContain('both writers read version 3');
    expect(output).toContain("mentee's set-goal: saved");
    expect(output).toContain('e4: conflict at version 3, reloading and retrying');
    expect(output).toContain("mentor's schedule-meeting: saved after a retry");
    expect(output).toContain('a write from the stale version: conflict');
    expect(output).toContain('stored version 5, 5 events in the log');
    expect(output).toContain('replayed log equals the stored document: true');
    expect(output).toContain('deleting from the log: refused (relationship_events is append-only)');
  });

  it("the Hono example validates through ~standard and keeps the library's paths and codes", () => {
    const output = run('validate-with-hono.ts');
    expect(output).toMatch(/^201 /m);
    expect(output).toMatch(/^400 /m);
    const body = JSON.parse(
      output.slice(output.indexOf('400 ') + 4, output.indexOf('\npaths and codes')),
    );
    expect(body.message).toContain('bei timeZone'); // Accept-Language: de-DE
    expect(body.issues).toContainEqual({ path: ['timeZone'], code: 'invalid_time_zone' });
    expect(body.issues).toContainEqual({ path: ['languages', 0], code: 'invalid_language_tag' });
    expect(body.issues).toContainEqual({ path: [], code: 'unrecognized_keys' });
    expect(output).toContain('paths and codes through ~standard match parseMenteeProfile: true');
  });

  it('imports the package by its name, as a copied example would', () => {
    for (const file of examples) {
      const source = readFileSync(join(root, 'examples', file), 'utf8');
      expect(source, file).not.toMatch(/from '\.\.\/src/);
    }
  });

  it('the custom criterion shows up in the explanation', () => {
    expect(run('custom-criterion.ts')).toMatch(/Seasoned mentor for a career change: \d+ years/);
  });

  it('the custom checklist items change status over time', () => {
    const output = run('custom-checklist-item.ts');
    expect(output).toContain('Lebenslauf in einem Termin besprochen: done (meeting:m2)');
    expect(output).toContain('Mindestens zweimal im Monat treffen: overdue');
  });
});
