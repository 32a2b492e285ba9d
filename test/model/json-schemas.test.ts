import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import mentees from '../../examples/data/mentees.json';
import mentors from '../../examples/data/mentors.json';
import program from '../../examples/data/program.json';
import { jsonSchemas } from '../../scripts/json-schemas';
import { mentor, proposeEvent, relationship } from './fixtures';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const schemas = jsonSchemas();
const validate = (name: keyof typeof schemas) => ajv.compile(schemas[name]);

describe('generated JSON Schemas', () => {
  it('accept the sample cohort', () => {
    const mentorSchema = validate('mentor-profile');
    const menteeSchema = validate('mentee-profile');
    for (const document of mentors)
      expect(mentorSchema(document), JSON.stringify(mentorSchema.errors)).toBe(true);
    for (const document of mentees)
      expect(menteeSchema(document), JSON.stringify(menteeSchema.errors)).toBe(true);
    expect(validate('program')(program)).toBe(true);
  });

  it('accept a relationship and an event', () => {
    expect(validate('relationship')(relationship)).toBe(true);
    expect(validate('relationship-event')(proposeEvent)).toBe(true);
  });

  it('accept null for an optional field, as the parsers do, but not for a required one', () => {
    const mentorSchema = validate('mentor-profile');
    expect(
      mentorSchema({ ...mentor, organization: null, availability: null }),
      JSON.stringify(mentorSchema.errors),
    ).toBe(true);
    expect(mentorSchema({ ...mentor, name: null })).toBe(false);
    expect(validate('relationship')({ ...relationship, startedAt: null, pause: null })).toBe(true);
  });

  it('reject control characters in labels, and allow line breaks in texts', () => {
    const mentorSchema = validate('mentor-profile');
    expect(mentorSchema({ ...mentor, name: 'Ada\nWeber' })).toBe(false);
    expect(mentorSchema({ ...mentor, name: 'Ada\u0000' })).toBe(false);
    expect(mentorSchema({ ...mentor, bio: 'Line one\r\nLine two\tand a tab' })).toBe(true);
    expect(mentorSchema({ ...mentor, bio: 'bell\u0007' })).toBe(false);
  });

  it('reject what the zod schemas reject structurally', () => {
    const mentorSchema = validate('mentor-profile');
    expect(mentorSchema({ ...mentor, capacity: -1 })).toBe(false);
    expect(mentorSchema({ ...mentor, nickname: 'x' })).toBe(false);
    expect(mentorSchema({ ...mentor, id: 'has space' })).toBe(false);
    expect(validate('relationship-event')({ ...proposeEvent, at: '2026-03-01T09:00:00' })).toBe(
      false,
    );
  });
});
