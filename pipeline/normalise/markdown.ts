/** Markdown structure hints: which source lines are headings. */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';

interface MdNode {
  type: string;
  position?: { start: { line: number }; end: { line: number } };
  children?: MdNode[];
}

/**
 * Inline (text) constructs of CommonMark. Block structure, and so which lines
 * are headings, is settled before inline content is read, so parsing without
 * them finds the same headings at a quarter less cost (tests/pipeline/markdown.test.ts
 * compares with the full parse).
 */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

const require = createRequire(import.meta.url);
let parser: Processor | undefined;

/**
 * The remark parser, loaded when a document first needs it: most plans are read
 * by `scanHeadings` alone, and remark's ~75 modules were a quarter of what each
 * pipeline thread loaded before its first document (~90 ms). Loaded with
 * `require` (ES modules load so since Node 20.19) because normalising is synchronous.
 */
function remark(): Processor {
  if (parser === undefined) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]) as unknown as Processor;
  }
  return parser;
}

/** Maps 1-based source lines that remark reads as headings to `'heading'`. */
export function markdownHints(source: string): Map<number, 'heading'> {
  return scanHeadings(source) ?? parsedHeadings(source);
}

/**
 * Heading lines by a remark parse: the general path, for any document.
 * micromark's cost grows with the square of the document in places (each setext
 * heading, and each lazy line that leaves a container, re-copies every event so
 * far: 8,000 setext headings took 12 s, 4 MB of concatenated plans 40 s), so the
 * document is parsed in independent pieces of at least `minPiece` characters.
 */
export function parsedHeadings(source: string, minPiece = 4096): Map<number, 'heading'> {
  const hints = new Map<number, 'heading'>();
  for (const piece of independentPieces(source, minPiece)) headingsByRemark(piece.text, piece.firstLine - 1, hints);
  return hints;
}

function headingsByRemark(source: string, linesBefore: number, hints: Map<number, 'heading'>): void {
  const tree = remark().parse(source) as MdNode;
  // An explicit stack, not recursion: a hostile file nests blockquotes thousands deep.
  const stack: MdNode[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'heading' && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) hints.set(linesBefore + l, 'heading');
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!); // first child on top: document order
  }
}

// Blocks that stay open across blank lines (fenced code; HTML blocks of kinds 1–5, CommonMark §4.6),
// and a carriage return ending a line alone, which the piece cutter's line count does not follow.
const SPANS_BLANK_LINES = /```|~~~|<(?:script|pre|style|textarea|[!?])|\r(?!\n)/iu;

/**
 * Pieces of the document that parse alone as they parse in it. After a blank line, a
 * line that opens at the margin with no `>` and no list marker closes every open block:
 * a paragraph ends at the blank line, a list item or block quote needs indentation, a
 * marker or `>` to go on, an indented code block needs indentation. Only fenced code
 * and HTML blocks of kinds 1–5 outlive it, so a document holding one is not cut.
 */
export function independentPieces(source: string, minPiece: number): Array<{ text: string; firstLine: number }> {
  if (source.length <= minPiece || SPANS_BLANK_LINES.test(source)) return [{ text: source, firstLine: 1 }];
  const pieces: Array<{ text: string; firstLine: number }> = [];
  let pieceStart = 0;
  let pieceLine = 1;
  let previousBlank = false;
  let line = 1;
  for (let start = 0; start < source.length; line++) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const lineEnd = end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (previousBlank && start - pieceStart >= minPiece && closesEveryBlock(source.slice(start, lineEnd))) {
      pieces.push({ text: source.slice(pieceStart, start), firstLine: pieceLine });
      pieceStart = start;
      pieceLine = line;
    }
    previousBlank = isBlank(source, start, end);
    start = end + 1;
  }
  pieces.push({ text: source.slice(pieceStart), firstLine: pieceLine });
  return pieces;
}

/** Whether `source[start, end)` holds only spaces and tabs (and the carriage return of a CRLF). */
function isBlank(source: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = source.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A non-blank line at the margin that continues no list and no quote. */
function closesEveryBlock(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === 32 || c === 9 || c === 62 /* > */ || Number.isNaN(c)) return false;
  return !LIST_MARKER.test(line);
}

/*
 * The plans are Markdown-ish only in the small: `#` headings, `**bold**` and
 * `<b>` lines, lists, tab-separated rows. Parsing such a document whole to learn
 * its heading lines was most of the normalise stage. In a document made only of
 * paragraphs, list items, blank lines, thematic breaks and ATX headings, a line
 * is a heading exactly when it is an ATX heading line, whatever comes before it:
 * ATX headings interrupt paragraphs and lists, and nothing else in such a
 * document can swallow a line. scanHeadings reads those documents line by line
 * and declines (null) any document holding a construct that makes the answer
 * depend on context — a setext underline after text, fenced code, an indented
 * line that opens a block, HTML blocks, link definitions, list items whose
 * content opens a block (a quote among them) — which then goes to remark. A block
 * quote's lines are read through their markers, as lines of their own
 * (tests/pipeline/markdown.test.ts checks the two agree).
 */
