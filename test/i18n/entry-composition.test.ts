// What each public entry bundles: a module's bundle carries its own message
// catalogue and the English texts of the errors its code can make (they join
// `formatError` when it makes one), not every text of the library; and
// matching's `toProposals` does not pull the lifecycle machine, its guards or
// immer. Sizes themselves are
// guarded by size-limit (`npm run check:size`); this guards the structure.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundledFiles(entry: string, names = '*'): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `export ${names} from './src/${entry}';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod'],
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file.replace(/^.*node_modules\/(immer)\/.*$/, 'immer'));
}

const catalogue = (name: string) => `src/i18n/messages/${name}.ts`;
const messageFiles = (files: readonly string[]) =>
  files.filter((file) => file.startsWith('src/i18n/messages/')).sort();

describe('the bundle of each entry', () => {
  it('matching: its own catalogues, the proposal builder and its error texts only', async () => {
    const files = await bundledFiles('matching/index');
    expect(messageFiles(files)).toEqual(
      ['common', 'lifecycle-errors', 'matching', 'matching-errors'].map(catalogue).sort(),
    );
    expect(files).toContain('src/lifecycle/proposal.ts');
    for (const heavy of ['apply', 'guards', 'machine', 'effects'])
      expect(files).not.toContain(`src/lifecycle/${heavy}.ts`);
    expect(files).not.toContain('immer');
    expect(files).not.toContain('src/model/relationship-event.ts');
  });

  it('model: the validation messages and the shared vocabulary, no module error texts', async () => {
    const files = await bundledFiles('model/index');
    expect(messageFiles(files)).toEqual([catalogue('common'), catalogue('model')]);
  });

  it('lifecycle: its error texts only (notifications return message keys)', async () => {
    const files = await bundledFiles('lifecycle/index');
    expect(messageFiles(files)).toEqual([catalogue('lifecycle-errors')]);
  });

  it('formatError alone: the validation messages and the shared vocabulary', async () => {
    const files = await bundledFiles('index', '{ formatError }');
    expect(messageFiles(files)).toEqual([catalogue('common'), catalogue('model')]);
  });

  it('checklists: its own catalogue and the shared vocabulary only', async () => {
    const files = await bundledFiles('checklists/index');
    expect(files.filter((file) => file.startsWith('src/i18n/messages/')).sort()).toEqual([
      catalogue('checklists'),
      catalogue('common'),
    ]);
  });

  it('no module entry bundles a locale pack: other languages come from their own subpaths', async () => {
    for (const entry of [
      'index',
      'model/index',
      'lifecycle/index',
      'checklists/index',
      'matching/index',
      'program/index',
    ]) {
      const files = await bundledFiles(entry);
      expect(
        files.filter((file) => file.startsWith('src/i18n/locales/')),
        entry,
      ).toEqual([]);
    }
  });

  it.each(['de', 'fr', 'es'])(
    'locales/%s: its own texts only, no English catalogue',
    async (language) => {
      const files = await bundledFiles(`i18n/locales/${language}/index`);
      expect(files.filter((file) => file.startsWith('src/i18n/messages/'))).toEqual([]);
      const packs = files.filter((file) => file.startsWith('src/i18n/locales/'));
      expect(packs.length).toBeGreaterThanOrEqual(7);
      for (const file of packs)
        expect(file.startsWith(`src/i18n/locales/${language}/`), file).toBe(true);
    },
  );

  it('program: its own catalogue, the checklists its report reads and the error texts of what it runs', async () => {
    const files = await bundledFiles('program/index');
    expect(messageFiles(files)).toEqual(
      ['checklists', 'common', 'enrolment-errors', 'lifecycle-errors', 'matching-errors', 'program']
        .map(catalogue)
        .sort(),
    );
  });
});
