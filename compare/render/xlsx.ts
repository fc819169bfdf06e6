/** XLSX renderer: one sheet per view (exceljs), header row bold and frozen; byte-identical for the same model. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { viewTables } from '../tables.js';
import type { Comparison } from '../types.js';

/**
 * The date written into the workbook's properties and zip entries. exceljs
 * stamps both with the current time; a fixed one keeps the same comparison
 * producing the same bytes.
 */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Rewrites every zip entry's timestamp to FIXED_DATE (same entries, same order, same content). */
async function withFixedDates(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_path, file) => {
    file.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The workbook as bytes. */
export async function renderXlsx(m: Comparison): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chitieu';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const t of viewTables(m)) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      const longest = Math.max(...[t.header, ...t.rows].map((r) => String(r[i] ?? '').length));
      c.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return withFixedDates(new Uint8Array(await wb.xlsx.writeBuffer()));
}
