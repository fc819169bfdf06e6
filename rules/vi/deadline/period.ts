/** Multi-year periods: "giai đoạn 2022-2025", "từ năm 2022 đến năm 2025", "Năm 2024–2025". */
import { VI, alt } from './dictionary.js';
import { iso } from './dates.js';
import { B, E, YEAR4, YEAR_NEEDS, firstSyllables, re } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

const LEAD = alt([...VI.period, ...VI.year, ...VI.from.map((f) => `${f} ${VI.year[0]}`), ...VI.from]);

/** vi/deadline-period */
export const periodRule: DeadlineRule = {
  id: 'vi/deadline-period',
  description: 'A span of whole years, first day of the first to last day of the last',
  examples: ['giai đoạn 2022-2025', 'giai đoạn 2021 – 2025', 'từ năm 2022 đến năm 2025', 'Năm 2024-2025', 'trong giai đoạn 2023-2025'],
  pattern: re(
    `${B}(?:${alt(VI.within)}\\s+)?${LEAD}\\s+(?<a>${YEAR4})\\s*${alt(VI.rangeJoin)}\\s*(?:${alt(VI.year)}\\s+)?(?<b>${YEAR4})${E}`,
  ),
  needs: [firstSyllables(VI.period, VI.year, VI.from), YEAR_NEEDS],
  extract(match) {
    const g = groupsOf(match);
    const a = Number(g['a']);
    const b = Number(g['b']);
    if (!(a < b) || b - a > 30) return null;
    return deadlineOf(match, 'period', iso(a, 1, 1), iso(b, 12, 31));
  },
};
