/**
 * Turns tesseract's raw lines into the lines callers see: NFC text, pixel
 * boxes, and a flag on the first line of each paragraph.
 */
import type { RawLine, RawWord } from './engine.js';
import { median } from '../pdf/geometry.js';

/** One OCR line of a page, box in pixels of the rendered page image. */
export interface OcrLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** True on the first line of a paragraph (a new tesseract block/paragraph, or a vertical gap). */
  paragraphStart: boolean;
  /** Baseline pixel row at the line's left and right ends. */
  baseline: [number, number];
  /** The line's words with their pixel boxes (tables are rebuilt from them). */
  words: RawWord[];
}

/** A gap above a line taller than this share of the typical line height starts a paragraph. */
const GAP_RATIO = 0.8;

/** Cleans tesseract's lines: NFC, collapsed spaces, empty or noise-only lines dropped. */
export function toOcrLines(raw: RawLine[]): OcrLine[] {
  const kept = raw
    .map((line) => ({ ...line, text: line.text.normalize('NFC').replace(/\s+/gu, ' ').trim() }))
    // Speckles from the scan noise come back as lines with no letter or digit.
    .filter((line) => /[\p{L}\p{N}]/u.test(line.text));
  const lineHeight = median(kept.map((line) => line.y1 - line.y0)) ?? 0;
  const out: OcrLine[] = [];
  let prev: (typeof kept)[number] | undefined;
  for (const line of kept) {
    const gap = prev ? line.y0 - prev.y1 : 0;
    const paragraphStart =
      !prev || line.block !== prev.block || line.paragraph !== prev.paragraph || gap > GAP_RATIO * lineHeight;
    out.push({
      text: line.text,
      x: line.x0,
      y: line.y0,
      width: line.x1 - line.x0,
      height: line.y1 - line.y0,
      confidence: Math.round(line.confidence * 10) / 10,
      paragraphStart,
      baseline: line.baseline,
      words: line.words
        .map((w) => ({ ...w, text: w.text.normalize('NFC').trim() }))
        .filter((w) => w.text.length > 0),
    });
    prev = line;
  }
  return out;
}

/** The page as text: one line per OCR line, a blank line before each paragraph but the first. */
export function linesToText(lines: OcrLine[]): string {
  const parts: string[] = [];
  for (const line of lines) {
    if (line.paragraphStart && parts.length > 0) parts.push('');
    parts.push(line.text);
  }
  return parts.join('\n');
}
