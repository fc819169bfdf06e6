/**
 * PDF extractor: the text layer read with pdfjs-dist (legacy build, runs on
 * Node 20 without a worker thread), laid out as visual lines, ruled tables as
 * tab-separated rows, page numbers and running headers removed. Pages without
 * a usable text layer go to OCR (`./ocr.js`) or are reported as `needs-ocr`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExtractError, type ExtractMessage, type ExtractOptions, type Extraction, type LineOrigin } from './types.js';
import { removePageFurniture, type PageLines } from './pdf/furniture.js';
import type { PdfItem } from './pdf/geometry.js';
import { layoutPage, type PageEntry } from './pdf/layout.js';
import { ocrPageEntries, type OcrPageBoxes } from './pdf/ocr-page.js';
import { fontRuleSink, inThreadWorker, pdfjs } from './pdf/pdfjs.js';
import { paintsNothing, streamsInflateWhole } from './pdf/content-scan.js';
import { watchInflates } from './pdf/inflate-stream.js';
import { readRules, type OpsTable } from './pdf/rules.js';
import { joinRowsAcrossPages, readTables } from './pdf/tables.js';

/** Options of `extractPdf` beyond the common ones. */
export interface PdfExtractOptions extends ExtractOptions {
  /** Read at most this many pages (default 2000); the rest is reported, not read. */
  maxPages?: number;
  /** Give up on one page's text after this many milliseconds (default 20000). */
  pageTimeoutMs?: number;
}

/** Pages read by default before the rest is skipped. */
export const DEFAULT_MAX_PAGES = 2000;
const DEFAULT_PAGE_TIMEOUT_MS = 20_000;
/** A page whose text has more than this share of replacement/private-use/control characters is mojibake. */
const MOJIBAKE_SHARE = 0.1;
/** Font names of the legacy 8-bit Vietnamese font families (subset prefix "ABCDEF+" allowed). */
const LEGACY_FONT = /^(?:[A-Z]{6}\+)?(?:\.?Vn[A-Za-z]|VNI[-_ ]?)/u;

type OcrFn = (
  bytes: Uint8Array,
  pages: number[],
  file: string,
  options?: ExtractOptions,
) => Promise<Array<OcrPageBoxes & { page: number }>>;
type LegacyDecoder = (text: string, font: string) => string | null;

const require = createRequire(import.meta.url);

let fontDataUrl: { url: string | undefined } | undefined;

