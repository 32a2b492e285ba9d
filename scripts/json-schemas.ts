import * as z from 'zod';
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

type JsonSchema = { [key: string]: unknown };

/**
 * Lets every optional property of every object be `null` as well, as the
 * parsers do (a database row carries `null` for an absent field).
 */
function nullableOptionals(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableOptionals);
  if (typeof node !== 'object' || node === null) return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, nullableOptionals(value)]),
  ) as JsonSchema;
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (schema.type === 'object' && properties !== undefined) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    schema.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [
        key,
        required.has(key) ? value : { anyOf: [value, { type: 'null' }] },
      ]),
    );
  }
  return schema;
}

/**
 * JSON Schemas (draft 2020-12) of the top-level documents, describing the
 * input a `parseX` function accepts (`null` for an optional field included).
 * Checks that only code can express (a real IANA zone, a calendar date, unique
 * ids, storable strings) are not in them; the schemas are a first line of
 * defence for apps in other languages.
 */
export function jsonSchemas(): Record<keyof typeof documents, Record<string, unknown>> {
  const entries = Object.entries(documents).map(([name, schema]) => {
    const json = nullableOptionals(
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    ) as JsonSchema;
    return [name, { ...json, $id: `https://unpkg.com/mentorship-kit/schemas/${name}.schema.json` }];
  });
  return Object.fromEntries(entries) as Record<keyof typeof documents, Record<string, unknown>>;
}
