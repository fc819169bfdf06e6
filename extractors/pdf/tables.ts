/**
 * Ruled tables: the grid of border segments gives rows and cells; each row
 * becomes one line of cells separated by "\t", a cell's wrapped lines joined
 * with a space.
 */
import { groupLines, joinItems, type PdfItem } from './geometry.js';
import type { Rule } from './rules.js';

/** One table row as emitted: its cells and where it sits. */
export interface TableRow {
  cells: string[];
  /** Baseline of the row's first text line. */
  y: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Borders of the row's own cells, left to right (a merged cell spans several grid columns). */
  edges: number[];
  /** The text of the row's own cells (between consecutive `edges`). */
  ownCells: string[];
}

/** A table found on a page: its box and its rows, top to bottom. */
export interface Table {
  left: number;
  right: number;
  top: number;
  bottom: number;
  rows: TableRow[];
}

/** Two segments closer than this touch. */
const TOUCH = 2.5;
/** Rule positions closer than this are the same border (double lines, thick borders). */
const SAME_BORDER = 2;
/** A horizontal rule covering at least this share of the table width separates rows. */
const ROW_RULE_SHARE = 0.5;

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Merges close positions into one (sorted ascending). */
function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SAME_BORDER) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Connected groups of horizontal and vertical rules (each a candidate table). */
function components(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    let j = i;
    while (parent[j] !== root) {
      const next = parent[j]!;
      parent[j] = root;
      j = next;
    }
    return root;
  };
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'h');
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'v');
  for (const [h, hi] of hs) {
    for (const [v, vi] of vs) {
      if (touches(h, v)) parent[find(hi)] = find(vi);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(r);
    groups.set(root, list);
  });
  return [...groups.values()];
}

/**
 * Splits a run that crosses column borders (LibreOffice sometimes draws two
 * adjacent cells' text in one run) at the space nearest each border,
 * estimating character positions from the run's width.
 */
function splitAtBorders(item: PdfItem, borders: readonly number[]): PdfItem[] {
  const chars = [...item.str];
  if (chars.length < 2 || item.width <= 0) return [item];
  const inner = borders.filter((b) => b > item.x + 1 && b < item.x + item.width - 1);
  if (inner.length === 0) return [item];
  const border = inner[0]!;
  const perChar = item.width / chars.length;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  chars.forEach((c, k) => {
    if (c !== ' ') return;
    const distance = Math.abs(item.x + (k + 0.5) * perChar - border);
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  });
  // Without a space near the border the run is one cell's text overflowing; keep it whole.
  if (best < 0 || bestDistance > 4 * perChar + 2) return [item];
  const leftStr = chars.slice(0, best).join('');
  const rightStr = chars.slice(best + 1).join('');
  const rightX = Math.max(item.x + (best + 1) * perChar, border + 0.5);
  const left: PdfItem = { ...item, str: leftStr, width: Math.min(best * perChar, border - item.x - 0.5) };
  const right: PdfItem = { ...item, str: rightStr, x: rightX, width: item.x + item.width - rightX };
  return [left, ...splitAtBorders(right, borders)];
}

/**
 * Places a row's cells in the table's full column grid: a merged cell (a
 * group row "1 | Chính quyền số" spanning the value columns) keeps its text in
 * the first column it covers and leaves the covered ones empty, so every row
 * of a table has the same number of cells and cell k is always column k.
 */
function toGridColumns(cells: readonly string[], borders: readonly number[], grid: readonly number[]): string[] {
  if (grid.length - 1 <= cells.length) return [...cells];
  const out = grid.slice(1).map(() => '');
  cells.forEach((text, k) => {
    const at = borders[k]!;
    let column = 0;
    grid.forEach((x, g) => {
      if (g < grid.length - 1 && Math.abs(x - at) < Math.abs(grid[column]! - at)) column = g;
    });
    out[column] = out[column] ? `${out[column]} ${text}`.trim() : text;
  });
  return out;
}

function itemCenterY(item: PdfItem): number {
  return item.y + item.size * 0.3;
}

/**
 * Finds ruled tables on a page and reads their rows. Returns the tables and
 * the items that lie outside every table.
 */
