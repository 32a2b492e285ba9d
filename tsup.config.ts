import { defineConfig } from 'tsup';

// One entry per public subpath; the folder layout of dist/ mirrors src/ so the
// exports map in package.json can name each file directly.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'model/index': 'src/model/index.ts',
    'lifecycle/index': 'src/lifecycle/index.ts',
    'checklists/index': 'src/checklists/index.ts',
    'matching/index': 'src/matching/index.ts',
    'program/index': 'src/program/index.ts',
    'locales/de': 'src/i18n/locales/de/index.ts',
    'locales/fr': 'src/i18n/locales/fr/index.ts',
    'locales/es': 'src/i18n/locales/es/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  clean: true,
  outDir: 'dist',
});
