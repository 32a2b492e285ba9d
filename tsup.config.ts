import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// One output file per source file (dist/ mirrors src/), so a bundler that
// imports one function reads only the modules that function needs: no shared
// chunks that carry other entries' code into small imports. Each file is
// compiled on its own; this plugin keeps every relative import external and
// points it at the sibling output file with the extension Node needs.
const perModule: EsbuildPlugin = {
  name: 'per-module-output',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = resolve(args.resolveDir, args.path);
      const file = [`${base}.ts`, join(base, 'index.ts')].find((candidate) =>
        existsSync(candidate),
      );
      if (file === undefined) return undefined;
      const specifier = relative(args.resolveDir, file).replace(/\.ts$/, extension);
      return { path: specifier.startsWith('.') ? specifier : `./${specifier}`, external: true };
    });
  },
};

// The public entries: their declarations are bundled per entry (shared
// declaration chunks keep one copy of each type).
const publicEntries = {
  index: 'src/index.ts',
  'model/index': 'src/model/index.ts',
  'lifecycle/index': 'src/lifecycle/index.ts',
  'checklists/index': 'src/checklists/index.ts',
  'matching/index': 'src/matching/index.ts',
  'program/index': 'src/program/index.ts',
  'i18n/locales/en/index': 'src/i18n/locales/en/index.ts',
  'i18n/locales/de/index': 'src/i18n/locales/de/index.ts',
  'i18n/locales/fr/index': 'src/i18n/locales/fr/index.ts',
  'i18n/locales/es/index': 'src/i18n/locales/es/index.ts',
};

export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: publicEntries },
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  bundle: true,
  splitting: false,
  treeshake: false,
  esbuildPlugins: [perModule],
  clean: true,
  outDir: 'dist',
});