export function readTables(items: readonly PdfItem[], rules: readonly Rule[]): { tables: Table[]; rest: PdfItem[] } {
  const tables: Table[] = [];
  let rest = [...items];
  for (const group of components(rules)) {
    const hs = group.filter((r) => r.dir === 'h');
    const vs = group.filter((r) => r.dir === 'v');
    const hPos = clusterPositions(hs.map((r) => r.at));
    const vPos = clusterPositions(vs.map((r) => r.at));
    // One framed box is a border around text, not a table.
    if (hPos.length < 2 || vPos.length < 2 || hPos.length + vPos.length < 5) continue;
    const left = Math.min(...hs.map((r) => r.from), ...vs.map((r) => r.at));
    const right = Math.max(...hs.map((r) => r.to), ...vs.map((r) => r.at));
    const bottom = Math.min(...vs.map((r) => r.from), ...hs.map((r) => r.at));
    const top = Math.max(...vs.map((r) => r.to), ...hs.map((r) => r.at));
    const width = right - left;
    const inside = (item: PdfItem): boolean => {
      const cx = item.x + Math.min(item.width / 2, 2);
      const cy = itemCenterY(item);
      return cx >= left - 1 && cx <= right + 1 && cy >= bottom - 1 && cy <= top + 1;
    };
    const mine = rest.filter(inside);
    rest = rest.filter((item) => !inside(item));
    const tableColumns = clusterPositions(vs.map((r) => r.at).concat([left, right]));
    const rowBorders = clusterPositions(
      hs.filter((r) => r.to - r.from >= ROW_RULE_SHARE * width).map((r) => r.at).concat([top, bottom]),
    ).sort((a, b) => b - a);
    const rows: TableRow[] = [];
    for (let k = 1; k < rowBorders.length; k++) {
      const bandTop = rowBorders[k - 1]!;
      const bandBottom = rowBorders[k]!;
      const inBand = mine.filter((item) => {
        const cy = itemCenterY(item);
        return cy <= bandTop && cy > bandBottom;
      });
      if (!inBand.some((item) => item.str.trim().length > 0)) continue;
      const colBorders = clusterPositions(
        vs
          .filter((r) => Math.min(r.to, bandTop) - Math.max(r.from, bandBottom) > 1.5)
          .map((r) => r.at)
          .concat([left, right]),
      );
      const cellItems: PdfItem[][] = colBorders.slice(1).map(() => []);
      // Only a border drawn at the run's own height splits it (a merged header cell spans the border below it).
      const bordersAt = (it: PdfItem): number[] => {
        const cy = itemCenterY(it);
        return colBorders.filter((x) => vs.some((r) => Math.abs(r.at - x) <= SAME_BORDER && r.from <= cy && r.to >= cy));
      };
      for (const item of inBand.flatMap((it) => splitAtBorders(it, bordersAt(it)))) {
        const cx = item.x + Math.min(item.width / 2, 2);
        let col = colBorders.findIndex((x, idx) => idx > 0 && cx < x);
        if (col < 0) col = colBorders.length - 1;
        cellItems[Math.max(0, col - 1)]!.push(item);
      }
      const bandCells = cellItems.map((list) =>
        groupLines(list)
          .map((line) => joinItems(line.items))
          .filter((text) => text.length > 0)
          .join(' '),
      );
      const cells = toGridColumns(bandCells, colBorders, tableColumns);
      const firstLine = groupLines(inBand)[0];
      rows.push({ cells, y: firstLine?.y ?? bandTop, top: bandTop, bottom: bandBottom, left, right, edges: colBorders, ownCells: bandCells });
    }
    if (rows.length > 0) tables.push({ left, right, top, bottom, rows });
  }
  return { tables, rest };
}

/** A page's laid-out entries (see `layout.ts`); only the fields this step reads. */
interface PagedEntries {
  entries: Array<{ text: string; kind: 'text' | 'table'; height: number; paragraphStart: boolean }>;
}

/**
 * Re-joins a table row broken by a page break: when a page opens with a table
 * row whose first cell is empty and the previous page closed with a row of
 * the same width, the continuation's cells are appended to that row.
 * Returns how many rows were joined.
 */
export function joinRowsAcrossPages(pages: PagedEntries[]): number {
  let joined = 0;
  let previous: PagedEntries | undefined;
  for (const page of pages) {
    if (page.entries.length === 0) continue;
    const first = page.entries[0]!;
    const last = previous?.entries[previous.entries.length - 1];
    if (last && first.kind === 'table' && last.kind === 'table') {
      const cells = first.text.split('\t');
      const before = last.text.split('\t');
      if (cells.length === before.length && cells[0]!.trim() === '' && before[0]!.trim() !== '') {
        last.text = before.map((cell, k) => [cell, cells[k] ?? ''].filter((c) => c.trim() !== '').join(' ')).join('\t');
        last.height += first.height;
        page.entries.shift();
        if (page.entries[0]?.kind === 'table') page.entries[0].paragraphStart = false;
        joined++;
      }
    }
    if (page.entries.length > 0) previous = page;
  }
  return joined;
}
