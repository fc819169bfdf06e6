/** A run of days: "từ ngày 01/7/2024 đến ngày 30/9/2024", "từ ngày 1/7 đến 15/7/2025". */
import { VI, alt } from './dictionary.js';
import { isValidDate, iso, yearOf } from './dates.js';
import { B, E, dayMonthYear, re } from './fragments.js';
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
  extract(match, ctx) {
    const g = groupsOf(match);
    const bd = Number(g['bd']);
    const bm = Number(g['bm'] ?? g['bm2']);
    const by = yearOf(g['by'] ?? g['by2'] ?? g['by3'], ctx.docYear);
    const ad = Number(g['ad']);
    const am = Number(g['am'] ?? g['am2']);
    const ay = yearOf(g['ay'] ?? g['ay2'] ?? g['ay3'], by);
    if (!isValidDate(ay, am, ad) || !isValidDate(by, bm, bd)) return null;
    const start = iso(ay, am, ad);
    const end = iso(by, bm, bd);
    return start < end ? deadlineOf(match, 'period', start, end) : null;
  },
};
