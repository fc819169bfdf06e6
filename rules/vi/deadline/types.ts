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
  /**
   * False: every rule scans the text, whatever its `needs` say. The reference
   * the prefilter is tested against; callers leave it unset.
   */
  prefilter?: boolean;
  /**
   * False: every pattern is run as written, its word-boundary lookbehind
   * included. The reference the word-start scan is tested against; callers
   * leave it unset.
   */
  wordStartScan?: boolean;
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
  /**
   * Words every match of `pattern` holds, as key text: for each list, at least
   * one of its strings (`DIGITS` of fragments.ts: any ASCII digit) or a match
   * of one of its (non-global, linear) patterns. A text lacking one
   * list cannot match, so `findDeadlines` does not scan it with this rule;
   * most sentences name no month, quarter or day, and skipping their rules is
   * most of the saving.
   */
  needs: readonly (readonly (string | RegExp)[])[];
  extract(match: RegExpExecArray, ctx: DeadlineContext): Deadline | null;
}
