// Prints the Mermaid diagrams of both state machines, generated from
// `lifecycleMachine` and `enrolmentMachine` by the engine's one renderer, as
// the fenced blocks that docs/lifecycle.md and docs/programme.md embed. With
// `--write` it replaces those blocks in the guides; tests fail when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toMermaid } from '../src/lifecycle';
import { enrolmentToMermaid } from '../src/program';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
const fenced = (diagram: string) => `\`\`\`mermaid\n${diagram}\n\`\`\``;

const diagrams = [
  // The relationship's is the first diagram of its guide.
  {
    guide: join(docs, 'lifecycle.md'),
    block: fenced(toMermaid()),
    find: /```mermaid\n[\s\S]*?\n```/,
  },
  // The enrolment's is the diagram that starts with an application.
  {
    guide: join(docs, 'programme.md'),
    block: fenced(enrolmentToMermaid()),
    find: /```mermaid\nstateDiagram-v2\n {2}\[\*\] --> applied[\s\S]*?\n```/,
  },
];

for (const { guide, block, find } of diagrams) {
  if (process.argv.includes('--write')) {
    const text = readFileSync(guide, 'utf8');
    if (!find.test(text)) throw new Error(`no mermaid block in ${guide}`);
    writeFileSync(
      guide,
      text.replace(find, () => block),
    );
    console.log(`updated the diagram in ${guide}`);
  } else {
    console.log(block);
  }
}
