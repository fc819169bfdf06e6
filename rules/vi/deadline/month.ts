/** A month: "tháng 10/2024", "trong tháng 10 năm 2024", "vào tháng 6" (document year). */
import { VI, alt } from './dictionary.js';
import { monthBounds, yearOf } from './dates.js';
import { B, DIGITS, E, NUM2, firstSyllables, re, yearPart } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-month */
export const monthRule: DeadlineRule = {
  id: 'vi/deadline-month',
  description: 'A calendar month; without a year only after trong/vào (a bare "tháng 1, 2" is a list, not a deadline)',
  examples: ['tháng 10/2024', 'trong tháng 10 năm 2024', 'vào tháng 6', 'Hoàn thành trong tháng 12/2024', 'tháng 9 năm nay'],
  pattern: re(`${B}(?:${alt(VI.complete)}\\s+)?(?:(?<pre>${alt(VI.within)})\\s+)?${alt(VI.month)}\\s+(?<m>${NUM2})(?:${yearPart('y')})?${E}`),
  needs: [firstSyllables(VI.month), DIGITS],
  extract(match, ctx) {
    const g = groupsOf(match);
    const stated = g['y'] ?? g['yw'];
    if (stated === undefined && g['pre'] === undefined) return null;
    const m = Number(g['m']);
    if (m < 1 || m > 12) return null;
    const [start, end] = monthBounds(yearOf(stated, ctx.docYear), m);
    return deadlineOf(match, 'month', start, end);
  },
};
