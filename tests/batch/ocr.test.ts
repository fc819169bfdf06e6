/**
 * OCR inside the worker pool: progress reaches the caller and the CLI output,
 * identical scans are OCRed once (the copy waits for the first and reads its
 * cache), and a page that runs past --ocr-page-timeout fails the document with
 * a typed `timeout` naming the page. Each test has an empty OCR cache of its own.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../cli/run.js';
import { createProgress } from '../../cli/ingest-progress.js';
import { ingest, type IngestEvent } from '../../pipeline/ingest.js';
import { capture, events, tmp } from './helpers.js';
import { CORPUS, SEEDS } from '../pipeline/helpers.js';

// Two scanned pages (see tests/fixtures/README.md): enough for per-page events, cheap with an empty cache.
const SCAN = fileURLToPath(new URL('../fixtures/scan-2-pages.pdf', import.meta.url));

describe('OCR in the worker pool', { timeout: 900_000 }, () => {
  it('reports every OCR page per file; a second copy of the same scan waits for the first and reads its cache', async () => {
    const dir = tmp('scan');
    copyFileSync(SCAN, join(dir, 'a.pdf'));
    copyFileSync(SCAN, join(dir, 'b.pdf'));
    const seen: IngestEvent[] = [];
    const { manifest } = await ingest([dir], { out: tmp('scan-run'), cacheDir: tmp('ocr-cache'), concurrency: 2, onEvent: (e) => seen.push(e) });
    expect(manifest.entries.map((e) => e.status)).toEqual(['ok', 'ok']);

    const ocrOf = (file: string) => seen.filter((e): e is Extract<IngestEvent, { event: 'ocr' }> => e.event === 'ocr' && e.file === file);
    const [a, b] = ['a.pdf', 'b.pdf'].map((n) => join(dir, n));
    for (const file of [a!, b!]) {
      const pages = ocrOf(file);
      expect(pages.length).toBeGreaterThan(1);
      const total = pages[0]!.pages;
      expect(pages.map((e) => e.page)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    }
    // Whichever copy ran first finished before the other started OCR (no two threads on one scan).
    const at = (pred: (e: IngestEvent) => boolean) => seen.findIndex(pred);
    const firstDone = Math.min(...[a!, b!].map((f) => at((e) => e.event === 'document' && e.entry.input === f)));
    const firstOcr = [a!, b!].map((f) => at((e) => e.event === 'ocr' && e.file === f)).sort((x, y) => x - y);
    expect(firstOcr[1]).toBeGreaterThan(firstDone);

    // The CLI shows the same events: one JSON line each, or the current page on the progress line.
    const json = capture();
    const sink = createProgress('json', json.io);
    seen.forEach(sink.onEvent);
    expect(events(json.out).filter((e) => e.event === 'ocr')).toEqual(seen.filter((e) => e.event === 'ocr').map((e) => ({ ...e })));
    const lines = capture();
    const plain = createProgress('lines', lines.io);
    plain.onEvent({ event: 'start', total: 2, threads: 2 });
    plain.onEvent(ocrOf(a!)[1]!);
    plain.onEvent({ event: 'end', manifest: 'm', summary: manifest.summary, stats: { processed: 2, reused: 0, checked: 0, threads: 1 } });
    plain.stop();
    expect(lines.err.at(-1)).toMatch(new RegExp(`OCR a\\.pdf 1/${ocrOf(a!)[0]!.pages}$`, 'u'));
  });

  it('a scanned page past --ocr-page-timeout fails its document with `timeout` naming the page; other documents are unaffected', async () => {
    const dir = tmp('scan-slow');
    copyFileSync(SCAN, join(dir, 'a.pdf'));
    writeFileSync(join(dir, 'b.txt'), await import('node:fs').then((fs) => fs.readFileSync(join(CORPUS, SEEDS[0]!))));
    // 50 ms cannot hold starting the OCR engine and reading a 300 dpi page; the text plan needs no OCR.
    const { manifest } = await ingest([dir], { out: tmp('scan-slow-run'), cacheDir: tmp('ocr-cache'), concurrency: 1, ocrPageTimeoutSeconds: 0.05 });
    const [scan, text] = manifest.entries;
    expect(scan).toMatchObject({ status: 'failed', error: { code: 'timeout', stage: 'ocr', file: join(dir, 'a.pdf') } });
    expect(scan!.error!.message).toMatch(/OCR of page 1 of \d+ took longer than 0\.05 s/u);
    expect(text).toMatchObject({ status: 'ok' });
  });

  it('a result made without OCR because OCR could not run here is kept but redone by the next run', async () => {
    const dir = tmp('scan-noocr');
    copyFileSync(SCAN, join(dir, 'a.pdf'));
    const out = tmp('scan-noocr-run');
    // A cache "folder" that is a file: the engine cannot store its model, so OCR fails for this run only.
    const blocked = join(tmp('blocked'), 'cache');
    writeFileSync(blocked, '');
    const first = await ingest([dir], { out, cacheDir: blocked, concurrency: 1 });
    expect(first.manifest.entries[0]).toMatchObject({ status: 'needs-ocr', error: null });
    const result = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(out, first.manifest.entries[0]!.output!), 'utf8')));
    expect(result.messages.find((m: { code: string }) => m.code === 'ocr-failed')?.reason).toMatch(/OCR failed: .+/u);
    const again = await ingest([dir], { out, cacheDir: blocked, concurrency: 1 });
    expect(again.stats).toMatchObject({ processed: 1, reused: 0 });
  });

  it('--ocr-page-timeout must be a positive number', async () => {
    const c = capture();
    expect(await run(['ingest', join(CORPUS, SEEDS[0]!), '--out', tmp('u'), '--ocr-page-timeout', '0'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('Expected `--ocr-page-timeout`');
  });
});