const ATX = /^#{1,6}(?:[ \t]|$)/u;
// Setext underline, also what a line of dashes after text would be.
const UNDERLINE = /^(?:=+|-+)[ \t]*$/u;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/u;
// Inline tags opening a line with text after them: no HTML block starts so (CommonMark §4.6, conditions 6 and 7).
const INLINE_TAG_LINE = /^<\/?(?:b|strong|i|em|u)>[ \t]*[^ \t]/iu;

/** Whether a list item's content opens a block of its own (a heading, code, a quote …) rather than a paragraph or a nested item. */
function contentOpensBlock(content: string): boolean {
  const c = content[0];
  if (c === '>' || c === '[' || c === '`' || c === '~') return true;
  if (c === '#') return ATX.test(content);
  if (c === '<') return !INLINE_TAG_LINE.test(content);
  return UNDERLINE.test(content) || THEMATIC.test(content);
}

/**
 * Whether the line from `i` (past its indent of spaces), after any further spaces and tabs,
 * opens nothing but text, or a list item (one to four spaces after its marker) whose text
 * opens nothing but text: as code, as an item nested in a list, or as its content, no heading.
 */
function opensPlainText(source: string, i: number, lineEnd: number): boolean {
  let k = i;
  while (k < lineEnd && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9)) k++;
  if (k === lineEnd) return false;
  let rest = source.slice(k, lineEnd);
  const marker = LIST_MARKER.exec(rest);
  if (marker) {
    const j = itemContentStart(rest, marker[0].length);
    if (j < 0 || j === rest.length) return false;
    rest = rest.slice(j);
  }
  return !BLOCK_OPENING.test(rest) && !LIST_MARKER.test(rest);
}

/**
 * Where a list item's content starts in `line`, which opens with a marker `markerLength` long:
 * past the one to four spaces after it; `line.length` for an empty item; -1 when a tab or more
 * spaces follow the marker (the content's indentation then depends on context).
 */
function itemContentStart(line: string, markerLength: number): number {
  let j = markerLength;
  while (j < line.length && line.charCodeAt(j) === 32) j++;
  if (j === line.length) return j;
  return line.charCodeAt(j) === 9 || j - markerLength > 4 ? -1 : j;
}

