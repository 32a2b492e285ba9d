import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifecycleMachine } from '../../src/index';

// Opens the built TypeDoc site (`npm run docs` → docs-site/) in headless
// Chromium, the Debian package, served over HTTP from this process: no
// network. Screenshots go to reports/site/.
const root = join(__dirname, '..', '..');
const site = resolve(root, process.env.SITE_DIR ?? 'docs-site');
const shots = join(root, 'reports', 'site');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(join(site, 'index.html'))) {
    throw new Error(`no site in ${site}: run \`npm run docs\` first (npm run test:site does)`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium`);
  }
  mkdirSync(shots, { recursive: true });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  // No server when beforeAll failed early: resolve at once instead of hanging.
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Opens a page of the site; fails on any console error, page error or failed request. */
async function open(path: string, shot?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(base + path, { waitUntil: 'load' });
  // TypeDoc shows the page once its script ran; let late errors surface.
  await page.waitForTimeout(300);
  (page as Page & { problems?: string[] }).problems = problems;
  if (shot) await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: false });
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

function find(folder: string, name: string): string {
  const file = readdirSync(join(site, folder)).find((f) => f.endsWith(`.${name}.html`));
  if (!file) throw new Error(`no page for ${name} in ${folder}/`);
  return `${folder}/${file}`;
}

describe('the docs site in Chromium', () => {
  it('opens the index without errors, guides first in the sidebar', async () => {
    const page = await open('index.html', 'index');
    await page.waitForSelector('#tsd-nav-container a');
    const links = await page.$$eval('#tsd-nav-container a', (as) =>
      as.map((a) => a.textContent?.trim() ?? ''),
    );
    expect(links[0]).toBe('Getting started');
    // Titled properly, and each guide once.
    expect(links).toContain('Checklists, mentee roles and health');
    expect(links.filter((text) => text === 'Matching')).toHaveLength(1);
    expect(links).not.toContain('checklists.md');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('opens every guide without errors', async () => {
    const guides = readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html'));
    expect(guides.length).toBeGreaterThanOrEqual(10);
    for (const guide of guides) {
      const page = await open(`documents/${guide}`, `guide-${guide.replace(/\W+/g, '-')}`);
      expect(problemsOf(page), guide).toEqual([]);
      await page.close();
    }
  });

  it('renders the lifecycle diagram as an SVG', async () => {
    const page = await open('documents/The_relationship_lifecycle.html');
    const svg = await page.waitForSelector('div.mermaid svg', { timeout: 30_000 });
    await svg.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'lifecycle-diagram.png') });
    expect(await svg.$$eval('g', (groups) => groups.length)).toBeGreaterThan(10);
    // A box per stage: the source reached Mermaid line by line, not as one label.
    const states = await svg.$$eval('g.node', (nodes) => nodes.map((n) => n.textContent?.trim()));
    for (const stage of lifecycleMachine.stages) expect(states).toContain(stage);
    expect(await page.$('code.mermaid')).toBeNull();
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('lists the fields of Relationship with their comments', async () => {
    const page = await open(find('interfaces', 'Relationship'), 'relationship');
    const members = await page.$$eval('section.tsd-member h3', (hs) =>
      hs.map((h) => h.textContent?.trim() ?? ''),
    );
    for (const field of ['stage', 'mentorId', 'menteeId', 'goals', 'meetings', 'history']) {
      expect(
        members.some((m) => m.startsWith(field)),
        field,
      ).toBe(true);
    }
    const text = await page.textContent('.col-content');
    expect(text).toContain('1 for the first pass through the four stages');
    // Nested parts by name, not spelled out.
    expect(await page.$$eval('a', (as) => as.map((a) => a.textContent))).toContain('Goal');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('shows applyEvent with named types and its @throws', async () => {
    const page = await open(find('functions', 'applyEvent'), 'applyEvent');
    const signature = await page.textContent('.tsd-signature');
    expect(signature).toContain('relationship: Relationship');
    expect(signature).toContain('event: RelationshipEventInput');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
    const throwing = await open(find('functions', 'scorePair'));
    expect(await throwing.textContent('.col-content')).toMatch(/Throws/);
    // The error classes live in another module; the links still resolve.
    const thrown = await throwing.$$eval('.tsd-tag-throws a', (as) => as.map((a) => a.textContent));
    expect(thrown).toContain('InvalidOptionsError');
    expect(problemsOf(throwing)).toEqual([]);
    await throwing.close();
  });

  it('shows the event catalogue', async () => {
    const page = await open('documents/Event_catalogue.html', 'event-catalogue');
    const text = (await page.textContent('.col-content')) ?? '';
    for (const event of [
      'propose',
      'accept',
      'schedule-meeting',
      'attest-checklist-item',
      'Enrolment events',
      'meet-requirement',
    ]) {
      expect(text).toContain(event);
    }
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('gives the model module an overview grouped by what it describes', async () => {
    const page = await open('modules/model.html', 'module-model');
    const sections = await page.$$eval('.col-content summary h2, .col-content h2', (hs) =>
      hs.map((h) => h.textContent?.trim() ?? ''),
    );
    for (const category of ['Relationship', 'Events', 'People and programmes']) {
      expect(sections).toContain(category);
    }
    // Each export with the first line of its comment.
    expect(await page.textContent('.col-content')).toContain('A mentoring relationship');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('finds applyEvent with the search', async () => {
    const page = await open('index.html');
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'applyEvent');
    const first = await page.waitForSelector('#tsd-search-results li a', { timeout: 10_000 });
    const results = await page.$$eval('#tsd-search-results li', (lis) =>
      lis.map((li) => li.textContent?.trim() ?? ''),
    );
    expect(results.some((r) => r.includes('applyEvent'))).toBe(true);
    await page.screenshot({ path: join(shots, 'search.png') });
    await first.click();
    await page.waitForURL(/applyEvent/);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});
