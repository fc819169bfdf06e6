/**
 * By a day: "trước ngày 15/5/2024" (ends 2024-05-14: trước excludes the day),
 * "chậm nhất ngày 31/12/2024" / "đến ngày 30/6" (include it), "trước 30/6/2025".
 * A leading "hoàn thành" is the sentence's verb here, not part of the deadline (gold quotes
 * "trước tháng 6/2024" out of "hoàn thành trước tháng 6/2024").
 */
import { VI, alt, isWord } from './dictionary.js';
import { dayBefore, iso } from './dates.js';
import { B, DIGITS, E, dayMonthYear, dayOf, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-before-date */
export const beforeDateRule: DeadlineRule = {
  id: 'vi/deadline-before-date',
  description: 'A deadline by a day; the end is the last allowed day',
  examples: ['trước ngày 15/5/2024', 'trước 30/6/2025', 'chậm nhất ngày 31/12/2024', 'đến ngày 30 tháng 6 năm 2024', 'trước ngày 20/11'],
  pattern: re(
    `${B}(?<op>${alt([...VI.before, ...VI.until])})\\s+(?:${alt(VI.within)}\\s+)?(?:${alt(VI.day)}\\s+)?${dayMonthYear('')}${E}`,
  ),
  needs: [firstSyllables(VI.before, VI.until), DIGITS],
  extract(match, ctx) {
    const g = groupsOf(match);
    const found = dayOf(g, '', ctx.docYear);
    if (!found) return null;
    const { y, m, d } = found;
    return deadlineOf(match, 'before-date', null, isWord(VI.before, g['op']) ? dayBefore(y, m, d) : iso(y, m, d));
  },
};
