/** Months from the start or end of a year: "6 tháng đầu năm", "6 tháng cuối năm 2024", "nửa đầu năm". */
import { VI, alt, isWord, keyed } from './dictionary.js';
import { daysInMonth, iso, yearOf } from './dates.js';
import { B, DIGITS, E, firstSyllables, re, yearOrThisYear } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

const COUNTS = keyed(VI.halfYearCount);
const COUNT = `(?:\\d{1,2}(?![\\p{N}])|${alt(Object.keys(VI.halfYearCount))})`;

/** vi/deadline-half-year */
export const halfYearRule: DeadlineRule = {
  id: 'vi/deadline-half-year',
  description: 'The first or last N months of a year, as a period',
  examples: ['6 tháng đầu năm', '6 tháng cuối năm 2024', '06 tháng đầu năm 2025', 'trong 9 tháng đầu năm nay', 'nửa đầu năm 2024'],
  pattern: re(
    `${B}(?:${alt(VI.within)}\\s+)?(?<n>${COUNT})\\s+(?:${alt(VI.month)}\\s+)?(?<edge>${alt([...VI.first, ...VI.last])})\\s+${alt(VI.year)}(?:\\s+${yearOrThisYear('y')})?${E}`,
  ),
  needs: [[...DIGITS, ...firstSyllables(Object.keys(VI.halfYearCount))], firstSyllables(VI.first, VI.last), firstSyllables(VI.year)],
  extract(match, ctx) {
    const g = groupsOf(match);
    const raw = (g['n'] ?? '').trim();
    const n = /^\d+$/u.test(raw) ? Number(raw) : COUNTS.get(raw) ?? 0;
    if (n < 1 || n > 11) return null;
    const y = yearOf(g['y'], ctx.docYear);
    return isWord(VI.first, g['edge'])
      ? deadlineOf(match, 'period', iso(y, 1, 1), iso(y, n, daysInMonth(y, n)))
      : deadlineOf(match, 'period', iso(y, 13 - n, 1), iso(y, 12, 31));
  },
};
