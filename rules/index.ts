/**
 * The rules stage: metadata first (its year is every other rule's reference
 * year), then indicators, tasks, references and budget lines.
 */
import type { Metadata } from '../output/schema.js';
import type { Normalised } from '../pipeline/normalise/types.js';
import type { Structure } from '../pipeline/structure/types.js';
import { matchKey } from '../pipeline/text/match-key.js';
import { extractIndicators } from './vi/indicator/index.js';
import { extractTasks } from './vi/task/index.js';
import type { BudgetDraft, ReferenceDraft, RuleContext, RuleRecords } from './types.js';

type MetadataRule = (ctx: RuleContext) => Metadata;
type ListRule<T> = (ctx: RuleContext) => T[];

interface Optional {
  extractMetadata?: MetadataRule;
  extractReferences?: ListRule<ReferenceDraft>;
  extractBudget?: ListRule<BudgetDraft>;
}

let loaded: Optional | undefined;
async function optionalRules(): Promise<Optional> {
  if (loaded) return loaded;
  const tryImport = async (spec: string) => {
    try {
      return (await import(spec)) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  loaded = {
    extractMetadata: (await tryImport('./vi/metadata/index.js'))['extractMetadata'] as MetadataRule | undefined,
    extractReferences: (await tryImport('./vi/references/index.js'))['extractReferences'] as ListRule<ReferenceDraft> | undefined,
    extractBudget: (await tryImport('./vi/budget/index.js'))['extractBudget'] as ListRule<BudgetDraft> | undefined,
  };
  return loaded;
}

const EMPTY_METADATA: Metadata = { docType: null, title: null, commune: null, district: null, province: null, year: null, issuer: null, signer: null };

/** Runs every rule over a structured document. */
export async function runRules(n: Normalised, s: Structure): Promise<RuleRecords> {
  const rules = await optionalRules();
  const base: RuleContext = { text: n.text, key: matchKey(n.text), normalised: n, structure: s, docYear: null, docType: null };
  const metadata = rules.extractMetadata ? rules.extractMetadata(base) : EMPTY_METADATA;
  const ctx: RuleContext = { ...base, docYear: metadata.year, docType: metadata.docType };
  return {
    metadata,
    indicators: extractIndicators(ctx),
    tasks: extractTasks(ctx),
    references: rules.extractReferences ? rules.extractReferences(ctx) : [],
    budget: rules.extractBudget ? rules.extractBudget(ctx) : [],
    conflicts: [],
    warnings: [],
  };
}
