import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every program in examples/ runs to completion: an example that no longer
// works is a broken promise in the docs.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.ts'));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(file: string, args: readonly string[] = []): string {
  return execFileSync(tsx, [join('examples', file), ...args], { cwd: root, encoding: 'utf8' });
}

describe('examples', () => {
  it('exist', () => {
    expect(examples).toContain('demo.ts');
    for (const file of [
      'validate-request-body.ts',
      'persist-relationship.ts',
      'match-from-csv.ts',
      'custom-criterion.ts',
      'custom-checklist-item.ts',
    ]) {
      expect(examples).toContain(file);
    }
  });

  it.each(examples)('%s runs to completion', (file) => {
    expect(run(file).length).toBeGreaterThan(0);
  });

  it('the demo speaks German with --locale de', () => {
    expect(run('demo.ts', ['--locale', 'de'])).toContain('Mentor:innen');
  });

  it('the demo negotiates any tag to the nearest language shipped', () => {
    const austrian = run('demo.ts', ['--locale', 'de-AT']);
    expect(austrian).toContain('Mentor:innen');
    expect(austrian).toContain('Anbahnen'); // the stage names of the German pack
    const french = run('demo.ts', ['--locale=fr']);
    expect(french).toContain('Mentorés');
    expect(french).toContain('Amorcer');
    const mexican = run('demo.ts', ['--locale', 'es-MX']);
    expect(mexican).toContain('Mentorados');
    expect(mexican).toContain('Cultivar');
    const unknown = run('demo.ts', ['--locale', 'xx-YY']);
    expect(unknown).toContain('No texts for "xx-YY"; showing English.');
    expect(unknown).toContain('Cultivate');
  });

  it('the request example accepts the good body and rejects the bad one with paths', () => {
    const output = run('validate-request-body.ts');
    expect(output).toMatch(/^201 /m);
    expect(output).toMatch(/^400 /m);
    expect(output).toContain('invalid_time_zone');
  });

  it('the persistence example restores and replays to the same document', () => {
    const output = run('persist-relationship.ts');
    expect(output).toContain('restored equals the original: true');
    expect(output).toContain('equals it too: true');
  });

  it('the CSV example skips the broken row and matches the rest', () => {
    const output = run('match-from-csv.ts');
    expect(output).toMatch(/line 12 skipped/);
    expect(output).toContain('Lena Schmidt → Ada Weber');
  });

  it('the custom criterion shows up in the explanation', () => {
    expect(run('custom-criterion.ts')).toMatch(/Seasoned mentor for a career change: \d+ years/);
  });

  it('the custom checklist items change status over time', () => {
    const output = run('custom-checklist-item.ts');
    expect(output).toContain('Lebenslauf in einem Termin besprochen: done (meeting:m2)');
    expect(output).toContain('Mindestens zweimal im Monat treffen: overdue');
  });
});