function standardFontDataUrl(): string | undefined {
  if (!fontDataUrl) {
    try {
      fontDataUrl = { url: join(dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..', 'standard_fonts') + '/' };
    } catch {
      fontDataUrl = { url: undefined };
    }
  }
  return fontDataUrl.url;
}

// Without the u flag: code units, so a high surrogate pairs with the low one right after it, as string iteration does.
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const UNMAPPED = /[\uFFFD\uE000-\uF8FF\p{Cc}]/gu;

/** Share of characters (code points, whitespace aside) that no font maps to real text. */
export function mojibakeShare(text: string): number {
  const visible = text.replace(/\s+/gu, '');
  // Code points: UTF-16 units less one per surrogate pair (a lone surrogate counts as one).
  const chars = visible.length - (visible.match(SURROGATE_PAIRS)?.length ?? 0);
  if (chars === 0) return 0;
  return (visible.match(UNMAPPED)?.length ?? 0) / chars;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

function headerOffset(bytes: Uint8Array): number {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-');
}

async function loadLegacyDecoder(): Promise<LegacyDecoder | undefined> {
  try {
    const mod = (await import('./encoding/index.js')) as { decodeLegacyRun?: LegacyDecoder };
    return typeof mod.decodeLegacyRun === 'function' ? mod.decodeLegacyRun : undefined;
  } catch {
    return undefined;
  }
}

/** The OCR entry point, or why it cannot be loaded (kept for the document's message: a bare "unavailable" hides the fix). */
async function loadOcr(): Promise<OcrFn | { error: string }> {
  try {
    const mod = (await import('./ocr.js')) as { ocrPdfPages?: OcrFn };
    return typeof mod.ocrPdfPages === 'function' ? mod.ocrPdfPages : { error: 'extractors/ocr.js exports no ocrPdfPages function' };
  } catch (error) {
    const e = error as Error & { code?: unknown };
    return { error: `${typeof e.code === 'string' ? `${e.code}: ` : ''}${e?.message ?? String(error)}` };
  }
}

function fontRealName(page: pdfjs.PDFPageProxy, id: string): string | undefined {
  try {
    if (!page.commonObjs.has(id)) return undefined;
    const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
    return typeof font?.name === 'string' ? font.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a page's operator list can be left unread: it would add no ruling
 * line (its content streams, all seen inflated while its text was read, paint
 * nothing: see `./pdf/content-scan.ts`), no annotation appearance, and no font
 * whose name is not known already. Images do not matter on a page with text,
 * and the caller reads the operator list of a page without.
 */
async function drawsNothing(
  page: pdfjs.PDFPageProxy,
  content: Awaited<ReturnType<pdfjs.PDFPageProxy['getTextContent']>>,
  inflated: Array<Uint8Array | null> | undefined,
  timeout: number,
): Promise<boolean> {
  if (!inflated || inflated.length === 0) return false;
  const fonts = new Set<string>();
  for (const item of content.items) if ('fontName' in item) fonts.add(item.fontName);
  for (const font of fonts) if (fontRealName(page, font) === undefined) return false;
  for (const output of inflated) if (output === null || !paintsNothing(output)) return false;
  try {
    return (await withTimeout(page.getAnnotations(), timeout, 'annotations')).length === 0;
  } catch {
    return false;
  }
}

interface PageResult {
  page: number;
  height: number;
  entries: PageEntry[];
  needsOcr: boolean;
}

/**
 * Extracts the text of a PDF. Throws `ExtractError` (`pdf-encrypted`,
 * `pdf-corrupt`) for files that cannot be read at all.
 */
export async function extractPdf(bytes: Uint8Array, file: string, options: PdfExtractOptions = {}): Promise<Extraction> {
  const messages: ExtractMessage[] = [];
  if (headerOffset(bytes) < 0) throw new ExtractError('pdf-corrupt', file, 'not a PDF: no %PDF- header in the first 1024 bytes');
  if (!hasEofMarker(bytes)) throw new ExtractError('pdf-corrupt', file, 'truncated PDF: no %%EOF marker at the end of the file');

  const fontUrl = standardFontDataUrl();
  const task = pdfjs.getDocument({
    // pdfjs transfers (detaches) the buffer it is given; the caller keeps theirs.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: fontRuleSink,
    worker: inThreadWorker(),
    useSystemFonts: false,
    verbosity: 0,
    ...(fontUrl ? { standardFontDataUrl: fontUrl } : {}),
  });
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    const message = (error as Error).message ?? String(error);
    if (name === 'PasswordException') throw new ExtractError('pdf-encrypted', file, `encrypted PDF needs a password (${message})`);
    throw new ExtractError('pdf-corrupt', file, `cannot parse PDF: ${message}`);
  }

  try {
    const total = doc.numPages;
    if (total < 1) throw new ExtractError('pdf-corrupt', file, 'PDF has no pages');
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    const pageCount = Math.min(total, maxPages);
    if (total > maxPages) {
      messages.push({ code: 'pdf-pages-skipped', fatal: false, reason: `read the first ${maxPages} of ${total} pages` });
    }
    const timeout = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
    const ops = pdfjs.OPS as unknown as OpsTable;
    let decodeLegacy: LegacyDecoder | undefined | null = null;
    let legacyEncoding: string | null = null;
    const results: PageResult[] = [];
    const inflateWhole = streamsInflateWhole(bytes);

    for (let p = 1; p <= pageCount; p++) {
      let page: pdfjs.PDFPageProxy;
      try {
        page = await withTimeout(doc.getPage(p), timeout, `page ${p}`);
      } catch (error) {
        if (error instanceof ExtractError) throw error;
        throw new ExtractError('pdf-corrupt', file, `cannot read page ${p}: ${(error as Error).message}`);
      }
      const [, , width, height] = page.view as [number, number, number, number];
      let items: PdfItem[] = [];
      let rules: ReturnType<typeof readRules> = { rules: [], hasImages: false };
      const readDrawing = async (): Promise<ReturnType<typeof readRules>> => {
        const opList = await withTimeout(page.getOperatorList(), timeout, `page ${p} drawing`);
        return readRules(opList.fnArray, opList.argsArray, ops, width, height);
      };
      try {
        // The text is read first, its content streams watched on their way through inflate: a page whose
        // content paints nothing, whose fonts are known and which has no annotations needs no operator list.
        const watch = inflateWhole ? watchInflates() : undefined;
        let content: Awaited<ReturnType<typeof page.getTextContent>> | undefined;
        let textError: unknown;
        try {
          content = await withTimeout(page.getTextContent(), timeout, `page ${p} text`);
        } catch (error) {
          textError = error;
        } finally {
          watch?.stop();
        }
        let drawn = false;
        // Read before the text it was, so its error is the one reported when both fail.
        if (content === undefined || !(await drawsNothing(page, content, watch?.outputs, timeout))) {
          rules = await readDrawing();
          drawn = true;
        }
        if (content === undefined) throw textError;
        // The page's fonts arrived with an operator list (this page's or an earlier one's); one look-up per font, not per run.
        const realNames = new Map<string, string | undefined>();
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const [a, b, c, d, e, f] = raw.transform as number[];
          const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || raw.height || 1;
          let str = raw.str;
          let realName = realNames.get(raw.fontName);
          if (realName === undefined && !realNames.has(raw.fontName)) {
            realName = fontRealName(page, raw.fontName);
            realNames.set(raw.fontName, realName);
          }
          if (realName && LEGACY_FONT.test(realName) && str.trim().length > 0) {
            if (decodeLegacy === null) decodeLegacy = await loadLegacyDecoder();
            const decoded = decodeLegacy?.(str, realName);
            if (decoded != null) {
              str = decoded;
              legacyEncoding ??= /VNI/iu.test(realName) ? 'vni' : 'tcvn3';
            }
          }
          items.push({ str: str.normalize('NFC'), x: e ?? 0, y: f ?? 0, width: raw.width, size, font: raw.fontName });
        }
        // A page without text needs to know whether it paints an image (a scan to OCR).
        if (!drawn && !items.some((i) => i.str.trim().length > 0)) rules = await readDrawing();
      } catch (error) {
        if (error instanceof ExtractError) throw error;
        messages.push({ code: 'pdf-page-unreadable', fatal: false, reason: `page ${p}: ${(error as Error).message}` });
        items = [];
      } finally {
        page.cleanup();
      }
      const text = items.map((i) => i.str).join('');
      const hasText = text.trim().length > 0;
      const garbled = hasText && mojibakeShare(text) > MOJIBAKE_SHARE;
      // A page without text that paints nothing is blank, not a scan: OCR would find nothing.
      const needsOcr = garbled || (!hasText && rules.hasImages);
      if (needsOcr || !hasText) {
        results.push({ page: p, height, entries: [], needsOcr });
        continue;
      }
      const { tables, rest } = readTables(items, rules.rules);
      results.push({ page: p, height, entries: layoutPage(rest, tables), needsOcr: false });
    }

    const pages: PageLines[] = results.map((r) => ({ page: r.page, height: r.height, entries: r.entries }));
    const removed = removePageFurniture(pages);
    if (removed > 0) messages.push({ code: 'pdf-furniture-removed', fatal: false, reason: `removed ${removed} page number/header/footer lines` });
    joinRowsAcrossPages(pages);

    const ocrPages = results.filter((r) => r.needsOcr).map((r) => r.page);
    let ocrUsed = false;
    let missingOcr: number[] = [];
    if (ocrPages.length > 0) {
      if (options.ocr === false) {
        missingOcr = ocrPages;
      } else {
        const ocr = await loadOcr();
        if (typeof ocr !== 'function') {
          missingOcr = ocrPages;
          messages.push({ code: 'ocr-unavailable', fatal: false, reason: `the OCR module could not be loaded: ${ocr.error}` });
        } else {
          try {
            const found = await ocr(bytes.slice(), ocrPages, file, options);
            for (const result of found) {
              const target = pages.find((pg) => pg.page === result.page);
              if (!target) continue;
              target.entries = ocrPageEntries(result);
              ocrUsed = true;
            }
            missingOcr = ocrPages.filter((pg) => !found.some((r) => r.page === pg));
          } catch (error) {
            missingOcr = ocrPages;
            messages.push({ code: 'ocr-failed', fatal: false, reason: `OCR failed: ${(error as Error).message}` });
          }
        }
      }
      if (missingOcr.length > 0) {
        messages.push({
          code: 'pdf-needs-ocr',
          fatal: false,
          reason: `page${missingOcr.length > 1 ? 's' : ''} ${missingOcr.join(', ')} ha${missingOcr.length > 1 ? 've' : 's'} no usable text layer`,
        });
      }
    }

    const textLines: string[] = [];
    const origins: LineOrigin[] = [];
    for (const page of pages) {
      for (const entry of page.entries) {
        if (entry.paragraphStart && textLines.length > 0 && textLines[textLines.length - 1] !== '') {
          textLines.push('');
          origins.push({ page: page.page });
        }
        textLines.push(entry.text);
        origins.push({ page: page.page, x: round(entry.x), y: round(entry.y), width: round(entry.width), height: round(entry.height) });
      }
    }
    if (legacyEncoding) messages.push({ code: 'encoding-converted', fatal: false, reason: `legacy ${legacyEncoding} fonts decoded` });
    return {
      format: 'pdf',
      text: textLines.join('\n').normalize('NFC'),
      layout: 'wrapped',
      lines: origins,
      pages: total,
      encoding: ocrUsed ? 'ocr' : legacyEncoding,
      ocr: ocrUsed,
      status: missingOcr.length > 0 ? 'needs-ocr' : 'ok',
      messages,
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
