// Reads the sample cohort in examples/data/ through the library's parsers, so
// every example starts from validated, typed data.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatError,
  type Locale,
  type MenteeProfile,
  type MentorProfile,
  type Parser,
  type Program,
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
} from 'mentorship-kit';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
}

function parseAll<T>(parse: Parser<T>, inputs: unknown, what: string, locale: Locale): T[] {
  if (!Array.isArray(inputs)) throw new Error(`${what}: expected a JSON array`);
  return inputs.map((input, index) => {
    const result = parse(input);
    if (!result.ok) throw new Error(`${what}[${index}]\n${formatError(result.error, locale)}`);
    return result.value;
  });
}

/** The sample programme, its 12 mentors and 40 mentees, validated. */
export interface SampleCohort {
  program: Program;
  mentors: MentorProfile[];
  mentees: MenteeProfile[];
}

export function loadSampleCohort(locale: Locale = 'en'): SampleCohort {
  const [program] = parseAll(parseProgram, [readJson('program.json')], 'program.json', locale);
  if (program === undefined) throw new Error('program.json: no programme');
  return {
    program,
    mentors: parseAll(parseMentorProfile, readJson('mentors.json'), 'mentors.json', locale),
    mentees: parseAll(parseMenteeProfile, readJson('mentees.json'), 'mentees.json', locale),
  };
}
