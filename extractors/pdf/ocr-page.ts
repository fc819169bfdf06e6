/**
 * An OCR'd page laid out like a text-layer page: boxes from image pixels
 * (y down) to PDF points (y up), the scan's skew taken out, and ruled tables
 * rebuilt from the OCR words and the rulings found on the image, so a scanned
 * table reads as rows of cells exactly as the same table in a text PDF does.
 *
 * tesseract segments a ruled table column by column ("Đơn vị tính", then all
 * units, then all targets…), which loses which value belongs to which row;
 * the grid puts each word back into its row and column.
 */
import { median, type PdfItem } from './geometry.js';
import { tableEntries, type PageEntry } from './layout.js';
import type { Rule } from './rules.js';
import { readTables, type Table } from './tables.js';

/** The parts of an OCR word, line, ruling and page this module reads (see `extractors/ocr.ts`). */
export interface OcrWordBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrLineBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  paragraphStart?: boolean;
  baseline?: [number, number];
  words?: OcrWordBox[];
}
export interface OcrRuleBox {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
  slope: number;
}
export interface OcrPageBoxes {
  lines: OcrLineBox[];
  rules?: OcrRuleBox[];
  dpi?: number;
  height?: number;
}

/** Only rulings at least this share of the longest horizontal one vote on the skew. */
const SKEW_VOTE_SHARE = 0.5;
/** Smallest font size (points) given to an OCR word, so a box squashed by noise still groups. */
const MIN_SIZE = 4;

/** Skew of the scan: the slope long horizontal rulings share (0 without rulings). */
export function pageSkew(rules: readonly OcrRuleBox[]): number {
  const hs = rules.filter((r) => r.dir === 'h');
  const longest = Math.max(0, ...hs.map((r) => r.to - r.from));
  return median(hs.filter((r) => r.to - r.from >= SKEW_VOTE_SHARE * longest).map((r) => r.slope)) ?? 0;
}

/**
 * Entries of an OCR'd page in PDF points (y up, like text-layer pages).
 * Without dpi/height (an old cache entry) the boxes stay in pixels and no
 * table is rebuilt.
 */
export function ocrPageEntries(page: OcrPageBoxes): PageEntry[] {
  const { dpi, height } = page;
  if (!dpi || !height) return page.lines.map((line, k) => lineEntry(line, k, line.x, line.y, line.height));
  const { k, px, py, lineBoxes, tables } = readOcrTables(page, dpi, height);
  type Unit = { top: number; entries: PageEntry[] };
  const units: Unit[] = [];
  lineBoxes.forEach(({ line, baselineAt, size }, index) => {
    const cx = line.x + line.width / 2;
    const cy = line.y + line.height / 2;
    const inTable = tables.some((t) => {
      const x = px(cx, cy);
      const y = py(cx, cy);
      return x >= t.left && x <= t.right && y >= t.bottom && y <= t.top;
    });
    if (inTable) return;
    const base = baselineAt(line.x);
    const y = py(line.x, base);
    units.push({ top: y, entries: [lineEntry(line, index, px(line.x, base), y, size, line.width * k)] });
  });
  // Lines keep tesseract's reading order (side-by-side blocks stay whole); a
  // table goes before the first line below its top edge.
  for (const table of tables) {
    const rows = tableEntries(table);
    const at = units.findIndex((u) => u.top < table.top);
    units.splice(at < 0 ? units.length : at, 0, { top: table.top, entries: rows });
  }
  const out = units.flatMap((u) => u.entries);
  out.forEach((entry, i) => {
    if (i === 0 || (out[i - 1]!.kind === 'table' && entry.kind !== 'table')) entry.paragraphStart = true;
  });
  return out;
}

/** Page geometry in points: the deskewing transform, each line's baseline and size, the ruled tables. */
function readOcrTables(page: OcrPageBoxes, dpi: number, height: number) {
  const k = 72 / dpi;
  const skew = pageSkew(page.rules ?? []);
  // A small rotation: undoing it moves x by skew·y and y by −skew·x.
  const px = (x: number, y: number): number => (x + skew * y) * k;
  const py = (x: number, y: number): number => (height - (y - skew * x)) * k;
  // The inverse, points back to image pixels.
  const toPixels = (x: number, y: number): [number, number] => {
    const X = x / k;
    const Y = height - y / k;
    const d = 1 + skew * skew;
    return [(X - skew * Y) / d, (Y + skew * X) / d];
  };

  const rules: Rule[] = (page.rules ?? []).map((r) => {
    const mid = (r.from + r.to) / 2;
    return r.dir === 'h'
      ? { dir: 'h', at: py(mid, r.at), from: px(r.from, r.at), to: px(r.to, r.at) }
      : { dir: 'v', at: px(r.at, mid), from: py(r.at, r.to), to: py(r.at, r.from) };
  });

  const lineBoxes = page.lines.map((line) => {
    const [b0, b1] = line.baseline ?? [line.y + line.height, line.y + line.height];
    const baselineAt = (x: number) => b0 + ((b1 - b0) * (x - line.x)) / Math.max(1, line.width);
    const size = Math.max(MIN_SIZE, (Math.max(b0, b1) - line.y) * k);
    return { line, baselineAt, size };
  });
  const items: PdfItem[] = lineBoxes.flatMap(({ line, baselineAt, size }) =>
    (line.words ?? []).map((w) => {
      const base = baselineAt((w.x0 + w.x1) / 2);
      return { str: w.text, x: px(w.x0, base), y: py(w.x0, base), width: (w.x1 - w.x0) * k, size, font: 'ocr' };
    }),
  );
  const { tables } = rules.length > 0 ? readTables(items, rules) : { tables: [] as Table[] };
  return { k, px, py, toPixels, lineBoxes, tables };
}

/** A table cell as an image rectangle (pixels), with the text the page OCR put in it. */
export interface CellBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/**
 * The cells of the ruled tables of an OCR'd page as pixel rectangles of the
 * page image (the bounding box of the deskewed cell), so short cells can be
 * read again one by one.
 */
export function tableCellBoxes(page: OcrPageBoxes): CellBox[] {
  const { dpi, height } = page;
  if (!dpi || !height || !page.rules?.length) return [];
  const { toPixels, tables } = readOcrTables(page, dpi, height);
  const out: CellBox[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (let c = 0; c + 1 < row.edges.length; c++) {
        const corners = [toPixels(row.edges[c]!, row.top), toPixels(row.edges[c + 1]!, row.top), toPixels(row.edges[c]!, row.bottom), toPixels(row.edges[c + 1]!, row.bottom)];
        const xs = corners.map((p) => p[0]);
        const ys = corners.map((p) => p[1]);
        const text = row.ownCells[c] ?? '';
        out.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys), text });
      }
    }
  }
  return out;
}

function lineEntry(line: OcrLineBox, index: number, x: number, y: number, height: number, width = line.width): PageEntry {
  return {
    text: line.text.normalize('NFC'),
    x,
    y,
    width,
    height,
    kind: 'text',
    paragraphStart: index === 0 || line.paragraphStart === true,
  };
}
