/**
 * "hằng tháng", "hằng quý", "hàng năm", optionally with a day:
 * "định kỳ hằng tháng trước ngày 20", "hằng năm, trước ngày 10/12".
 */
import { VI, alt, isWord, keyed } from './dictionary.js';
import { yearBounds } from './dates.js';
import { B, E, NUM2, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

const UNITS = keyed(VI.unit);
const DAY_CLAUSE =
  `(?:\\s*(?:,\\s*)?(?:${alt([...VI.before, ...VI.until, ...VI.within])})\\s+${alt(VI.day)}\\s+(?<d>${NUM2})` +
  `(?:\\s*[/.\\-]\\s*(?<m>${NUM2}))?(?:\\s+(?:${alt(VI.of)}\\s+)?${alt(VI.month)}\\s+(?<edge>${alt(VI.last)})\\s+${alt(VI.quarter)})?)?`;

/** vi/deadline-recurring */
export const recurringRule: DeadlineRule = {
  id: 'vi/deadline-recurring',
  description: 'A repeating monthly/quarterly/yearly deadline; start/end are the plan year',
  examples: ['hàng năm', 'hằng quý', 'Hàng tháng', 'định kỳ hằng tháng trước ngày 20', 'hằng năm, trước ngày 10/12', 'mỗi quý, trước ngày 20 của tháng cuối quý'],
  pattern: re(
    `${B}(?:(?:${alt(VI.periodicLead)}\\s+)?${alt(VI.periodic)}\\s+)?(?:${alt(VI.within)}\\s+)?${alt(VI.every)}\\s+(?<unit>${alt(Object.keys(VI.unit))})${E}${DAY_CLAUSE}${E}`,
  ),
  needs: [firstSyllables(VI.every), firstSyllables(Object.keys(VI.unit))],
  extract(match, ctx) {
    const g = groupsOf(match);
    const freq = UNITS.get((g['unit'] ?? '').trim());
    if (freq === undefined) return null;
    const day = g['d'] !== undefined ? Number(g['d']) : null;
    if (day !== null && (day < 1 || day > 31)) return null;
    let month: number | 'last' | null = null;
    if (freq === 'yearly' && g['m'] !== undefined) month = Number(g['m']);
    if (freq === 'quarterly' && isWord(VI.last, g['edge'])) month = 'last';
    if (typeof month === 'number' && (month < 1 || month > 12)) return null;
    const [start, end] = yearBounds(ctx.docYear);
    return deadlineOf(match, 'recurring', start, end, { freq, day, month });
  },
};
