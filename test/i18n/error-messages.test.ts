// formatError carries only the validation messages and the shared vocabulary;
// each module's error texts join when that module names an error key through
// its key function (`lifecycleErrorKey`, `matchingErrorKey`, …). These tests
// check both halves: every error a module makes renders in English straight
// away (in a fresh module graph, as in an app), and no source file names an
// error key of a module catalogue without going through a key function.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enrolmentErrorMessages } from '../../src/i18n/messages/enrolment-errors';
import { lifecycleErrorMessages } from '../../src/i18n/messages/lifecycle-errors';
import { matchingErrorMessages } from '../../src/i18n/messages/matching-errors';

type Kit = typeof import('../../src/index');
type En = typeof import('../../src/i18n/locales/en/index');

let kit: Kit;
let en: En['en'];

beforeEach(async () => {
  // A fresh module graph per test: nothing has made an error yet.
  vi.resetModules();
  kit = await import('../../src/index');
  ({ en } = await import('../../src/i18n/locales/en/index'));
});

const stored = (messageKey: string) =>
  ({ code: 'x', messageKey, params: { id: 'ev-1' } }) as unknown as Parameters<
    Kit['formatError']
  >[0];

describe('formatError in a fresh app', () => {
  it('renders validation errors without any module having run', () => {
    const result = kit.parseMentorProfile({ schemaVersion: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(kit.formatError(result.error)).toMatch(
      /^The input is not valid .*\n- at id: is required/,
    );
  });

  it('renders a module’s error once the module made one, and any error through the en pack', () => {
    const key = 'lifecycle.error.duplicate_event_id';
    // Read back from storage, before the lifecycle ran: the key, unless a pack is given.
    expect(kit.formatError(stored(key))).toBe(key);
    expect(kit.formatError(stored(key), en)).toBe(
      'An event with the id "ev-1" was already applied.',
    );
    const refused = kit.replay([]);
    expect(!refused.ok && kit.formatError(refused.error)).toBe(
      'at (document): There are no events: a relationship starts with a proposal.',
    );
    // Now the lifecycle's texts are known, stored errors render too.
    expect(kit.formatError(stored(key))).toBe('An event with the id "ev-1" was already applied.');
  });

  it('renders the errors matching throws', () => {
    let thrown: unknown;
    try {
      kit.solve({ scores: 7 } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(kit.InvalidOptionsError);
    const text = kit.formatError(thrown as InstanceType<Kit['InvalidOptionsError']>);
    expect(text).not.toMatch(/matching\.error\./);
    expect(text).toMatch(/^Invalid options for solve/);
  });

  it('renders enrolment refusals', () => {
    const refused = kit.replayEnrolment([]);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.messageKey).toBe('enrolment.error.no_events');
    expect(kit.formatError(refused.error)).not.toBe(refused.error.messageKey);
  });

  it('renders the programme’s own errors (a round of another programme, dates out of order)', () => {
    const draft = {
      id: 'spring-2027',
      name: 'Spring 2027',
      applicationWindow: { opensAt: '2027-02-07', closesAt: '2027-01-11' },
      matchingAt: '2027-02-15',
      relationshipMonths: 6,
    };
    const now = '2027-01-20T09:00:00+01:00';
    const result = kit.planRound({ id: 'career' }, { round: draft, now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(kit.formatError(result.error)).toContain(
      'at applicationWindow.closesAt: Applications must close after they open.',
    );
    const other = kit.planRound(
      { id: 'career' },
      {
        round: {
          ...draft,
          applicationWindow: { opensAt: '2027-01-11', closesAt: '2027-02-07' },
          programId: 'elsewhere',
        },
        now,
      },
    );
    expect(!other.ok && kit.formatError(other.error)).toMatch(/belongs to programme “elsewhere”/);
  });

  it('renders every key of every catalogue through the en pack as formatMessage does', () => {
    for (const key of Object.keys(kit.messages)) {
      const error = stored(key);
      expect(kit.formatError(error, en)).toBe(
        kit.formatMessage(key as never, { id: 'ev-1' }, 'en'),
      );
    }
  });
});

// ── the static half ─────────────────────────────────────────────────────────

// Error and guard keys of the module catalogues (their labels, such as
// `lifecycle.event.*`, only ever render inside those errors), and the
// programme's error keys, which share a catalogue with its display texts.
const lazyPrefixes = [
  'lifecycle.error',
  'lifecycle.guard',
  'enrolment.error',
  'enrolment.guard',
  'matching.error',
];
const lazyKeys = new Set([
  ...[
    ...Object.keys(lifecycleErrorMessages),
    ...Object.keys(matchingErrorMessages),
    ...Object.keys(enrolmentErrorMessages),
  ].filter((key) => lazyPrefixes.some((prefix) => key.startsWith(`${prefix}.`))),
  'program.report.program_mismatch',
  'program.enrolment.program_mismatch',
  'program.round.program_mismatch',
  'program.shortlist.not_on_shortlist',
  'program.shortlist.no_free_place',
  'program.round.window_closes_before_it_opens',
  'program.round.matching_before_applications_close',
]);

// Calls that bring a module's error texts: the key functions, and the helpers
// that call one for the key they are given.
const bringsTexts = (callee: string) =>
  callee.endsWith('ErrorKey') || callee === 'problemError' || callee === 'fail';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith('/i18n') ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Whether a literal naming a key sits where its module's texts come along. */
function covered(node: ts.Node): boolean {
  let at: ts.Node = node;
  for (;;) {
    const parent = at.parent;
    if (parent === undefined) return false;
    if (ts.isTypeNode(parent)) return true;
    if (
      ts.isConditionalExpression(parent) ||
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent)
    ) {
      at = parent;
      continue;
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(at as ts.Expression)) {
      const callee = parent.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      return bringsTexts(name);
    }
    return false;
  }
}

describe('error keys in the source', () => {
  it('go through a key function wherever a module names one', () => {
    const uncovered: string[] = [];
    let seen = 0;
    for (const file of sourceFiles('src')) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node) => {
        let text: string | undefined;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          if (lazyKeys.has(node.text)) text = node.text;
        } else if (ts.isTemplateExpression(node)) {
          if (lazyPrefixes.some((prefix) => node.head.text.startsWith(`${prefix}.`)))
            text = `${node.head.text}…`;
        }
        if (text !== undefined) {
          seen++;
          if (!covered(node)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            uncovered.push(`${file}:${line + 1} ${text}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    // The scan found the keys (so a renamed catalogue cannot make it pass by finding none).
    expect(seen).toBeGreaterThan(40);
    expect(uncovered).toEqual([]);
  });
});
