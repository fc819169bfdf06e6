/**
 * Tables: tab-separated rows (Markdown/DOCX/PDF extractors write them so), and
 * tables that PDF text flattened to one cell per paragraph, rebuilt from their
 * header words and row labels ("1.2", "II", "Tổng").
 */
import { COLUMN_HEADERS, QUALITATIVE_VALUES, STATUS_PREFIXES } from '../../rules/vi/table-headers.js';
import { asciiFold, matchKey } from '../text/match-key.js';
import { wordCountUpTo } from '../text/spaces.js';
import { packedMap } from '../packed.js';
import type { Normalised, Span } from '../normalise/types.js';
import type { BlockContext, ColumnRole, Table, TableRow } from './types.js';

const HEADERS = [...COLUMN_HEADERS].map(([p, r]) => [matchKey(p), r] as const).sort((a, b) => b[0].length - a[0].length);
const ROW_LABEL = /^(?<label>[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2})(?:\.)?(?=\s|$)/u;
const TOTAL = /^(?:tổng cộng|tổng số|tổng)(?![\p{L}\p{M}])/u;
const VALUE = /^(?:\d{1,3}(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)*)$/u;
const DEADLINE_WORD = /(?<![\p{L}\p{M}])(?:quý|tháng|năm|thường xuyên|hằng|hàng)(?![\p{L}\p{M}])|\d{1,2}\/\d{4}/u;
const CONNECTOR_END = /(?:[,(\-–]|(?<![\p{L}\p{M}])(?:và|của|trên|cho|các|theo|tại|với|hoặc|về|có|nếu))$/u;
const TRAILING_BUDGET = /(?:^|\s)(?<year>(?:19|20)\d{2})\s+(?<amount>\d+(?:[.,]\d+)?)(?:\s+(?<source>[\p{Lu}]{2,6}))?$/u;

/*
 * Every paragraph is asked whether it is a header cell, and nearly none is.
 * Two checks answer most of them without keying: a header has at most six
 * words, and a header starts with the letter a phrase starts with. Keying
 * lower-cases a letter (or leaves a syllable whose lower case would change
 * length as written) and moves only tone marks, so an ASCII first character
 * whose lower case folds to no phrase's first letter keys to no phrase's start.
 * Other characters (đ, toned letters) go to the key.
 * tests/pipeline/structure.test.ts checks this against headerRoleByKey.
 */
const FIRST_LETTERS = new Set(HEADERS.map(([p]) => asciiFold(p.slice(0, 1)).charCodeAt(0)));

/** Role of a header cell, or null when its text is not a known column header. */
export function headerRole(text: string): ColumnRole | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const c = trimmed.charCodeAt(0);
  if (c < 0x80 && !FIRST_LETTERS.has(c | 0x20)) return null;
  if (wordCountUpTo(trimmed, 7) > 6) return null;
  return roleOfKey(trimmed);
}

function roleOfKey(trimmed: string): ColumnRole | null {
  const key = matchKey(trimmed).replace(/\s+/gu, ' ');
  for (const [phrase, role] of HEADERS) if (key.startsWith(phrase)) return role;
  return null;
}

/** The definition of `headerRole` (six words at most, then the key), kept for the test that checks the shortcuts against it. */
export function headerRoleByKey(text: string): ColumnRole | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.split(/\s+/u, 7).length > 6) return null;
  return roleOfKey(trimmed);
}

const isQualitative = (key: string) => QUALITATIVE_VALUES.includes(key.replace(/[.\s]+$/u, ''));
const isStatus = (key: string) => STATUS_PREFIXES.some((p) => key.startsWith(p)) && !DEADLINE_WORD.test(key.replace(/^hoàn thành\s*/u, 'x'));

interface Piece extends Span {
  text: string;
  key: string;
}

function piece(n: Normalised, start: number, end: number): Piece {
  const text = n.text.slice(start, end);
  return { start, end, text, key: matchKey(text) };
}

