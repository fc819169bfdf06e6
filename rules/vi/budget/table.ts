/**
 * Budget lines from a budget table: rows "1 Hoạt động trang thông tin điện tử của
 * xã 2024 20 NSX" under a caption "ĐVT: triệu đồng", and the "Tổng 100" row.
 * Works on recovered table cells when the structure stage found them, else on the
 * row text (PDF text flattens cells into lines: item, then "2024 20 NSX").
 */
import type { BudgetDraft, RuleContext } from '../../types.js';
import type { Table, TableRow } from '../../../pipeline/structure/types.js';
import { alternationLoose, execAtWordStart, withoutLeadingWordBoundary, WB_BEFORE, WB_AFTER } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { MONEY_UNITS, REGION_ENDS, TOTAL_WORDS, UNIT_CAPTIONS } from './dictionary.js';
import { parseAmount, toMillions, unitFactor } from './amount.js';

const B = WB_BEFORE;
const E = WB_AFTER;
const alt = alternationLoose;

const CAPTION_RE = new RegExp(`${B}(?:${alt(UNIT_CAPTIONS)})\\s*:?\\s*(?<unit>${alt(MONEY_UNITS.map(([w]) => w))})${E}`, 'u');
/*
 * Every block is asked for a caption, and the pattern's leading lookbehind was
 * tried at every position of the document: the scan runs without it and
 * execAtWordStart checks the boundary on the matches (see rules/pattern.ts).
 */
const CAPTION_SCAN = new RegExp(withoutLeadingWordBoundary(CAPTION_RE.source) ?? CAPTION_RE.source, 'gu');
const CAPTION_BY_WORD_START = withoutLeadingWordBoundary(CAPTION_RE.source) !== null;

/** The first unit caption ("ĐVT: triệu đồng") of `key`, as `CAPTION_RE.exec(key)` finds it. */
export function captionIn(key: string): RegExpExecArray | null {
  if (!CAPTION_BY_WORD_START) return CAPTION_RE.exec(key);
  CAPTION_SCAN.lastIndex = 0;
  return execAtWordStart(CAPTION_SCAN, key);
}

/** {@link captionIn} by the pattern as written: the definition it is tested against. */
export function captionInByRegex(key: string): RegExpExecArray | null {
  return CAPTION_RE.exec(key);
}

const END_RE = new RegExp(`^(?:${alt(REGION_ENDS)})${E}`, 'u');
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
/** A row's tail: year, amount, optional source code ("2024 20 NSX"). */
const ROW_TAIL_RE = new RegExp(`(?<![\\p{N}.,])(?<year>(?:19|20)\\d{2})\\s+(?<amount>${NUM})(?![\\p{N}])(?:\\s+(?<source>\\p{Lu}{2,8})${E})?`, 'gu');
const TOTAL_RE = new RegExp(`${B}(?:${alt(TOTAL_WORDS)})\\s*:?\\s+(?<amount>${NUM})(?![\\p{N}])`, 'gu');
/** A row label before the item ("1 ", "2 "), the last one before the tail. */
const LABEL_RE = /(?:^|\s)\d{1,2}\s+(?=\p{Lu})/gu;

/** vi/budget-table */
export const budgetTableRule = {
  id: 'vi/budget-table',
  description: 'Rows of a budget table under "ĐVT: triệu đồng" (year, amount, source), plus its total row',
  examples: ['ĐVT: triệu đồng … 1 Hoạt động trang thông tin điện tử của xã 2024 20 NSX … Tổng 100'],
  extract(ctx: RuleContext): BudgetDraft[] {
    const out: BudgetDraft[] = [];
    const blocks = ctx.normalised.blocks;
    // Recovered cells where the structure stage found them; the row text where it did not.
    const fromCells: Array<{ first: number; last: number; rows: BudgetDraft[] }> = [];
    for (const t of ctx.structure.tables) {
      const rows = cellRows(ctx, t);
      if (rows.length > 0) fromCells.push({ first: t.firstBlock - CAPTION_WINDOW, last: t.lastBlock, rows });
    }
    const used = new Set<number>();
    for (let i = 0; i < blocks.length; i++) {
      const cap = captionIn(ctx.key.slice(blocks[i]!.start, blocks[i]!.end));
      if (!cap) continue;
      const factor = unitFactor(cap.groups!['unit']!) ?? 1;
      let j = i + 1;
      while (j < blocks.length && !END_RE.test(ctx.key.slice(blocks[j]!.start, blocks[j]!.end).trim())) j++;
      const from = blocks[i]!.start + cap.index + cap[0].length;
      const to = blocks[j - 1]!.end;
      let rows = rowsIn(ctx, from, to, factor);
      fromCells.forEach((c, k) => {
        if (c.first > j - 1 || c.last < i) return;
        used.add(k);
        if (c.rows.length > rows.length) rows = c.rows;
      });
      out.push(...rows);
      i = j - 1;
    }
    fromCells.forEach((c, k) => { if (!used.has(k)) out.push(...c.rows); });
    return out;
  },
};

