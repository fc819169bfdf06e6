/**
 * Offline OCR of image-only PDF pages: pdfjs renders each page, tesseract.js
 * reads it with the Vietnamese model from `@tesseract.js-data/vie`. Nothing is
 * fetched from the network. Results are cached per page by content hash.
 */
import { createRequire } from 'node:module';
import { ExtractError, type ExtractOptions } from './types.js';
import { rereadShortCells } from './ocr/cells.js';
import { cacheFile, readCached, sha256, writeCached } from './ocr/cache.js';
import { MODEL_VARIANT, checkEngine, createEngine, engineStats, type OcrEngine } from './ocr/engine.js';
import { toOcrLines, type OcrLine } from './ocr/layout.js';
import { openPdf, type PageRenderer } from './ocr/render.js';
import type { PixelRule } from './ocr/rules.js';

export type { OcrLine } from './ocr/layout.js';
export { linesToText } from './ocr/layout.js';

/** The OCR lines of one page, in reading order, and the table rulings found on its image. */
export interface OcrPage {
  page: number;
  lines: OcrLine[];
  rules: PixelRule[];
  /** Resolution and pixel size of the image the boxes refer to. */
  dpi: number;
  width: number;
  height: number;
}

/** Knobs that change OCR output; all of them are part of the cache key. */
export interface OcrSettings {
  /** Rendering resolution. The scans are 200 dpi; see extractors/ocr/measure.ts for the choice. */
  dpi: number;
  /** tesseract page segmentation mode. */
  psm: string;
  /** Whiten table rulings before OCR (see extractors/ocr/rules.ts). */
  removeRulings: boolean;
}

/** The settings `ocrPdfPages` uses. */
export const DEFAULT_OCR_SETTINGS: Readonly<OcrSettings> = { dpi: 300, psm: '3', removeRulings: true };

/** Bump when the shape or post-processing of cached lines changes. */
const CACHE_FORMAT = 3;

const tesseractVersion = (createRequire(import.meta.url)('tesseract.js/package.json') as { version: string }).version;

function settingsKey(settings: OcrSettings): string {
  return `format=${CACHE_FORMAT};dpi=${settings.dpi};psm=${settings.psm};rulings=${settings.removeRulings ? 'removed' : 'kept'};model=vie/${MODEL_VARIANT};tesseract.js=${tesseractVersion}`;
}

function isCachedPage(value: unknown): value is OcrPage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as OcrPage).page === 'number' &&
    Array.isArray((value as OcrPage).lines) &&
    Array.isArray((value as OcrPage).rules) &&
    typeof (value as OcrPage).dpi === 'number'
  );
}

/** Whether OCR can run here (language data, tesseract core, canvas), and if not, what is missing. */
export async function ocrAvailable(): Promise<{ ok: boolean; reason?: string }> {
  return checkEngine();
}

/** Counts of real engine work since the process started (cache hits add nothing). */
export function ocrEngineStats(): { workersCreated: number; pagesRecognized: number } {
  return { ...engineStats };
}

/**
 * OCRs the given 1-based pages of a PDF and returns their lines in reading
 * order, boxes in pixels of the page rendered at `DEFAULT_OCR_SETTINGS.dpi`.
 * Cached pages are read from `options.cacheDir` (default `.cache/ocr`); one
 * tesseract worker is started only if some page is not cached.
 */
export async function ocrPdfPages(
  bytes: Uint8Array,
  pages: number[],
  file: string,
  options: ExtractOptions = {},
): Promise<OcrPage[]> {
  return ocrPdfPagesWith(bytes, pages, file, options, DEFAULT_OCR_SETTINGS);
}

/** `ocrPdfPages` with explicit settings, for measuring alternatives. */
export async function ocrPdfPagesWith(
  bytes: Uint8Array,
  pages: number[],
  file: string,
  options: ExtractOptions,
  settings: OcrSettings,
): Promise<OcrPage[]> {
  const cacheDir = options.cacheDir ?? '.cache/ocr';
  const pdfHash = sha256(bytes);
  const key = settingsKey(settings);
  const total = pages.length;
  const progress = (done: number) => options.onProgress?.({ file, stage: 'ocr', done, total });

  let renderer: PageRenderer | undefined;
  let engine: OcrEngine | undefined;
  const results: OcrPage[] = [];
  progress(0);
  try {
    for (const page of pages) {
      const path = cacheFile(cacheDir, pdfHash, page, key);
      const cached = await readCached(path, isCachedPage);
      if (cached) {
        results.push(cached);
        progress(results.length);
        continue;
      }
      renderer ??= await openPdf(bytes).catch((err: Error) => {
        throw new ExtractError('ocr-render-failed', file, `cannot open PDF for OCR: ${err.message}`);
      });
      if (!Number.isInteger(page) || page < 1 || page > renderer.numPages) {
        throw new ExtractError('ocr-bad-page', file, `page ${page} is outside 1..${renderer.numPages}`);
      }
      if (!engine) {
        const available = await checkEngine();
        if (!available.ok) throw new ExtractError('ocr-unavailable', file, `OCR unavailable: ${available.reason}`);
        engine = await createEngine(cacheDir, settings.psm, settings.dpi);
      }
      const image = await renderer.render(page, settings.dpi, { removeRulings: settings.removeRulings });
      const pageLines = toOcrLines(await engine.recognize(image.png));
      const geometry = { rules: image.rules, dpi: settings.dpi, width: image.width, height: image.height };
      const lines = image.rules.length > 0 ? await rereadShortCells(image.png, { ...geometry, lines: pageLines }, engine) : pageLines;
      const result: OcrPage = { page, lines, ...geometry };
      await writeCached(path, result);
      results.push(result);
      progress(results.length);
    }
  } finally {
    await Promise.allSettled([engine?.terminate(), renderer?.close()]);
  }
  return results;
}