// What may open a block, a list item or an underline, in some context (CommonMark §4–5); anything else opens text.
const BLOCK_OPENING = /^[#=*_+>[`~<-]/u;

const CARRIAGE_RETURN = /\r/gu;

/**
 * The first carriage return at or after `from`, or -1. A regex, not `indexOf`: after an
 * `indexOf` that read a multi-megabyte text to its end without a find, V8 (Node 20) ran
 * scanHeadings' optimised code at a cost in proportion to the text for every line
 * (3 MB: 25 s instead of 20 ms, tests/pipeline/normalise-linear.test.ts).
 */
function nextCarriageReturn(source: string, from: number): number {
  CARRIAGE_RETURN.lastIndex = from;
  return CARRIAGE_RETURN.exec(source)?.index ?? -1;
}

/** Heading lines of a document whose headings do not depend on context, else null (ask remark). */
export function scanHeadings(source: string): Map<number, 'heading'> | null {
  // A byte-order mark, and a carriage return ending a line alone, are read differently by remark: leave them to it.
  if (source.charCodeAt(0) === 0xfeff || source.charCodeAt(source.length - 1) === 13) return null;
  const hints = new Map<number, 'heading'>();
  // The paragraph the previous line left open: none; one at the top level, which an underline
  // makes a setext heading (from its first line, `paragraphStart`); or any other (in a list
  // item or a quote, a lazy line of one, or what may be code), where an underline goes to remark.
  let paragraph: 'none' | 'top' | 'other' = 'none';
  let paragraphStart = 0;
  let no = 0;
  let start = 0;
  let cr = nextCarriageReturn(source, 0);
  while (start <= source.length) {
    no++;
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const lineEnd = end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (cr >= 0 && cr < start) cr = nextCarriageReturn(source, start);
    if (cr >= 0 && cr < lineEnd) return null;
    let i = start;
    while (i < lineEnd && source.charCodeAt(i) === 32) i++;
    // Block quote markers, each after at most three spaces: what follows is read as a line of
    // its own, since a heading, list item or break inside a quote is one as anywhere else.
    // (A quote's lazy lines carry no marker and are read as they stand.)
    let contentStart = start;
    while (i - contentStart <= 3 && source.charCodeAt(i) === 62 /* > */) {
      i++;
      // A tab after the marker counts partly as the content's indentation: left to remark.
      if (source.charCodeAt(i) === 9) return null;
      if (source.charCodeAt(i) === 32) i++;
      contentStart = i;
      while (i < lineEnd && source.charCodeAt(i) === 32) i++;
    }
    if (isBlank(source, i, lineEnd)) {
      paragraph = 'none';
      start = end + 1;
      continue;
    }
    const quoted = contentStart !== start;
    // Indented by four or by a tab: code, or a list item's continuation, or text of a list
    // item's paragraph; which one depends on context. A line opening with no block marker (a
    // letter, a figure that numbers no item, a bracket) is no heading and opens no block in any
    // of them: wrapped text indented under its item, or a signature block, in most long plans.
    if (i - contentStart >= 4 || source.charCodeAt(i) === 9) {
      if (!opensPlainText(source, i, lineEnd)) return null;
      // A top-level paragraph's next line, however indented, goes on with it.
      if (paragraph !== 'top' || quoted) paragraph = 'other';
      start = end + 1;
      continue;
    }
    const rest = source.slice(i, lineEnd);
    const c = rest[0];
    // Headings, underlines and breaks open with one of these: most lines open with a letter and need none of the three patterns.
    const mark = c === '#' || c === '=' || c === '-' || c === '*' || c === '_';
    if (mark && ATX.test(rest)) {
      hints.set(no, 'heading');
      paragraph = 'none';
    } else if (mark && UNDERLINE.test(rest) && paragraph === 'top' && !quoted) {
      // A setext underline: the paragraph above it, from its first line, is a heading.
      for (let l = paragraphStart; l <= no; l++) hints.set(l, 'heading');
      paragraph = 'none';
    } else if (mark && UNDERLINE.test(rest) && paragraph !== 'none') return null;
    else if (mark && (THEMATIC.test(rest) || UNDERLINE.test(rest))) {
      // A break; or, where no paragraph is open, text or an empty list item ("=", "--", "-"), left as `other`.
      paragraph = THEMATIC.test(rest) ? 'none' : 'other';
    } else if (c === '[' || c === '`' || c === '~') return null;
    else if (c === '<' && !INLINE_TAG_LINE.test(rest)) return null;
    else {
      // A list item's content follows one to four spaces after its marker; it may open a nested item ("- 1. …").
      let content = rest;
      let item = false;
      for (let marker = LIST_MARKER.exec(content); marker; marker = LIST_MARKER.exec(content)) {
        item = true;
        const j = itemContentStart(content, marker[0].length);
        if (j === content.length) break;
        if (j < 0) return null;
        content = content.slice(j);
        if (contentOpensBlock(content)) return null;
      }
      if (item || quoted) paragraph = 'other';
      else if (paragraph === 'none') {
        // After a blank line, a heading or a break, a line indented by less than any list item's
        // content (two) stands at the top level; one indented more may be an item's.
        paragraph = i - contentStart <= 1 ? 'top' : 'other';
        paragraphStart = no;
      }
      // else: the paragraph goes on (a lazy line of a nested one stays `other`).
    }
    start = end + 1;
  }
  return hints;
}