/** How many blocks above a table its unit caption may stand. */
const CAPTION_WINDOW = 4;
/** A money unit word in a header or caption ("ĐVT: triệu đồng"). */
const MONEY_UNIT_RE = new RegExp(`${B}(?:${alt(MONEY_UNITS.map(([w]) => w))})${E}`, 'u');
/** A row named by a total word alone ("Tổng cộng"). */
const TOTAL_ITEM_RE = new RegExp(`^(?:${alt(TOTAL_WORDS)})${E}`, 'u');

/** Rows of a recovered table with an amount column whose cells hold numbers. */
function cellRows(ctx: RuleContext, t: Table): BudgetDraft[] {
  const amountCol = t.roles.lastIndexOf('amount');
  if (amountCol < 0) return [];
  const blocks = ctx.normalised.blocks;
  let factor: number | null = null;
  const around = [...t.header, ...blocks.slice(Math.max(0, t.firstBlock - CAPTION_WINDOW), t.firstBlock).map((b) => ctx.text.slice(b.start, b.end))];
  for (const h of around) {
    const u = MONEY_UNIT_RE.exec(matchKey(h));
    if (u) { factor = unitFactor(u[0]); break; }
  }
  const col = (r: TableRow, role: string): string | null => {
    const i = t.roles.indexOf(role as Table['roles'][number]);
    const c = i >= 0 ? r.cells[i] : undefined;
    return c ? ctx.text.slice(c.start, c.end).trim() : null;
  };
  const out: BudgetDraft[] = [];
  for (const r of t.rows) {
    const cell = r.cells[amountCol];
    if (r.group || !cell) continue;
    const raw = ctx.text.slice(cell.start, cell.end).trim();
    const amount = parseAmount(raw);
    if (amount === null) continue;
    const item = (col(r, 'measure') ?? '').replace(/\s+/gu, ' ');
    const itemKey = matchKey(item);
    const total = TOTAL_RE.test(itemKey) || TOTAL_ITEM_RE.test(itemKey);
    TOTAL_RE.lastIndex = 0;
    if (!item) continue;
    const yearText = col(r, 'year') ?? col(r, 'deadline') ?? '';
    const y = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u.exec(yearText);
    out.push({
      item: total ? 'Tổng' : item,
      amount: toMillions(amount, factor ?? 1),
      source: total ? null : col(r, 'source') || null,
      year: y ? Number(y[0]) : ctx.docYear,
      quote: { start: cell.start, end: cell.end, ruleId: budgetTableRule.id },
    });
  }
  return out;
}

function rowsIn(ctx: RuleContext, from: number, to: number, factor: number): BudgetDraft[] {
  const out: BudgetDraft[] = [];
  const region = ctx.text.slice(from, to);
  let prev = 0;
  const years: number[] = [];
  ROW_TAIL_RE.lastIndex = 0;
  for (let m = ROW_TAIL_RE.exec(region); m; m = ROW_TAIL_RE.exec(region)) {
    const segment = region.slice(prev, m.index);
    let labelEnd = -1;
    LABEL_RE.lastIndex = 0;
    for (let l = LABEL_RE.exec(segment); l; l = LABEL_RE.exec(segment)) labelEnd = l.index + l[0].length;
    prev = m.index + m[0].length;
    const amount = parseAmount(m.groups!['amount']!);
    if (labelEnd < 0 || amount === null) continue;
    const item = segment.slice(labelEnd).replace(/\s+/gu, ' ').trim();
    if (!item) continue;
    const year = Number(m.groups!['year']);
    years.push(year);
    const start = from + m.index;
    out.push({ item, amount: toMillions(amount, factor), source: m.groups!['source'] ?? null, year, quote: { start, end: start + m[0].length, ruleId: budgetTableRule.id } });
  }
  const key = ctx.key.slice(from, to);
  TOTAL_RE.lastIndex = prev;
  const t = TOTAL_RE.exec(key);
  if (t && out.length > 0) {
    const amount = parseAmount(t.groups!['amount']!);
    if (amount !== null) {
      const start = from + t.index;
      const year = years.every((y) => y === years[0]) ? years[0]! : ctx.docYear;
      out.push({ item: 'Tổng', amount: toMillions(amount, factor), source: null, year, quote: { start, end: start + t[0].length, ruleId: budgetTableRule.id } });
    }
  }
  return out;
}
