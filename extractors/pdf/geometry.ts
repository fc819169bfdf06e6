/**
 * Text items of one PDF page → visual lines.
 *
 * pdfjs hands out positioned runs ("items"); a printed line may be several
 * items (font changes, superscripts, tab stops) and items may lack the spaces
 * that separate them visually. Everything here works in PDF user space
 * (origin bottom-left, y grows upwards).
 */

/** One positioned text run of a page. */
export interface PdfItem {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in user-space units (the text matrix's vertical scale). */
  size: number;
  /** pdfjs font id (e.g. `g_d0_f1`). */
  font: string;
}

/** Items sharing one baseline, sorted left to right. */
export interface ItemLine {
  items: PdfItem[];
  /** Baseline of the largest-font item (superscripts do not move it). */
  y: number;
  /** Largest font size on the line. */
  size: number;
  left: number;
  right: number;
}

/** Part of a line: items separated from their neighbours by a gap wider than a tab stop. */
export interface Segment {
  items: PdfItem[];
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Share of the font size below which a gap between two items is not a space. */
const SPACE_GAP = 0.12;
/** A gap wider than this many font sizes separates columns (tab stops, side-by-side blocks). */
const COLUMN_GAP = 2.5;

/**
 * Groups items into lines by baseline: an item joins the current line when
 * its baseline is within half the larger font size of the line's baseline, so
 * a raised footnote mark stays on the line of the word it follows.
 */
export function groupLines(items: readonly PdfItem[]): ItemLine[] {
  const sorted = items
    .filter((item) => item.str.length > 0)
    .slice()
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: ItemLine[] = [];
  let current: ItemLine | undefined;
  for (const item of sorted) {
    if (current && Math.abs(item.y - current.y) < 0.5 * Math.max(item.size, current.size)) {
      current.items.push(item);
      if (item.size > current.size) {
        current.size = item.size;
        current.y = item.y;
      }
      continue;
    }
    current = { items: [item], y: item.y, size: item.size, left: 0, right: 0 };
    lines.push(current);
  }
  for (const line of lines) {
    line.items = dropDuplicates(line.items.sort((a, b) => a.x - b.x));
    const visible = line.items.filter((item) => item.str.trim().length > 0);
    const span = visible.length > 0 ? visible : line.items;
    line.left = Math.min(...span.map((item) => item.x));
    line.right = Math.max(...span.map((item) => item.x + item.width));
  }
  return lines;
}

/** Fake-bold PDFs draw the same run twice a fraction of a point apart. */
function dropDuplicates(items: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const item of items) {
    const twin = out.find(
      (o) => o.str === item.str && Math.abs(o.x - item.x) < 0.3 * item.size && Math.abs(o.y - item.y) < 0.3 * item.size,
    );
    if (!twin) out.push(item);
  }
  return out;
}

/**
 * Joins items left to right, inserting a space where the gap between two
 * items is wider than a fraction of the font size and neither side has one.
 */
export function joinItems(items: readonly PdfItem[]): string {
  let text = '';
  let prevRight = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (text.length > 0) {
      const gap = item.x - prevRight;
      const size = Math.max(item.size, 1);
      if (gap > SPACE_GAP * size && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    }
    text += item.str;
    prevRight = Math.max(prevRight, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Splits a line at gaps wider than a tab stop; whitespace-only items only widen gaps. */
export function splitSegments(line: ItemLine): Segment[] {
  const visible = line.items.filter((item) => item.str.trim().length > 0);
  const groups: PdfItem[][] = [];
  let prevRight = Number.NEGATIVE_INFINITY;
  for (const item of visible) {
    const last = groups[groups.length - 1];
    if (last && item.x - prevRight <= COLUMN_GAP * Math.max(line.size, item.size)) {
      last.push(item);
      prevRight = Math.max(prevRight, item.x + item.width);
    } else {
      groups.push([item]);
      prevRight = item.x + item.width;
    }
  }
  return groups.map((group) => ({
    items: group,
    text: joinItems(group),
    left: Math.min(...group.map((item) => item.x)),
    right: Math.max(...group.map((item) => item.x + item.width)),
    y: line.y,
    size: Math.max(...group.map((item) => item.size)),
  }));
}

/** The middle value (the upper one of an even count), or undefined for none: pitches, heights, slopes. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
