/** The contract every Vietnamese deadline rule follows. */
import type { Deadline } from '../../../output/schema.js';

/** Counters a caller may pass to observe how much work a scan did. */
export interface DeadlineScanStats {
  /** regex `exec` calls made */
  execs: number;
  /** candidate matches produced by rules, before overlap resolution */
  candidates: number;
}

/** What a rule needs besides the text: the document (plan) year, never "today". */
export interface DeadlineContext {
  docYear: number;
  stats?: DeadlineScanStats;
}

/**
 * One form of deadline. `pattern` runs on `matchKey(text)`; `extract` returns the
 * normalised deadline (its `text` is the key slice — `findDeadlines` replaces it
 * with the original text) or null when the match is not a deadline after all.
 */
export interface DeadlineRule {
  id: string;
  description: string;
  examples: string[];
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: DeadlineContext): Deadline | null;
}
