/** A fixed day of every year: "trước ngày 10/12 hàng năm", "định kỳ vào ngày 15 tháng 12 hằng năm". */
import { VI, alt } from './dictionary.js';
import { isValidDate, yearBounds } from './dates.js';
import { B, DIGITS, E, NUM2, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-recurring-yearly */
export const recurringYearlyRule: DeadlineRule = {
  id: 'vi/deadline-recurring-yearly',
  description: 'A day and month repeated each year; recurrence day/month as written',
  examples: ['trước ngày 10/12 hàng năm', 'định kỳ trước ngày 10/12 hàng năm', 'vào ngày 15 tháng 12 hằng năm', 'ngày 30/6 hằng năm'],
  pattern: re(
    `${B}(?:(?:${alt(VI.periodicLead)}\\s+)?${alt(VI.periodic)}\\s+)?(?:${alt([...VI.before, ...VI.until, ...VI.within])}\\s+)?${alt(VI.day)}\\s+(?<d>${NUM2})(?:\\s*[/.\\-]\\s*|\\s+${alt(VI.month)}\\s+)(?<m>${NUM2})\\s+${alt(VI.every)}\\s+${alt(VI.year)}${E}`,
  ),
  needs: [firstSyllables(VI.day), DIGITS, firstSyllables(VI.every), firstSyllables(VI.year)],
  extract(match, ctx) {
    const g = groupsOf(match);
    const day = Number(g['d']);
    const month = Number(g['m']);
    // 2024 is a leap year, so 29/2 is accepted.
    if (!isValidDate(2024, month, day)) return null;
    const [start, end] = yearBounds(ctx.docYear);
    return deadlineOf(match, 'recurring', start, end, { freq: 'yearly', day, month });
  },
};
