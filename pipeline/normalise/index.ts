/**
 * normalise: source text → paragraphs, list items and table rows in NFC, with an
 * offset map back to the source so every quote stays exactly grounded.
 */
import type { Extraction } from '../../extractors/types.js';
import { OffsetMapBuilder } from './offset-map.js';
import { readBlockHead, startsBlock } from './markers.js';
import { markdownHints } from './markdown.js';
import { isAllCaps } from './caps.js';
import { codeUnitTable, isWhiteSpaceUnit } from '../text/code-units.js';
import type { Block, BlockKind, Normalised, Span } from './types.js';

export type { Block, Normalised, Span } from './types.js';

interface SourceLine {
  no: number;
  start: number;
  end: number;
  text: string;
}

const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
// A table row flattened by PDF text: "1 Hoạt động …", "II Đảm bảo …", "Tổng 100".
const TABLE_ROW_START = /^(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\s+\p{Lu}|(?:Tổng|Cộng)(?:\s|$))/u;
const MD_INLINE = /^(?:\*\*|__|<\/?(?:b|strong|i|em|u)>|<br\s?\/?>)/iu;

/*
 * writeFolded looks at every character of the document; asking SPACE and
 * INVISIBLE per character was its cost. Their answer for each UTF-16 code unit
 * is kept in a table, filled from the same expressions on first sight.
 */
const FOLDED_SPACE = 1;
const DROPPED = 2;
const foldClass = codeUnitTable((ch) => (SPACE.test(ch) && ch !== '\t' ? FOLDED_SPACE : INVISIBLE.test(ch) ? DROPPED : 0));

function foldKind(src: string, i: number): number {
  return foldClass(src.charCodeAt(i));
}

function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let no = 1;
  for (;;) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    lines.push({ no, start, end, text: text.slice(start, end) });
    if (i === text.length) return lines;
    start = i + 1;
    no++;
  }
}

// What String.prototype.trim strips (WhiteSpace and LineTerminator), which is also what \s matches.
const isTrimmed = isWhiteSpaceUnit;

/** `text.trim().length`, without the string. */
function trimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && isTrimmed(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  return end - start;
}

const LEADING_MARK = new Set(['-', '+', '*', '•', '–', '"', '“', '(']);
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const upperOrDigitClass = codeUnitTable((ch) => (UPPER_OR_DIGIT.test(ch) ? 1 : 0));

/** Whether the text starts (after a list mark or an opening quote) with a capital or a digit. */
function startsUpper(text: string): boolean {
  const t = text.trimStart();
  let i = 0;
  if (t.length > 0 && LEADING_MARK.has(t[0]!)) {
    i = 1;
    if (i < t.length && isTrimmed(t.charCodeAt(i))) i++;
  }
  if (i >= t.length) return false;
  return upperOrDigitClass(t.charCodeAt(i)) === 1;
}

// Markdown's hard line break: two or more spaces before the newline end the line.
function endsWithHardBreak(line: string): boolean {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return end >= 2 && line.charCodeAt(end - 1) === 32 && line.charCodeAt(end - 2) === 32;
}

const TERMINAL_MARKS = '.!?;:…';
const CLOSING_MARKS = '"”’)]';
/** Whether the (trimmed) text ends a sentence: closing punctuation, perhaps inside a closing quote or bracket ("… xã.”"). */
function endsTerminal(t: string): boolean {
  const last = t[t.length - 1];
  if (last === undefined) return false;
  if (TERMINAL_MARKS.includes(last)) return true;
  return t.length >= 2 && CLOSING_MARKS.includes(last) && TERMINAL_MARKS.includes(t[t.length - 2]!);
}

/**
 * One source line as the grouping reads it (Markdown marks stripped), with what
 * is asked of it worked out once: a line is asked as the current line, then
 * again as the previous one.
 */
class LineView {
  readonly trimmed: string;
  private caps?: boolean;
  private block?: boolean;
  private upper?: boolean;
  private terminal?: boolean;
  constructor(readonly text: string) {
    this.trimmed = text.trim();
  }
  get allCaps(): boolean {
    return (this.caps ??= isAllCaps(this.trimmed));
  }
  get startsBlock(): boolean {
    return (this.block ??= startsBlock(this.trimmed));
  }
  get startsUpper(): boolean {
    return (this.upper ??= startsUpper(this.trimmed));
  }
  get terminalEnd(): boolean {
    return (this.terminal ??= endsTerminal(this.trimmed));
  }
}

/** Decides whether a wrapped source line continues the previous one. */
function continuesWrapped(p: LineView, l: LineView, wrapWidth: number, hardBreaks: boolean): boolean {
  // A numbered heading closed by a hard break, then a capitalised line: the heading's body starts.
  if (hardBreaks && endsWithHardBreak(p.text) && p.startsBlock && l.startsUpper) return false;
  if (l.startsBlock || TABLE_ROW_START.test(l.trimmed)) return false;
  if (p.terminalEnd && l.startsUpper) return false;
  // A line well short of the wrap width ended its paragraph (a heading, a title line).
  if (p.trimmed.length < wrapWidth * 0.6 && l.startsUpper) return false;
  // A heading in capitals wraps onto a second capitals line; anything else after it starts anew.
  if (p.allCaps !== l.allCaps && (p.allCaps || p.terminalEnd)) return false;
  return true;
}

