import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalLocale, canonicalLocaleCacheSize, resolveLocale } from '../../src/i18n/locale';
import { de } from '../../src/i18n/locales/de/index';
import {
  defaultLocale,
  defineLocalePack,
  formatError,
  formatMessage,
  isLocalePack,
  type LocalePack,
  LocaleSchema,
  negotiateLocale,
  parseMentorProfile,
  renderMessage,
} from '../../src/index';
import { mentor } from '../model/fixtures';

// Stand-ins for the French and Spanish packs (their index files belong to the
// lead); only their tags matter to negotiation.
const fr = defineLocalePack({
  tag: 'fr',
  name: 'Français',
  messages: {} as LocalePack['messages'],
});
const es = defineLocalePack({ tag: 'es', name: 'Español', messages: {} as LocalePack['messages'] });
const packs = [de, fr, es];

const invalid = parseMentorProfile({ ...mentor, timeZone: 'Mars/Olympus_Mons', capacity: -1 });
if (invalid.ok) throw new Error('expected an invalid profile');
const error = invalid.error;

describe('a locale given as a tag', () => {
  it('renders English for German and French tags instead of crashing (regression)', () => {
    // These threw "Cannot read properties of undefined (reading 'replace')".
    for (const tag of ['de-DE', 'fr', 'de', 'es-MX', 'DE-at']) {
      expect(formatError(error, tag)).toBe(formatError(error));
      expect(formatMessage('validation.required', {}, tag)).toBe('is required');
      expect(renderMessage('{n, plural, one {# hour} other {# hours}}', { n: 1 }, tag)).toBe(
        '1 hour',
      );
    }
  });

  it('keeps the number and list formats of an English region', () => {
    expect(
      formatMessage('validation.too_big.number', { maximum: 12345.5, inclusive: true }, 'en-IN'),
    ).toBe('must be 12,345.5 or less');
    expect(
      formatMessage('validation.too_big.number', { maximum: 1234567, inclusive: true }, 'en-IN'),
    ).toBe('must be 12,34,567 or less');
    expect(formatMessage('validation.invalid_value', { values: ['a', 'b', 'c'] }, 'en-GB')).toBe(
      'must be one of a, b or c',
    );
  });

  it('renders English for malformed tags and values of the wrong type', () => {
    const english = formatError(error);
    for (const locale of [
      '',
      ' ',
      'en_US',
      'x-private',
      '*',
      '\u0000',
      'a'.repeat(10_000),
      42,
      null,
      {},
      [],
      Symbol('x'),
      () => 'de',
    ]) {
      expect(formatError(error, locale as never)).toBe(english);
    }
  });

  it('is canonicalised with a bounded memo', () => {
    expect(canonicalLocale('DE-at')).toBe('de-AT');
    expect(canonicalLocale('en_US')).toBeUndefined();
    for (let i = 0; i < 5_000; i++) canonicalLocale(`en-x-${i.toString(36)}`);
    expect(canonicalLocaleCacheSize()).toBeLessThanOrEqual(512);
  });
});

describe('a locale pack', () => {
  it('renders its texts, and English for keys it lacks', () => {
    expect(formatMessage('validation.required', {}, de)).toBe('ist erforderlich');
    const empty = defineLocalePack({
      tag: 'de',
      name: 'Leer',
      messages: {} as LocalePack['messages'],
    });
    expect(formatMessage('validation.required', {}, empty)).toBe('is required');
  });

  it('formats numbers with its tag, or English when its tag is malformed', () => {
    expect(formatMessage('validation.too_big', { maximum: 1234.5 }, de)).toBe(
      'darf höchstens 1.234,5 sein',
    );
    const odd = { tag: 'not a tag!', name: 'Odd', messages: de.messages };
    expect(formatMessage('validation.too_big', { maximum: 1234.5 }, odd)).toBe(
      'darf höchstens 1,234.5 sein',
    );
  });

  it('never throws, even when the pack is hostile', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const hostileTexts = { tag: 'de', name: 'x', messages: throwing } as unknown as LocalePack;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const locale of [
      throwing,
      hostileTexts,
      revoked.proxy,
      { tag: 5, messages: {} },
      { tag: 'de' },
    ]) {
      expect(() => formatError(error, locale as never)).not.toThrow();
      expect(() => formatMessage('validation.required', {}, locale as never)).not.toThrow();
      expect(() => renderMessage('{x}', { x: 1 }, locale as never)).not.toThrow();
    }
    expect(formatMessage('validation.required', {}, hostileTexts)).toBe('is required');
    expect(resolveLocale(throwing)).toEqual({ tag: 'en', texts: undefined });
  });

  it('is recognised by isLocalePack and accepted by LocaleSchema', () => {
    expect(isLocalePack(de)).toBe(true);
    expect(isLocalePack('de')).toBe(false);
    expect(isLocalePack({ tag: 'de' })).toBe(false);
    expect(isLocalePack(null)).toBe(false);
    expect(LocaleSchema.safeParse(de).success).toBe(true);
    expect(LocaleSchema.safeParse('fr-CA').success).toBe(true);
    expect(LocaleSchema.safeParse(42).success).toBe(false);
    expect(LocaleSchema.safeParse('x'.repeat(10_000)).success).toBe(true); // renders English
  });

  it('is frozen, texts included', () => {
    expect(Object.isFrozen(de)).toBe(true);
    expect(Object.isFrozen(de.messages)).toBe(true);
    expect(() => {
      (de.messages as Record<string, string>)['validation.required'] = 'x';
    }).toThrow(TypeError);
  });
});

