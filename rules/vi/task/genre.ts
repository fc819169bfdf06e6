/** The genre a document's tasks are read in: a report speaks for a body about work done and to come. */
import type { RuleContext } from '../../types.js';

const REPORTS: ReadonlySet<string> = new Set(['report', 'plan+report']);

/** True for a report, or a plan with a report part. */
export function isReport(ctx: RuleContext): boolean {
  return REPORTS.has(ctx.docType ?? '');
}
