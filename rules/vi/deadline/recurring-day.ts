/**
 * A day of every month or of the last month of every quarter:
 * "trước ngày 15 của tháng", "trước ngày 15 hằng tháng",
 * "định kỳ trước ngày 25 của tháng cuối quý", "Định kỳ (trước ngày 15 của tháng cuối quý)".
 */
import { VI, alt, isWord } from './dictionary.js';
import { yearBounds } from './dates.js';
import { B, DIGITS, E, NUM2, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

const PERIODIC_LEAD = `(?:(?:${alt(VI.periodicLead)}\\s+)?${alt(VI.periodic)}(?:\\s*\\(|\\s)\\s*)`;

/** vi/deadline-recurring-day */
export const recurringDayRule: DeadlineRule = {
  id: 'vi/deadline-recurring-day',
  description: 'A fixed day of each month (monthly) or of the last month of each quarter (quarterly, month "last")',
  examples: ['trước ngày 15 của tháng', 'định kỳ trước ngày 25 của tháng cuối quý', 'Định kỳ (trước ngày 15 của tháng cuối quý)', 'trước ngày 20 hằng tháng', 'vào ngày 5 hàng tháng'],
  pattern: re(
    `${B}${PERIODIC_LEAD}?(?:${alt([...VI.before, ...VI.until, ...VI.within])})\\s+${alt(VI.day)}\\s+(?<d>${NUM2})\\s+(?:${alt(VI.of)}\\s+)?${alt(VI.month)}(?:\\s+(?<edge>${alt(VI.last)})\\s+${alt(VI.quarter)})?${E}(?!\\s*\\d)(?:\\s*\\))?`,
  ),
  needs: [firstSyllables(VI.before, VI.until, VI.within), firstSyllables(VI.day), DIGITS, firstSyllables(VI.month)],
  extract(match, ctx) {
    const g = groupsOf(match);
    const day = Number(g['d']);
    if (day < 1 || day > 31) return null;
    const [start, end] = yearBounds(ctx.docYear);
    const quarterly = isWord(VI.last, g['edge']);
    return deadlineOf(match, 'recurring', start, end, { freq: quarterly ? 'quarterly' : 'monthly', day, month: quarterly ? 'last' : null });
  },
};
