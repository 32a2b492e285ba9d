import { defineConfig } from 'vitest/config';

// The docs site in a real browser (`npm run test:site`), apart from the main
// run: it needs the built site (`npm run docs`) and Chromium.
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
    fileParallelism: false,
  },
});
