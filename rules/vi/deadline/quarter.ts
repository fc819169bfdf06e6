/** Quarters: "Quý I năm 2024", "Trong quý III/2024", "Quý II, III/2025", "Q.I/2024", "Quý I-II/2024". */
import { QUARTER_NUMBERS, VI, alt } from './dictionary.js';
import { quarterBounds, yearOf } from './dates.js';
import { B, E, QUARTER_TOKEN, firstSyllables, re, yearPart } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

const Q_WORD = `(?:(?<word>${alt(VI.quarter)})\\s+|(?<abbr>${alt(VI.quarterAbbrev)})\\s*)`;
const Q_MORE = `(?<more>(?:\\s*${alt(VI.listJoin)}\\s*(?:${alt(VI.quarter)}\\s+)?${QUARTER_TOKEN}){0,3})`;
const QUARTER_ABBREV_NEED = new RegExp(`${alt(VI.quarterAbbrev)}\\s*(?:i|0|[1-4])`, 'u');
const TOKEN_SCAN = new RegExp(`${B}(?:iii|ii|iv|i|0?[1-4])${E}`, 'gu');

/** vi/deadline-quarter */
export const quarterRule: DeadlineRule = {
  id: 'vi/deadline-quarter',
  description: 'A quarter or a run of quarters of a year (roman or Arabic numbers); year defaults to the document year',
  examples: ['Quý I năm 2024', 'Trong quý III/2024', 'Hoàn thành Quý IV năm 2025', 'Quý II, III/2025', 'Q.I/2024', 'trong Quý 3 năm 2024', 'Quý I-II/2024', 'Hoàn thành trong quý III/2024', 'từ quý II đến quý III năm 2025'],
  pattern: re(
    `${B}(?:${alt(VI.complete)}\\s+)?(?:${alt([...VI.within, ...VI.from])}\\s+)?${Q_WORD}(?<q1>${QUARTER_TOKEN})${Q_MORE}(?:${yearPart('y')})?${E}`,
  ),
  // "q" alone is in every "quản", "quyết"; the abbreviation is only a quarter before its number.
  // Both forms hold a "q": a text without one is passed over before the pattern is run.
  needs: [['q'], [...firstSyllables(VI.quarter), QUARTER_ABBREV_NEED]],
  extract(match, ctx) {
    const g = groupsOf(match);
    const stated = g['y'] ?? g['yw'];
    // "Q1" alone is too often a label; only "Q.I/2024"-like forms with a year are deadlines.
    if (g['abbr'] !== undefined && stated === undefined) return null;
    const qs = [g['q1'] ?? '', ...(g['more'] ?? '').match(TOKEN_SCAN) ?? []].map((t) => QUARTER_NUMBERS[t.trim()] ?? 0);
    if (qs.some((q) => q === 0)) return null;
    const y = yearOf(stated, ctx.docYear);
    const [start, end] = quarterBounds(y, Math.min(...qs), Math.max(...qs));
    return deadlineOf(match, 'quarter', start, end);
  },
};
