/**
 * Short table cells read again one by one. On a whole page tesseract reads a
 * ruled table as columns of blocks; a narrow cell with a short token (the row
 * number "1.2", a unit "%", a header "TT") has no line context there and
 * comes back as noise ("Lhợ,") or not at all. Cut out alone and read as one
 * line, the same pixels read correctly.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { tableCellBoxes, type CellBox } from '../pdf/ocr-page.js';
import type { OcrEngine, RawLine } from './engine.js';
import type { OcrLine } from './layout.js';
import type { PixelRule } from './rules.js';

/** Cells whose page OCR text is at most this long (or empty) are read again. */
export const SHORT_CELL_CHARS = 24;
/** Pixels cut off each side of a cell: residue of the whitened rulings. */
const INSET = 5;
/** White margin around the cut-out: tesseract reads a glyph touching the edge badly. */
const MARGIN = 16;
/** A cell at most this many text lines tall is read as one line (psm 7), taller ones as a block (psm 6). */
const ONE_LINE_PIXELS_PER_DPI = 0.3;
/** An empty cell with less than this share of dark pixels is blank paper, not a missed token. */
const MIN_INK_SHARE = 0.004;
/** What a cell the page OCR found empty must reach to count: below it, tesseract is reading scan noise. */
const MIN_EMPTY_CELL_CONFIDENCE = 70;
const DARK = 140;

function inside(cell: CellBox, x: number, y: number): boolean {
  return x >= cell.x0 && x <= cell.x1 && y >= cell.y0 && y <= cell.y1;
}

/**
 * Returns the page lines with every short table cell's words replaced by what
 * reading that cell alone gave. Lines left without words are dropped.
 */
export async function rereadShortCells(
  png: Buffer,
  page: { lines: OcrLine[]; rules: PixelRule[]; dpi: number; height: number },
  engine: OcrEngine,
): Promise<OcrLine[]> {
  const cells = tableCellBoxes(page).filter((c) => c.text.length <= SHORT_CELL_CHARS && c.x1 - c.x0 > 2 * INSET && c.y1 - c.y0 > 2 * INSET);
  if (cells.length === 0) return page.lines;
  const image = await loadImage(png);
  const added: RawLine[] = [];
  const redone: CellBox[] = [];
  for (const cell of cells) {
    const x0 = Math.max(0, Math.floor(cell.x0 + INSET));
    const y0 = Math.max(0, Math.floor(cell.y0 + INSET));
    const w = Math.min(image.width, Math.ceil(cell.x1 - INSET)) - x0;
    const h = Math.min(image.height, Math.ceil(cell.y1 - INSET)) - y0;
    if (w <= 0 || h <= 0) continue;
    const canvas = createCanvas(w + 2 * MARGIN, h + 2 * MARGIN);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, x0, y0, w, h, MARGIN, MARGIN, w, h);
    if (cell.text === '') {
      const pixels = ctx.getImageData(MARGIN, MARGIN, w, h).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < DARK) dark++;
      if (dark < MIN_INK_SHARE * w * h) continue;
    }
    const psm = h <= ONE_LINE_PIXELS_PER_DPI * page.dpi ? '7' : '6';
    const read = await engine.recognizeWith(canvas.toBuffer('image/png'), psm);
    const lines = cell.text === '' ? read.filter((line) => line.confidence >= MIN_EMPTY_CELL_CONFIDENCE) : read;
    const dx = x0 - MARGIN;
    const dy = y0 - MARGIN;
    const shift = <T extends { x0: number; x1: number; y0: number; y1: number }>(b: T): T => ({ ...b, x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
    for (const line of lines) {
      added.push({ ...shift(line), baseline: [line.baseline[0] + dy, line.baseline[1] + dy], words: line.words.map(shift), block: -1, paragraph: -1 });
    }
    redone.push(cell);
  }
  const kept: OcrLine[] = page.lines
    .map((line) => ({ ...line, words: line.words.filter((w) => !redone.some((c) => inside(c, (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2))) }))
    .filter((line) => line.words.length > 0);
  // Re-read cells become lines of their own; they lie inside tables, so only the table grid reads them.
  // Kept even without a letter or digit: a unit cell is often just "%".
  const fresh: OcrLine[] = added
    .map((line) => ({ line, words: line.words.map((w) => ({ ...w, text: w.text.normalize('NFC').trim() })).filter((w) => w.text.length > 0) }))
    .filter(({ words }) => words.length > 0)
    .map(({ line, words }) => ({
      text: words.map((w) => w.text).join(' '),
      x: line.x0,
      y: line.y0,
      width: line.x1 - line.x0,
      height: line.y1 - line.y0,
      confidence: Math.round(line.confidence * 10) / 10,
      paragraphStart: false,
      baseline: line.baseline,
      words,
    }));
  return [...kept, ...fresh];
}
