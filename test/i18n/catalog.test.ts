import { describe, expect, it } from 'vitest';
import {
  defineLocalePack,
  defineMessages,
  formatMessage,
  type MessageKey,
  messages,
  renderMessage,
} from '../../src/i18n';
import { commonMessagesDe } from '../../src/i18n/locales/de/common';
import { de } from '../../src/i18n/locales/de/index';
import { modelMessagesDe } from '../../src/i18n/locales/de/model';
import { commonMessagesEs } from '../../src/i18n/locales/es/common';
import { modelMessagesEs } from '../../src/i18n/locales/es/model';
import { commonMessagesFr } from '../../src/i18n/locales/fr/common';
import { modelMessagesFr } from '../../src/i18n/locales/fr/model';
import { parseTemplate, type TemplateNode } from '../../src/i18n/message-format';
import { commonMessages } from '../../src/i18n/messages/common';
import { modelMessages } from '../../src/i18n/messages/model';

// The params a template uses (a list param with its :or): a translation must
// use the same ones, whatever its words, plural categories and blocks (German
// needs no plural for "Zeichen").
function signature(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string' || node.kind === 'number') continue;
      if (node.kind === 'param') names.add(`${node.name}${node.or ? ':or' : ''}`);
      else {
        names.add(node.name);
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parseTemplate(template));
  return [...names].sort();
}

const translations = {
  de: [modelMessagesDe, commonMessagesDe],
  fr: [modelMessagesFr, commonMessagesFr],
  es: [modelMessagesEs, commonMessagesEs],
} as const;
const english = [modelMessages, commonMessages] as const;

describe.each(Object.entries(translations))(
  'the %s texts of the model and common catalogues',
  (_language, catalogues) => {
    it('have every key of the English catalogue and no other, each non-empty', () => {
      catalogues.forEach((catalogue, index) => {
        expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english[index] as object).sort());
        for (const [key, text] of Object.entries(catalogue))
          expect(text.length, key).toBeGreaterThan(0);
      });
    });

    it('use the same placeholders and blocks as the English texts', () => {
      catalogues.forEach((catalogue, index) => {
        const source = english[index] as Record<string, string>;
        for (const [key, text] of Object.entries(catalogue)) {
          expect(signature(text), key).toEqual(signature(source[key] as string));
        }
      });
    });

    it('are translated, not English copies, where there is a sentence', () => {
      // Two or more words outside the placeholders that match the English
      // exactly are an untranslated copy ("null" or "e-mail" may be the same).
      const words = (text: string) => text.replace(/\{[^{}]*\}/g, '').match(/\p{L}{2,}/gu) ?? [];
      catalogues.forEach((catalogue, index) => {
        const source = english[index] as Record<string, string>;
        const copies = Object.entries(catalogue).filter(
          ([key, text]) => words(text).length >= 2 && text === source[key],
        );
        expect(copies).toEqual([]);
      });
    });

    it('have no plural counts in parentheses such as "(s)" or "(e)"', () => {
      for (const catalogue of catalogues)
        for (const [key, text] of Object.entries(catalogue))
          expect(text, key).not.toMatch(/\p{L}\((?:s|e|n|es|er)\)/u);
    });
  },
);

