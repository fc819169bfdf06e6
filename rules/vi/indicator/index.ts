/** Indicator rules: body text first, then tables; blocks inside rebuilt tables are left to the table rule. */
import type { IndicatorDraft, RuleContext } from '../../types.js';
import * as body from './body.js';
import { extractTable } from './table.js';

export { extractFromSpan } from './body.js';
export { findValues, parseNumber } from './values.js';
export { comparatorOf, kindOf } from './wording.js';

/** All indicator drafts of a document, in reading order. */
export function extractIndicators(ctx: RuleContext): IndicatorDraft[] {
  const inTables = new Set<number>();
  const fromTables: IndicatorDraft[] = [];
  for (const t of ctx.structure.tables) {
    for (let i = t.firstBlock; i <= t.lastBlock; i++) inTables.add(i);
    fromTables.push(...extractTable(ctx, t));
  }
  return [...body.extract(ctx, inTables), ...fromTables].sort((a, b) => a.valueAt - b.valueAt);
}
