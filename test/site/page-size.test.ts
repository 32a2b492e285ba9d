import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Signatures name their types instead of spelling them out: a reference page
// (function, interface, type, variable, class) stays under 100 kB. The pages
// that list a whole module or hold a long guide get a budget of their own.
const root = join(__dirname, '..', '..');
const site = resolve(root, process.env.SITE_DIR ?? 'docs-site');
const referencePage = 100 * 1024;
const listingPage = 250 * 1024;

function pages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('the size of the docs site’s pages', () => {
  it('has a built site', () => {
    expect(existsSync(join(site, 'index.html')), 'run `npm run docs` first').toBe(true);
  });

  it('keeps every reference page under 100 kB and every listing or guide under 250 kB', () => {
    const all = pages(site).map((path) => ({
      page: relative(site, path),
      bytes: statSync(path).size,
    }));
    expect(all.filter(({ page }) => page.startsWith('functions/')).length).toBeGreaterThan(50);
    const over = all.filter(({ page, bytes }) => {
      const listing =
        page.startsWith('modules/') || page.startsWith('documents/') || !page.includes('/');
      return bytes > (listing ? listingPage : referencePage);
    });
    expect(over).toEqual([]);
  });
});
