// Prints the lifecycle's Mermaid diagram, generated from `lifecycleMachine`,
// as the fenced block that docs/lifecycle.md embeds. With `--write` it
// replaces that block in the guide; a test fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toMermaid } from '../src/lifecycle';

const block = `\`\`\`mermaid\n${toMermaid()}\n\`\`\``;

if (process.argv.includes('--write')) {
  const guide = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'lifecycle.md');
  const text = readFileSync(guide, 'utf8');
  const fenced = /```mermaid\n[\s\S]*?\n```/;
  if (!fenced.test(text)) throw new Error(`no mermaid block in ${guide}`);
  writeFileSync(
    guide,
    text.replace(fenced, () => block),
  );
  console.log(`updated the diagram in ${guide}`);
} else {
  console.log(block);
}
