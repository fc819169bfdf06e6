/** A run of days: "từ ngày 01/7/2024 đến ngày 30/9/2024", "từ ngày 1/7 đến 15/7/2025". */
import { VI, alt } from './dictionary.js';
import { iso } from './dates.js';
import { B, DIGITS, E, dayMonthYear, dayOf, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-date-range */
export const dateRangeRule: DeadlineRule = {
  id: 'vi/deadline-date-range',
  description: 'From one day to another (a period); the first year defaults to the second',
  examples: ['từ ngày 01/7/2024 đến ngày 30/9/2024', 'từ ngày 1/7 đến 15/7/2025', 'Từ ngày 10 tháng 10 đến ngày 20 tháng 10 năm 2024'],
  pattern: re(
    `${B}${alt(VI.from)}\\s+${alt(VI.day)}\\s+${dayMonthYear('a')}\\s*${alt(VI.rangeJoin)}\\s*(?:${alt(VI.day)}\\s+)?${dayMonthYear('b')}${E}`,
  ),
  needs: [firstSyllables(VI.from), firstSyllables(VI.day), DIGITS],
  extract(match, ctx) {
    const g = groupsOf(match);
    const b = dayOf(g, 'b', ctx.docYear);
    // The first day's year defaults to the second's: "từ ngày 1/7 đến 15/7/2025".
    const a = b && dayOf(g, 'a', b.y);
    if (!a || !b) return null;
    const start = iso(a.y, a.m, a.d);
    const end = iso(b.y, b.m, b.d);
    return start < end ? deadlineOf(match, 'period', start, end) : null;
  },
};
