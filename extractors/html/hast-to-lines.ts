/**
 * Turns a hast tree (HTML from a file, or mammoth's rendering of a DOCX) into
 * the lines of the `Extraction` contract: one paragraph per line, one table row
 * per line with cells joined by "\t".
 *
 * Merged cells are filled in so every row of a table has the same number of
 * cells and a column index means the same thing on every row: a rowspan
 * repeats the cell downwards, a colspan in the header repeats it to the right,
 * and a colspan in the body (a group row) leaves the covered cells empty.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { decodeLegacyRun, isLegacyFont, repairLegacyText } from '../encoding/index.js';

/** How footnotes are marked up in the tree. */
export type FootnoteStyle =
  /** mammoth: `<sup><a id="footnote-ref-2" href="#footnote-2">[1]</a></sup>` and a closing `<ol><li id="footnote-2">`. */
  | 'mammoth'
  /** Plain HTML: footnote marks are ordinary text. */
  | 'plain';

/** Options of {@link hastToLines}. */
export interface HastToLinesOptions {
  /** Write the marker a browser shows for `<ol>`/`<ul>` items ("1.", "a.", "-") (default true). */
  listMarkers?: boolean;
  footnotes?: FootnoteStyle;
  /**
   * Called once per text run decoded from a legacy Vietnamese encoding: runs set in a
   * legacy font (`.VnTime`, `VNI-Times`) always are, others when they read as legacy
   * bytes shown as Windows-1252 (`repairLegacyText`).
   */
  onLegacyRun?: (encoding: 'tcvn3' | 'vni') => void;
}

const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'object', 'iframe', 'svg', 'math', 'select', 'textarea']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);
const MAX_SPAN = 1000;

function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

function span(el: Element, name: string): number {
  const n = Number.parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out || String(n);
}

function olMarker(n: number, type: string | undefined): string {
  switch (type) {
    case 'a': return `${String.fromCharCode(97 + ((n - 1) % 26))}.`;
    case 'A': return `${String.fromCharCode(65 + ((n - 1) % 26))}.`;
    case 'i': return `${roman(n)}.`;
    case 'I': return `${roman(n).toUpperCase()}.`;
    default: return `${n}.`;
  }
}

/** Collapses HTML whitespace (and no-break spaces) and drops invisible format characters. */
export function cleanInline(text: string): string {
  if (isClean(text)) return text;
  return text.replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * True when {@link cleanInline} would return `text` unchanged: no invisible format
 * character, no whitespace but single spaces between words. Most lines already
 * are, and one pass over their code units is cheaper than the two replaces and trim.
 */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceOrInvisible(c)) return false;
  }
  return true;
}

