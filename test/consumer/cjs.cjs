const assert = require('node:assert/strict');
const { parseMentorProfile } = require('mentorship-kit');
const model = require('mentorship-kit/model');
require('mentorship-kit/lifecycle');
require('mentorship-kit/checklists');
require('mentorship-kit/matching');
require('mentorship-kit/program');
const { de } = require('mentorship-kit/locales/de');
const { en } = require('mentorship-kit/locales/en');
const { formatError } = require('mentorship-kit');

const result = parseMentorProfile({ schemaVersion: 1 });
assert.equal(result.ok, false);
assert.equal(typeof model.parseProgram, 'function');
assert.match(formatError(result.error, de), /ungültig/);
assert.equal(en.tag, 'en');
assert.equal(require('mentorship-kit/package.json').name, 'mentorship-kit');
console.log('CommonJS require ok');
