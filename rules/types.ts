/**
 * Types shared by the rules stage: what a rule sees and the draft records it
 * returns. Drafts carry spans into the normalised text; the resolve stage turns
 * them into output records with full provenance and canonical ids.
 */
import type { Comparator, Deadline, Domain, IndicatorUnit, Metadata } from '../output/schema.js';
import type { Normalised, Span } from '../pipeline/normalise/types.js';
import type { Structure } from '../pipeline/structure/types.js';

/** What every rule reads. Rules are pure functions of this. */
export interface RuleContext {
  /** Normalised text (NFC). */
  text: string;
  /** `matchKey(text)`: same length, lower case, canonical tone placement; match patterns on this. */
  key: string;
  normalised: Normalised;
  structure: Structure;
  /** The year the document is for (from metadata), used where a record states none. */
  docYear: number | null;
  /** docType from metadata, when known. */
  docType: Metadata['docType'];
}

/** A span of the normalised text plus the rule that found it. */
export interface Grounded extends Span {
  ruleId: string;
}

export interface IndicatorDraft {
  kind: 'target' | 'actual';
  value: number | null;
  valueMax: number | null;
  unit: IndicatorUnit;
  countOf: string | null;
  comparator: Comparator;
  subject: string;
  year: number | null;
  yearSource: 'stated' | 'implied:document-year';
  domain: Domain | null;
  section: string;
  location: 'body' | 'table';
  status: string | null;
  deadline: Deadline | null;
  outOf?: number | null;
  level?: 'tinh' | 'huyen' | 'xa' | null;
  /** The quote (shortest clause stating the value with its subject). */
  quote: Grounded;
  /** Where the number itself stands (gives the record's line). */
  valueAt: number;
}

export interface TaskDraft {
  quote: Grounded;
  lead: string[];
  support: string[];
  deadline: Deadline | null;
  section: string;
  domain: Domain | null;
}

export interface BudgetDraft {
  item: string;
  amount: number;
  source: string | null;
  year: number | null;
  quote: Grounded;
}

export interface ReferenceDraft {
  type: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title?: string | null;
  quote: Grounded;
}

export interface ConflictDraft {
  /** Indexes into the indicator drafts. */
  indicators: number[];
  note: string;
}

/** Everything the rules stage found in one document. */
export interface RuleRecords {
  metadata: Metadata;
  indicators: IndicatorDraft[];
  tasks: TaskDraft[];
  budget: BudgetDraft[];
  references: ReferenceDraft[];
  conflicts: ConflictDraft[];
  /** Warnings from rules (unknown unit, implausible value…). */
  warnings: Array<{ reason: string; ruleId: string; at: number }>;
}
