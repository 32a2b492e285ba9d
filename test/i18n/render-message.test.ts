import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de/index';
import { commonMessagesEs } from '../../src/i18n/locales/es/common';
import { modelMessagesEs } from '../../src/i18n/locales/es/model';
import { commonMessagesFr } from '../../src/i18n/locales/fr/common';
import { modelMessagesFr } from '../../src/i18n/locales/fr/model';
import { parsedTemplateCount, parseTemplate } from '../../src/i18n/message-format';
import {
  defineLocalePack,
  formatMessage,
  type LocalePack,
  type MessageParams,
  renderMessage,
} from '../../src/index';

// Packs of the model and common texts only: enough to render those keys.
const fr = defineLocalePack({
  tag: 'fr',
  name: 'Français',
  messages: { ...commonMessagesFr, ...modelMessagesFr } as LocalePack['messages'],
});
const es = defineLocalePack({
  tag: 'es',
  name: 'Español',
  messages: { ...commonMessagesEs, ...modelMessagesEs } as LocalePack['messages'],
});

describe('the template parser', () => {
  it('parses params, lists, plurals and selects', () => {
    expect(parseTemplate('Hi {name}, {list:or}')).toEqual([
      'Hi ',
      { kind: 'param', name: 'name', or: false },
      ', ',
      { kind: 'param', name: 'list', or: true },
    ]);
    const [plural] = parseTemplate('{n, plural, =0 {none} one {# item} other {# items}}');
    expect(plural).toMatchObject({ kind: 'plural', name: 'n' });
    if (typeof plural === 'object' && plural.kind === 'plural')
      expect([...plural.branches.keys()]).toEqual(['=0', 'one', 'other']);
  });

  it('keeps malformed blocks as literal text', () => {
    for (const text of [
      '{',
      '}',
      '{}',
      '{ name }',
      '{a, plural,}',
      '{a, plural, one {x',
      '{a, date, short}',
      '#',
      'a {b c} d',
    ]) {
      expect(parseTemplate(text).join(''), text).toBe(text);
    }
    expect(renderMessage('{a, plural, one {x}', { a: 1 })).toBe('{a, plural, one {x}');
    expect(renderMessage('a {b c} {d}', { d: 1 })).toBe('a {b c} 1');
  });

  it('never throws on any string (property)', () => {
    const templateArb = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            '{',
            '}',
            '#',
            ',',
            ' ',
            'n',
            'plural',
            'select',
            'one',
            'other',
            '=0',
            ':or',
            'x',
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(templateArb, fc.anything(), (template, value) => {
        expect(Array.isArray(parseTemplate(template))).toBe(true);
        expect(typeof renderMessage(template, { n: value as never, x: value as never })).toBe(
          'string',
        );
        expect(typeof renderMessage(template, { n: 3 }, de)).toBe('string');
      }),
      { numRuns: 5_000 },
    );
  });

  it('parses hostile nesting without exhausting the stack or time', () => {
    // Unclosed blocks nested 20,000 deep: recursion is capped at a few levels
    // and failed blocks are remembered, so this ends at once and renders as text.
    const unclosed = '{a, plural, other {'.repeat(20_000);
    expect(renderMessage(unclosed, { a: 1 })).toBe(unclosed);
    const closed = `${'{a, select, other {'.repeat(2_000)}x${'}'.repeat(2_000)}`;
    expect(typeof renderMessage(closed, { a: 'b' })).toBe('string');
    const braces = '{'.repeat(100_000);
    expect(renderMessage(braces)).toBe(braces);
  });

  it('keeps its cache bounded, and does not keep long templates', () => {
    for (let i = 0; i < 3_000; i++) parseTemplate(`template {x} number ${i}`);
    expect(parsedTemplateCount()).toBeLessThanOrEqual(1024);
    const before = parsedTemplateCount();
    parseTemplate(`${'x'.repeat(5_000)} {y}`);
    expect(parsedTemplateCount()).toBeLessThanOrEqual(before);
  });
});

