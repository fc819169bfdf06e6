/**
 * Measures OCR speed and word accuracy on every page of the scanned corpus
 * PDFs, against the text layer of the born-digital PDF each scan was made from.
 *
 *   npx tsx extractors/ocr/measure.ts [dpi] [psm] [rulings: remove|keep]
 *
 * Uses a fresh cache dir so every page is really recognised.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_OCR_SETTINGS, linesToText, ocrPdfPagesWith } from '../ocr.js';
import { pdfPageTexts, wordOverlap } from './word-overlap.js';

const CORPUS = 'corpus/formats';
const SCANS = ['000_d7d9651ddd969956', '004_db43e2131bbb219b'];

const settings = {
  dpi: Number(process.argv[2] ?? DEFAULT_OCR_SETTINGS.dpi),
  psm: process.argv[3] ?? DEFAULT_OCR_SETTINGS.psm,
  removeRulings: process.argv[4] ? process.argv[4] === 'remove' : DEFAULT_OCR_SETTINGS.removeRulings,
};
const cacheDir = mkdtempSync(join(tmpdir(), 'ocr-measure-'));
let found = 0;
let total = 0;
let seconds = 0;
let pageCount = 0;
try {
  for (const name of SCANS) {
    const scanned = new Uint8Array(readFileSync(join(CORPUS, `${name}.scanned.pdf`)));
    const reference = await pdfPageTexts(new Uint8Array(readFileSync(join(CORPUS, `${name}.pdf`))));
    // One call per file, as the pipeline makes it: one worker for all its pages.
    const pages = reference.map((_, i) => i + 1);
    const times: number[] = [];
    let last = performance.now();
    const results = await ocrPdfPagesWith(scanned, pages, name, {
      cacheDir,
      onProgress: ({ done }) => {
        const now = performance.now();
        if (done > 0) times.push((now - last) / 1000);
        last = now;
      },
    }, settings);
    for (const result of results) {
      const secs = times[result.page - 1]!;
      const score = wordOverlap(reference[result.page - 1]!, linesToText(result.lines));
      found += score.found;
      total += score.total;
      seconds += secs;
      pageCount++;
      console.log(
        `${name} p${result.page}: ${(score.ratio * 100).toFixed(1)}% (${score.found}/${score.total} words), ${result.lines.length} lines, ${secs.toFixed(1)} s`,
      );
    }
  }
  console.log(
    `settings dpi=${settings.dpi} psm=${settings.psm} rulings=${settings.removeRulings ? 'removed' : 'kept'}: ${pageCount} pages, word overlap ${((found / total) * 100).toFixed(2)}% (${found}/${total}), ${(seconds / pageCount).toFixed(1)} s/page (render + OCR, one worker per file, its start counted in page 1)`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
