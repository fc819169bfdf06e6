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
    for (let page = 1; page <= reference.length; page++) {
      const started = performance.now();
      const [result] = await ocrPdfPagesWith(scanned, [page], name, { cacheDir }, settings);
      const secs = (performance.now() - started) / 1000;
      const score = wordOverlap(reference[page - 1]!, linesToText(result!.lines));
      found += score.found;
      total += score.total;
      seconds += secs;
      pageCount++;
      console.log(
        `${name} p${page}: ${(score.ratio * 100).toFixed(1)}% (${score.found}/${score.total} words), ${result!.lines.length} lines, ${secs.toFixed(1)} s`,
      );
    }
  }
  console.log(
    `settings dpi=${settings.dpi} psm=${settings.psm} rulings=${settings.removeRulings ? 'removed' : 'kept'}: ${pageCount} pages, word overlap ${((found / total) * 100).toFixed(2)}% (${found}/${total}), ${(seconds / pageCount).toFixed(1)} s/page (incl. worker start per page)`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