/** JavaScript's `\s` beyond ASCII, and the invisible characters cleanInline drops. */
function isSpaceOrInvisible(c: number): boolean {
  if (c < 0x1680) return c === 0xa0 || c === 0xad;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

class Walker {
  readonly lines: string[] = [];
  private buf: string[] = [];
  /** A list marker waiting for the item's first non-empty line (the item may open with a <p>). */
  private prefix = '';
  /** Footnote mark by footnote id; one map for the document, cells included (marks inside cells number the same footnotes). */
  private readonly footnoteNumbers: Map<string, string>;
  /** The font family the text being walked is set in (CSS `font-family` or `<font face>`). */
  private font: string | null = null;
  constructor(
    private readonly options: WalkerOptions,
    footnoteNumbers = new Map<string, string>(),
  ) {
    this.footnoteNumbers = footnoteNumbers;
  }

  flush(): void {
    if (this.buf.length === 0) return;
    const line = cleanInline(this.buf.join(''));
    this.buf = [];
    if (!line) return;
    this.lines.push(this.prefix ? cleanInline(this.prefix + line) : line);
    this.prefix = '';
  }

  children(nodes: Array<RootContent | ElementContent>, parent?: Element): void {
    for (const n of nodes) this.node(n, parent);
  }

  node(n: RootContent | ElementContent, parent?: Element): void {
    if (n.type === 'text') {
      this.buf.push(this.decode(n.value));
      return;
    }
    if (n.type !== 'element') return;
    const declared = fontOf(n);
    if (declared === null) {
      this.element(n, parent);
      return;
    }
    const outer = this.font;
    this.font = declared;
    try {
      this.element(n, parent);
    } finally {
      this.font = outer;
    }
  }

  /**
   * Text in a legacy font holds the legacy bytes as Windows-1252 characters ("KÕ ho¹ch"):
   * decoded here, before whitespace clean-up drops U+00AD, which is TCVN3's "ư".
   */
  private decode(text: string): string {
    if (!/[^\s]/u.test(text)) return text;
    const encoding = this.font === null ? null : isLegacyFont(this.font);
    if (encoding === null) {
      // No legacy font named (or not named here): legacy bytes can still show through.
      let repaired = this.options.repairs.get(text);
      if (repaired === undefined) {
        repaired = repairLegacyText(text);
        this.options.repairs.set(text, repaired);
      }
      if (repaired.encoding !== null) this.options.onLegacyRun?.(repaired.encoding);
      return repaired.text;
    }
    const decoded = decodeLegacyRun(text, this.font!);
    if (decoded === null) return text;
    this.options.onLegacyRun?.(encoding);
    return decoded;
  }

  private element(n: Element, parent?: Element): void {
    const tag = n.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      this.flush();
      return;
    }
    if (tag === 'table') {
      this.flush();
      this.table(n);
      return;
    }
    if (tag === 'a' && this.options.footnotes === 'mammoth' && this.footnoteAnchor(n)) return;
    if (!BLOCK.has(tag)) {
      this.children(n.children, n);
      return;
    }
    this.flush();
    if (tag === 'li') this.prefix = this.liPrefix(n, parent);
    if (tag === 'pre') {
      for (const line of textOf(n).split(/\r?\n/u)) {
        this.buf.push(line);
        this.flush();
      }
    } else {
      this.children(n.children, n);
    }
    this.flush();
    if (tag === 'li') this.prefix = '';
  }

  /** Handles mammoth's footnote anchors; returns true when `a` was one. */
  private footnoteAnchor(a: Element): boolean {
    const href = attr(a, 'href') ?? '';
    const id = attr(a, 'id') ?? '';
    // Back-link "↑" from a footnote to its reference: not document text.
    if (/^#(?:foot|end)note-ref-/u.test(href)) return true;
    if (/^(?:foot|end)note-ref-/u.test(id) && /^#(?:foot|end)note-/u.test(href)) {
      // Keep the mark glued to the preceding word ("80%1"), as printed.
      const mark = textOf(a).replace(/[[\]]/gu, '');
      this.footnoteNumbers.set(href.slice(1), mark);
      this.buf.push(mark);
      return true;
    }
    return false;
  }

  private liPrefix(li: Element, list: Element | undefined): string {
    const id = attr(li, 'id');
    if (this.options.footnotes === 'mammoth' && id && this.footnoteNumbers.has(id)) return `${this.footnoteNumbers.get(id)} `;
    if (!this.options.listMarkers) return '';
    if (!list) return '';
    if (list.tagName === 'ul' || list.tagName === 'menu') return '- ';
    if (list.tagName !== 'ol') return '';
    const explicit = Number.parseInt(attr(li, 'value') ?? '', 10);
    if (Number.isFinite(explicit)) return `${olMarker(explicit, attr(list, 'type'))} `;
    let n = Number.parseInt(attr(list, 'start') ?? '1', 10);
    if (!Number.isFinite(n)) n = 1;
    for (const sib of list.children) {
      if (sib === li) break;
      if (sib.type === 'element' && sib.tagName === 'li') n++;
    }
    return `${olMarker(n, attr(list, 'type'))} `;
  }

  private table(table: Element): void {
    const rows: Element[] = [];
    const captions: Element[] = [];
    for (const c of table.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
        for (const r of c.children) if (r.type === 'element' && r.tagName === 'tr') rows.push(r);
      } else if (c.tagName === 'caption') captions.push(c);
    }
    for (const cap of captions) this.node(cap);
    const cellLines = new Map<Element, string[]>();
    const linesOf = (cell: Element): string[] => {
      let lines = cellLines.get(cell);
      if (!lines) {
        lines = this.cellLines(cell);
        cellLines.set(cell, lines);
      }
      return lines;
    };
    if (isLayoutTable(rows, linesOf)) {
      // Read as the page is read: each cell's paragraphs in turn, left cell before right.
      for (const row of rows) for (const cell of cellsOf(row)) this.lines.push(...linesOf(cell));
      return;
    }
    const headerRows = headerBand(rows);
    const grid: string[][] = [];
    // Cells still covered by a rowspan from above: column → [value, rows left].
    const pending = new Map<number, [string, number]>();
    for (let r = 0; r < rows.length; r++) {
      const out: string[] = [];
      const takePending = (): void => {
        for (let p = pending.get(out.length); p; p = pending.get(out.length)) {
          out.push(p[0]);
          if (--p[1] <= 0) pending.delete(out.length - 1);
        }
      };
      for (const cell of rows[r]!.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        takePending();
        const text = linesOf(cell).join(' ').replace(/\t/gu, ' ');
        const cols = span(cell, 'colSpan');
        const down = Math.min(span(cell, 'rowSpan'), rows.length - r);
        // A header cell over several columns names each of them ("Kinh phí và nguồn vốn" over
        // "Kinh phí" | "Nguồn vốn"), so it is repeated; a body cell spanning columns is a group
        // label ("1 | Chính quyền số" across the row) that says nothing about the other columns.
        const spread = r < headerRows || cell.tagName === 'th';
        for (let k = 0; k < cols; k++) {
          const value = k === 0 || spread ? text : '';
          if (down > 1) pending.set(out.length, [value, down - 1]);
          out.push(value);
        }
      }
      // Trailing columns covered from above.
      const maxPending = Math.max(-1, ...pending.keys());
      while (out.length <= maxPending) {
        const p = pending.get(out.length);
        if (p) {
          out.push(p[0]);
          if (--p[1] <= 0) pending.delete(out.length - 1);
        } else out.push('');
      }
      grid.push(out);
    }
    const width = Math.max(0, ...grid.map((row) => row.length));
    for (const row of grid) {
      if (row.every((c) => c === '')) continue;
      while (row.length < width) row.push('');
      this.lines.push(row.join('\t'));
    }
  }

  /** The lines a cell's content would have on its own (its paragraphs, nested table rows). */
  private cellLines(cell: Element): string[] {
    const inner = new Walker(this.options, this.footnoteNumbers);
    inner.font = this.font;
    inner.children(cell.children);
    inner.flush();
    return inner.lines;
  }
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

/**
 * Leading rows that form the table's header: the first row, and the rows its
 * row-spanning cells reach down over (a two-row header with "Kinh phí" |
 * "Nguồn vốn" under a spanning "Kinh phí và nguồn vốn").
 */
function headerBand(rows: Element[]): number {
  if (rows.length === 0) return 0;
  return Math.max(1, ...cellsOf(rows[0]!).map((c) => Math.min(span(c, 'rowSpan'), rows.length)));
}

/** Rows of a layout table beyond which a table is data, whatever its cells hold. */
const MAX_LAYOUT_ROWS = 2;
/** Paragraphs in one cell that make a small table a text block rather than a record. */
const LAYOUT_CELL_PARAGRAPHS = 3;

/** A cell that is only a quantity ("80%", "1.250", "20"): the mark of a data row. */
export const BARE_QUANTITY = /^[\d\s.,%]+$/u;

/**
 * A table used to place text side by side — the "Nơi nhận" list beside the
 * signature, the agency beside the national motto, "Số: …" beside the place and
 * date — rather than to hold records. A table of one row has no header over
 * data, so it is layout; a table of two rows is layout when a cell holds a block
 * of several paragraphs (a signature, an address list) or when no cell is a bare
 * quantity, as the one data row under a header would have.
 * Folding such a table into "\t" rows would glue a signer's title to the
 * recipients list; reading it cell by cell keeps each paragraph a line.
 */
function isLayoutTable(rows: Element[], linesOf: (cell: Element) => string[]): boolean {
  if (rows.length === 0 || rows.length > MAX_LAYOUT_ROWS) return false;
  const cells = rows.flatMap(cellsOf);
  if (rows.length === 1) return cells.length > 0;
  if (cells.some((c) => linesOf(c).length >= LAYOUT_CELL_PARAGRAPHS)) return true;
  return !cells.some((c) => BARE_QUANTITY.test(linesOf(c).join(' ')));
}

type WalkerOptions = Required<Omit<HastToLinesOptions, 'onLegacyRun'>> &
  Pick<HastToLinesOptions, 'onLegacyRun'> & {
    /** repairLegacyText by text, for the document: runs repeat ("và", "các", "năm 2024"), the scoring is dear. */
    repairs: Map<string, ReturnType<typeof repairLegacyText>>;
  };

/** The first family of an element's own font declaration (`style="font-family: …"`, `<font face>`), or null. */
function fontOf(el: Element): string | null {
  const face = el.tagName === 'font' ? attr(el, 'face') : undefined;
  const style = attr(el, 'style');
  const family = /(?:^|;)\s*font-family\s*:\s*([^;]{1,200})/iu.exec(style ?? '')?.[1] ?? face;
  if (!family) return null;
  const first = family.split(',')[0]!.trim().replace(/^["']|["']$/gu, '').trim();
  return first || null;
}

function textOf(n: Element | ElementContent): string {
  if (n.type === 'text') return n.value;
  if (n.type !== 'element') return '';
  return n.children.map(textOf).join('');
}

/**
 * Lines of `tree` per the `Extraction` contract (not yet NFC-normalised).
 * @example hastToLines(unified().use(rehypeParse, { fragment: true }).parse('<p>a</p><p>b</p>')) // ['a', 'b']
 */
export function hastToLines(tree: Root | Element, options: HastToLinesOptions = {}): string[] {
  const w = new Walker({ listMarkers: options.listMarkers ?? true, footnotes: options.footnotes ?? 'plain', onLegacyRun: options.onLegacyRun, repairs: new Map() });
  w.children(tree.children);
  w.flush();
  return w.lines;
}
