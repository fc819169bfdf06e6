/** CSV renderer: one file per view, UTF-8 with BOM (Excel reads Vietnamese correctly), RFC 4180 quoting. */
import { viewTables, type TableCell } from '../tables.js';
import type { Comparison } from '../types.js';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(v: TableCell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** A table as CSV text: BOM, CRLF line ends (RFC 4180). */
export function toCsv(header: string[], rows: TableCell[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** File name → CSV text, one per view. */
export function renderCsv(m: Comparison): Map<string, string> {
  return new Map(viewTables(m).map((t) => [`${t.name}.csv`, toCsv(t.header, t.rows)]));
}
