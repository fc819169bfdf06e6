/**
 * Reading order of one page: lines top to bottom, ruled tables as rows, and
 * side-by-side blocks (the "Nơi nhận" list beside the signature, the "Số …"
 * / "…, ngày …" header) read one column after the other instead of
 * interleaved line by line.
 */
import { groupLines, median, splitSegments, type PdfItem, type Segment } from './geometry.js';
import type { Table } from './tables.js';

/** One output line of a page before page furniture is removed. */
export interface PageEntry {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'text' | 'table';
  /** A vertical gap larger than the line spacing (or a block/table boundary) precedes it. */
  paragraphStart: boolean;
}

interface FlowLine {
  segs: Segment[];
  y: number;
  size: number;
}

/** Lines below the last line of a block by more than this many font sizes are not part of it. */
const BLOCK_GAP = 2.6;
/** How many one-sided lines above a two-column line may join its block. */
const BLOCK_LOOKBACK = 3;
/** A gap wider than the usual line pitch times this starts a paragraph. */
const PARAGRAPH_GAP = 1.2;

type Side = 'left' | 'right';

function sideOf(seg: Segment, gutter: [number, number]): Side | null {
  const endsLeft = seg.right <= gutter[1] - 0.5;
  const startsRight = seg.left >= gutter[0] + 0.5;
  if (endsLeft && startsRight) return (seg.left + seg.right) / 2 < (gutter[0] + gutter[1]) / 2 ? 'left' : 'right';
  if (endsLeft) return 'left';
  if (startsRight) return 'right';
  return null;
}

/** A table's rows as page entries: one tab-separated line a row, the first opening a paragraph. */
export function tableEntries(table: Table): PageEntry[] {
  return table.rows.map((row, k) => ({
    text: row.cells.join('\t'),
    x: row.left,
    y: row.y,
    width: row.right - row.left,
    height: row.top - row.bottom,
    kind: 'table' as const,
    paragraphStart: k === 0,
  }));
}

/** Assigns each two-column line and its one-sided neighbours to a block id. */
function findBlocks(lines: readonly FlowLine[]): number[] {
  const blockOf = lines.map(() => -1);
  let nextId = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (blockOf[i] !== -1 || line.segs.length !== 2) continue;
    let gutter: [number, number] = [line.segs[0]!.right, line.segs[1]!.left];
    const id = nextId++;
    blockOf[i] = id;
    for (let j = i - 1, taken = 0; j >= 0 && taken < BLOCK_LOOKBACK; j--, taken++) {
      const above = lines[j]!;
      if (blockOf[j] !== -1 || above.segs.length !== 1) break;
      if (above.y - lines[j + 1]!.y > BLOCK_GAP * Math.max(above.size, lines[j + 1]!.size)) break;
      if (!sideOf(above.segs[0]!, gutter)) break;
      blockOf[j] = id;
    }
    for (let k = i + 1; k < lines.length; k++) {
      const below = lines[k]!;
      if (lines[k - 1]!.y - below.y > BLOCK_GAP * Math.max(below.size, lines[k - 1]!.size)) break;
      if (below.segs.length === 2) {
        const g: [number, number] = [Math.max(gutter[0], below.segs[0]!.right), Math.min(gutter[1], below.segs[1]!.left)];
        if (g[0] >= g[1]) break;
        gutter = g;
      } else if (below.segs.length !== 1 || !sideOf(below.segs[0]!, gutter)) {
        break;
      }
      blockOf[k] = id;
    }
  }
  return blockOf;
}

function segEntry(seg: Segment, paragraphStart: boolean): PageEntry {
  return { text: seg.text, x: seg.left, y: seg.y, width: seg.right - seg.left, height: seg.size, kind: 'text', paragraphStart };
}

/**
 * Lays out one page: `items` are the text items outside `tables`. Entries
 * come top to bottom; a table's rows sit where the table is.
 */
export function layoutPage(items: readonly PdfItem[], tables: readonly Table[]): PageEntry[] {
  const lines: FlowLine[] = groupLines(items)
    .map((line) => ({ segs: splitSegments(line).filter((s) => s.text.length > 0), y: line.y, size: line.size }))
    .filter((line) => line.segs.length > 0);
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const gap = a.y - b.y;
    if (Math.abs(a.size - b.size) < 0.5 && gap > 0.9 * b.size && gap < 2.2 * b.size) pitches.push(gap / b.size);
  }
  const pitch = median(pitches) ?? 1.3;
  const blockOf = findBlocks(lines);

  type Unit = { top: number; entries: PageEntry[] };
  const units: Unit[] = [];
  let prev: FlowLine | undefined;
  const emitted = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const gapStart = !prev || prev.y - line.y > PARAGRAPH_GAP * pitch * Math.max(line.size, prev.size) + 0.5;
    const id = blockOf[i]!;
    if (id === -1) {
      const text = line.segs.map((s) => s.text).join('\t');
      const left = line.segs[0]!.left;
      const right = line.segs[line.segs.length - 1]!.right;
      units.push({
        top: line.y,
        entries: [{ text, x: left, y: line.y, width: right - left, height: line.size, kind: 'text', paragraphStart: gapStart }],
      });
      prev = line;
      continue;
    }
    if (emitted.has(id)) continue;
    emitted.add(id);
    const members = lines.filter((_, k) => blockOf[k] === id);
    const two = members.find((m) => m.segs.length === 2)!;
    let gutter: [number, number] = [two.segs[0]!.right, two.segs[1]!.left];
    for (const m of members) {
      if (m.segs.length === 2) gutter = [Math.max(gutter[0], m.segs[0]!.right), Math.min(gutter[1], m.segs[1]!.left)];
    }
    const left: Segment[] = [];
    const right: Segment[] = [];
    for (const m of members) {
      if (m.segs.length === 2) {
        left.push(m.segs[0]!);
        right.push(m.segs[1]!);
      } else {
        (sideOf(m.segs[0]!, gutter) === 'right' ? right : left).push(m.segs[0]!);
      }
    }
    const column = (segs: Segment[], first: boolean): PageEntry[] =>
      segs.map((seg, k) =>
        segEntry(seg, k === 0 ? first : segs[k - 1]!.y - seg.y > PARAGRAPH_GAP * pitch * Math.max(seg.size, segs[k - 1]!.size) + 0.5),
      );
    // The block's first left line may end the paragraph above it: only a real gap makes it a new one.
    const leftFirst = !prev || (left[0] ? prev.y - left[0].y > PARAGRAPH_GAP * pitch * Math.max(left[0].size, prev.size) + 0.5 : true);
    units.push({ top: line.y, entries: [...column(left, leftFirst), ...column(right, true)] });
    prev = members[members.length - 1];
  }
  for (const table of tables) {
    units.push({ top: table.top, entries: tableEntries(table) });
  }
  // Stable sort: flow units are already in order; tables slot in by their top edge.
  units.sort((a, b) => b.top - a.top);
  const out = units.flatMap((u) => u.entries);
  // The line after a table starts a new paragraph.
  for (let k = 1; k < out.length; k++) {
    if (out[k - 1]!.kind === 'table' && out[k]!.kind !== 'table') out[k]!.paragraphStart = true;
  }
  return out;
}
