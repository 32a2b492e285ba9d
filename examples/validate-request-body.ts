// Validating a request body at the edge of an app: a web-standard handler
// (works in Node 20+, Deno, Bun, Cloudflare Workers) that accepts a mentee
// profile or answers 400 with every problem, located by path.

import { formatError, negotiateLocale, parseMenteeProfile } from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';
import { es } from 'mentorship-kit/locales/es';
import { fr } from 'mentorship-kit/locales/fr';
import { invalidMenteeBody, validMenteeBody } from './support/sample-bodies';

export async function handlePostMentee(request: Request): Promise<Response> {
  // The browser's Accept-Language, negotiated to the nearest language shipped (de-AT → German).
  const locale = negotiateLocale(request.headers.get('accept-language') ?? 'en', [de, fr, es]);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ message: 'body is not JSON' }, { status: 400 });
  }
  const result = parseMenteeProfile(body);
  if (!result.ok) {
    return Response.json(
      {
        message: formatError(result.error, locale),
        // Front ends highlight each field from its path; codes are stable to branch on.
        issues: result.error.issues.map(({ path, code }) => ({ path, code })),
      },
      { status: 400 },
    );
  }
  // result.value is a typed, frozen MenteeProfile without unknown keys: store it.
  return Response.json(result.value, { status: 201 });
}

// Run it: one good request and one bad one.
const good = new Request('https://example.org/mentees', {
  method: 'POST',
  body: JSON.stringify(validMenteeBody),
});
const bad = new Request('https://example.org/mentees', {
  method: 'POST',
  headers: { 'accept-language': 'de-DE' },
  body: JSON.stringify(invalidMenteeBody),
});

for (const request of [good, bad]) {
  const response = await handlePostMentee(request);
  console.log(response.status, JSON.stringify(await response.json(), null, 2));
}
