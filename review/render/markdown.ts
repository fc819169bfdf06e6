/** The Markdown report of a diff: one section per document that differs, one table row per change. */
import type { RunDiff } from '../diff/types.js';
import { changeId, changePlace, changeQuote, countsText, sideNames, valueText } from './text.js';

/** Text safe inside a Markdown table cell. */
const cell = (s: string) => s.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

export function renderMarkdown(d: RunDiff): string {
  const names = sideNames(d);
  const out = [`# chitieu diff`, '', `- A (old): ${names.a}`, `- B (new): ${names.b}`, `- documents: ${d.documents.length} in both, ${d.documentsAdded.length} added, ${d.documentsRemoved.length} removed`, `- records: ${countsText(d.counts)}`, ''];
  if (!d.differs) out.push('No differences.', '');
  if (d.documentsAdded.length || d.documentsRemoved.length) {
    out.push('## Documents', '');
    for (const x of d.documentsAdded) out.push(`- added: \`${x}\``);
    for (const x of d.documentsRemoved) out.push(`- removed: \`${x}\``);
    out.push('');
  }
  if (d.documentsFailed.length) {
    out.push('## Failed documents', '', '| input | side | status | code | new | message |', '|---|---|---|---|---|---|');
    for (const f of d.documentsFailed) out.push(`| ${cell(f.input)} | ${f.side.toUpperCase()} | ${f.status} | ${f.code ?? ''} | ${f.new ? 'yes' : 'no'} | ${cell(f.message ?? '')} |`);
    out.push('');
  }
  for (const doc of d.documents) {
    if (doc.records.length === 0 && doc.metadata.length === 0) continue;
    out.push(`## ${doc.documentB}`, '', countsText(doc.counts), '');
    if (doc.metadata.length) {
      out.push('| metadata | old | new |', '|---|---|---|');
      for (const m of doc.metadata) out.push(`| ${m.field} | ${cell(valueText(m.old))} | ${cell(valueText(m.new))} |`);
      out.push('');
    }
    out.push('| | record | place | quote | changes |', '|---|---|---|---|---|');
    for (const c of doc.records) {
      const changes = c.change === 'changed' ? c.fields.map((f) => `${f.field}: ${valueText(f.old)} → ${valueText(f.new)}`).join('<br>') : c.change;
      out.push(`| ${c.change} | ${c.kind} ${changeId(c)} | ${changePlace(c)} | ${cell(changeQuote(c))} | ${cell(changes)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
