/**
 * Record views: pipeline records (with provenance) and answer-key records
 * (without) reduced to the same shape, so one differ serves `diff a b` and
 * `diff run --gold dir`.
 */
import type { DocumentResult, Provenance } from '../../output/schema.js';
import type { GoldDocument } from '../gold-format.js';
import type { Place, RecordKind, RecordView } from './types.js';

/**
 * Keys that say where a record is or how it was named, not what it says: a line
 * inserted above a record moves it without changing it, as in `git diff`.
 * `units` restates lead/support with their resolution; `canonicalMatch` restates `canonical`.
 */
const NOT_CONTENT = new Set(['id', 'line', 'provenance', 'units', 'canonicalMatch', 'yearSource']);

function contentFields(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k, v]) => !NOT_CONTENT.has(k) && v !== undefined));
}

/** The side of a diff: one document as a pipeline result or as an answer key. */
export interface Side {
  /** Document name as written in the file (`000_x.txt`). */
  document: string;
  metadata: Record<string, unknown>;
  records: Record<RecordKind, RecordView[]>;
  /** The pipeline result, when this side is one (answer keys have no source to re-read). */
  result: DocumentResult | null;
}

const placeOf = (p: Provenance): Place => ({ line: p.line, page: p.page, quote: p.quote, start: p.start, end: p.end });
const keyPlace = (line: number, quote: string | undefined): Place => ({ line, page: null, quote: quote ?? '', start: null, end: null });

/** The side of a pipeline result. */
export function resultSide(r: DocumentResult): Side {
  return {
    document: r.document,
    metadata: r.metadata,
    result: r,
    records: {
      indicator: r.indicators.map((x) => ({ kind: 'indicator', id: x.id, label: x.subject, place: placeOf(x.provenance), fields: contentFields(x) })),
      task: r.tasks.map((x) => ({ kind: 'task', id: x.id, label: x.quote, place: placeOf(x.provenance), fields: contentFields(x) })),
      reference: r.references.map((x, i) => ({ kind: 'reference', id: `r${i + 1}`, label: `${x.type} ${x.number ?? ''}`.trim(), place: placeOf(x.provenance), fields: contentFields(x) })),
      budget: r.budget.map((x, i) => ({ kind: 'budget', id: `b${i + 1}`, label: x.item, place: placeOf(x.provenance), fields: contentFields(x) })),
    },
  };
}

/** The side of an answer key (GUIDELINE.md format). */
export function goldSide(g: GoldDocument): Side {
  return {
    document: g.document,
    metadata: g.metadata,
    result: null,
    records: {
      indicator: g.indicators.map((x) => ({ kind: 'indicator', id: x.id, label: x.subject, place: keyPlace(x.line, x.quote), fields: contentFields(x) })),
      task: g.tasks.map((x) => ({ kind: 'task', id: x.id, label: x.quote, place: keyPlace(x.line, x.quote), fields: contentFields(x) })),
      reference: g.references.map((x, i) => ({ kind: 'reference', id: `r${i + 1}`, label: `${x.type} ${x.number ?? ''}`.trim(), place: keyPlace(x.line, undefined), fields: contentFields(x) })),
      budget: g.budget.map((x, i) => {
        const line = typeof x.line === 'number' ? x.line : 0;
        return { kind: 'budget' as const, id: `b${i + 1}`, label: x.item, place: keyPlace(line, undefined), fields: contentFields(x) };
      }),
    },
  };
}
