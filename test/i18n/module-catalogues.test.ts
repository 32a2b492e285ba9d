// Each module renders from its own catalogue (plus the common messages) so
// that its bundle does not carry every text of the library. These tests check
// that the split loses nothing: the union is exactly the module catalogues,
// and the module renderers give the texts `formatMessage` gives.
import { describe, expect, it } from 'vitest';
import { formatMessage, type Locale, type MessageKey, messages } from '../../src/i18n';
import { formatErrorMessage } from '../../src/i18n/error-messages';
import { de } from '../../src/i18n/locales/de/index';
import { checklistsMessages } from '../../src/i18n/messages/checklists';
import { commonMessages } from '../../src/i18n/messages/common';
import { enrolmentMessages } from '../../src/i18n/messages/enrolment';
import { enrolmentErrorMessages } from '../../src/i18n/messages/enrolment-errors';
import { lifecycleMessages } from '../../src/i18n/messages/lifecycle';
import { lifecycleErrorMessages } from '../../src/i18n/messages/lifecycle-errors';
import { matchingMessages } from '../../src/i18n/messages/matching';
import { matchingErrorMessages } from '../../src/i18n/messages/matching-errors';
import { modelMessages } from '../../src/i18n/messages/model';
import { programMessages } from '../../src/i18n/messages/program';
import { formatMatchingMessage } from '../../src/i18n/scoped-format';
import { lifecycleErrorKey } from '../../src/lifecycle/errors';
import { matchingErrorKey } from '../../src/matching/matching-error-key';
import { formatError, formatPath, type LibraryError } from '../../src/model';
import { enrolmentErrorKey } from '../../src/program/enrolment-errors';
import { programErrorKey } from '../../src/program/program-error-key';

// Each module's error texts join formatError's when the module first names an
// error key (test/i18n/error-messages.test.ts covers that); here every module
// has, as in an app that has used them all.
lifecycleErrorKey('lifecycle.error.no_events');
matchingErrorKey('matching.error.aborted');
enrolmentErrorKey('enrolment.error.no_events');
programErrorKey('program.shortlist.no_free_place');

const catalogues = {
  commonMessages,
  modelMessages,
  lifecycleMessages,
  lifecycleErrorMessages,
  checklistsMessages,
  matchingMessages,
  matchingErrorMessages,
  programMessages,
  enrolmentMessages,
  enrolmentErrorMessages,
};

const params = {
  count: 3,
  value: 'v',
  id: 'x-1',
  stage: { key: 'stage.paused' },
  values: ['a', 'b'],
  keys: ['k'],
  minimum: 2,
  maximum: 5,
  inclusive: true,
} as const;
const locales: readonly Locale[] = ['en', 'en-GB', 'de-DE', de];

describe('the module catalogues', () => {
  it('partition the union: every key in exactly one catalogue', () => {
    const seen = new Map<string, string>();
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const key of Object.keys(catalogue)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(messages).sort());
  });

  it('keep every error message apart from the display texts', () => {
    const prefixes = (catalogue: object) =>
      [
        ...new Set(Object.keys(catalogue).map((key) => key.split('.').slice(0, 2).join('.'))),
      ].sort();
    expect(prefixes(lifecycleErrorMessages)).not.toContain('lifecycle.notify');
    expect(prefixes(lifecycleMessages)).not.toContain('lifecycle.error');
    expect(prefixes(matchingErrorMessages)).toEqual(['matching.error']);
    expect(prefixes(enrolmentErrorMessages)).not.toContain('enrolment.notify');
    expect(Object.keys(enrolmentMessages).some((key) => key.startsWith('enrolment.error.'))).toBe(
      false,
    );
    expect(Object.keys(matchingMessages).some((key) => key.startsWith('matching.error.'))).toBe(
      false,
    );
  });
});

describe('the module renderers', () => {
  it('render every error message as formatMessage does', () => {
    const keys = [
      ...Object.keys(modelMessages),
      ...Object.keys(lifecycleErrorMessages),
      ...Object.keys(matchingErrorMessages),
      ...Object.keys(enrolmentErrorMessages),
      ...Object.keys(programMessages),
      ...Object.keys(commonMessages),
    ] as MessageKey[];
    for (const key of keys) {
      for (const locale of locales) {
        expect(formatErrorMessage(key, params, locale)).toBe(formatMessage(key, params, locale));
      }
    }
  });

  it('render every matching message as formatMessage does', () => {
    const keys = [...Object.keys(matchingMessages), ...Object.keys(commonMessages)] as MessageKey[];
    for (const key of keys) {
      for (const locale of locales) {
        expect(formatMatchingMessage(key, params, locale)).toBe(formatMessage(key, params, locale));
      }
    }
  });

  it('return a key they do not know as it is', () => {
    expect(formatMatchingMessage('validation.required', {}, de)).toBe('validation.required');
    expect(formatErrorMessage('toString', {}, 'en')).toBe('toString');
  });
});

describe('formatError', () => {
  it('renders every error of every module as the whole catalogue would', () => {
    // What formatError printed when it rendered from the union catalogue.
    const before = (error: LibraryError, locale: Locale) => {
      const at = (path: readonly (string | number)[], message: string) =>
        formatMessage(
          'error.at_path',
          {
            path:
              path.length === 0 ? formatMessage('error.root_path', {}, locale) : formatPath(path),
            message,
          },
          locale,
        );
      const headline = formatMessage(error.messageKey, error.params, locale);
      const lines = [error.path === undefined ? headline : at(error.path, headline)];
      for (const issue of error.issues ?? []) {
        lines.push(`- ${at(issue.path, formatMessage(issue.messageKey, issue.params, locale))}`);
      }
      return lines.join('\n');
    };
    const errorKeys = [
      ...Object.keys(modelMessages),
      ...Object.keys(lifecycleErrorMessages),
      ...Object.keys(matchingErrorMessages),
      ...Object.keys(enrolmentErrorMessages),
      ...Object.keys(programMessages),
    ] as MessageKey[];
    for (const messageKey of errorKeys) {
      const error: LibraryError = {
        code: 'x',
        messageKey,
        params,
        path: ['settings', 'week'],
        issues: [{ path: [], messageKey: 'validation.required', params: {} }],
      };
      for (const locale of locales) expect(formatError(error, locale)).toBe(before(error, locale));
    }
  });
});
