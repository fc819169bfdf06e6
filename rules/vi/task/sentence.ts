/** Where a task's first sentence ends: ". " before a capital, or the block end. */
import type { RuleContext } from '../../types.js';

const SENTENCE_END = /[.!?](?=\s+[\p{Lu}])/u;

/** End offset (exclusive, after the full stop) of the first sentence of `text[from, to)`. */
export function firstSentenceEnd(ctx: RuleContext, from: number, to: number): number {
  const at = ctx.text.slice(from, to).search(SENTENCE_END);
  return at >= 0 ? from + at + 1 : to;
}

/** Start offsets of the sentences of `text[from, to)`: the block start and each capital after a full stop. */
export function sentenceStarts(ctx: RuleContext, from: number, to: number): number[] {
  const out = [from];
  for (let end = firstSentenceEnd(ctx, from, to); end < to; end = firstSentenceEnd(ctx, end, to)) {
    let s = end;
    while (s < to && /\s/u.test(ctx.text[s]!)) s++;
    if (s >= to) break;
    out.push(s);
  }
  return out;
}
