/** The diff model: what `chitieu diff` reports, before any rendering. */

/** Record families compared one to one inside a document. */
export type RecordKind = 'indicator' | 'task' | 'reference' | 'budget';
export const RECORD_KINDS: readonly RecordKind[] = ['indicator', 'task', 'reference', 'budget'];

/** Where a record stands: source line, page, quote and (for pipeline records) normalised-text offsets. */
export interface Place {
  line: number;
  page: number | null;
  quote: string;
  /** Offsets in the normalised text; null for answer-key records, which carry none. */
  start: number | null;
  end: number | null;
}

/** A record reduced to what is compared: its content fields (no id, line or provenance). */
export interface RecordView {
  kind: RecordKind;
  id: string;
  /** A short human label: subject, quote, item or "type number". */
  label: string;
  place: Place;
  fields: Record<string, unknown>;
}

/** One field that differs: value in A (old) and in B (new). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * How a pair was found. `strict`: between runs, identical records; against
 * answer keys, evaluate's pairing (what it counts as found). `loose`: what is
 * left, paired by wording (subject, quote, item, cited number).
 */
export type PairMatch = 'strict' | 'loose';

export type RecordChange =
  | { change: 'added'; kind: RecordKind; b: RecordView }
  | { change: 'removed'; kind: RecordKind; a: RecordView }
  | { change: 'changed'; kind: RecordKind; a: RecordView; b: RecordView; match: PairMatch; fields: FieldChange[] };

/** Counts of one document or of the whole diff. */
export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** A document present on both sides. */
export interface DocumentDiff {
  /** The key documents are paired by (document name, or its stem against answer keys). */
  key: string;
  documentA: string;
  documentB: string;
  /** Metadata fields that differ. */
  metadata: FieldChange[];
  records: RecordChange[];
  counts: DiffCounts;
}

/** A document's status as the run manifest records it. */
export interface FailedDocument {
  input: string;
  side: 'a' | 'b';
  status: string;
  code: string | null;
  message: string | null;
  /** True when the same input did not fail on the other side. */
  new: boolean;
}

/** The whole diff of side A (old: a run) against side B (new: a run, or an answer-key folder). */
export interface RunDiff {
  mode: 'runs' | 'gold';
  a: string;
  b: string;
  documentsAdded: string[];
  documentsRemoved: string[];
  documentsFailed: FailedDocument[];
  documents: DocumentDiff[];
  counts: DiffCounts;
  /** True when anything differs: documents, failures new on one side, metadata or records. */
  differs: boolean;
}
