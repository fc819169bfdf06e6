/** Splits a block into clauses: at ";", at sentence ends, and at "!"/"?". */
import type { Span } from '../../../pipeline/normalise/types.js';

// ". " before a capital or a digit ends a sentence; ";" always ends a clause.
const BOUNDARY = /;|[.!?](?=\s+[\p{Lu}\d"“(])|\.$/gu;

/** Clause spans of `text[from, to)`. */
export function clauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  for (const m of slice.matchAll(BOUNDARY)) {
    // "92.1" or "Nghị định 42/2022/NĐ-CP." never reach here with a space after; abbreviations like "TP." are rare in plans.
    out.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: from + start, end: to });
  return out
    .map((c) => {
      let { start, end } = c;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((c) => c.end > c.start);
}