describe('plurals', () => {
  const hours = '{n, plural, =0 {no hours} one {# hour} other {# hours}}';

  it('pick the form with Intl.PluralRules, exact matches first', () => {
    expect(renderMessage(hours, { n: 0 })).toBe('no hours');
    expect(renderMessage(hours, { n: 1 })).toBe('1 hour');
    expect(renderMessage(hours, { n: 2 })).toBe('2 hours');
    expect(renderMessage(hours, { n: 1.5 })).toBe('1.5 hours');
    expect(renderMessage(hours, { n: 1234 }, 'en-GB')).toBe('1,234 hours');
    expect(renderMessage(hours, { n: [1, 2, 3] })).toBe('3 hours');
    expect(renderMessage(hours, { n: '1' })).toBe('1 hour');
  });

  it('follow the language: French counts 0 and 1 as singular', () => {
    const fichiers = '{n, plural, one {# fichier} other {# fichiers}}';
    expect(renderMessage({ fr: fichiers }, { n: 0 }, fr)).toBe('0 fichier');
    expect(renderMessage({ fr: fichiers }, { n: 1 }, fr)).toBe('1 fichier');
    expect(renderMessage({ fr: fichiers }, { n: 2 }, fr)).toBe('2 fichiers');
    expect(formatMessage('error.validation_failed', { count: 1 }, fr)).toBe(
      'Les données ne sont pas valides (1 problème)\u00a0:',
    );
    expect(formatMessage('error.validation_failed', { count: 3 }, es)).toBe(
      'Los datos no son válidos (3 problemas):',
    );
    expect(formatMessage('error.more_issues', { count: 1 }, de)).toBe('… und 1 weiteres Problem');
    expect(formatMessage('error.more_issues', { count: 1_000_000 }, fr)).toBe(
      '… et 1\u202f000\u202f000 autres problèmes',
    );
  });

  it('show the missing param when there is no number', () => {
    expect(renderMessage(hours, {})).toBe('{n} hours');
    expect(renderMessage(hours, { n: 'many' })).toBe('{n} hours');
    expect(renderMessage(hours, { n: Number.NaN })).toBe('{n} hours');
  });

  it('agree with Intl.PluralRules for every number (property)', () => {
    const template =
      '{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1000, max: 2_000_000 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        fc.constantFrom<[string, string | LocalePack]>(
          ['en', 'en'],
          ['de', de],
          ['fr', fr],
          ['es', es],
        ),
        (n, [tag, locale]) => {
          expect(renderMessage(template, { n }, locale)).toBe(new Intl.PluralRules(tag).select(n));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('selects and #', () => {
  it('pick by value, else other; # is the enclosing plural number', () => {
    const template =
      '{role, select, mentor {{n, plural, one {# mentee} other {# mentees}}} other {{n} people}}';
    expect(renderMessage(template, { role: 'mentor', n: 1 })).toBe('1 mentee');
    expect(renderMessage(template, { role: 'admin', n: 4 })).toBe('4 people');
    expect(renderMessage('{ok, select, true {yes} other {no}}', { ok: true })).toBe('yes');
    expect(renderMessage('{ok, select, true {yes} other {no}}', { ok: false })).toBe('no');
    expect(
      renderMessage('{n, plural, other {{r, select, a {# a} other {# b}}}}', { n: 2, r: 'a' }),
    ).toBe('2 a');
    expect(renderMessage('{r, select, other {# left}}', { r: 'x' })).toBe('# left');
  });
});

describe('params', () => {
  it('render nested message references in the same locale', () => {
    const params: MessageParams = {
      stage: { key: 'stage.preparing' },
      role: { key: 'role.mentor' },
    };
    expect(renderMessage('{role} in {stage}', params)).toBe('mentor in Prepare');
    expect(renderMessage('{role} in {stage}', params, de)).toBe('Mentor:in in Vorbereiten');
    expect(renderMessage('{role} in {stage}', params, fr)).toBe('mentor in Préparer');
    expect(
      renderMessage(
        '{stages}',
        { stages: [{ key: 'stage.preparing' }, { key: 'stage.evaluating' }] },
        es,
      ),
    ).toBe('Preparar y Evaluar');
    // Library texts that refer to other texts do so in the same locale.
    expect(
      formatMessage(
        'validation.invalid_type',
        { expected: { key: 'validation.type.int' }, received: { key: 'validation.type.string' } },
        de,
      ),
    ).toBe('erwartet: eine ganze Zahl, erhalten: Text');
  });

  it('render a reference to an unknown key as the key, and stop nesting that loops', () => {
    expect(renderMessage('{x}', { x: { key: 'no.such.key' as never } })).toBe('no.such.key');
    const looping = defineLocalePack({
      tag: 'de',
      name: 'Schleife',
      messages: { ...de.messages, 'stage.preparing': '<{self}>' },
    });
    const self: Record<string, unknown> = { key: 'stage.preparing' };
    self.params = { self };
    expect(renderMessage('{self}', { self } as never, looping)).toBe(
      `${'<'.repeat(8)}stage.preparing${'>'.repeat(8)}`,
    );
  });

  it('render language names in the reader language', () => {
    expect(renderMessage('{l}', { l: { language: 'es' } })).toBe('Spanish');
    expect(renderMessage('{l}', { l: { language: 'es' } }, de)).toBe('Spanisch');
    expect(renderMessage('{l}', { l: { language: 'de-AT' } }, fr)).toBe('allemand autrichien');
    expect(
      renderMessage('{ls}', { ls: [{ language: 'en' }, { language: 'pt-BR' }] }, 'en-GB'),
    ).toBe('English and Brazilian Portuguese');
    expect(renderMessage('{l}', { l: { language: 'not a tag!' } })).toBe('not a tag!');
  });

  it('render localized texts in the reader language, else English, else the first', () => {
    const topic = { text: { en: 'First job', de: 'Erster Job', 'fr-CA': 'Premier emploi' } };
    expect(renderMessage('{t}', { t: topic })).toBe('First job');
    expect(renderMessage('{t}', { t: topic }, de)).toBe('Erster Job');
    expect(renderMessage('{t}', { t: topic }, fr)).toBe('Premier emploi');
    expect(renderMessage('{t}', { t: topic }, es)).toBe('First job');
    expect(renderMessage('{t}', { t: { text: { de: 'Nur Deutsch' } } })).toBe('Nur Deutsch');
    expect(renderMessage('{t}', { t: { text: {} } })).toBe('');
  });

  it('render anything else without throwing', () => {
    const hostile = {
      get key() {
        throw new Error('boom');
      },
    };
    expect(renderMessage('[{a}]', { a: hostile as never })).toBe('[]');
    expect(renderMessage('[{a}]', { a: Symbol('s') as never })).toBe('[Symbol(s)]');
    expect(renderMessage('[{a}]', { a: 10n as never })).toBe('[10]');
    expect(renderMessage('[{a}]', { a: null as never })).toBe('[{a}]');
    expect(renderMessage('[{a}]', null as never)).toBe('[{a}]');
    const throwingParams = new Proxy(
      {},
      {
        has() {
          throw new Error('x');
        },
        getOwnPropertyDescriptor() {
          throw new Error('x');
        },
      },
    );
    expect(renderMessage('[{a}]', throwingParams as never)).toBe('[{a}]');
  });
});

describe('texts keyed by language', () => {
  it('pick the exact tag, then its prefix, then its language, then English, then the first', () => {
    const texts = { en: 'en', 'de-CH': 'de-CH', pt: 'pt' };
    expect(renderMessage(texts, {}, 'de-CH')).toBe('de-CH');
    expect(renderMessage(texts, {}, 'de-AT')).toBe('de-CH');
    expect(renderMessage(texts, {}, 'pt-BR')).toBe('pt');
    expect(renderMessage(texts, {}, 'ja')).toBe('en');
    expect(renderMessage({ fr: 'fr', it: 'it' }, {}, 'ja')).toBe('fr');
    expect(renderMessage({}, {}, 'ja')).toBe('');
  });

  it('format numbers in the language of the text picked', () => {
    const texts = { en: '{n} items', de: '{n} Einträge' };
    expect(renderMessage(texts, { n: 1234.5 }, de)).toBe('1.234,5 Einträge');
    expect(renderMessage(texts, { n: 1234.5 }, 'de-CH')).toBe(
      `${new Intl.NumberFormat('de-CH').format(1234.5)} Einträge`,
    );
    expect(renderMessage(texts, { n: 1234.5 }, fr)).toBe('1,234.5 items');
    expect(renderMessage({ de: '{n} Einträge' }, { n: 1234.5 }, 'ja')).toBe('1.234,5 Einträge');
  });
});
