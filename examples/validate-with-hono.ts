// Request validation in a web framework through the schemas' Standard Schema
// interface (`schema['~standard']`, implemented by every zod 4 schema): Hono's
// validator middleware (@hono/standard-validator) checks the body against
// `MenteeProfileSchema` and the handler receives a typed `MenteeProfile`.
// A rejected body is answered with the library's issue paths and stable codes
// (a front end highlights fields from `path`, branches on `code`) and a message
// in the reader's language from `formatError`.
//
//   npm install hono @hono/standard-validator && npx tsx examples/validate-with-hono.ts
import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import {
  formatError,
  MenteeProfileSchema,
  negotiateLocale,
  parseMenteeProfile,
  type ValidationIssueCode,
} from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';
import { es } from 'mentorship-kit/locales/es';
import { fr } from 'mentorship-kit/locales/fr';
import { invalidMenteeBody, validMenteeBody } from './support/sample-bodies';

/** A Standard Schema issue as zod reports it: the library's own checks carry their code in `params.code`. */
interface ZodStandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
  readonly code?: string;
  readonly params?: { readonly code?: string };
}

/** The issue's path as plain keys and indices, and the library's code for it. */
function toIssue(issue: ZodStandardIssue): {
  path: (string | number)[];
  code: ValidationIssueCode;
} {
  const path = (issue.path ?? []).map((segment) => {
    const key = typeof segment === 'object' ? segment.key : segment;
    return typeof key === 'number' ? key : String(key);
  });
  const code = issue.params?.code ?? issue.code ?? 'custom';
  return { path, code: code as ValidationIssueCode };
}

const app = new Hono();

app.post(
  '/mentees',
  sValidator('json', MenteeProfileSchema, (result, c) => {
    if (result.success) return undefined;
    // Accept-Language negotiated to the nearest language shipped (de-DE → German).
    const locale = negotiateLocale(c.req.header('accept-language') ?? 'en', [de, fr, es]);
    const issues = result.error.map((issue) => toIssue(issue as ZodStandardIssue));
    // The message: the library's parser on the same rejected body gives the
    // LibraryError formatError renders (every problem, in the reader's language).
    const parsed = parseMenteeProfile(result.data);
    const message = parsed.ok ? 'invalid body' : formatError(parsed.error, locale);
    return c.json({ message, issues }, 400);
  }),
  (c) => {
    const mentee = c.req.valid('json'); // typed: MenteeProfile
    return c.json({ id: mentee.id, interests: mentee.interests }, 201);
  },
);

// Run it: one good request and one bad one (no server needed: app.request).
for (const [body, language] of [
  [validMenteeBody, 'en'],
  [invalidMenteeBody, 'de-DE'],
] as const) {
  const response = await app.request('/mentees', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  });
  console.log(response.status, JSON.stringify(await response.json(), null, 2));
}

// The codes and paths through `~standard` are the library's own: the same as the parser reports.
const standard = await MenteeProfileSchema['~standard'].validate(invalidMenteeBody);
const viaStandard = (standard.issues ?? []).map((issue) => toIssue(issue as ZodStandardIssue));
const viaParser = parseMenteeProfile(invalidMenteeBody);
const same =
  !viaParser.ok &&
  JSON.stringify(viaStandard) ===
    JSON.stringify(viaParser.error.issues.map(({ path, code }) => ({ path, code })));
console.log(`paths and codes through ~standard match parseMenteeProfile: ${same}`);
if (!same) process.exit(1);
