/**
 * `chitieu compare`: reads a run folder, builds the comparison model and writes
 * every report format (HTML, Markdown, CSV per view, XLSX, JSON) atomically.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../output/write.js';
import { loadRunForCompare } from './load.js';
import { buildComparison } from './model.js';
import { renderCsv } from './render/csv.js';
import { renderHtml } from './render/html.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderXlsx } from './render/xlsx.js';

export { buildComparison } from './model.js';
export { CompareInputError } from './load.js';
export type { Comparison } from './types.js';

/**
 * Compares the documents of `runDir` and writes the reports into `reportDir`;
 * returns the paths written. Throws `CompareInputError` (nothing written) for a
 * missing folder, an invalid result file or a folder with no results.
 */
export async function compareRun(runDir: string, reportDir: string): Promise<string[]> {
  const model = buildComparison(await loadRunForCompare(runDir));
  const files = new Map<string, string | Uint8Array>([
    ['report.html', renderHtml(model)],
    ['report.md', renderMarkdown(model)],
    ['comparison.json', renderJson(model)],
    ['comparison.xlsx', await renderXlsx(model)],
  ]);
  for (const [name, text] of renderCsv(model)) files.set(join('csv', name), text);
  const written: string[] = [];
  for (const [name, data] of files) {
    const path = join(reportDir, name);
    await writeFileAtomic(path, data);
    written.push(path);
  }
  return written;
}
