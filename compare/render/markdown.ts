/** Markdown renderer: one section per view, tables from `viewTables` (long cells trimmed, links kept). */
import { levelText, linkText, referenceShort, vsReferenceText } from '../format.js';
import { viewTables, type TableCell } from '../tables.js';
import type { Comparison, LevelCell } from '../types.js';

const MAX_CELL = 160;

function mdCell(v: TableCell, max = MAX_CELL): string {
  if (v === null) return '';
  const s = String(v).replace(/\s+/gu, ' ');
  const short = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return short.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|');
}

function levelMd(l: LevelCell): string {
  const vs = l.vsReference ? ` ${vsReferenceText(l.vsReference)}` : '';
  return `${l.kind === 'actual' ? 'actual ' : ''}${levelText(l)}${l.year !== null ? ` (${l.year})` : ''}${vs} [${linkText(l.link)}]`;
}

/** The measure × commune matrix as a pivot (the flat table below it has every column). */
function matrixPivot(m: Comparison): string[] {
  const head = ['measure', 'reference', ...m.communes.map((c) => c.commune)];
  const rows = m.matrix.map((r) => [
    r.name,
    [...r.references.map(referenceShort), ...r.nationalContext.map((x) => `national aggregate ${referenceShort(x)}`)].join('; '),
    ...m.communes.map((c) => {
      const cell = r.cells[c.key];
      return cell ? [...cell.targets, ...cell.actuals].map(levelMd).join('; ') : 'no target';
    }),
  ]);
  return [`| ${head.map((v) => mdCell(v)).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((v) => mdCell(v, Infinity)).join(' | ')} |`), ''];
}

/** The whole comparison as one Markdown document. */
export function renderMarkdown(m: Comparison): string {
  const out: string[] = ['# Commune comparison', ''];
  out.push(`Communes: ${m.communes.map((c) => `${c.commune} (${c.docType ?? '?'}, ${c.year ?? '?'}, ${c.key})`).join('; ')}`, '');
  out.push('## Measure × commune matrix', '', ...matrixPivot(m));
  for (const t of viewTables(m)) {
    out.push(`## ${t.title}`, '');
    if (t.rows.length === 0) {
      out.push('_None._', '');
      continue;
    }
    out.push(`| ${t.header.map((v) => mdCell(v)).join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`);
    for (const r of t.rows) out.push(`| ${r.map((v) => mdCell(v)).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
