import { describe, expect, it } from 'vitest';
import mentees from '../../examples/data/mentees.json';
import mentors from '../../examples/data/mentors.json';
import program from '../../examples/data/program.json';
import {
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  primaryLanguage,
} from '../../src/model';

describe('the sample cohort in examples/data', () => {
  it('parses cleanly: one programme, 12 mentors, 40 mentees', () => {
    expect(parseProgram(program).ok).toBe(true);
    expect(mentors.map((m) => parseMentorProfile(m).ok)).toEqual(mentors.map(() => true));
    expect(mentees.map((m) => parseMenteeProfile(m).ok)).toEqual(mentees.map(() => true));
    expect(mentors).toHaveLength(12);
    expect(mentees).toHaveLength(40);
  });

  it('spreads over several time zones and languages, with topics of the programme', () => {
    const zones = new Set([...mentors, ...mentees].map((person) => person.timeZone));
    const languages = new Set(
      [...mentors, ...mentees].flatMap((p) => p.languages.map(primaryLanguage)),
    );
    expect(zones.size).toBeGreaterThanOrEqual(6);
    expect(languages.has('de') && languages.has('en')).toBe(true);
    const topics = new Set(program.topics.map((topic) => topic.id));
    for (const mentee of mentees)
      for (const topic of mentee.interests) expect(topics.has(topic)).toBe(true);
    for (const mentor of mentors)
      for (const topic of mentor.expertise) expect(topics.has(topic)).toBe(true);
  });

  it('uses unique ids', () => {
    const ids = [...mentors, ...mentees].map((person) => person.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
