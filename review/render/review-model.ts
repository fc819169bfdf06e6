/**
 * The review page's model (pure): per document, the records of both sides with
 * their change, and where each one is highlighted in the normalised text.
 */
import type { DiffCounts, DocumentDiff, FieldChange, RecordChange, RecordView, RunDiff } from '../diff/types.js';
import type { Side } from '../diff/views.js';
import { highlight, type Anchor } from './spans.js';
import type { SourceText } from './source-text.js';
import { changePlace, placeText } from './text.js';

export type ReviewChange = RecordChange['change'] | 'unchanged';

export interface ReviewRecord {
  uid: string;
  kind: RecordView['kind'];
  change: ReviewChange;
  side: 'a' | 'b';
  id: string;
  label: string;
  place: string;
  quote: string;
  fields: FieldChange[];
  /** Pane the record is highlighted in, or null when it could not be placed. */
  pane: number | null;
  /** Placed by its source line only (answer-key records carry no offsets). */
  approx: boolean;
}

export interface ReviewPane {
  label: string;
  /** The highlighted text as HTML, or null with `problem` when the text is not available. */
  html: string | null;
  problem: string | null;
}

export interface ReviewDocument {
  name: string;
  counts: DiffCounts;
  metadata: FieldChange[];
  panes: ReviewPane[];
  records: ReviewRecord[];
}

export interface ReviewPage {
  title: string;
  subtitle: string;
  /** False for a review of one run (nothing to compare, no filters by change). */
  diff: boolean;
  documentsAdded: string[];
  documentsRemoved: string[];
  /** "broken.pdf: failed in B (pdf-corrupt)" lines, for failures new on one side. */
  documentsFailed: string[];
  documents: ReviewDocument[];
}

/** The texts of a document's two sides (null for an answer key). */
export interface DocumentTexts {
  a: SourceText | null;
  b: SourceText | null;
}

/** Span of the answer-key record's quote within the block holding its line, or the whole block. */
function lineAnchor(text: Extract<SourceText, { ok: true }>, line: number, quote: string): { start: number; end: number } | null {
  const block = text.blocks.find((b) => b.line <= line && line <= b.endLine);
  if (!block) return null;
  const at = quote ? text.text.slice(block.start, block.end).indexOf(quote) : -1;
  return at >= 0 ? { start: block.start + at, end: block.start + at + quote.length } : { start: block.start, end: block.end };
}

/** Where a task's deadline phrase stands: after the task's start, within its block and the two after it. */
function deadlineSpan(text: string, from: number, end: number, phrase: string): { start: number; end: number } | null {
  let stop = end;
  for (let k = 0; k < 3 && stop < text.length; k++) {
    const nl = text.indexOf('\n', stop + 1);
    stop = nl < 0 ? text.length : nl;
  }
  const at = text.slice(from, stop).indexOf(phrase);
  return phrase && at >= 0 ? { start: from + at, end: from + at + phrase.length } : null;
}

