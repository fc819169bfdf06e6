/**
 * OCR rate and cache effect: `tsx bench/ocr-child.ts <cacheDir> <scanned.pdf>` runs the
 * pipeline twice on a scanned PDF with an empty OCR cache and prints one JSON line.
 */
import { extractFile } from '../pipeline/index.js';

const [cacheDir, file] = process.argv.slice(2) as [string, string];
const time = async () => {
  const start = performance.now();
  const result = await extractFile(file, { ocr: true, cacheDir });
  return { ms: performance.now() - start, pages: result.source.pages ?? 0, ocr: result.source.ocr, status: result.status };
};
const first = await time();
const second = await time();
process.stdout.write(JSON.stringify({ file, pages: first.pages, ocr: first.ocr, status: first.status, firstMs: first.ms, cachedMs: second.ms }) + '\n');
