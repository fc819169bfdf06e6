/**
 * A report's aim for work not yet done: "Phấn đấu, đến tháng 10 năm 2024, sẽ
 * hoàn thành toàn bộ các tiêu chí về chuyển đổi số." A paragraph opening with
 * the aim word and carrying a time is a task of the reporting body. Past effort
 * ("đã … phấn đấu hoàn thành … trong thời gian sớm nhất") has no time and no
 * opening aim word; an aim with a number ("Phấn đấu 100% …") is an indicator.
 */
import type { RuleContext, TaskDraft } from '../../types.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { parseDeadline } from '../deadline/index.js';
import { AIM_OPENERS, PAST_MARKERS, REPORTING_BODY } from './dictionary.js';
import { closedBlocks } from './closing.js';
import { isReport } from './genre.js';
import { firstSentenceEnd, sentenceStarts } from './sentence.js';
import { subjectOf } from './subject.js';

export const id = 'vi/task-aim';
export const description = "A report's aim sentence with a time is a task of the reporting body.";
export const examples = ['Phấn đấu, đến tháng 10 năm 2024, sẽ hoàn thành toàn bộ các tiêu chí về chuyển đổi số.'];

const AIM = new RegExp(`^(?:${alternation(AIM_OPENERS)})${WB_AFTER}`, 'u');
const PAST = new RegExp(`${WB_BEFORE}(?:${alternation(PAST_MARKERS)})${WB_AFTER}`, 'u');
// A number other than the time's own day, month or year states a level: an indicator, not a task.
const LEVEL = /\d\s?%|\d+[.,]?\d*\s(?!năm|tháng)[\p{L}]/u;
const DATED = new Set(['date', 'before-date', 'month', 'before-month', 'quarter', 'year', 'period']);

/** Extracts aim sentences of reports. */
export function extract(ctx: RuleContext): TaskDraft[] {
  if (!isReport(ctx) || !ctx.docYear) return [];
  const out: TaskDraft[] = [];
  const blocks = ctx.normalised.blocks;
  const closed = closedBlocks(ctx);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const c = ctx.structure.context[i]!;
    if (b.kind === 'table-row' || c.inAppendix || closed[i] || ctx.structure.headings.has(i)) continue;
    // The aim may open its own paragraph or follow other sentences in one.
    for (const start of sentenceStarts(ctx, b.contentStart, b.end)) {
      if (!AIM.test(ctx.key.slice(start, start + 12))) continue;
      const end = firstSentenceEnd(ctx, start, b.end);
      const sentence = ctx.text.slice(start, end);
      if (PAST.test(ctx.key.slice(start, end))) continue;
      const deadline = parseDeadline(sentence, { docYear: ctx.docYear });
      if (!deadline || !DATED.has(deadline.kind)) continue;
      if (LEVEL.test(sentence.replace(deadline.text, ' '))) continue;
      const subject = subjectOf(ctx, start, end);
      out.push({
        quote: { start, end, ruleId: id },
        lead: [subject ? subject.unit.text : REPORTING_BODY],
        support: [],
        deadline,
        section: c.section,
        domain: c.domain,
      });
    }
  }
  return out;
}
