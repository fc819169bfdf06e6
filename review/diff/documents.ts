/** Pairs the documents of two sides and diffs each pair (pure). */
import { compareCodeUnits } from '../../pipeline/text/code-units.js';
import type { RunManifest } from '../../output/schema.js';
import { FREE_TEXT, countChanges, diffRecords, fieldChanges } from './records.js';
import { RECORD_KINDS, type DiffCounts, type DocumentDiff, type FailedDocument, type RecordChange, type RunDiff } from './types.js';
import type { Side } from './views.js';

/** One side of a diff: its documents, and the run manifest when it is a run. */
export interface DiffInput {
  name: string;
  sides: Side[];
  manifest: RunManifest | null;
}

const stem = (s: string) => s.replace(/\.[^.]+$/u, '');
const base = (p: string) => p.replace(/^.*[\\/]/u, '');

/** Metadata as flat fields (signer split), so a change names the field that changed. */
function flatMetadata(m: Record<string, unknown>): Record<string, unknown> {
  const { signer, ...rest } = m;
  const s = (signer ?? null) as { name?: unknown; title?: unknown } | null;
  return { ...rest, 'signer.name': s?.name ?? null, 'signer.title': s?.title ?? null };
}

/** Diffs one document; against answer keys (`mode` gold) free wording is not compared. */
export function diffDocument(key: string, a: Side, b: Side, mode: RunDiff['mode'] = 'runs'): DocumentDiff {
  const ignore = mode === 'gold' ? FREE_TEXT : new Set<string>();
  const records: RecordChange[] = [];
  let unchanged = 0;
  for (const kind of RECORD_KINDS) {
    const d = diffRecords(kind, a.records[kind], b.records[kind], ignore, mode);
    records.push(...d.changes);
    unchanged += d.unchanged;
  }
  return { key, documentA: a.document, documentB: b.document, metadata: fieldChanges(flatMetadata(a.metadata), flatMetadata(b.metadata), ignore), records, counts: countChanges(records, unchanged) };
}

const FAILED = new Set(['failed', 'needs-ocr', 'unreadable-text']);

function failures(side: 'a' | 'b', own: RunManifest | null, other: RunManifest | null): FailedDocument[] {
  const otherFailed = new Map((other?.entries ?? []).map((e) => [base(e.input), FAILED.has(e.status)]));
  return (own?.entries ?? [])
    .filter((e) => FAILED.has(e.status))
    .map((e) => ({
      input: e.input,
      side,
      status: e.status,
      code: e.error?.code ?? null,
      message: e.error?.message ?? null,
      // Without a manifest on the other side (an answer-key folder) every failure is news.
      new: other === null || otherFailed.get(base(e.input)) !== true,
    }))
    .sort((x, y) => compareCodeUnits(x.input, y.input));
}

/**
 * Pairs documents: runs by document name, then what is left by file stem when
 * the stem is unique on both sides (a .txt run against a .pdf run of the same
 * plans); answer keys by stem only, as evaluate does.
 */
function pairDocuments(mode: RunDiff['mode'], a: Side[], b: Side[]): { pairs: Array<[string, Side, Side]>; added: string[]; removed: string[] } {
  const pairs: Array<[string, Side, Side]> = [];
  let leftA = [...a];
  let leftB = [...b];
  if (mode === 'runs') {
    const names = new Map(leftB.map((s) => [s.document, s]));
    for (const x of leftA) {
      const y = names.get(x.document);
      if (y) pairs.push([x.document, x, y]);
    }
    const paired = new Set(pairs.flatMap(([, x, y]) => [x, y]));
    leftA = leftA.filter((s) => !paired.has(s));
    leftB = leftB.filter((s) => !paired.has(s));
  }
  const unique = (list: Side[]) => {
    const m = new Map<string, Side | null>();
    for (const s of list) m.set(stem(s.document), m.has(stem(s.document)) ? null : s);
    return m;
  };
  const [stemsA, stemsB] = [unique(leftA), unique(leftB)];
  for (const [k, x] of stemsA) {
    const y = stemsB.get(k);
    if (x && y) pairs.push([mode === 'runs' ? `${x.document} ↔ ${y.document}` : k, x, y]);
  }
  const paired = new Set(pairs.flatMap(([, x, y]) => [x, y]));
  const sortKey = (p: [string, Side, Side]) => p[2].document;
  pairs.sort((p, q) => compareCodeUnits(sortKey(p), sortKey(q)));
  return { pairs, added: leftB.filter((s) => !paired.has(s)).map((s) => s.document).sort(), removed: leftA.filter((s) => !paired.has(s)).map((s) => s.document).sort() };
}

/** Diffs side A (old) against side B (new). */
export function diffInputs(mode: RunDiff['mode'], a: DiffInput, b: DiffInput): RunDiff {
  const { pairs, added: documentsAdded, removed: documentsRemoved } = pairDocuments(mode, a.sides, b.sides);
  const documents = pairs.map(([k, x, y]) => diffDocument(k, x, y, mode));
  const documentsFailed = [...failures('a', a.manifest, b.manifest), ...failures('b', b.manifest, a.manifest)];
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const d of documents) for (const k of Object.keys(counts) as Array<keyof DiffCounts>) counts[k] += d.counts[k];
  const differs =
    documentsAdded.length > 0 ||
    documentsRemoved.length > 0 ||
    documentsFailed.some((f) => f.new) ||
    documents.some((d) => d.metadata.length > 0 || d.records.length > 0);
  return { mode, a: a.name, b: b.name, documentsAdded, documentsRemoved, documentsFailed, documents, counts, differs };
}

