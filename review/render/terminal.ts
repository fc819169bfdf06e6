/** The terminal summary of a diff: plain text, with ANSI colour only when asked. */
import type { RunDiff } from '../diff/types.js';
import { aroundChange, changeId, changePlace, changeQuote, clip, countsText, SIGN, sideNames, valueText } from './text.js';

export interface TerminalOptions {
  /** ANSI colours (the CLI turns them on for a TTY without NO_COLOR). */
  colour: boolean;
  /** Longest quote or value shown, in characters (default 160). */
  width?: number;
}

const CODES = { added: '32', removed: '31', changed: '33', bold: '1', dim: '2' } as const;

/** Renders a diff for a terminal. */
export function renderTerminal(d: RunDiff, options: TerminalOptions): string {
  const paint = (code: keyof typeof CODES, s: string) => (options.colour ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
  const width = options.width ?? 160;
  const names = sideNames(d);
  const out: string[] = [paint('bold', `diff ${names.a} → ${names.b}`)];
  out.push(`documents: ${d.documents.length} in both, ${d.documentsAdded.length} added, ${d.documentsRemoved.length} removed, ${d.documentsFailed.filter((f) => f.new).length} newly failed`);
  out.push(`records: ${countsText(d.counts)}`);
  for (const doc of d.documentsAdded) out.push(paint('added', `+ document ${doc}`));
  for (const doc of d.documentsRemoved) out.push(paint('removed', `- document ${doc}`));
  for (const f of d.documentsFailed) {
    out.push(paint(f.new ? 'removed' : 'dim', `! ${f.input} ${f.status} in ${f.side === 'a' ? 'A' : 'B'}${f.code ? ` (${f.code})` : ''}${f.new ? '' : ', on both sides'}${f.message ? ` — ${clip(f.message, width)}` : ''}`));
  }
  for (const doc of d.documents) {
    if (doc.records.length === 0 && doc.metadata.length === 0) continue;
    const name = doc.documentA === doc.documentB ? doc.documentB : `${doc.documentA} ↔ ${doc.documentB}`;
    out.push('', paint('bold', `${name}  ${countsText(doc.counts)}`));
    for (const m of doc.metadata) out.push(paint('changed', `  ~ metadata ${m.field}: ${aroundChange(valueText(m.old), valueText(m.new), width).join(' → ')}`));
    for (const c of doc.records) {
      out.push(paint(c.change, `  ${SIGN[c.change]} ${c.kind} ${changeId(c)} · ${changePlace(c)}${c.change === 'changed' ? '' : `  “${clip(changeQuote(c), width)}”`}`));
      if (c.change !== 'changed') continue;
      for (const f of c.fields) {
        const [old, now] = aroundChange(valueText(f.old), valueText(f.new), width);
        out.push(`      ${f.field}: ${paint('removed', old)} → ${paint('added', now)}`);
      }
      if (!c.fields.some((f) => f.field === 'quote')) out.push(paint('dim', `      “${clip(c.b.place.quote || c.a.place.quote, width)}”`));
    }
  }
  if (!d.differs) out.push('', 'no differences');
  return out.join('\n');
}
