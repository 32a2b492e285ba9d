import { type MenteeProfile, MenteeProfileSchema } from './mentee-profile';
import { type MentorProfile, MentorProfileSchema } from './mentor-profile';
import { createParser, type Parser } from './parse';
import { type Program, ProgramSchema } from './program';
import { type Relationship, RelationshipSchema } from './relationship';
import { type RelationshipEvent, RelationshipEventSchema } from './relationship-event';

/**
 * Validates unknown input (a request body, a JSON column) as a {@link MentorProfile}.
 * Never throws; the value is deep-frozen; unknown keys are reported.
 *
 * @example
 * ```ts
 * const result = parseMentorProfile(await request.json());
 * if (!result.ok) return new Response(formatError(result.error, 'de'), { status: 400 });
 * ```
 */
export const parseMentorProfile: Parser<MentorProfile> =
  /* @__PURE__ */ createParser(MentorProfileSchema);

/**
 * Validates unknown input as a {@link MenteeProfile}.
 *
 * @example
 * ```ts
 * const result = parseMenteeProfile(row.document);
 * if (result.ok) console.log(result.value.interests);
 * ```
 */
export const parseMenteeProfile: Parser<MenteeProfile> =
  /* @__PURE__ */ createParser(MenteeProfileSchema);

/**
 * Validates unknown input as a {@link Program}; missing settings get their defaults.
 *
 * @example
 * ```ts
 * const result = parseProgram({ schemaVersion: 1, id: 'p1', name: 'Spring cohort' });
 * if (result.ok) console.log(result.value.settings.proposalTtlDays); // 14
 * ```
 */
export const parseProgram: Parser<Program> = /* @__PURE__ */ createParser(ProgramSchema);

/**
 * Validates unknown input as a {@link Relationship}, e.g. one restored from storage.
 *
 * @example
 * ```ts
 * const result = parseRelationship(JSON.parse(stored));
 * ```
 */
export const parseRelationship: Parser<Relationship> =
  /* @__PURE__ */ createParser(RelationshipSchema);

/**
 * Validates unknown input as a {@link RelationshipEvent}, e.g. one posted by a client.
 *
 * @example
 * ```ts
 * const result = parseRelationshipEvent(body);
 * if (result.ok && result.value.type === 'accept') handleAccept(result.value);
 * ```
 */
export const parseRelationshipEvent: Parser<RelationshipEvent> =
  /* @__PURE__ */ createParser(RelationshipEventSchema);