/** Splits one row's pieces into cells following the header roles. */
function rowCells(pieces: Piece[], roles: ColumnRole[]): Span[] {
  const cells: Array<Span | null> = packedMap(roles, () => null);
  const put = (role: ColumnRole, span: Span) => {
    const i = roles.findIndex((r, k) => r === role && cells[k] === null);
    if (i >= 0) cells[i] = span;
    else {
      const j = roles.lastIndexOf(role);
      if (j >= 0 && cells[j]) cells[j] = { start: cells[j]!.start, end: span.end };
    }
  };
  let k = 0;
  const first = pieces[0];
  if (first) {
    const m = ROW_LABEL.exec(first.text);
    if (m && roles.includes('index')) {
      put('index', { start: first.start, end: first.start + m.groups!['label']!.length });
      const rest = first.text.slice(m[0].length).trimStart();
      if (rest) pieces[0] = piece({ text: first.text } as Normalised, 0, 0) && { ...first, start: first.end - rest.length, text: rest, key: matchKey(rest) };
      else k = 1;
    }
  }
  // Measure: the leading pieces, while they read as one wrapped phrase.
  let measure: Span | null = null;
  for (; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (measure === null) {
      measure = { start: p.start, end: p.end };
      continue;
    }
    const prevText = pieces[k - 1]!.text.trim();
    const continues = /^[\p{Ll}(]/u.test(p.text) || CONNECTOR_END.test(prevText);
    if (!continues) break;
    measure.end = p.end;
  }
  if (measure) put(roles.includes('measure') ? 'measure' : 'other', measure);
  let valuesSeen = 0;
  let unitDone = !roles.includes('unit');
  let last: ColumnRole | null = null;
  for (; k < pieces.length; k++) {
    const p = pieces[k]!;
    const key = p.key.trim();
    let role: ColumnRole;
    if (roles.includes('amount') && /^(?:19|20)\d{2}$/u.test(key)) role = 'deadline';
    else if (roles.includes('amount') && VALUE.test(key)) role = 'amount';
    else if (roles.includes('source') && /^[\p{Lu}]{2,6}$/u.test(p.text.trim())) role = 'source';
    else if (isStatus(key) && roles.some((r) => r === 'note' || r === 'status')) role = roles.includes('status') ? 'status' : 'note';
    else if (VALUE.test(key) || isQualitative(key)) {
      if (!unitDone && !VALUE.test(key) && !isQualitative(key)) role = 'unit';
      else role = valuesSeen++ === 0 ? 'target' : 'actual';
      unitDone = true;
    } else if (!unitDone && key.split(' ').length <= 3) {
      role = 'unit';
      unitDone = true;
    } else if (DEADLINE_WORD.test(key) || last === 'deadline') role = 'deadline';
    else role = last ?? 'other';
    if (role === last && (role === 'deadline' || role === 'status' || role === 'note')) {
      const j = roles.lastIndexOf(role);
      if (j >= 0 && cells[j]) {
        cells[j] = { start: cells[j]!.start, end: p.end };
        continue;
      }
    }
    put(roles.includes(role) ? role : 'note', p);
    last = role;
  }
  return packedMap(cells, (c) => c ?? { start: -1, end: -1 });
}

function budgetPieces(n: Normalised, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const m = TRAILING_BUDGET.exec(p.text);
    if (!m) {
      out.push(p);
      continue;
    }
    const at = p.start + m.index + (m[0].startsWith(' ') ? 1 : 0);
    if (at - 1 > p.start) out.push(piece(n, p.start, at - 1));
    const g = m.groups!;
    let pos = at;
    for (const part of [g['year'], g['amount'], g['source']]) {
      if (!part) continue;
      const s = n.text.indexOf(part, pos);
      out.push(piece(n, s, s + part.length));
      pos = s + part.length;
    }
  }
  return out;
}

/**
 * A row that names the columns again: tables printed over several pages repeat
 * their header on each page, and read as data its cells would become values.
 * One named column may differ (a heading glued to the row's last cell).
 */
function repeatsHeader(n: Normalised, row: TableRow, roles: ColumnRole[]): boolean {
  let named = 0;
  let same = 0;
  for (let k = 0; k < roles.length; k++) {
    if (roles[k] === 'other') continue;
    named++;
    const c = row.cells[k];
    if (c && c.end > c.start && headerRole(n.text.slice(c.start, c.end)) === roles[k]) same++;
  }
  return same >= 2 && same >= named - 1;
}

