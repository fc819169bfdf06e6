/** A run of months: "từ tháng 4 đến tháng 6/2025", "tháng 4-6/2025", "từ tháng 10/2024 đến tháng 3/2025". */
import { VI, alt } from './dictionary.js';
import { daysInMonth, iso, yearOf } from './dates.js';
import { B, DIGITS, E, NUM2, YEAR4, firstSyllables, re, yearPart } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-month-range */
export const monthRangeRule: DeadlineRule = {
  id: 'vi/deadline-month-range',
  description: 'From the first day of one month to the last day of another (a period)',
  examples: ['từ tháng 4 đến tháng 6/2025', 'tháng 4-6/2025', 'từ tháng 10/2024 đến tháng 3/2025', 'Trong tháng 7 – tháng 8 năm 2024'],
  pattern: re(
    `${B}(?:${alt([...VI.within, ...VI.from])}\\s+)?${alt(VI.month)}\\s+(?<m1>${NUM2})(?:\\s*[/.\\-]\\s*(?<y1>${YEAR4}))?\\s*${alt(VI.rangeJoin)}\\s*(?:${alt(VI.month)}\\s+)?(?<m2>${NUM2})(?:${yearPart('y')})?${E}`,
  ),
  needs: [firstSyllables(VI.month), DIGITS, firstSyllables(VI.rangeJoin)],
  extract(match, ctx) {
    const g = groupsOf(match);
    const m1 = Number(g['m1']);
    const m2 = Number(g['m2']);
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
    const y2 = yearOf(g['y'] ?? g['yw'], ctx.docYear);
    // "tháng 10 đến tháng 3/2025" crosses the new year.
    const y1 = g['y1'] !== undefined ? Number(g['y1']) : m1 <= m2 ? y2 : y2 - 1;
    if (y1 > y2 || (y1 === y2 && m1 >= m2)) return null;
    return deadlineOf(match, 'period', iso(y1, m1, 1), iso(y2, m2, daysInMonth(y2, m2)));
  },
};
