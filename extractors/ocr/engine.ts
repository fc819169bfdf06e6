/**
 * The OCR engine: tesseract.js with the Vietnamese model shipped by the npm
 * package `@tesseract.js-data/vie`, loaded from disk only.
 *
 * tesseract.js falls back to a CDN when `langPath` is not set, so the path is
 * always given explicitly as a local directory (a plain path, not a URL: on
 * Node that makes tesseract.js read the file instead of fetching it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** The model variant inside the data package: LSTM "best" converted to integer weights. */
export const MODEL_VARIANT = '4.0.0_best_int';
/** tesseract OEM 1: LSTM only (the variant above has no legacy model). */
export const OEM_LSTM_ONLY = 1;

/** Where the gzipped Vietnamese traineddata lives, or why it cannot be found. */
export function locateLanguageData(): { langPath: string; file: string } | { error: string } {
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  } catch {
    return { error: 'npm package @tesseract.js-data/vie is not installed' };
  }
  const langPath = join(pkgDir, MODEL_VARIANT);
  const file = join(langPath, 'vie.traineddata.gz');
  if (!existsSync(file)) return { error: `Vietnamese traineddata missing: ${file}` };
  return { langPath, file };
}

/** What `ocrAvailable` needs to know: every piece that must be on disk, checked without side effects. */
export async function checkEngine(): Promise<{ ok: boolean; reason?: string }> {
  const missing: string[] = [];
  const lang = locateLanguageData();
  if ('error' in lang) missing.push(lang.error);
  for (const pkg of ['tesseract.js', 'tesseract.js-core/package.json', 'pdfjs-dist/package.json']) {
    try {
      require.resolve(pkg);
    } catch {
      missing.push(`npm package ${pkg.replace(/\/package\.json$/u, '')} is not installed`);
    }
  }
  try {
    // pdfjs renders onto @napi-rs/canvas on Node; a missing native binary only shows on load.
    const canvas = await import('@napi-rs/canvas');
    canvas.createCanvas(1, 1).getContext('2d');
  } catch (err) {
    missing.push(`@napi-rs/canvas cannot be loaded (${(err as Error).message})`);
  }
  return missing.length ? { ok: false, reason: missing.join('; ') } : { ok: true };
}

/** One recognised line as tesseract reports it (pixel box on the rendered image). */
export interface RawLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
  /** Index of the tesseract block and paragraph the line belongs to. */
  block: number;
  paragraph: number;
  /** Baseline height (pixel row) at the line's left and right ends. */
  baseline: [number, number];
  words: RawWord[];
}

/** One recognised word, pixel box. */
export interface RawWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A started tesseract worker bound to the local Vietnamese model. */
export interface OcrEngine {
  recognize(image: Buffer): Promise<RawLine[]>;
  /** Reads one small image (a table cell) with the given page segmentation mode, then restores the page mode. */
  recognizeWith(image: Buffer, psm: string): Promise<RawLine[]>;
  terminate(): Promise<void>;
}

/** How many times the engine really ran, so callers and tests can see cache hits. */
export const engineStats = { workersCreated: 0, pagesRecognized: 0 };

/**
 * Starts one worker. The gunzipped model is cached under `cacheDir/tessdata/<variant>`
 * so later workers skip decompression; the variant is part of the path because
 * tesseract.js names the cached file only by language.
 */
export async function createEngine(cacheDir: string, psm: string, dpi: number): Promise<OcrEngine> {
  const lang = locateLanguageData();
  if ('error' in lang) throw new Error(lang.error);
  const cachePath = resolve(cacheDir, 'tessdata', MODEL_VARIANT);
  mkdirSync(cachePath, { recursive: true });
  const { createWorker } = await import('tesseract.js');
  const worker = await createWorker('vie', OEM_LSTM_ONLY, {
    langPath: lang.langPath,
    gzip: true,
    cachePath,
    cacheMethod: 'write',
  });
  engineStats.workersCreated++;
  try {
    await worker.setParameters({
      tessedit_pageseg_mode: psm as never,
      // Keeps runs of spaces inside table rows visible in the line text.
      preserve_interword_spaces: '1',
      // The render resolution is known; tesseract's own estimate is noisier.
      user_defined_dpi: String(dpi),
    });
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  const read = async (image: Buffer): Promise<RawLine[]> => {
    const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
    const out: RawLine[] = [];
    (data.blocks ?? []).forEach((block, b) => {
      block.paragraphs.forEach((para, p) => {
        for (const line of para.lines) {
          out.push({
            text: line.text,
            x0: line.bbox.x0,
            y0: line.bbox.y0,
            x1: line.bbox.x1,
            y1: line.bbox.y1,
            confidence: line.confidence,
            block: b,
            paragraph: p,
            baseline: [line.baseline.y0, line.baseline.y1],
            words: line.words.map((w) => ({ text: w.text, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 })),
          });
        }
      });
    });
    return out;
  };
  return {
    async recognize(image) {
      const out = await read(image);
      engineStats.pagesRecognized++;
      return out;
    },
    async recognizeWith(image, cellPsm) {
      await worker.setParameters({ tessedit_pageseg_mode: cellPsm as never });
      try {
        return await read(image);
      } finally {
        await worker.setParameters({ tessedit_pageseg_mode: psm as never });
      }
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
