/** Converts a DocumentResult to the answer-key format of GUIDELINE.md, so any scorer can read it. */
import type { DocumentResult } from '../output/schema.js';
import type { GoldDocument } from './gold-format.js';

/** The gold-format view of one result; `document` is the source base name. */
export function toGold(r: DocumentResult): GoldDocument {
  return {
    document: r.document,
    metadata: r.metadata,
    indicators: r.indicators.map(({ canonicalMatch: _m, provenance: _p, yearSource: _y, ...rest }) => rest),
    tasks: r.tasks.map((t) => ({ id: t.id, quote: t.quote, lead: t.lead, leadCanonical: t.leadCanonical, support: t.support, supportCanonical: t.supportCanonical, deadline: t.deadline, line: t.line })),
    budget: r.budget.map(({ provenance: _p, ...rest }) => rest),
    references: r.references.map(({ provenance: _p, ...rest }) => rest),
    conflicts: r.conflicts.map((c) => ({ indicatorIds: c.indicatorIds, note: c.note })),
  };
}
