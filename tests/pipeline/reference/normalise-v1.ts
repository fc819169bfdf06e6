/**
 * The normalise stage as it was before its speed work (commit 24ff99d), kept
 * only as the reference the rewritten stage is checked against
 * (tests/pipeline/normalise-reference.test.ts): same text, blocks and source
 * offsets on the corpus and on generated documents.
 */
import type { Extraction } from '../../../extractors/types.js';
import { OffsetMapBuilder, type OffsetMap } from './offset-map-v1.js';
import { readBlockHead, startsBlock } from '../../../pipeline/normalise/markers.js';
import { markdownHints } from '../../../pipeline/normalise/markdown.js';
import type { Block, BlockKind, Normalised as Current, Span } from '../../../pipeline/normalise/types.js';

type Normalised = Omit<Current, 'map'> & { map: OffsetMap };

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
const TERMINAL = /[.!?;:…]["”’)\]]?$/u;
const MD_INLINE = /^(?:\*\*|__|<\/?(?:b|strong|i|em|u)>|<br\s?\/?>)/iu;

/*
 * writeFolded looks at every character of the document; asking SPACE and
 * INVISIBLE per character was its cost. Their answer for each UTF-16 code unit
 * is kept in a table, filled from the same expressions on first sight.
 */
const FOLDED_SPACE = 1;
const DROPPED = 2;
const UNSEEN = 255;
const FOLD_KIND = new Uint8Array(0x10000).fill(UNSEEN);

function foldKind(src: string, i: number): number {
  const c = src.charCodeAt(i);
  let k = FOLD_KIND[c]!;
  if (k === UNSEEN) {
    const ch = src[i]!;
    k = FOLD_KIND[c] = SPACE.test(ch) && ch !== '\t' ? FOLDED_SPACE : INVISIBLE.test(ch) ? DROPPED : 0;
  }
  return k;
}

function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let no = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ no, start, end, text: text.slice(start, end) });
      start = i + 1;
      no++;
    }
  }
  return lines;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function startsUpper(text: string): boolean {
  const ch = text.trimStart().replace(/^[-+*•–"“(]\s?/u, '')[0] ?? '';
  return /[\p{Lu}\p{N}]/u.test(ch);
}

// Markdown's hard line break: two or more spaces before the newline end the line.
const endsWithHardBreak = (line: string): boolean => line.replace(/\r$/u, '').endsWith('  ');

/** Decides whether a wrapped source line continues the previous one. */
function continuesWrapped(prev: string, line: string, wrapWidth: number, hardBreaks: boolean): boolean {
  const p = prev.trim();
  const l = line.trim();
  // A numbered heading closed by a hard break, then a capitalised line: the heading's body starts.
  if (hardBreaks && endsWithHardBreak(prev) && startsBlock(p) && startsUpper(l)) return false;
  if (startsBlock(l) || TABLE_ROW_START.test(l)) return false;
  if (TERMINAL.test(p) && startsUpper(l)) return false;
  // A line well short of the wrap width ended its paragraph (a heading, a title line).
  if (p.length < wrapWidth * 0.6 && startsUpper(l)) return false;
  // A heading in capitals wraps onto a second capitals line; anything else after it starts anew.
  if (isAllCaps(p) !== isAllCaps(l) && (isAllCaps(p) || TERMINAL.test(p))) return false;
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

/**
 * In a paragraph-per-line text, a sentence broken by a stray line break ("… trong các bệnh" / "viện, cơ sở y tế.")
 * goes on in lower case after a line with no closing punctuation.
 */
function continuesSentence(prev: string, line: string): boolean {
  const l = line.trim();
  return !TERMINAL.test(prev.trim()) && /^\p{Ll}/u.test(l) && !startsBlock(l);
}

/**
 * Writes one source range into the builder, folding whitespace, dropping
 * invisible characters and (for Markdown) inline markup.
 */
function writeFolded(b: OffsetMapBuilder, src: string, start: number, end: number, markdown: boolean): void {
  let i = start;
  let runStart = start;
  const flush = (to: number) => {
    if (to > runStart) b.copy(runStart, to);
  };
  while (i < end) {
    const ch = src[i]!;
    const kind = foldKind(src, i);
    if (kind === FOLDED_SPACE) {
      flush(i);
      let j = i;
      while (j < end && foldKind(src, j) === FOLDED_SPACE) j++;
      if (b.length > 0 && b.last !== ' ' && b.last !== '\n' && b.last !== '\t') b.replace(' ', i, j);
      i = j;
      runStart = i;
      continue;
    }
    if (kind === DROPPED) {
      flush(i);
      i++;
      runStart = i;
      continue;
    }
    if (markdown && (ch === '*' || ch === '_' || ch === '<')) {
      const m = MD_INLINE.exec(src.slice(i, Math.min(end, i + 8)));
      const length = m ? m[0].length : isEmphasisStar(src, i, start, end) ? 1 : 0;
      if (length > 0) {
        flush(i);
        i += length;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  flush(end);
}

/** Options of the normalise stage. */
interface NormaliseOptions {
  /** Treat `#` headings, `**bold**` and `<b>` as Markdown markup (default: by format / content). */
  markdown?: boolean;
}

/**
 * Normalises an extraction into blocks.
 * @example normalise(await extractText(bytes, 'plan.txt')).blocks[0].kind // 'paragraph'
 */
export function normaliseV1(extraction: Extraction, options: NormaliseOptions = {}): Normalised {
  const source = extraction.text;
  const lines = splitLines(source);
  const markdown = options.markdown ?? (extraction.format === 'md' || /^(?:#{1,6} |\*\*)/mu.test(source));
  const hints = markdown ? markdownHints(source) : new Map<number, 'heading'>();
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
  const widths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const wrapWidth = widths[Math.floor(widths.length * 0.9)] ?? 80;
  // Trailing double spaces mark line ends only where they are the exception (exports that pad every line mean nothing by them).
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const hardBreaks = nonEmpty.filter((l) => endsWithHardBreak(l.text)).length < nonEmpty.length / 2;
  for (const line of lines) {
    const raw = line.text.replace(INVISIBLE, '');
    if (raw.trim() === '') {
      if (raw.length > 0 && gap !== 'space') gap = 'space';
      else if (gap === 'none') gap = 'blank';
      continue;
    }
    const table = raw.includes('\t') && raw.replace(/\t/gu, '').trim() !== '';
    const heading = hints.get(line.no) === 'heading' || (markdown && /^\s*(?:\*\*|<b>).*(?:\*\*|<\/b>)\s*$/iu.test(raw));
    const prev = groups[groups.length - 1];
    const mdStrip = (s: string) => (markdown ? s.replace(/^\s*#{1,6}\s+/u, '').replace(/\*\*|<\/?b>/giu, '') : s);
    const prevText = prev ? mdStrip(prev.lines[prev.lines.length - 1]!.text) : '';
    const join =
      prev !== undefined &&
      gap !== 'space' &&
      !prev.table &&
      !table &&
      !heading &&
      !prev.heading &&
      (wrapped ? continuesWrapped(prevText, mdStrip(raw), wrapWidth, hardBreaks) : continuesSentence(prevText, mdStrip(raw)));
    if (join) prev.lines.push(line);
    else groups.push({ lines: [line], table, gapBefore: gap, heading });
    gap = 'none';
  }

  const b = new OffsetMapBuilder(source);
  const blocks: Block[] = [];
  const pages = extraction.lines ? extraction.lines.map((l) => l.page) : null;
  for (const g of groups) {
    if (b.length > 0) b.replace('\n', g.lines[0]!.start, g.lines[0]!.start);
    const start = b.length;
    let cells: Span[] | null = null;
    g.lines.forEach((line, idx) => {
      let from = line.start;
      if (markdown) {
        const h = /^\s*#{1,6}\s+/u.exec(line.text);
        if (h) from += h[0].length;
      }
      while (from < line.end && SPACE.test(source[from]!) && source[from] !== '\t') from++;
      if (idx > 0 && b.last !== ' ') b.replace(' ', g.lines[idx - 1]!.end, from);
      if (g.table) {
        cells = [];
        let cellFrom = from;
        for (let i = from; i <= line.end; i++) {
          if (i === line.end || source[i] === '\t') {
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
    });
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
