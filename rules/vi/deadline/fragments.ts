/**
 * Regex fragments shared by the deadline rules, built from the dictionary.
 * Every fragment is linear-time: no quantified group contains a quantifier that
 * can consume the same characters as its neighbour.
 */
import { VI, alt } from './dictionary.js';
import { isValidDate, yearOf } from './dates.js';

/** Start boundary: not inside a word (Unicode letters, marks, digits). */
export const B = '(?<![\\p{L}\\p{M}\\p{N}])';
/** End boundary. */
export const E = '(?![\\p{L}\\p{M}\\p{N}])';

/** A four-digit plan year that is not the head of a longer number or a code ("15/2020/NĐ-CP"). */
export const YEAR4 = '(?:19|20)\\d{2}(?![\\p{N}]|\\s*\\/)';
/** A day or month number. */
export const NUM2 = '\\d{1,2}(?![\\p{N}])';

/** "năm nay" or a year, captured as `name`. */
export const yearOrThisYear = (name: string): string => `(?<${name}>${YEAR4}|${alt(VI.thisYear)})`;

/**
 * The year part after a month or quarter: "/2024", "-2024", " năm 2024", ", năm 2024",
 * " năm nay"; captured as `name`.
 */
export const yearPart = (name: string): string =>
  `(?:\\s*[/.\\-–]\\s*(?<${name}>${YEAR4})|\\s*(?:,\\s*)?${alt(VI.year)}\\s+${yearOrThisYear(name + 'w')})`;

/** A quarter number, roman or Arabic. */
export const QUARTER_TOKEN = `(?:iii|ii|iv|i|0?[1-4])${E}`;

/** "15/5/2024", "15-5", "15 tháng 5 năm 2024", "15 tháng 5/2024": day `d`, month `m`/`m2`, year `y`/`y2`/`y3` (each prefixed by `p`). */
export const dayMonthYear = (p: string): string =>
  `(?<${p}d>${NUM2})(?:\\s*(?<${p}sep>[/.\\-])\\s*(?<${p}m>${NUM2})(?:\\s*\\k<${p}sep>\\s*(?<${p}y>${YEAR4}))?` +
  `|\\s+${alt(VI.month)}\\s+(?<${p}m2>${NUM2})(?:\\s*(?:,\\s*)?${alt(VI.year)}\\s+${yearOrThisYear(p + 'y2')}|\\s*\\/\\s*(?<${p}y3>${YEAR4}))?)`;

/** The calendar day a `dayMonthYear(p)` match names (year defaulting to `year`), or null when there is no such day. */
export function dayOf(groups: Record<string, string | undefined>, p: string, year: number): { y: number; m: number; d: number } | null {
  const d = Number(groups[`${p}d`]);
  const m = Number(groups[`${p}m`] ?? groups[`${p}m2`]);
  const y = yearOf(groups[`${p}y`] ?? groups[`${p}y2`] ?? groups[`${p}y3`], year);
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** Compiles a rule pattern with the `u` flag (index adds `g` for scanning). */
export const re = (source: string): RegExp => new RegExp(source, 'u');
