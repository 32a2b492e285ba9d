import { z } from 'zod';
import {
  MenteeProfileSchema,
  MentorProfileSchema,
  ProgramSchema,
  RelationshipEventSchema,
  RelationshipSchema,
} from '../src/model';

const documents = {
  'mentor-profile': MentorProfileSchema,
  'mentee-profile': MenteeProfileSchema,
  program: ProgramSchema,
  relationship: RelationshipSchema,
  'relationship-event': RelationshipEventSchema,
} as const;

/**
 * JSON Schemas (draft 2020-12) of the top-level documents, describing the
 * input a `parseX` function accepts. Checks that only code can express (a real
 * IANA zone, a calendar date, unique ids) are not in them; the schemas are a
 * first line of defence for apps in other languages.
 */
export function jsonSchemas(): Record<keyof typeof documents, Record<string, unknown>> {
  const entries = Object.entries(documents).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    return [name, { ...json, $id: `https://unpkg.com/mentorship-kit/schemas/${name}.schema.json` }];
  });
  return Object.fromEntries(entries) as Record<keyof typeof documents, Record<string, unknown>>;
}
