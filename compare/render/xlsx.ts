/** XLSX renderer: one sheet per view (exceljs), header row bold and frozen. */
import ExcelJS from 'exceljs';
import { viewTables } from '../tables.js';
import type { Comparison } from '../types.js';

/** The workbook as bytes. */
export async function renderXlsx(m: Comparison): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chitieu';
  for (const t of viewTables(m)) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      const longest = Math.max(...[t.header, ...t.rows].map((r) => String(r[i] ?? '').length));
      c.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