/** Builds one document of the page. */
export function reviewDocument(index: number, doc: DocumentDiff, a: Side, b: Side, texts: DocumentTexts, labels: { a: string; b: string }): ReviewDocument {
  const panes: ReviewPane[] = [];
  const paneTexts: Array<Extract<SourceText, { ok: true }> | null> = [];
  const addPane = (label: string, t: SourceText | null) => {
    panes.push({ label, html: null, problem: t === null ? null : t.ok ? null : t.problem });
    paneTexts.push(t?.ok ? t : null);
    return panes.length - 1;
  };
  const paneB = texts.b ? addPane(labels.b, texts.b) : null;
  const sameText = texts.a?.ok && texts.b?.ok && texts.a.text === texts.b.text;
  const paneA = texts.a && !sameText ? addPane(labels.a, texts.a) : paneB;

  const records: ReviewRecord[] = [];
  const anchors: Anchor[][] = panes.map(() => []);
  const seen = new Set<RecordView>();
  const add = (view: RecordView, side: 'a' | 'b', change: ReviewChange, fields: FieldChange[], place: string) => {
    seen.add(view);
    const uid = `d${index}-${side}-${view.kind}-${view.id}`;
    let pane = side === 'a' ? paneA : paneB;
    const text = pane === null ? null : paneTexts[pane]!;
    let span: { start: number; end: number } | null = null;
    let approx = false;
    if (text && view.place.start !== null && view.place.end !== null) {
      // Offsets are trusted only where they still quote the record.
      if (text.text.slice(view.place.start, view.place.end) === view.place.quote) span = { start: view.place.start, end: view.place.end };
    } else if (text && view.place.start === null) {
      span = lineAnchor(text, view.place.line, view.place.quote);
      approx = true;
    }
    if (!span) pane = null;
    records.push({ uid, kind: view.kind, change, side, id: view.id, label: view.label, place, quote: view.place.quote, fields, pane, approx });
    if (pane === null || !span || !text) return;
    anchors[pane]!.push({ id: uid, type: view.kind, change, ...span });
    const deadline = view.kind === 'task' ? (view.fields.deadline as { text?: string } | null) : null;
    const dl = deadline?.text ? deadlineSpan(text.text, span.start, span.end, deadline.text) : null;
    if (dl) anchors[pane]!.push({ id: `${uid}-deadline`, type: 'deadline', change, ...dl });
  };
  for (const c of doc.records) {
    if (c.change === 'added') add(c.b, 'b', 'added', [], changePlace(c));
    else if (c.change === 'removed') add(c.a, 'a', 'removed', [], changePlace(c));
    else {
      add(c.b, 'b', 'changed', c.fields, changePlace(c));
      seen.add(c.a);
    }
  }
  for (const kind of ['indicator', 'task', 'reference', 'budget'] as const) for (const v of b.records[kind]) if (!seen.has(v)) add(v, 'b', 'unchanged', [], placeText(v.place));
  records.sort((x, y) => lineOf(x) - lineOf(y) || (x.uid < y.uid ? -1 : 1));
  panes.forEach((p, i) => {
    const t = paneTexts[i];
    if (t) p.html = highlight(t.text, anchors[i]!);
  });
  return { name: doc.documentB, counts: doc.counts, metadata: doc.metadata, panes, records };
}

const lineOf = (r: ReviewRecord) => Number(/\d+/u.exec(r.place)?.[0] ?? 0);

/** The whole page model. `texts` is keyed by the document diff's key. */
export function reviewPage(d: RunDiff, sides: { a: Side[]; b: Side[] }, texts: Map<string, DocumentTexts>, review = false): ReviewPage {
  const byName = (list: Side[]) => new Map(list.map((s) => [s.document, s]));
  const [mapA, mapB] = [byName(sides.a), byName(sides.b)];
  const labels = d.mode === 'gold' ? { a: 'answer keys', b: 'text of the run' } : { a: `old text (${d.a})`, b: `text (${d.b})` };
  return {
    title: review ? `chitieu review — ${d.b}` : `chitieu diff — ${d.a} → ${d.b}`,
    subtitle: review ? 'every extracted record, highlighted in the normalised text' : d.mode === 'gold' ? 'A: answer keys, B: the run ("removed" = missed, "added" = not in the keys)' : 'A: old run, B: new run',
    diff: !review,
    documentsAdded: d.documentsAdded,
    documentsRemoved: d.documentsRemoved,
    documentsFailed: d.documentsFailed.filter((f) => f.new).map((f) => `${f.input}: ${f.status} in ${f.side.toUpperCase()}${f.code ? ` (${f.code})` : ''}`),
    documents: d.documents.map((doc, i) => reviewDocument(i, doc, mapA.get(doc.documentA)!, mapB.get(doc.documentB)!, texts.get(doc.key) ?? { a: null, b: null }, labels)),
  };
}
