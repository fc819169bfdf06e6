/**
 * By a month: "trước tháng 6/2024" (ends 2024-05-31), "đến tháng 10 năm 2024"
 * (ends 2024-10-31: đến includes the month), "đến hết tháng 6/2025".
 */
import { VI, alt, isWord } from './dictionary.js';
import { endOfMonthBefore, monthBounds, yearOf } from './dates.js';
import { B, DIGITS, E, NUM2, firstSyllables, re, yearPart } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-before-month */
export const beforeMonthRule: DeadlineRule = {
  id: 'vi/deadline-before-month',
  description: 'A deadline by a month: trước excludes the month, đến/hết/chậm nhất include it',
  examples: ['trước tháng 6/2024', 'đến tháng 10 năm 2024', 'trước tháng 11/2024', 'đến hết tháng 6/2025', 'chậm nhất trong tháng 9/2024', 'trước tháng 3 năm 2025'],
  pattern: re(
    `${B}(?:${alt(VI.fromNow)}\\s+)?(?<op>${alt([...VI.before, ...VI.until])})\\s+(?:(?<edge>${alt(VI.edge)})\\s+)?(?:${alt(VI.within)}\\s+)?${alt(VI.month)}\\s+(?<m>${NUM2})(?:${yearPart('y')})?${E}`,
  ),
  needs: [firstSyllables(VI.before, VI.until), firstSyllables(VI.month), DIGITS],
  extract(match, ctx) {
    const g = groupsOf(match);
    const m = Number(g['m']);
    if (m < 1 || m > 12) return null;
    const y = yearOf(g['y'] ?? g['yw'], ctx.docYear);
    const exclusive = isWord(VI.before, g['op']) && g['edge'] === undefined;
    return deadlineOf(match, 'before-month', null, exclusive ? endOfMonthBefore(y, m) : monthBounds(y, m)[1]);
  },
};
