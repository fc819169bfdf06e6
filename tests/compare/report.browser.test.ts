import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ingest } from '../../pipeline/ingest.js';
import { compareRun } from '../../compare/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHITIEU_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'output', 'report-screenshot.png');
const COMMUNES = ['Ngọc Trạo', 'Tịnh Long', 'Hợp Thịnh', 'Thành Thọ', 'Hoằng Cát'];
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
    // tall enough that the screenshot holds the charts and the top of the matrix
    const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(reportHtml).href);

    const heads = await page.locator('#matrix th.commune').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(heads).toHaveLength(5);
    for (const c of COMMUNES) expect(heads.some((h) => h.startsWith(c)), c).toBe(true);
    // every matrix row has a cell per commune: a stated level or an explicit "no target"
    const rowCells = await page.locator('#matrix tr:has(th[scope=row])').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).slice(1).map((td) => (td.textContent ?? '').trim())));
    expect(rowCells.length).toBeGreaterThan(20);
    for (const cells of rowCells) {
      expect(cells).toHaveLength(5);
      for (const t of cells) expect(t === 'no target' || /\d|Có|—/u.test(t), t).toBe(true);
    }
    const sizes = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThan(0);
      expect(h).toBeGreaterThan(0);
    }
    // bars and the quarter columns are drawn, and a reference line is shown beside a measure
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(5);
    expect(await page.locator('svg.chart line.ref').count()).toBeGreaterThan(0);
    // the charts name all five communes (bar labels, timeline legend) and are on screen, legible size
    const chartTexts = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => (e.textContent ?? '')));
    const withAll = chartTexts.filter((t) => COMMUNES.every((c) => t.includes(c)));
    expect(withAll.length).toBeGreaterThanOrEqual(2);
    const fontSizes = await page.locator('svg.chart text').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(11);
    const inView = await page.locator('svg.chart').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().bottom <= innerHeight).length);
    expect(inView).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#matrix').evaluate((e) => e.getBoundingClientRect().top < innerHeight)).toBe(true);
    expect(await page.locator('#contradictions tr.contradiction').count()).toBeGreaterThanOrEqual(10);
    expect(requests).toEqual([]);

    await mkdir(join(ROOT, 'output'), { recursive: true });
    await rm(SCREENSHOT, { force: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect((await stat(SCREENSHOT)).size).toBeGreaterThan(50_000);
  });
});
