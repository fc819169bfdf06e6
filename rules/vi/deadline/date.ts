/** A day: "ngày 10/10/2024", "ngày 10 tháng 10 năm 2024", "vào ngày 15/5" (document year). */
import { VI, alt } from './dictionary.js';
import { isValidDate, iso, yearOf } from './dates.js';
import { B, E, dayMonthYear, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-date */
export const dateRule: DeadlineRule = {
  id: 'vi/deadline-date',
  description: 'A single calendar day (dates of cited documents are dropped by findDeadlines)',
  examples: ['ngày 10/10/2024', 'ngày 10 tháng 10 năm 2024', 'vào ngày 15/5', 'ngày 02-9-2024', 'trong ngày 31.12.2024'],
  pattern: re(`${B}(?:${alt(VI.within)}\\s+)?${alt(VI.day)}\\s+${dayMonthYear('')}${E}`),
  extract(match, ctx) {
    const g = groupsOf(match);
    const d = Number(g['d']);
    const m = Number(g['m'] ?? g['m2']);
    const y = yearOf(g['y'] ?? g['y2'] ?? g['y3'], ctx.docYear);
    if (!isValidDate(y, m, d)) return null;
    const day = iso(y, m, d);
    return deadlineOf(match, 'date', day, day);
  },
};
