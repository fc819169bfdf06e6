/** Cited legal and planning documents: one record per citation, in reading order. */
import type { ReferenceDraft, RuleContext } from '../../types.js';
import { numberedReferenceRule } from './numbered.js';
import { unnumberedReferenceRule } from './unnumbered.js';

export { numberedReferenceRule, unnumberedReferenceRule };
export { normaliseNumber, readDate, readIssuer, readNumber } from './parts.js';
export * as referenceDictionary from './dictionary.js';

/** Every citation of a document in `ctx`, numbered or not, sorted by position. */
export function extractReferences(ctx: RuleContext): ReferenceDraft[] {
  const numbered = numberedReferenceRule.extract(ctx).map((c) => c.draft);
  const unnumbered = unnumberedReferenceRule.extract(ctx);
  return [...numbered, ...unnumbered].sort((a, b) => a.quote.start - b.quote.start);
}
