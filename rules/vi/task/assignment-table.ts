/** Appendix tables that assign each indicator to a unit ("Chủ trì thực hiện" column). */
import type { RuleContext, TaskDraft } from '../../types.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { unitsIn } from './units-of.js';

const same = (a: string, b: string): boolean => matchKey(a.trim()) === matchKey(b.trim());

export const id = 'vi/task-assignment-table';
export const description = 'Rows of a table with a lead-unit column are tasks of that unit.';
export const examples = ['1\tTỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt trên 90%\tNguyễn Thị Chinh\tBộ phận một cửa xã'];

/** Extracts one task per row of assignment tables. */
export function extract(ctx: RuleContext): TaskDraft[] {
  const out: TaskDraft[] = [];
  for (const t of ctx.structure.tables) {
    const leadCol = t.roles.indexOf('lead');
    const measureCol = t.roles.indexOf('measure');
    if (leadCol < 0 || measureCol < 0) continue;
    const supportCol = t.roles.indexOf('support');
    const monitorCol = t.roles.indexOf('monitor');
    for (const row of t.rows) {
      const m = row.cells[measureCol];
      if (!m || m.start < 0 || row.group) continue;
      // A header repeated after a page break is not a row.
      if (t.header[measureCol] !== undefined && same(ctx.text.slice(m.start, m.end), t.header[measureCol]!)) continue;
      // With the doer's cell left empty, the one who answers for the row is its monitor.
      const filled = (k: number) => (k >= 0 && row.cells[k] && row.cells[k]!.start >= 0 && ctx.text.slice(row.cells[k]!.start, row.cells[k]!.end).trim() ? row.cells[k]! : undefined);
      const l = filled(leadCol) ?? filled(monitorCol);
      if (!l) continue;
      const s = supportCol >= 0 ? row.cells[supportCol] : undefined;
      out.push({
        quote: { start: m.start, end: m.end, ruleId: id },
        lead: unitsIn(ctx.text.slice(l.start, l.end)),
        support: s && s.start >= 0 ? unitsIn(ctx.text.slice(s.start, s.end)) : [],
        deadline: null,
        section: t.section,
        domain: ctx.structure.context[t.firstBlock]?.domain ?? null,
      });
    }
  }
  return out;
}
