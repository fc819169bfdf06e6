/**
 * Indicators in tables. Report tables with target and achieved columns give a
 * `target` and an `actual` record per row (qualitative cells "Có"/"Chưa" with
 * a null value); tables that only list measures ("Chỉ tiêu") are read like text.
 */
import type { IndicatorDraft, RuleContext } from '../../types.js';
import type { Table } from '../../../pipeline/structure/types.js';
import { headingDomains } from '../../../pipeline/structure/sections.js';
import { domainFor, domainNamedBy } from './domain.js';
import type { IndicatorUnit } from '../../../output/schema.js';
import { parseDeadline } from '../deadline/index.js';
import { QUALITATIVE_VALUES } from '../table-headers.js';
import { extractFromSpan } from './body.js';
import { findValues } from './values.js';
import { comparatorOf } from './wording.js';
import { cleanSubject } from './subject.js';

export const id = 'vi/indicator-table';
export const description = 'Target and achieved columns of report tables; measure cells of indicator lists.';
export const examples = ['1.6\tTỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.\t%\t75%\t92,1%\tNhiệm vụ thường xuyên\tĐã và đang thực hiện'];

const cellText = (ctx: RuleContext, c: { start: number; end: number }) => (c.start < 0 ? '' : ctx.text.slice(c.start, c.end).replace(/\s+/gu, ' ').trim());

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
    if (row.group || (row.label && !row.label.includes('.') && row.cells.filter((c) => c.start >= 0).length <= 2)) {
      const title = row.cells.map((c) => cellText(ctx, c)).join(' ');
      if (headingDomains(title).length > 0) groupTitle = title;
      if (row.group) continue;
    }
    const measureCell = row.cells[measureCol >= 0 ? measureCol : 0];
    if (!measureCell || measureCell.start < 0) continue;
    if (targetCol < 0 && actualCol < 0) {
      out.push(...extractFromSpan(ctx, measureCell, { location: 'table', section: table.section, domain: blockCtx.domain, headingPath: blockCtx.headingPath, domainOf }));
      continue;
    }
    const measure = cleanSubject(cellText(ctx, measureCell));
    const domain = domainOf(measure, '%');
    const year = ctx.docYear;
    const deadlineText = deadlineCol >= 0 ? cellText(ctx, row.cells[deadlineCol]!) : '';
    const deadline = deadlineText && year ? parseDeadline(deadlineText, { docYear: year }) : null;
    const status = statusCol >= 0 ? cellText(ctx, row.cells[statusCol]!) || null : null;
    for (const [col, kind] of [[targetCol, 'target'], [actualCol, 'actual']] as const) {
      const cell = row.cells[col];
      if (col < 0 || !cell || cell.start < 0) continue;
      const text = cellText(ctx, cell);
      const key = ctx.key.slice(cell.start, cell.end);
      const values = findValues(ctx.key, cell.start, cell.end).filter((v) => v.unit === '%');
      const base = { kind, valueMax: null, countOf: null, year, yearSource: 'implied:document-year' as const, domain, section: table.section, location: 'table' as const, status: /^(?:đã|đang|chưa)/iu.test(status ?? '') ? status : null, deadline };
      if (values.length > 0) {
        const v = values[0]!;
        const cmp = comparatorOf(ctx.key.slice(cell.start, v.start), ctx.key.slice(v.end, cell.end));
        out.push({ ...base, value: v.value, unit: '%', comparator: cmp.comparator, subject: measure, quote: { start: measureCell.start, end: v.end, ruleId: id }, valueAt: v.start });
      } else if (QUALITATIVE_VALUES.includes(key.replace(/[.\s]+$/u, '').trim()) || (text && text.split(' ').length <= 8 && /\p{L}/u.test(text))) {
        out.push({ ...base, value: null, unit: 'other', comparator: '=', subject: `${measure}: ${text}`, quote: { start: measureCell.start, end: cell.end, ruleId: id }, valueAt: cell.start });
      }
    }
  }
  return out;
}
