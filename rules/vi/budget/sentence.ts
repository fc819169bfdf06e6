/** A body sentence stating an amount: "Kinh phí thực hiện: 50 triệu đồng từ ngân sách xã". */
import type { BudgetDraft, RuleContext } from '../../types.js';
import { alternationLoose, execAtWordStart, WB_AFTER } from '../../pattern.js';
import { AMOUNT_FILLERS, AMOUNT_WORDS, MONEY_UNITS, SOURCE_INTRO } from './dictionary.js';
import { parseAmount, toMillions, unitFactor } from './amount.js';

const E = WB_AFTER;
const alt = alternationLoose;

const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
// Compiled without the leading word boundary, which execAtWordStart checks (see rules/pattern.ts): V8 can then skip to the words.
const SENTENCE_RE = new RegExp(
  `(?<word>${alt(AMOUNT_WORDS)})(?:\\s+(?:${alt(AMOUNT_FILLERS)})){0,3}\\s*:?\\s*(?<amount>${NUM})\\s*(?<unit>${alt(MONEY_UNITS.map(([w]) => w))})${E}` +
    `(?:\\s*(?:[,(]\\s*)?(?:${alt(SOURCE_INTRO)})\\s*:?\\s+(?<source>[^,.;()\\n]{2,60}))?`,
  'gu',
);

/** vi/budget-sentence */
export const budgetSentenceRule = {
  id: 'vi/budget-sentence',
  description: 'An amount stated in a sentence for an item: the item is the text before "kinh phí", else the heading above',
  examples: ['Kinh phí thực hiện: 50 triệu đồng từ ngân sách xã', 'Tổ chức 02 lớp tập huấn, kinh phí dự kiến 15.000.000 đồng (nguồn ngân sách xã)'],
  extract(ctx: RuleContext): BudgetDraft[] {
    const out: BudgetDraft[] = [];
    SENTENCE_RE.lastIndex = 0;
    for (let m = execAtWordStart(SENTENCE_RE, ctx.key); m; m = execAtWordStart(SENTENCE_RE, ctx.key)) {
      const g = m.groups!;
      const amount = parseAmount(g['amount']!);
      const factor = unitFactor(g['unit']!);
      if (amount === null || factor === null) continue;
      const bi = blockAt(ctx, m.index);
      const b = ctx.normalised.blocks[bi]!;
      const lead = ctx.text.slice(b.contentStart, m.index).replace(/[\s,:;–-]+$/u, '').trim();
      const item = lead || (ctx.structure.context[bi]?.headingPath.at(-1) ?? ctx.text.slice(m.index, m.index + g['word']!.length));
      let source: string | null = null;
      let end = m.index + m[0].length;
      if (g['source'] !== undefined) {
        const s = m.index + m[0].length - g['source'].length;
        source = ctx.text.slice(s, m.index + m[0].length).trim();
        end = s + ctx.text.slice(s, m.index + m[0].length).trimEnd().length;
      }
      out.push({ item, amount: toMillions(amount, factor), source, year: ctx.docYear, quote: { start: m.index, end, ruleId: budgetSentenceRule.id } });
    }
    return out;
  },
};

function blockAt(ctx: RuleContext, offset: number): number {
  const bs = ctx.normalised.blocks;
  let lo = 0;
  let hi = bs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