// Markdown emphasis: a single '*' opening before a word ("“*Chuyển đổi số*”", "(*Zalo") or closing after one.
// A '*' with no word beside it ("(*)" footnote marks, "2 * 3") is text.
const EMPHASIS_OPENS_AFTER = /[\s“"‘'(\[]/u;
const EMPHASIS_OPENS_BEFORE = /[\p{L}\p{N}“"‘(]/u;
const EMPHASIS_CLOSES_AFTER = /[\p{L}\p{N}.,;:!?”"’)]/u;
const EMPHASIS_CLOSES_BEFORE = /[\s”"’),.;:!?\]]/u;

function isEmphasisStar(src: string, i: number, start: number, end: number): boolean {
  if (src[i] !== '*' || src[i + 1] === '*' || src[i - 1] === '*') return false;
  const before = i > start ? src[i - 1]! : ' ';
  const after = i + 1 < end ? src[i + 1]! : ' ';
  const opens = EMPHASIS_OPENS_AFTER.test(before) && EMPHASIS_OPENS_BEFORE.test(after);
  const closes = EMPHASIS_CLOSES_AFTER.test(before) && EMPHASIS_CLOSES_BEFORE.test(after);
  return opens || closes;
}

const LOWER_START = /^\p{Ll}/u;

/**
 * In a paragraph-per-line text, a sentence broken by a stray line break ("… trong các bệnh" / "viện, cơ sở y tế.")
 * goes on in lower case after a line with no closing punctuation.
 */
function continuesSentence(p: LineView, l: LineView): boolean {
  return !p.terminalEnd && LOWER_START.test(l.trimmed) && !l.startsBlock;
}

/**
 * Writes one source range into the builder, folding whitespace, dropping
 * invisible characters and (for Markdown) inline markup.
 */
function writeFolded(b: OffsetMapBuilder, src: string, start: number, end: number, markdown: boolean): void {
  let i = start;
  let runStart = start;
  while (i < end) {
    const c = src.charCodeAt(i);
    const kind = foldClass(c);
    if (kind === FOLDED_SPACE) {
      /*
       * One plain space between written characters stays in the copied run:
       * copying it maps to the source exactly as writing ' ' for it would, and
       * a segment per word was most of the map.
       */
      if (c === 32 && i > runStart && src.charCodeAt(i - 1) !== 9 && (i + 1 === end || foldKind(src, i + 1) !== FOLDED_SPACE)) {
        i++;
        continue;
      }
      if (i > runStart) b.copy(runStart, i);
      let j = i + 1;
      while (j < end && foldKind(src, j) === FOLDED_SPACE) j++;
      if (b.length > 0) {
        const last = b.lastCode;
        if (last !== 32 && last !== 10 && last !== 9) b.replace(' ', i, j);
      }
      i = j;
      runStart = i;
      continue;
    }
    if (kind === DROPPED) {
      if (i > runStart) b.copy(runStart, i);
      i++;
      runStart = i;
      continue;
    }
    if (markdown && (c === 42 || c === 95 || c === 60)) {
      const m = MD_INLINE.exec(src.slice(i, Math.min(end, i + 8)));
      const length = m ? m[0].length : isEmphasisStar(src, i, start, end) ? 1 : 0;
      if (length > 0) {
        if (i > runStart) b.copy(runStart, i);
        i += length;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  if (end > runStart) b.copy(runStart, end);
}

const MD_HEADING_MARK = /^\s*#{1,6}\s+/u;
const MD_BOLD = /\*\*|<\/?b>/giu;
const MD_BOLD_LINE = /^\s*(?:\*\*|<b>).*(?:\*\*|<\/b>)\s*$/iu;

/** A line without its Markdown heading mark and bold marks; a line with no "#", "*" or "<" has none and is returned as it is. */
function stripMarkdown(s: string): string {
  if (!s.includes('#') && !s.includes('*') && !s.includes('<')) return s;
  return s.replace(MD_HEADING_MARK, '').replace(MD_BOLD, '');
}

/** Options of the normalise stage. */
export interface NormaliseOptions {
  /** Treat `#` headings, `**bold**` and `<b>` as Markdown markup (default: by format / content). */
  markdown?: boolean;
}

/**
 * Normalises an extraction into blocks.
 * @example normalise(await extractText(bytes, 'plan.txt')).blocks[0].kind // 'paragraph'
 */
export function normalise(extraction: Extraction, options: NormaliseOptions = {}): Normalised {
  const source = extraction.text;
  const lines = splitLines(source);
  const markdown = options.markdown ?? (extraction.format === 'md' || /^(?:#{1,6} |\*\*)/mu.test(source));
  const hints = markdown ? markdownHints(source) : null;
  const wrapped = extraction.layout === 'wrapped';

  // Group source lines into blocks.
  interface Group {
    lines: SourceLine[];
    table: boolean;
    gapBefore: Block['gapBefore'];
    heading: boolean;
  }
  const groups: Group[] = [];
  let gap: Block['gapBefore'] = 'none';
  const trimmedLengths = new Uint32Array(lines.length);
  const widths = new Uint32Array(lines.length);
  let nonEmpty = 0;
  let hardBroken = 0;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    const n = (trimmedLengths[k] = trimmedLength(text));
    if (n === 0) continue;
    widths[nonEmpty++] = n;
    if (endsWithHardBreak(text)) hardBroken++;
  }
  const wrapWidth = nonEmpty > 0 ? widths.subarray(0, nonEmpty).sort()[Math.floor(nonEmpty * 0.9)]! : 80;
  // Trailing double spaces mark line ends only where they are the exception (exports that pad every line mean nothing by them).
  const hardBreaks = hardBroken < nonEmpty / 2;
  // Only the first invisible character of a line is left out when grouping (as ever); most documents have none.
  const invisibles = INVISIBLE.test(source);
  const mdStrip = (s: string) => (markdown ? stripMarkdown(s) : s);
  // The previous non-blank line (the last line of the last group) as read when it was the current one.
  let prevView: LineView | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const raw = invisibles ? line.text.replace(INVISIBLE, '') : line.text;
    if (raw === line.text ? trimmedLengths[k] === 0 : trimmedLength(raw) === 0) {
      if (raw.length > 0 && gap !== 'space') gap = 'space';
      else if (gap === 'none') gap = 'blank';
      continue;
    }
    const table = raw.includes('\t');
    const heading = hints?.get(line.no) === 'heading' || (markdown && (raw.includes('*') || raw.includes('<')) && MD_BOLD_LINE.test(raw));
    const prev = groups[groups.length - 1];
    let view: LineView | null = null;
    let join = false;
    if (prev !== undefined && gap !== 'space' && !prev.table && !table && !heading && !prev.heading) {
      const prevLine = prev.lines[prev.lines.length - 1]!;
      const p = prevView ?? new LineView(mdStrip(prevLine.text));
      view = new LineView(mdStrip(raw));
      join = wrapped ? continuesWrapped(p, view, wrapWidth, hardBreaks) : continuesSentence(p, view);
    }
    if (join) prev!.lines.push(line);
    else groups.push({ lines: [line], table, gapBefore: gap, heading });
    gap = 'none';
    prevView = raw === line.text ? view : null;
  }

  const b = new OffsetMapBuilder(source);
  const blocks: Block[] = [];
  const pages = extraction.lines ? extraction.lines.map((l) => l.page) : null;
  for (const g of groups) {
    if (b.length > 0) b.replace('\n', g.lines[0]!.start, g.lines[0]!.start);
    const start = b.length;
    let cells: Span[] | null = null;
    for (let idx = 0; idx < g.lines.length; idx++) {
      const line = g.lines[idx]!;
      let from = line.start;
      if (markdown) {
        const h = line.text.includes('#') ? MD_HEADING_MARK.exec(line.text) : null;
        if (h) from += h[0].length;
      }
      while (from < line.end && foldKind(source, from) === FOLDED_SPACE) from++;
      if (idx > 0 && b.lastCode !== 32) b.replace(' ', g.lines[idx - 1]!.end, from);
      if (g.table) {
        cells = [];
        let cellFrom = from;
        for (let i = from; i <= line.end; i++) {
          if (i === line.end || source.charCodeAt(i) === 9) {
            const cellStart = b.length;
            writeFolded(b, source, cellFrom, i, markdown);
            b.trimEnd();
            // Cells keep a leading-space-free start; a folded space at the very start is dropped.
            cells.push({ start: cellStart, end: b.length });
            if (i < line.end) b.replace('\t', i, i + 1);
            cellFrom = i + 1;
          }
        }
      } else {
        writeFolded(b, source, from, line.end, markdown);
      }
    }
    b.trimEnd();
    const end = b.length;
    if (end === start) continue;
    const first = g.lines[0]!;
    const last = g.lines[g.lines.length - 1]!;
    blocks.push({
      kind: 'paragraph' as BlockKind,
      start,
      end,
      line: first.no,
      endLine: last.no,
      page: pages ? (pages[first.no - 1] ?? null) : null,
      marker: null,
      numbering: null,
      contentStart: start,
      headingHint: g.heading,
      cells: g.table ? cells : null,
      gapBefore: g.gapBefore,
    });
  }
  const { text, map } = b.build();
  for (const block of blocks) {
    if (block.cells) {
      block.kind = 'table-row';
      continue;
    }
    const head = readBlockHead(text.slice(block.start, Math.min(block.end, block.start + 24)));
    block.marker = head.marker;
    block.numbering = head.numbering;
    block.contentStart = block.start + head.length;
    if (head.marker) block.kind = 'list-item';
  }
  const sourceLineStarts = lines.map((l) => l.start);
  return { text, blocks, map, sourceText: source, sourceLineStarts, sourcePages: pages };
}

/** 1-based source line containing source offset `offset`. */
export function lineOfSourceOffset(n: Pick<Normalised, 'sourceLineStarts'>, offset: number): number {
  const starts = n.sourceLineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
