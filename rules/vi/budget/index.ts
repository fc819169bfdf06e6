/** Budget lines: rows of budget tables and amounts stated in sentences, in reading order. */
import type { BudgetDraft, RuleContext } from '../../types.js';
import { budgetSentenceRule } from './sentence.js';
import { budgetTableRule } from './table.js';

export { budgetSentenceRule, budgetTableRule };
export { parseAmount, unitFactor } from './amount.js';
export * as budgetDictionary from './dictionary.js';

/** Every budget line of the document in `ctx`, amounts in millions of đồng. */
export function extractBudget(ctx: RuleContext): BudgetDraft[] {
  const table = budgetTableRule.extract(ctx);
  const taken = table.map((d) => d.quote);
  const sentence = budgetSentenceRule.extract(ctx).filter((d) => !taken.some((q) => d.quote.start < q.end && q.start < d.quote.end));
  return [...table, ...sentence].sort((a, b) => a.quote.start - b.quote.start);
}
