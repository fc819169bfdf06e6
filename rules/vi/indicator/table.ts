/**
 * Indicators in tables. Report tables with target and achieved columns give a
 * `target` and an `actual` record per row (qualitative cells "Có"/"Chưa" with
 * a null value); tables that only list measures ("Chỉ tiêu") are read like text.
 */
import type { IndicatorDraft, RuleContext } from '../../types.js';
import type { Table } from '../../../pipeline/structure/types.js';
import { domainFor, domainNamedBy, namedDomains } from './domain.js';
import type { IndicatorUnit } from '../../../output/schema.js';
import { parseDeadline } from '../deadline/index.js';
import { QUALITATIVE_VALUES } from '../table-headers.js';
import { extractFromSpan } from './body.js';
import { findValues } from './values.js';
import { comparatorOf } from './wording.js';
import { cleanSubject } from './subject.js';
import { foldSpaces } from '../../../pipeline/text/spaces.js';
import { alternation } from '../../pattern.js';
import { packedMap } from '../../../pipeline/packed.js';
import type { Span } from '../../../pipeline/normalise/types.js';

export const id = 'vi/indicator-table';
export const description = 'Target and achieved columns of report tables; measure cells of indicator lists.';
export const examples = ['1.6\tTỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.\t%\t75%\t92,1%\tNhiệm vụ thường xuyên\tĐã và đang thực hiện'];

// A row may be shorter than the header (a merged group row, a row a format cut short): a missing cell is empty.
const cellText = (ctx: RuleContext, c: { start: number; end: number } | undefined) => (!c || c.start < 0 ? '' : foldSpaces(ctx.text.slice(c.start, c.end)));

const isEmpty = (c: Span | undefined) => !c || c.start < 0 || c.end <= c.start;
const STATUS_START = /^(?:đã|đang|chưa)/iu;
// "100% CBCC có máy tính …" as a row name: the bare share restates the target column (GUIDELINE: subject "X" for "100% X").
const LEADING_PERCENT = /^\s*\d{1,3}(?:[.,]\d{1,2})?\s?%\s+/u;
const CELL_PERCENT = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?%`;
// PDF text flattened a row into its name cell: "<name> % 70% 50% Trong quý" — unit sign, target, actual, then time or status.
const GLUED = new RegExp(String.raw`\s%\s+(${CELL_PERCENT})\s+(${CELL_PERCENT})(?![\p{L}\p{N}])`, 'du');
const QUALITATIVE_TAIL = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:${alternation(QUALITATIVE_VALUES)})[.\s]*$`, 'u');

/** Name, target, actual and the rest, when a row's value cells were glued to the end of its name cell. */
function gluedValues(ctx: RuleContext, cell: Span): { measure: Span; target: Span; actual: Span; tail: Span } | null {
  const m = GLUED.exec(ctx.key.slice(cell.start, cell.end));
  if (!m || m.index === 0) return null;
  const at = (i: number): Span => ({ start: cell.start + m.indices![i]![0], end: cell.start + m.indices![i]![1] });
  return { measure: { start: cell.start, end: cell.start + m.index }, target: at(1), actual: at(2), tail: { start: cell.start + m[0].length + m.index, end: cell.end } };
}

/**
 * A row whose cells slid one column left: the unit cell ends with a qualitative
 * target ("Kết nối Đáp ứng"), the target column holds the achieved level and
 * the actual column is empty.
 */
function slidValues(ctx: RuleContext, cells: Span[], roles: Table['roles']): { target: Span; actual: Span } | null {
  const unit = cells[roles.indexOf('unit')];
  const target = cells[roles.indexOf('target')];
  const actual = cells[roles.indexOf('actual')];
  if (isEmpty(unit) || isEmpty(target) || !isEmpty(actual) || roles.indexOf('unit') < 0) return null;
  if (findValues(ctx.key, target!.start, target!.end).length === 0) return null;
  const q = QUALITATIVE_TAIL.exec(ctx.key.slice(unit!.start, unit!.end));
  if (!q || q.index === 0) return null;
  return { target: { start: unit!.start + q.index, end: unit!.end }, actual: target! };
}

/** The text after a glued row's values: the rest of its name cell, then the non-empty cells right of it. */
function gluedTail(ctx: RuleContext, tail: Span, cells: readonly Span[], measureCell: Span): string {
  // Joined as it goes, not filtered and mapped: see pipeline/packed.ts.
  let text = cellText(ctx, tail);
  for (const c of cells) {
    if (c === measureCell || c.start <= measureCell.start) continue;
    const t = cellText(ctx, c);
    if (t) text = text ? `${text} ${t}` : t;
  }
  return text;
}

