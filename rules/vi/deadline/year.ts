/** A whole year: "Năm 2024", "trong năm 2023", "năm nay". */
import { VI, alt } from './dictionary.js';
import { yearBounds, yearOf } from './dates.js';
import { B, E, YEAR_NEEDS, firstSyllables, re, yearOrThisYear } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-year */
export const yearRule: DeadlineRule = {
  id: 'vi/deadline-year',
  description: 'A calendar year as the time frame; "năm nay" is the document year',
  examples: ['Năm 2024', 'trong năm 2023', 'Hoàn thành trong năm 2025', 'trong năm nay', 'cả năm 2024'],
  pattern: re(`${B}(?:${alt(VI.complete)}\\s+)?(?:${alt(VI.within)}\\s+)?${alt(VI.year)}\\s+${yearOrThisYear('y')}${E}`),
  needs: [firstSyllables(VI.year), [...YEAR_NEEDS, ...firstSyllables(VI.thisYear)]],
  extract(match, ctx) {
    const [start, end] = yearBounds(yearOf(groupsOf(match)['y'], ctx.docYear));
    return deadlineOf(match, 'year', start, end);
  },
};
