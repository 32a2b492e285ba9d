// The public surface of the model and i18n: frozen constants, no internals
// exported, and formatError for thrown errors as well as Result errors.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseOptions } from '../../src/_internal/options';
import { de } from '../../src/i18n/locales/de/index';
import { commonMessages } from '../../src/i18n/messages/common';
import { modelMessages } from '../../src/i18n/messages/model';
import * as root from '../../src/index';
import {
  cycleStages,
  defaultProgramSettings,
  formatError,
  InvalidOptionsError,
  MentorshipKitError,
  messages,
  relationshipEventTypes,
  terminalStages,
} from '../../src/index';
import * as model from '../../src/model/index';

describe('exported constants', () => {
  const constants: [string, object][] = [
    ['defaultProgramSettings', defaultProgramSettings],
    ['cycleStages', cycleStages],
    ['terminalStages', terminalStages],
    ['relationshipEventTypes', relationshipEventTypes],
    ['messages', messages],
    ['modelMessages', modelMessages],
    ['commonMessages', commonMessages],
    ['the German pack', de],
    ['the German texts', de.messages],
  ];

  it.each(constants)('%s is deeply frozen (regression: live state)', (_name, value) => {
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      expect(Object.isFrozen(node)).toBe(true);
      for (const child of Object.values(node)) walk(child);
    };
    walk(value);
  });

  it('refuse mutation in strict mode and keep their values', () => {
    expect(() => (cycleStages as unknown as string[]).reverse()).toThrow(TypeError);
    expect(() => (terminalStages as unknown as string[]).push('x')).toThrow(TypeError);
    expect(() => (relationshipEventTypes as unknown as string[]).splice(0, 1)).toThrow(TypeError);
    expect(() => {
      (defaultProgramSettings as { proposalTtlDays: number }).proposalTtlDays = 1;
    }).toThrow(TypeError);
    expect(() => {
      (messages as Record<string, string>)['validation.required'] = 'x';
    }).toThrow(TypeError);
    expect(() => {
      delete (modelMessages as Record<string, string>)['validation.required'];
    }).toThrow(TypeError);
    expect(cycleStages).toEqual(['preparing', 'initiating', 'cultivating', 'evaluating']);
    expect(relationshipEventTypes[0]).toBe('propose');
    expect(defaultProgramSettings.proposalTtlDays).toBe(14);
    expect(messages['validation.required']).toBe('is required');
  });
});

describe('the model surface', () => {
  it('no longer exports internals (personProfileShape, createParser)', () => {
    for (const name of [
      'personProfileShape',
      'createParser',
      'fromZodIssue',
      'validationError',
      'locales',
      'MessageEntry',
    ]) {
      expect(model, name).not.toHaveProperty(name);
      expect(root, name).not.toHaveProperty(name);
    }
  });
});

describe('formatError of thrown errors', () => {
  it('renders an InvalidOptionsError with its issues, in any locale', () => {
    let caught: unknown;
    try {
      parseOptions(
        'evaluateChecklist',
        z.strictObject({ role: z.enum(['mentor', 'mentee']), now: z.string() }),
        {
          role: 'mentor ',
          nowe: 'x',
        },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidOptionsError);
    expect(caught).toBeInstanceOf(MentorshipKitError);
    const error = caught as InvalidOptionsError;
    expect(formatError(error)).toBe(
      [
        'Invalid options for evaluateChecklist (3 problems):',
        '- at role: must be one of mentor or mentee',
        '- at now: is required',
        '- at (document): unknown field: nowe',
      ].join('\n'),
    );
    expect(formatError(error, de).split('\n')[0]).toBe(
      'Ungültige Optionen für evaluateChecklist (3 Probleme):',
    );
    expect(formatError(error, 'de-DE')).toBe(formatError(error));
  });

  it('renders a MentorshipKitError with its path', () => {
    const error = new MentorshipKitError('"x" is not a time zone', {
      code: 'invalid_time_zone',
      messageKey: 'validation.invalid_time_zone',
      params: { value: 'x' },
      path: ['mentors', 3, 'timeZone'],
    });
    expect(formatError(error)).toBe(
      'at mentors[3].timeZone: "x" is not an IANA time zone such as Europe/Berlin',
    );
    expect(formatError(error, de)).toBe(
      'bei mentors[3].timeZone: „x“ ist keine IANA-Zeitzone wie Europe/Berlin',
    );
  });

  it('falls back to the message of anything else it is handed', () => {
    expect(formatError(new Error('plain') as never)).toBe('plain');
    expect(formatError('text' as never)).toBe('text');
    expect(formatError(null as never)).toBe('null');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(() => formatError(hostile as never)).not.toThrow();
  });
});