describe('the English catalogues', () => {
  it('are frozen, as is the union', () => {
    expect(Object.isFrozen(modelMessages)).toBe(true);
    expect(Object.isFrozen(commonMessages)).toBe(true);
    expect(Object.isFrozen(messages)).toBe(true);
    expect(() => {
      (messages as Record<string, string>)['validation.required'] = 'hacked';
    }).toThrow(TypeError);
    expect(formatMessage('validation.required')).toBe('is required');
  });

  it('have no plural counts in parentheses', () => {
    for (const [key, text] of Object.entries({ ...modelMessages, ...commonMessages }))
      expect(text, key).not.toMatch(/\p{L}\(s\)/u);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and formats numbers and lists per locale', () => {
    expect(formatMessage('validation.unrecognized_keys', { keys: ['a', 'b', 'c'] }, 'en')).toBe(
      'unknown fields: a, b, and c',
    );
    expect(formatMessage('validation.unrecognized_keys', { keys: ['a'] }, 'en')).toBe(
      'unknown field: a',
    );
    expect(formatMessage('validation.unrecognized_keys', { keys: ['a', 'b'] }, de)).toBe(
      'unbekannte Felder: a und b',
    );
    expect(formatMessage('validation.too_big', { maximum: 1234.5 }, de)).toBe(
      'darf höchstens 1.234,5 sein',
    );
    expect(formatMessage('validation.too_big', { maximum: 1234.5 }, 'en-GB')).toBe(
      'must be at most 1,234.5',
    );
  });

  it('renders English for any tag and the pack language for a pack', () => {
    for (const tag of [
      'de',
      'de-DE',
      'fr',
      'es-MX',
      'xx',
      '',
      'not a tag!',
      '*',
      'x'.repeat(300),
    ]) {
      expect(formatMessage('validation.required', {}, tag), tag).toBe('is required');
    }
    expect(formatMessage('validation.required', {}, de)).toBe('ist erforderlich');
  });

  it('defaults to English and leaves a missing placeholder visible', () => {
    expect(formatMessage('validation.duplicate_value')).toBe('"{value}" appears more than once');
    expect(formatMessage('error.validation_failed')).toBe(
      'The input is not valid ({count} problems):',
    );
  });

  it('ignores params inherited from the prototype', () => {
    const params = Object.create({ value: 'inherited' }) as Record<string, string>;
    expect(formatMessage('validation.duplicate_value', params, 'en')).toBe(
      '"{value}" appears more than once',
    );
  });

  it('renders booleans and numeric list items', () => {
    expect(formatMessage('validation.invalid_value', { values: [1, 2] }, 'en')).toBe(
      'must be one of 1 or 2',
    );
    expect(formatMessage('validation.invalid_value', { values: [1] }, 'en')).toBe('must be 1');
    expect(formatMessage('validation.unrecognized_keys', { keys: [1, 2] }, 'en')).toBe(
      'unknown fields: 1 and 2',
    );
    expect(formatMessage('validation.invalid_value', { values: ['a', 'b'] }, de)).toBe(
      'muss einer dieser Werte sein: a oder b',
    );
    expect(formatMessage('validation.duplicate_value', { value: true }, 'en')).toBe(
      '"true" appears more than once',
    );
  });

  it('renders a key of no catalogue as the key', () => {
    expect(formatMessage('no.such.key' as MessageKey)).toBe('no.such.key');
    expect(formatMessage('toString' as MessageKey, {}, de)).toBe('toString');
  });

  it('falls back to English for a key a pack of its own lacks', () => {
    const partial = defineLocalePack({ tag: 'de', name: 'Teil', messages: {} as never });
    expect(formatMessage('validation.required', {}, partial)).toBe('is required');
  });
});

describe('renderMessage', () => {
  it('renders an app text given in several languages', () => {
    const own = defineMessages({ greet: 'Hello {names}' });
    const greet = { en: own.greet, de: 'Hallo {names}' };
    expect(renderMessage(greet, { names: ['Ada', 'Sam'] }, de)).toBe('Hallo Ada und Sam');
    expect(renderMessage(greet, { names: ['Ada', 'Sam'] }, 'de-AT')).toBe('Hallo Ada und Sam');
    expect(renderMessage(greet, { names: ['Ada', 'Sam'] })).toBe('Hello Ada and Sam');
    expect(renderMessage(greet, { names: ['Ada', 'Sam'] }, 'fr')).toBe('Hello Ada and Sam');
  });

  it('gives the same text as formatMessage for a library key', () => {
    const params = { value: 'Mars/Base' };
    expect(renderMessage(messages['validation.invalid_time_zone'], params)).toBe(
      formatMessage('validation.invalid_time_zone', params),
    );
    expect(renderMessage(de.messages['validation.invalid_time_zone'], params, de)).toBe(
      formatMessage('validation.invalid_time_zone', params, de),
    );
  });
});
