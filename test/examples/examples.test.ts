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
    expect(examples).toContain('validate-request-body.ts');
  });

  it.each(examples)('%s runs to completion', (file) => {
    expect(run(file).length).toBeGreaterThan(0);
  });

  it('the demo speaks German with --locale de', () => {
    expect(run('demo.ts', ['--locale', 'de'])).toContain('Mentor:innen');
  });

  it('the request example accepts the good body and rejects the bad one with paths', () => {
    const output = run('validate-request-body.ts');
    expect(output).toMatch(/^201 /m);
    expect(output).toMatch(/^400 /m);
    expect(output).toContain('invalid_time_zone');
  });
});
