/** Splits a block into clauses: at ";", at sentence ends, and at "!"/"?". */
import type { Span } from '../../../pipeline/normalise/types.js';
import { matches } from './matches.js';
import { isWhiteSpaceUnit } from '../../../pipeline/text/code-units.js';

// ". " before a capital or a digit ends a sentence; ";" always ends a clause.
const BOUNDARY = /;|[.!?](?=\s+[\p{Lu}\d"“(])|\.$/gu;

/** Clause spans of `text[from, to)`. */
export function clauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  for (const m of matches(BOUNDARY, slice)) {
    // "92.1" or "Nghị định 42/2022/NĐ-CP." never reach here with a space after; abbreviations like "TP." are rare in plans.
    add(out, text, from + start, from + m.index);
    start = m.index + m[0].length;
  }
  add(out, text, from + start, to);
  return out;
}

/** Adds `text[start, end)` trimmed of white space at both ends, unless that leaves it empty. */
function add(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isWhiteSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
