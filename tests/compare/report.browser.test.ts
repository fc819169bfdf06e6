import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ingest } from '../../pipeline/ingest.js';
import { compareRun } from '../../compare/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHITIEU_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let work: string;
let reportHtml: string;
let browser: Browser | null = null;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-report-'));
  const seeds = (await readdir(join(ROOT, 'corpus'))).filter((f) => /^\d{3}_.*\.txt$/u.test(f)).map((f) => join(ROOT, 'corpus', f));
  await ingest(seeds, { out: join(work, 'run') });
  await compareRun(join(work, 'run'), join(work, 'report'));
  reportHtml = join(work, 'report', 'report.html');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('HTML report in headless Chromium', () => {
  it('renders the matrix with one column per commune and non-empty SVG charts, offline', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh (as root) to install Debian's chromium`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(reportHtml).href);

    expect(await page.locator('#matrix th.commune').count()).toBe(5);
    const sizes = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThan(0);
      expect(h).toBeGreaterThan(0);
    }
    // bars and the quarter columns are drawn, and a reference line is shown beside a measure
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(5);
    expect(await page.locator('svg.chart line.ref').count()).toBeGreaterThan(0);
    expect(await page.locator('#contradictions tr.contradiction').count()).toBeGreaterThanOrEqual(10);
    expect(requests).toEqual([]);

    await page.screenshot({ path: join(ROOT, 'output', 'report-screenshot.png'), fullPage: false });
  });
});
