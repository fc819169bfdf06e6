import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runDiff } from '../../cli/diff.js';
import { launchChromium } from './browser.js';
import { blankLine, ingestTo, oneChange, workDir, type OneChange } from './fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'output', 'review');
const quiet = { out: () => {}, err: () => {}, stdoutIsTTY: false };

let work: string;
let change: OneChange;
let diffHtml: string;
let goldHtml: string;
let browser: Browser | null = null;

beforeAll(async () => {
  work = await workDir();
  change = await oneChange(work, '002_6f4458b79196ed4f.txt', 90);
  // A copy of the seed with the changed indicator's line blanked: against the answer key, its record is missed.
  const blanked = await blankLine(work, change.seed, change.indicator.line);
  const [a, b, c] = await Promise.all([
    ingestTo([change.original], join(work, 'a')),
    ingestTo([change.changed], join(work, 'b')),
    ingestTo([blanked], join(work, 'c')),
  ]);
  diffHtml = join(work, 'diff.html');
  goldHtml = join(work, 'gold', 'review.html');
  expect(await runDiff([a, b, '--html', diffHtml], quiet)).toBe(0);
  expect(await runDiff([c, '--gold', join(ROOT, 'corpus', 'gold'), '--html', join(work, 'gold')], quiet)).toBe(0);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(file: string): Promise<{ page: Page; requests: string[] }> {
  browser ??= await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, requests };
}

/** The text of the highlighted segments of a record, and whether the first is in the viewport. */
async function selected(page: Page, uid: string): Promise<{ text: string; current: number; inView: boolean }> {
  return page.evaluate((id) => {
    const segs = Array.from(document.querySelectorAll(`[data-recs~="${id}"]`));
    const r = segs[0]?.getBoundingClientRect();
    return {
      text: segs.map((s) => s.textContent).join(''),
      current: segs.filter((s) => s.classList.contains('current')).length,
      inView: !!r && r.bottom > 0 && r.top < window.innerHeight && r.width > 0,
    };
  }, uid);
}

describe('review page in headless Chromium', () => {
  it('diff of two runs: the changed record is coloured, clicking it scrolls to its highlighted quote; filters hide records', async () => {
    const { page, requests } = await open(diffHtml);
    const changed = page.locator('li.rec[data-change="changed"]');
    expect(await changed.count()).toBe(1);
    expect(await changed.innerText()).toContain(`value: ${change.oldValue} → ${change.newValue}`);
    // every record type present in the document is highlighted in the text
    for (const t of ['indicator', 'task', 'reference']) expect(await page.locator(`.text .hl.t-${t}`).count()).toBeGreaterThan(0);
    expect(await page.locator('.text .hl.c-changed').count()).toBeGreaterThan(0);

    // a record far down the list: its quote starts out of view, then is scrolled to and flashed
    const last = page.locator('li.rec[data-kind="indicator"]').last();
    const lastId = (await last.getAttribute('data-rec'))!;
    expect((await selected(page, lastId)).inView).toBe(false);
    await last.click();
    const sel = await selected(page, lastId);
    expect(sel.current).toBeGreaterThan(0);
    expect(sel.inView).toBe(true);
    expect(sel.text).toBe(await last.locator('.q').innerText());

    await changed.click();
    const uid = (await changed.getAttribute('data-rec'))!;
    const c = await selected(page, uid);
    expect(c.current).toBeGreaterThan(0);
    expect(c.inView).toBe(true);
    expect(c.text).toContain(`${change.newValue}%`);
    expect(await page.locator(`[data-recs~="${lastId}"].current`).count()).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'review-diff-screenshot.png'), fullPage: false });

    await page.locator('.filters input[value="unchanged"]').uncheck();
    expect(await page.locator('li.rec:not(.hidden)').count()).toBe(1);
    expect(await page.locator('.text .hl.c-unchanged:not(.c-changed):not(.off)').count()).toBe(0);
    expect(requests).toEqual([]);
  });

  it('diff against answer keys: a missed record is placed by its line in the run text, and clicking text selects its record', async () => {
    const { page, requests } = await open(goldHtml);
    const html = await readFile(goldHtml, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="https?:/u);
    const missed = page.locator(`li.rec[data-change="removed"][data-kind="indicator"]`, { hasText: `line ${change.indicator.line}` });
    expect(await missed.count()).toBeGreaterThan(0);
    const first = missed.first();
    expect(await first.innerText()).toContain('(by line)');
    await first.click();
    const s = await selected(page, (await first.getAttribute('data-rec'))!);
    expect(s.current).toBeGreaterThan(0);
    expect(s.inView).toBe(true);
    expect(s.text).toContain('Nội dung này đã được lược bỏ');
    await page.screenshot({ path: join(SHOTS, 'review-gold-screenshot.png'), fullPage: false });

    // clicking a highlighted indicator in the text selects that record in the list
    const seg = page.locator('.text .hl.t-indicator.c-unchanged').nth(3);
    await seg.click();
    const ids = (await seg.getAttribute('data-recs'))!.split(' ');
    const current = await page.locator('li.rec.current').getAttribute('data-rec');
    expect(ids).toContain(current);
    expect(requests).toEqual([]);
  });
});
