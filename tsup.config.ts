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
