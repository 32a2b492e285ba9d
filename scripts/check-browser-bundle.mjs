// Bundles every public entry for the browser with esbuild. A Node built-in
// (node:fs, path, …) anywhere in src/ makes the bundle fail, which is the point:
// the library must run in browsers, Deno, Bun and edge runtimes.
import { build } from 'esbuild';

const entries = [
  'index',
  'model/index',
  'lifecycle/index',
  'checklists/index',
  'matching/index',
  'program/index',
  'i18n/locales/en/index',
  'i18n/locales/de/index',
  'i18n/locales/fr/index',
  'i18n/locales/es/index',
];
for (const entry of entries) {
  const result = await build({
    entryPoints: [`src/${entry}.ts`],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    external: ['zod'],
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeBuiltins = inputs.filter((input) => input.startsWith('node:'));
  if (nodeBuiltins.length > 0) throw new Error(`${entry} pulls in ${nodeBuiltins.join(', ')}`);
  const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.length, 0);
  console.log(
    `browser bundle ok: ${entry} (${inputs.length} modules, ${(bytes / 1024).toFixed(1)} KiB unminified)`,
  );
}
