import assert from 'node:assert/strict';
import { formatError, parseMentorProfile } from 'mentorship-kit';
import * as checklists from 'mentorship-kit/checklists';
import * as lifecycle from 'mentorship-kit/lifecycle';
import { de } from 'mentorship-kit/locales/de';
import { en } from 'mentorship-kit/locales/en';
import { es } from 'mentorship-kit/locales/es';
import { fr } from 'mentorship-kit/locales/fr';
import * as matching from 'mentorship-kit/matching';
import { parseMenteeProfile } from 'mentorship-kit/model';
import * as program from 'mentorship-kit/program';

const mentor = parseMentorProfile({
  schemaVersion: 1,
  id: 'm1',
  name: 'Ada Weber',
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  channels: ['video'],
  yearsExperience: 8,
  expertise: ['first-job'],
  role: 'developer',
  capacity: 2,
});
assert.equal(mentor.ok, true);
const bad = parseMenteeProfile({ schemaVersion: 1 });
assert.equal(bad.ok, false);
assert.match(formatError(bad.error, de), /ungültig/);
assert.match(formatError(bad.error, 'de-DE'), /not valid/);
for (const pack of [de, fr, es])
  assert.notEqual(formatError(bad.error, pack), formatError(bad.error));
// An error read back from storage renders in English through the pack; a
// refusal the lifecycle just made renders without one.
const stored = { code: 'no_events', messageKey: 'lifecycle.error.no_events', params: {} };
assert.match(formatError(stored, en), /There are no events/);
const refused = lifecycle.replay([]);
assert.equal(refused.ok, false);
assert.match(formatError(refused.error), /There are no events/);
assert.equal(typeof program.toICalendar, 'function');
for (const module of [lifecycle, checklists, matching, program])
  assert.equal(typeof module, 'object');
console.log('ESM import ok');
