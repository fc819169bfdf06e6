/**
 * Shared checks for the scanned-PDF bar tests (one test file per scan, so the
 * two OCR runs go to two vitest workers). OCR runs through `extractFile`, the
 * same path `ingest` takes, with the default cache (`.cache/ocr`): the first
 * run reads every page, later runs read the cache.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ocrAvailable, ocrEngineStats } from '../../extractors/ocr.js';
import { extractFile } from '../../pipeline/index.js';
import { loadGold } from '../../review/load.js';
import { SCANNED_MIN_INDICATOR_F1, goldFor, scoreAgainstGold } from '../../scripts/format-score.js';

/** Whole-document OCR of a scan on a cold cache: minutes on a 2-core machine. */
export const OCR_TIMEOUT = 900_000;

export function scannedPdfBars(seed: string, pages: number): void {
  const file = `corpus/formats/${seed}.scanned.pdf`;

  it('OCR can run here (tesseract.js, @tesseract.js-data/vie, @napi-rs/canvas from npm install)', async () => {
    // Fails, never skips: a machine without the OCR packages cannot meet the scanned-PDF bar.
    expect(await ocrAvailable()).toEqual({ ok: true });
  });

  it('without OCR the scan is needs-ocr', async () => {
    const result = await extractFile(file, { ocr: false });
    expect(result.status).toBe('needs-ocr');
    expect(result.indicators).toEqual([]);
    expect(result.messages.map((m) => m.code)).toContain('pdf-needs-ocr');
  });

  it(
    `with OCR: indicators F1 ≥ ${SCANNED_MIN_INDICATOR_F1}, progress per page, a re-run served from the cache`,
    async () => {
      const events: Array<{ stage: string; done: number; total: number }> = [];
      const result = await extractFile(file, { ocr: true, onProgress: (e) => events.push(e) });
      expect(result.status).toBe('ok');
      expect(result.source.ocr).toBe(true);
      expect(result.source.pages).toBe(pages);

      const gold = goldFor(await loadGold('corpus/gold'), seed.slice(0, 3))!;
      const score = scoreAgainstGold(result, gold, readFileSync(`corpus/${gold.document}`, 'utf8'));
      console.log(`${seed}.scanned.pdf: indicators P ${score.indicators.precision.toFixed(3)} R ${score.indicators.recall.toFixed(3)} F1 ${score.indicators.f1.toFixed(3)}`);
      expect(score.indicators.f1).toBeGreaterThanOrEqual(SCANNED_MIN_INDICATOR_F1);

      // Progress: one event before the first page and one per page, all for this file.
      expect(events.map((e) => e.done)).toEqual(Array.from({ length: pages + 1 }, (_, k) => k));
      expect(events.every((e) => e.stage === 'ocr' && e.total === pages)).toBe(true);

      // Every record grounds on a page of the scan.
      for (const i of result.indicators) expect(i.provenance.page).toBeGreaterThanOrEqual(1);

      const before = ocrEngineStats();
      const again = await extractFile(file, { ocr: true });
      expect(ocrEngineStats()).toEqual(before);
      expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    },
    OCR_TIMEOUT,
  );
}
