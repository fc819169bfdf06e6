/**
 * Highlights of records in a text. Records overlap (a deadline inside a task,
 * an indicator inside a task's sentence), so the text is cut at every start
 * and end into segments, each naming all records that cover it; the shortest
 * covering record gives the segment its colour.
 */

/** One highlighted span: a record (`id`) of a type over `start..end` of the text. */
export interface Anchor {
  id: string;
  type: string;
  change: string;
  start: number;
  end: number;
}

/** HTML-escapes text for element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** The text as HTML with every anchor's range wrapped in `<span class="hl …" data-recs="…">` segments. */
export function highlight(text: string, anchors: Anchor[]): string {
  const valid = anchors.filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((a) => [a.start, a.end])])].sort((x, y) => x - y);
  // Sweep: anchors sorted by start enter, those whose end is passed leave.
  const byStart = [...valid].sort((x, y) => x.start - y.start || y.end - x.end);
  const open: Anchor[] = [];
  let next = 0;
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    while (next < byStart.length && byStart[next]!.start <= from) open.push(byStart[next++]!);
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= from) open.splice(i, 1);
    const piece = esc(text.slice(from, to));
    if (open.length === 0) {
      out.push(piece);
      continue;
    }
    const inner = open.reduce((m, a) => (a.end - a.start < m.end - m.start ? a : m));
    const changes = [...new Set(open.map((a) => `c-${a.change}`))].sort().join(' ');
    out.push(`<span class="hl t-${inner.type} ${changes}" data-recs="${esc(open.map((a) => a.id).join(' '))}">${piece}</span>`);
  }
  return out.join('');
}
