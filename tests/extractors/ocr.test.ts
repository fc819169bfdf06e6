import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesToText, ocrAvailable, ocrEngineStats, ocrPdfPages } from '../../extractors/ocr.js';
import { sha256 } from '../../extractors/ocr/cache.js';
import { removeRulings, type PixelRule } from '../../extractors/ocr/rules.js';
import { pdfPageTexts, wordOverlap } from '../../extractors/ocr/word-overlap.js';

const CORPUS = 'corpus/formats';
const availability = await ocrAvailable();

it('OCR can run here: the packages npm install brings are present', () => {
  // A missing package fails here by name instead of silently skipping the OCR tests below.
  expect(availability).toEqual({ ok: true });
});

const read = (name: string) => new Uint8Array(readFileSync(join(CORPUS, name)));

describe('ocrPdfPages on the scanned corpus PDFs', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'ocr-test-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  // One page each: a prose page, and a page of 004's indicator table (ruled cells).
  it.each([
    { base: '000_d7d9651ddd969956', page: 1 },
    { base: '004_db43e2131bbb219b', page: 4 },
  ])('$base page $page reads ≥ 85% of the text-layer words', async ({ base, page }) => {
    const reference = (await pdfPageTexts(read(`${base}.pdf`)))[page - 1]!;
    const events: number[] = [];
    const started = performance.now();
    const [result] = await ocrPdfPages(read(`${base}.scanned.pdf`), [page], base, {
      cacheDir,
      onProgress: (e) => {
        expect(e).toMatchObject({ file: base, stage: 'ocr', total: 1 });
        events.push(e.done);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const score = wordOverlap(reference, linesToText(result!.lines));
    console.log(`${base} p${page}: word overlap ${(score.ratio * 100).toFixed(1)}% (${score.found}/${score.total}), ${seconds.toFixed(1)} s`);

    expect(result!.page).toBe(page);
    expect(events).toEqual([0, 1]);
    expect(score.ratio).toBeGreaterThanOrEqual(0.85);
    for (const line of result!.lines) {
      expect(line.text).toBe(line.text.normalize('NFC'));
      expect(line.text.trim()).toBe(line.text);
      expect(line.width).toBeGreaterThan(0);
      expect(line.height).toBeGreaterThan(0);
    }
    // Reading order on a prose page: lines go down the page.
    if (base.startsWith('000')) {
      const ys = result!.lines.map((l) => l.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
    expect(result!.lines.filter((l) => l.paragraphStart).length).toBeGreaterThan(1);
  });

  it('a second call is served from the cache without running the engine', async () => {
    const bytes = read('000_d7d9651ddd969956.scanned.pdf');
    const first = await ocrPdfPages(bytes, [1], 'cache-check', { cacheDir });
    const before = ocrEngineStats();
    const second = await ocrPdfPages(bytes, [1], 'cache-check', { cacheDir });
    expect(ocrEngineStats()).toEqual(before);
    expect(second).toEqual(first);
    // Cache files are complete JSON, no temp files left behind.
    const files = readdirSync(cacheDir);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('a corrupt cache entry is redone, not returned', async () => {
    const bytes = read('000_d7d9651ddd969956.scanned.pdf');
    const [good] = await ocrPdfPages(bytes, [1], 'x', { cacheDir });
    const prefix = sha256(bytes).slice(0, 16);
    const entry = readdirSync(cacheDir).find((f) => f.startsWith(`${prefix}-p1-`) && f.endsWith('.json'))!;
    writeFileSync(join(cacheDir, entry), '{"page": 1, "lin');
    const before = ocrEngineStats().pagesRecognized;
    const [again] = await ocrPdfPages(bytes, [1], 'x', { cacheDir });
    expect(ocrEngineStats().pagesRecognized).toBe(before + 1);
    expect(again).toEqual(good);
  });

  it.each([0, 6, 1.5])('page %s of a 5-page PDF is rejected', async (page) => {
    const dir = mkdtempSync(join(tmpdir(), 'ocr-bad-'));
    try {
      await expect(ocrPdfPages(read('000_d7d9651ddd969956.scanned.pdf'), [page], 'bad', { cacheDir: dir })).rejects.toMatchObject({
        code: 'ocr-bad-page',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('removeRulings', () => {
  const DPI = 100;
  const W = 200;
  const H = 120;
  function image(paint: (set: (x: number, y: number) => void) => void): Uint8ClampedArray {
    const data = new Uint8ClampedArray(W * H * 4).fill(255);
    paint((x, y) => {
      const i = (y * W + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    });
    return data;
  }
  const darkAt = (data: Uint8ClampedArray, x: number, y: number) => data[(y * W + x) * 4]! < 128;

  it.each([
    // A cell border 1.5 in long is cleared; a glyph stroke 0.2 in long stays.
    { name: 'horizontal rule', from: [10, 60], len: 150, dir: 'h', cleared: true },
    { name: 'vertical rule', from: [100, 5], len: 100, dir: 'v', cleared: true },
    { name: 'short horizontal stroke (a dash)', from: [10, 60], len: 20, dir: 'h', cleared: false },
    { name: 'short vertical stroke (a letter l)', from: [100, 40], len: 25, dir: 'v', cleared: false },
  ])('$name cleared: $cleared', ({ from, len, dir, cleared }) => {
    const [x0, y0] = from as [number, number];
    const data = image((set) => {
      for (let k = 0; k < len; k++) {
        for (let t = 0; t < 2; t++) (dir === 'h' ? set(x0 + k, y0 + t) : set(x0 + t, y0 + k));
      }
    });
    removeRulings(data, W, H, DPI);
    const mid = Math.floor(len / 2);
    expect(darkAt(data, dir === 'h' ? x0 + mid : x0, dir === 'h' ? y0 : y0 + mid)).toBe(!cleared);
  });
});

describe('removeRulings reports the rulings it clears', () => {
  const DPI = 100;
  // Page-sized: the skew is measured along rulings as long as a table's.
  const W = 2000;
  const H = 600;
  it('a skewed 3-pixel-thick grid comes back as one segment per ruling with the skew as slope', () => {
    const data = new Uint8ClampedArray(W * H * 4).fill(255);
    const set = (x: number, y: number) => {
      const i = (Math.round(y) * W + Math.round(x)) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    };
    const skew = 0.01;
    // Horizontal rulings y = at + skew·x; vertical ones x = at − skew·y (the same rotation).
    for (const at of [100, 300, 500]) for (let x = 20; x < W - 20; x++) for (let t = 0; t < 3; t++) set(x, at + skew * x + t);
    for (const at of [30, 1000, W - 60]) for (let y = 80; y < 560; y++) for (let t = 0; t < 3; t++) set(at - skew * y + t, y);
    const found: PixelRule[] = [];
    removeRulings(data, W, H, DPI, found);
    const hs = found.filter((r) => r.dir === 'h');
    const vs = found.filter((r) => r.dir === 'v');
    expect(hs).toHaveLength(3);
    expect(vs).toHaveLength(3);
    for (const r of hs) {
      // The page skew is read from horizontal rulings: they must give it closely.
      expect(r.slope).toBeCloseTo(skew, 3);
      expect(r.to - r.from).toBeGreaterThan(W - 100);
    }
    for (const r of vs) expect(r.slope).toBeCloseTo(-skew, 2);
  });
});

