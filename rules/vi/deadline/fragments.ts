/**
 * Regex fragments shared by the deadline rules, built from the dictionary.
 * Every fragment is linear-time: no quantified group contains a quantifier that
 * can consume the same characters as its neighbour.
 */
import { matchKey } from '../../../pipeline/text/match-key.js';
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

/** The `needs` list of a pattern with `\d` in every match (under `u`, `\d` is ASCII 0-9 only). */
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The `needs` list of {@link YEAR4} or {@link yearOrThisYear}: a plan year starts 19 or 20. */
export const YEAR_NEEDS: readonly string[] = ['19', '20'];

function needsOf(words: readonly string[], pick: (parts: string[]) => string): string[] {
  const parts = [...new Set(words.map((w) => pick(matchKey(w.normalize('NFC')).trim().split(/\s+/u))))];
  // A string holding a shorter one of the list adds nothing: the shorter is found wherever it is.
  return parts.filter((h) => !parts.some((o) => o !== h && h.includes(o)));
}

/**
 * A `needs` list for `alt(words)`: each word's first syllable as key text.
 * `alt` joins a word's syllables with `\s+`, so every match of the
 * alternation holds one of them.
 */
export const firstSyllables = (...lists: readonly (readonly string[])[]): string[] => needsOf(lists.flat(), (p) => p[0]!);

/** Like {@link firstSyllables}, with each word's last syllable ("xuyên" of "thường xuyên" is rarer than "thường"). */
export const lastSyllables = (...lists: readonly (readonly string[])[]): string[] => needsOf(lists.flat(), (p) => p[p.length - 1]!);
