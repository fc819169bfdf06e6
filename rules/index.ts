/**
 * The rules stage: metadata first (its year is every other rule's reference
 * year), then indicators, tasks, references and budget lines.
 */
import type { Normalised } from '../pipeline/normalise/types.js';
import type { Structure } from '../pipeline/structure/types.js';
import { matchKey } from '../pipeline/text/match-key.js';
import { extractIndicators } from './vi/indicator/index.js';
import { extractTasks } from './vi/task/index.js';
import { extractMetadata } from './vi/metadata/index.js';
import { extractReferences } from './vi/references/index.js';
import { extractBudget } from './vi/budget/index.js';
import type { RuleContext, RuleRecords } from './types.js';

/** Runs every rule over a structured document. */
export async function runRules(n: Normalised, s: Structure): Promise<RuleRecords> {
  const base: RuleContext = { text: n.text, key: matchKey(n.text), normalised: n, structure: s, docYear: null, docType: null };
  const metadata = extractMetadata(base);
  const ctx: RuleContext = { ...base, docYear: metadata.year, docType: metadata.docType };
  return {
    metadata,
    indicators: extractIndicators(ctx),
    tasks: extractTasks(ctx),
    references: extractReferences(ctx),
    budget: extractBudget(ctx),
    conflicts: [],
    warnings: [],
  };
}
