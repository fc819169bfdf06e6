/** Markdown renderer: one section per view, tables from `viewTables` (long cells trimmed, links kept). */
import { viewTables, type TableCell } from '../tables.js';
import type { Comparison } from '../types.js';

const MAX_CELL = 160;

function mdCell(v: TableCell): string {
  if (v === null) return '';
  const s = String(v).replace(/\s+/gu, ' ');
  const short = s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s;
  return short.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|');
}

/** The whole comparison as one Markdown document. */
export function renderMarkdown(m: Comparison): string {
  const out: string[] = ['# Commune comparison', ''];
  out.push(`Communes: ${m.communes.map((c) => `${c.commune} (${c.docType ?? '?'}, ${c.year ?? '?'}, ${c.key})`).join('; ')}`, '');
  for (const t of viewTables(m)) {
    out.push(`## ${t.title}`, '');
    if (t.rows.length === 0) {
      out.push('_None._', '');
      continue;
    }
    out.push(`| ${t.header.map(mdCell).join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`);
    for (const r of t.rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
