// Runs every `bench/*.bench.ts` in name order, or only those whose name
// contains one of the words given: `npm run bench -- matching`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((word) => name.includes(word)))
  .sort();

console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<void>;
  };
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  await module.default();
}
if (files.length === 0) console.log('no benchmark matched');
