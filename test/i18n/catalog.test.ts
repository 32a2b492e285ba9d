import { describe, expect, it } from 'vitest';
import {
  defineMessages,
  formatMessage,
  locales,
  type MessageKey,
  messages,
  renderMessage,
} from '../../src/i18n';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+(?::or)?)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const keys = Object.keys(messages) as MessageKey[];

  it('has every key in every language, non-empty', () => {
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      for (const locale of locales) {
        expect(messages[key][locale].length, `${key} (${locale})`).toBeGreaterThan(0);
      }
    }
  });

  it('uses the same placeholders in English and German', () => {
    for (const key of keys) {
      expect(placeholders(messages[key].de), key).toEqual(placeholders(messages[key].en));
    }
  });

  it('has German texts that differ from the English ones where there is a sentence', () => {
    // Single words may legitimately be the same ("Organisation"); two or more
    // words outside the placeholders that match exactly are an untranslated copy.
    const words = (text: string) => text.replace(/\{\w+\}/g, '').match(/[\p{L}]{2,}/gu) ?? [];
    const same = keys.filter(
      (key) => words(messages[key].en).length >= 2 && messages[key].en === messages[key].de,
    );
    expect(same).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and formats numbers and lists per locale', () => {
    expect(formatMessage('validation.unrecognized_keys', { keys: ['a', 'b', 'c'] }, 'en')).toBe(
      'unknown field(s): a, b, and c',
    );
    expect(formatMessage('validation.unrecognized_keys', { keys: ['a', 'b'] }, 'de')).toBe(
      'unbekannte(s) Feld(er): a und b',
    );
    expect(formatMessage('validation.too_big', { maximum: 1234.5, origin: 'number' }, 'de')).toBe(
      'darf höchstens 1.234,5 sein (number)',
    );
  });

  it('defaults to English and leaves a missing placeholder visible', () => {
    expect(formatMessage('validation.duplicate_value')).toBe('"{value}" appears more than once');
  });

  it('ignores params inherited from the prototype', () => {
    const params = Object.create({ value: 'inherited' }) as Record<string, string>;
    expect(formatMessage('validation.duplicate_value', params, 'en')).toBe(
      '"{value}" appears more than once',
    );
  });

  it('renders booleans and numeric list items', () => {
    expect(formatMessage('validation.invalid_value', { values: [1, 2] }, 'en')).toBe(
      'must be one of: 1 or 2',
    );
    expect(formatMessage('validation.unrecognized_keys', { keys: [1, 2] }, 'en')).toBe(
      'unknown field(s): 1 and 2',
    );
    expect(formatMessage('validation.invalid_value', { values: ['a', 'b'] }, 'de')).toBe(
      'muss einer dieser Werte sein: a oder b',
    );
    expect(formatMessage('validation.duplicate_value', { value: true }, 'en')).toBe(
      '"true" appears more than once',
    );
  });
});

describe('renderMessage', () => {
  it('renders an entry of an app catalogue made with defineMessages', () => {
    const own = defineMessages({ greet: { en: 'Hello {names}', de: 'Hallo {names}' } });
    expect(renderMessage(own.greet, { names: ['Ada', 'Sam'] }, 'de')).toBe('Hallo Ada und Sam');
    expect(renderMessage(own.greet, { names: ['Ada', 'Sam'] })).toBe('Hello Ada and Sam');
  });

  it('gives the same text as formatMessage for a library key', () => {
    const params = { value: 'Mars/Base' };
    expect(renderMessage(messages['validation.invalid_time_zone'], params, 'de')).toBe(
      formatMessage('validation.invalid_time_zone', params, 'de'),
    );
  });
});
