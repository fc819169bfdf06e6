/** A day: "ngày 10/10/2024", "ngày 10 tháng 10 năm 2024", "vào ngày 15/5" (document year). */
import { VI, alt } from './dictionary.js';
import { iso } from './dates.js';
import { B, DIGITS, E, dayMonthYear, dayOf, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-date */
export const dateRule: DeadlineRule = {
  id: 'vi/deadline-date',
  description: 'A single calendar day (dates of cited documents are dropped by findDeadlines)',
  examples: ['ngày 10/10/2024', 'ngày 10 tháng 10 năm 2024', 'vào ngày 15/5', 'ngày 02-9-2024', 'trong ngày 31.12.2024'],
  pattern: re(`${B}(?:${alt(VI.within)}\\s+)?${alt(VI.day)}\\s+${dayMonthYear('')}${E}`),
  needs: [firstSyllables(VI.day), DIGITS],
  extract(match, ctx) {
    const found = dayOf(groupsOf(match), '', ctx.docYear);
    if (!found) return null;
    const day = iso(found.y, found.m, found.d);
    return deadlineOf(match, 'date', day, day);
  },
};