/** Finds the tables of a normalised document. */
export function findTables(n: Normalised, context: BlockContext[]): Table[] {
  const tables: Table[] = [];
  const blocks = n.blocks;
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind === 'table-row' && b.cells) {
      const first = i;
      const rows: TableRow[] = [];
      while (i < blocks.length && blocks[i]!.kind === 'table-row') {
        const r = blocks[i]!;
        const cells = r.cells!;
        const label = ROW_LABEL.exec(n.text.slice(cells[0]!.start, cells[0]!.end))?.groups?.['label'] ?? null;
        const filled = cells.filter((c) => c.end > c.start).length;
        rows.push({ cells, line: r.line, label, group: label !== null && /^[IVX]+$/u.test(label) && filled <= 2 });
        i++;
      }
      const header = packedMap(rows[0]!.cells, (c) => n.text.slice(c.start, c.end));
      const roles = packedMap(header, (h): ColumnRole => headerRole(h) ?? 'other');
      const hasHeader = roles.filter((r) => r !== 'other').length >= 2;
      const body = hasHeader ? rows.slice(1).filter((row) => !repeatsHeader(n, row, roles)) : rows;
      tables.push({
        firstBlock: first,
        lastBlock: i - 1,
        line: b.line,
        section: context[first]!.section,
        header: hasHeader ? header : [],
        roles: hasHeader ? roles : packedMap(header, (): ColumnRole => 'other'),
        rows: body,
      });
      continue;
    }
    // A run of short header cells, one per paragraph: a table PDF text flattened.
    const roles: ColumnRole[] = [];
    const header: string[] = [];
    let j = i;
    while (j < blocks.length && blocks[j]!.kind !== 'table-row') {
      const text = n.text.slice(blocks[j]!.start, blocks[j]!.end);
      const role = headerRole(text);
      if (!role) break;
      roles.push(role);
      header.push(text);
      j++;
    }
    // A merged group header ("Kinh phí và nguồn vốn") stands above the columns it names.
    for (let h = 0; h < header.length - 2; h++) {
      if (/\svà\s/u.test(header[h]!) && header[h]!.toLowerCase().includes(header[h + 1]!.toLowerCase()) && header[h]!.toLowerCase().includes(header[h + 2]!.toLowerCase())) {
        header.splice(h, 1);
        roles.splice(h, 1);
      }
    }
    if (roles.length < 4 || !roles.includes('index')) {
      i++;
      continue;
    }
    // Skip a row of column numbers ("1 2 4 5 6").
    if (j < blocks.length && /^\d(?:\s+\d){2,}$/u.test(n.text.slice(blocks[j]!.start, blocks[j]!.end).trim())) j++;
    const rows: TableRow[] = [];
    let current: Piece[] = [];
    let currentLine = 0;
    const flush = () => {
      if (!current.length) return;
      const label = ROW_LABEL.exec(current[0]!.text)?.groups?.['label'] ?? null;
      const withBudget = roles.includes('amount') ? budgetPieces(n, current) : current;
      const isTotal = TOTAL.test(current[0]!.key);
      const group = !isTotal && label !== null && (/^[IVX]+$/u.test(label) || (!label.includes('.') && withBudget.length === 1 && !roles.includes('amount') && current[0]!.text.split(' ').length <= 6));
      rows.push({ cells: group ? [{ start: current[0]!.start, end: current[current.length - 1]!.end }] : rowCells(withBudget, roles), line: currentLine, label, group });
      current = [];
    };
    let k = j;
    for (; k < blocks.length; k++) {
      const blk = blocks[k]!;
      const p = piece(n, blk.start, blk.end);
      if (context[k]!.inAppendix !== context[i]!.inAppendix || /^(?:phụ lục|nơi nhận)/u.test(p.key)) break;
      if (ROW_LABEL.test(p.text) || TOTAL.test(p.key)) {
        flush();
        currentLine = blk.line;
      }
      if (!currentLine) currentLine = blk.line;
      current.push(p);
    }
    flush();
    tables.push({ firstBlock: i, lastBlock: k - 1, line: blocks[i]!.line, section: context[i]!.section, header, roles, rows });
    i = k;
  }
  return tables;
}
