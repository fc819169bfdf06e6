/**
 * By a year: "Đến cuối năm 2024", "từ nay đến hết năm 2025", "trước năm 2025".
 * There is no "before-year" kind; like "trước ngày …" these are `before-date`
 * with the last allowed day as `end` ("đến" includes the year, "trước" excludes it).
 */
import { VI, alt, isWord } from './dictionary.js';
import { iso, yearOf } from './dates.js';
import { B, E, YEAR_NEEDS, firstSyllables, re, yearOrThisYear } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-before-year */
export const beforeYearRule: DeadlineRule = {
  id: 'vi/deadline-before-year',
  description: 'A deadline at the end of a year (inclusive with đến/hết, exclusive with a bare trước)',
  examples: ['Đến cuối năm 2024', 'từ nay đến hết năm 2025', 'trước năm 2025', 'chậm nhất cuối năm nay', 'trước cuối năm 2024'],
  pattern: re(
    `${B}(?:${alt(VI.fromNow)}\\s+)?(?<op>${alt([...VI.before, ...VI.until])})\\s+(?:(?<edge>${alt(VI.edge)})\\s+)?${alt(VI.year)}\\s+${yearOrThisYear('y')}${E}`,
  ),
  needs: [firstSyllables(VI.before, VI.until), firstSyllables(VI.year), [...YEAR_NEEDS, ...firstSyllables(VI.thisYear)]],
  extract(match, ctx) {
    const g = groupsOf(match);
    const y = yearOf(g['y'], ctx.docYear);
    const exclusive = isWord(VI.before, g['op']) && g['edge'] === undefined;
    return deadlineOf(match, 'before-date', null, exclusive ? iso(y - 1, 12, 31) : iso(y, 12, 31));
  },
};
