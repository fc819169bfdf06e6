/** Splits a block into clauses: at ";", at sentence ends, and at "!"/"?". */
import type { Span } from '../../../pipeline/normalise/types.js';
import { matches } from './matches.js';

// ". " before a capital or a digit ends a sentence; ";" always ends a clause.
const BOUNDARY = /;|[.!?](?=\s+[\p{Lu}\d"“(])|\.$/gu;

const SPACE = /\s/u;

/** Clause spans of `text[from, to)`. */
export function clauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  // Trimmed of white space at both ends; empty clauses dropped.
  const add = (start: number, end: number) => {
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  for (const m of matches(BOUNDARY, slice)) {
    // "92.1" or "Nghị định 42/2022/NĐ-CP." never reach here with a space after; abbreviations like "TP." are rare in plans.
    add(from + start, from + m.index);
    start = m.index + m[0].length;
  }
  add(from + start, to);
  return out;
}