/** Extracts indicators from one table. */
export function extractTable(ctx: RuleContext, table: Table): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  const roles = table.roles;
  const measureCol = roles.indexOf('measure');
  const targetCol = roles.indexOf('target');
  const actualCol = roles.indexOf('actual');
  const deadlineCol = roles.indexOf('deadline');
  const statusCol = roles.findIndex((r) => r === 'status' || r === 'note');
  if (roles.includes('amount')) return out; // budget tables belong to the budget rule
  const blockCtx = ctx.structure.context[table.firstBlock]!;
  // A group row ("1 Chính quyền số", "4 Hạ tầng và nền tảng số") gives the domain of the rows under it.
  let groupTitle: string | null = null;
  const domainOf = (subject: string, unit: IndicatorUnit) =>
    groupTitle !== null ? domainNamedBy(groupTitle, subject, unit) : domainFor(blockCtx.headingPath, blockCtx.domain, subject, unit);
  for (const row of table.rows) {
    if (row.group || (row.label && !row.label.includes('.') && row.cells.filter((c) => cellText(ctx, c) !== '').length <= 2)) {
      const title = packedMap(row.cells, (c) => cellText(ctx, c)).join(' ');
      if (namedDomains(title).length > 0) groupTitle = title;
      if (row.group) continue;
    }
    const measureCell = row.cells[measureCol >= 0 ? measureCol : 0];
    if (!measureCell || measureCell.start < 0) continue;
    if (targetCol < 0 && actualCol < 0) {
      out.push(...extractFromSpan(ctx, measureCell, { location: 'table', section: table.section, domain: blockCtx.domain, headingPath: blockCtx.headingPath, domainOf }));
      continue;
    }
    const glued = targetCol >= 0 && actualCol >= 0 && isEmpty(row.cells[targetCol]) && isEmpty(row.cells[actualCol]) ? gluedValues(ctx, measureCell) : null;
    const slid = glued ? null : slidValues(ctx, row.cells, roles);
    const measureSpan = glued?.measure ?? measureCell;
    const measure = cleanSubject(cellText(ctx, measureSpan).replace(LEADING_PERCENT, ''));
    const domain = domainOf(measure, '%');
    const year = ctx.docYear;
    const tailText = glued ? gluedTail(ctx, glued.tail, row.cells, measureCell) : '';
    const tailIsStatus = STATUS_START.test(tailText);
    const deadlineText = glued ? (tailIsStatus ? '' : tailText) : deadlineCol >= 0 ? cellText(ctx, row.cells[deadlineCol]) : '';
    const deadline = deadlineText && year ? parseDeadline(deadlineText, { docYear: year }) : null;
    const status = glued ? (tailIsStatus ? tailText : null) : statusCol >= 0 ? cellText(ctx, row.cells[statusCol]) || null : null;
    const valueCells: ReadonlyArray<readonly [Span | undefined, 'target' | 'actual']> = [
      [glued?.target ?? slid?.target ?? (targetCol >= 0 ? row.cells[targetCol] : undefined), 'target'],
      [glued?.actual ?? slid?.actual ?? (actualCol >= 0 ? row.cells[actualCol] : undefined), 'actual'],
    ];
    for (const [cell, kind] of valueCells) {
      if (!cell || cell.start < 0) continue;
      const text = cellText(ctx, cell);
      const key = ctx.key.slice(cell.start, cell.end);
      const values = findValues(ctx.key, cell.start, cell.end).filter((v) => v.unit === '%');
      const rowStatus = STATUS_START.test(status ?? '') ? status : null;
      // Both records written out field by field: spreading a shared base object into each cost more than the rest of the row.
      if (values.length > 0) {
        const v = values[0]!;
        const cmp = comparatorOf(ctx.key.slice(cell.start, v.start), ctx.key.slice(v.end, cell.end));
        out.push({
          kind, valueMax: null, countOf: null, year, yearSource: 'implied:document-year', domain, section: table.section, location: 'table', status: rowStatus, deadline,
          value: v.value, unit: '%', comparator: cmp.comparator, subject: measure, quote: { start: measureSpan.start, end: v.end, ruleId: id }, valueAt: v.start,
        });
      } else if (QUALITATIVE_VALUES.includes(key.replace(/[.\s]+$/u, '').trim()) || (text && text.split(' ').length <= 8 && /\p{L}/u.test(text))) {
        out.push({
          kind, valueMax: null, countOf: null, year, yearSource: 'implied:document-year', domain, section: table.section, location: 'table', status: rowStatus, deadline,
          value: null, unit: 'other', comparator: '=', subject: `${measure}: ${text}`, quote: { start: measureSpan.start, end: cell.end, ruleId: id }, valueAt: cell.start,
        });
      }
    }
  }
  return out;
}
