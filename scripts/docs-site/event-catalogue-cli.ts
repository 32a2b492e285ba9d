import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEventCatalogue } from './event-catalogue';

// `npm run docs:events`: writes docs/events.md from the machines and the event schemas.
const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'events.md');
writeFileSync(target, renderEventCatalogue());
console.log(`wrote ${target}`);