describe('negotiateLocale', () => {
  it('finds the pack of a regional tag, else English', () => {
    expect(negotiateLocale('de-AT', packs)).toBe(de);
    expect(negotiateLocale('de-CH', packs)).toBe(de);
    expect(negotiateLocale('fr-CA', packs)).toBe(fr);
    expect(negotiateLocale('es-MX', packs)).toBe(es);
    expect(negotiateLocale('ja-JP', packs)).toBe('en');
    expect(negotiateLocale('de-AT', [])).toBe('en');
    expect(negotiateLocale('de-AT')).toBe(defaultLocale);
  });

  it('keeps an English region as a tag', () => {
    expect(negotiateLocale('en-GB', packs)).toBe('en-GB');
    expect(negotiateLocale('EN-au', packs)).toBe('en-AU');
  });

  it('reads Accept-Language headers with weights', () => {
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', packs)).toBe(fr);
    expect(negotiateLocale('it-IT, de;q=0.5, fr;q=0.8', packs)).toBe(fr);
    expect(negotiateLocale('ja, en-GB;q=0.9, de;q=0.8', packs)).toBe('en-GB');
    expect(negotiateLocale('de;q=0, fr;Q=0.2', packs)).toBe(fr);
    expect(negotiateLocale('de;q=abc, es', packs)).toBe(es);
    expect(negotiateLocale('', packs)).toBe('en');
  });

  it('takes lists and POSIX spellings', () => {
    expect(negotiateLocale(['it', 'es-AR', 'de'], packs)).toBe(es);
    expect(negotiateLocale('de_DE.UTF-8', packs)).toBe(de);
    expect(negotiateLocale('fr_CA@euro', packs)).toBe(fr);
  });

  it('matches a regional pack by language, but never takes English requests to a pack', () => {
    const swiss = defineLocalePack({ tag: 'de-CH', name: 'Schweiz', messages: de.messages });
    expect(negotiateLocale('de-AT', [swiss])).toBe(swiss);
    expect(negotiateLocale('de-CH', [de, swiss])).toBe(swiss);
    const pirate = defineLocalePack({ tag: 'en-x-pirate', name: 'Pirate', messages: de.messages });
    expect(negotiateLocale('en-GB', [pirate])).toBe('en-GB');
    expect(negotiateLocale('en-x-pirate', [pirate])).toBe(pirate);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    for (const requested of [
      undefined,
      null,
      42,
      {},
      hostile,
      ['de', 7, null],
      'x'.repeat(100_000),
    ]) {
      expect(() => negotiateLocale(requested as never, packs)).not.toThrow();
    }
    expect(negotiateLocale('de', [null, 'de', { tag: 7 }, de] as never)).toBe(de);
    expect(negotiateLocale('de', hostile as never)).toBe('en');
  });

  it('returns a locale every formatter takes, for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string())),
        (requested) => {
          const locale = negotiateLocale(requested, packs);
          expect(typeof locale === 'string' || packs.includes(locale as LocalePack)).toBe(true);
          expect(typeof formatError(error, locale)).toBe('string');
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('any string or value as locale (property)', () => {
  const localeArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      'de-DE',
      'fr',
      'es-419',
      'en-GB',
      'zh-Hant-TW',
      'und',
      'en-US-u-nu-arab',
      'i-klingon',
    ),
    fc.stringMatching(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,4}$/),
    fc.anything(),
  );

  it('never makes a formatter throw', () => {
    fc.assert(
      fc.property(localeArb, (locale) => {
        expect(typeof formatError(error, locale as never)).toBe('string');
        expect(typeof formatMessage('error.more_issues', { count: 3 }, locale as never)).toBe(
          'string',
        );
        expect(
          typeof renderMessage(
            { en: '{n, plural, one {# day} other {# days}} in {stage}', de: '{n} Tage' },
            { n: 2, stage: { key: 'stage.preparing' }, lang: { language: 'es' } },
            locale as never,
          ),
        ).toBe('string');
      }),
      { numRuns: 3_000 },
    );
  });

  it('renders English texts for every string that is not a pack', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        expect(formatMessage('validation.required', {}, tag)).toBe('is required');
      }),
      { numRuns: 1_000 },
    );
  });
});
