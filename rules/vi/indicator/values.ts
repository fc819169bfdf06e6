/**
 * Value mentions: percentages (with ranges and decimal commas), counts with
 * their noun, and ranks ("Nâng hạng (1/25)"). Patterns run on the matchKey.
 */
import { alternation, WB_AFTER, WB_BEFORE, wordCharBefore } from '../../pattern.js';
import { BUDGET_CLAUSE_WORDS, COUNT_NOUNS, MONEY_UNITS, NOT_COUNT_BEFORE, NOT_COUNT_NOUNS, OUT_OF_NOUNS } from './dictionary.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import type { IndicatorUnit } from '../../../output/schema.js';
import { matches } from './matches.js';

/** A number found in text, with where it stands. */
export interface ValueMention {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: IndicatorUnit;
  countOf: string | null;
  outOf: number | null;
  /** Range mentions carry their own comparator. */
  range: boolean;
  ruleId: string;
}

const NUM = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
// "60% - 80%", "từ 60% đến 80%", "60-80%"
const PERCENT_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/])(?<a>${NUM})\s?%?\s?(?:-|–|đến|tới)\s?(?<b>${NUM})\s?%`, 'gu');
// "92,1%", "100 %", "80%1" (the footnote digit stays outside)
const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N}.,/])(?<a>${NUM})\s?%`, 'gu');
// "05 tin bài", "32 mắt camera", "1.250 hộ"
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.,/-])(?<a>\d{1,3}(?:\.\d{3})+|\d{1,4})(?:\/(?<of>\d{1,4}))?\s(?<noun>${alternation([...COUNT_NOUNS, ...NOT_COUNT_NOUNS])})${WB_AFTER}`,
  'gu',
);
/*
 * COUNT opens with a lookbehind the engine tried at every position of a
 * clause; without it the scan skips to the digits, and the character before
 * each match is checked here (a letter, mark or digit as WB_BEFORE reads them,
 * or one of ".,/-"), a rejected match retried one position on, as the engine would.
 */
const COUNT_BEHIND = '(?<![\\p{L}\\p{M}\\p{N}.,/-])';
const COUNT_SCAN = COUNT.source.startsWith(COUNT_BEHIND) ? new RegExp(COUNT.source.slice(COUNT_BEHIND.length), 'gu') : null;

function countBlockedBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  return c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d || wordCharBefore(text, i);
}

/** Every match of COUNT in `text`, as `matches(COUNT, text)` finds them. */
export function countMatches(text: string): readonly RegExpExecArray[] {
  if (COUNT_SCAN === null) return matches(COUNT, text);
  const out: RegExpExecArray[] = [];
  COUNT_SCAN.lastIndex = 0;
  for (let m = COUNT_SCAN.exec(text); m !== null; m = COUNT_SCAN.exec(text)) {
    if (countBlockedBefore(text, m.index)) COUNT_SCAN.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/** {@link countMatches} by the pattern as written: the definition it is tested against. */
export function countMatchesByRegex(text: string): readonly RegExpExecArray[] {
  return matches(COUNT, text);
}

// "Nâng hạng (1/25)", "xếp hạng 3/25"
const RANK_VERBS = ['nâng hạng', 'xếp hạng', 'xếp thứ', 'đứng thứ'];
const RANK = new RegExp(String.raw`(?:${RANK_VERBS.join('|')})\s?\(?(?<a>\d{1,3})\/(?<b>\d{1,3})\)?`, 'gu');

// "500 triệu đồng", "1.200 triệu đồng", "2,5 tỷ đồng", "15.000.000 đồng"
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.,/-])(?<a>\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,6}(?:,\d{1,3})?)\s?(?<u>${alternation(MONEY_UNITS.map(([w]) => w))})${WB_AFTER}`,
  'gu',
);
const MONEY_MAP = new Map(MONEY_UNITS.map(([w, unit, factor]) => [matchKey(w), { unit, factor }]));
const BUDGET_CLAUSE = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(BUDGET_CLAUSE_WORDS)})${WB_AFTER}`, 'u');

/** Reads "1.200" as 1200 and "2,5" as 2.5 (Vietnamese amounts). */
function parseAmount(text: string): number {
  return Number(text.replace(/\./gu, '').replace(',', '.'));
}

/** Reads "92,1" / "92.1" as 92.1 and "1.250" (thousands) as 1250. */
export function parseNumber(text: string, thousands = false): number {
  if (thousands && /^\d{1,3}(?:\.\d{3})+$/u.test(text)) return Number(text.replace(/\./gu, ''));
  return Number(text.replace(',', '.'));
}

const notCount = new Set(NOT_COUNT_NOUNS.map((w) => matchKey(w)));
const NOT_COUNT_B = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(NOT_COUNT_BEFORE)})[\s:]*$`, 'u');
const outOfNouns = new Set(OUT_OF_NOUNS.map((w) => matchKey(w)));

const DIGIT = /\d/u;

/*
 * Cheap checks before each pattern, each a literal every match of it holds: a
 * percentage holds "%", a rank one of its verbs, an amount its unit. Most clauses with a digit hold a year or a list number and nothing else.
 */
const MONEY_UNIT_KEYS = MONEY_UNITS.map(([w]) => matchKey(w.normalize('NFC')));
function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** A character every one of `words` holds, outside ASCII when one is (rarer in text), or '' when they share none. */
function sharedCharacter(words: readonly string[]): string {
  const [first, ...rest] = words;
  if (first === undefined) return '';
  const shared = [...new Set(first)].filter((ch) => rest.every((w) => w.includes(ch)));
  return shared.find((ch) => ch.charCodeAt(0) >= 0x80) ?? shared.find((ch) => ch !== ' ') ?? '';
}
// Every amount's unit holds it ("đ" of "đồng", "trđ"): a clause without it holds no unit.
const MONEY_UNIT_MARK = sharedCharacter(MONEY_UNIT_KEYS);
/*
 * Whether a clause holds a unit key, in one scan: "đ" is in most clauses ("đã",
 * "được", "đạt"), and a search per key read them once per key. No `u` flag:
 * the keys are matched unit by unit, as `includes` does.
 */
const MONEY_UNIT_ANY = new RegExp(MONEY_UNIT_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&')).join('|'));

/** Whether `text` holds one of the money unit keys (as a substring). */
export function holdsMoneyUnit(text: string): boolean {
  return MONEY_UNIT_ANY.test(text);
}

/** {@link holdsMoneyUnit} by a search per key: the definition it is tested against. */
export function holdsMoneyUnitByIncludes(text: string): boolean {
  return holdsAny(text, MONEY_UNIT_KEYS);
}

/** Finds value mentions in `key[from, to)` (a matchKey). */
export function findValues(key: string, from: number, to: number): ValueMention[] {
  return scanValues(key, from, to, true);
}

/** `findValues` with every pattern run whatever the clause holds, kept for the test that checks the literal checks skip no value. */
export function findValuesUnfiltered(key: string, from: number, to: number): ValueMention[] {
  return scanValues(key, from, to, false);
}

/** Whether `[s, e)` holds a character of a value already found (`used` is the mask of `[from, …)`, null before the first). */
function overlaps(used: Uint8Array | null, from: number, s: number, e: number): boolean {
  if (!used) return false;
  for (let i = s - from; i < e - from; i++) if (used[i]) return true;
  return false;
}

/** Adds `m` to `found` and marks its characters; returns the mask (made at the first value). */
function occupy(used: Uint8Array | null, from: number, to: number, found: ValueMention[], m: ValueMention): Uint8Array {
  const mask = used ?? new Uint8Array(to - from);
  mask.fill(1, m.start - from, m.end - from);
  found.push(m);
  return mask;
}

function scanValues(key: string, from: number, to: number, checkLiterals: boolean): ValueMention[] {
  const text = key.slice(from, to);
  // Every value pattern holds a digit; most clauses have none, so they skip the five scans.
  if (!DIGIT.test(text)) return [];
  const found: ValueMention[] = [];
  // Characters already inside a found value: an occupancy mask keeps the overlap test linear (made at the first value).
  let used: Uint8Array | null = null;
  if (!checkLiterals || text.includes('%')) {
    for (const m of matches(PERCENT_RANGE, text)) {
      const a = parseNumber(m.groups!['a']!);
      const b = parseNumber(m.groups!['b']!);
      if (!(a < b) || b > 100) continue;
      used = occupy(used, from, to, found, { start: from + m.index, end: from + m.index + m[0].length, value: a, valueMax: b, unit: '%', countOf: null, outOf: null, range: true, ruleId: 'vi/indicator-percent-range' });
    }
    for (const m of matches(PERCENT, text)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (overlaps(used, from, s, e)) continue;
      const v = parseNumber(m.groups!['a']!);
      if (v > 100) continue;
      used = occupy(used, from, to, found, { start: s, end: e, value: v, valueMax: null, unit: '%', countOf: null, outOf: null, range: false, ruleId: 'vi/indicator-percent' });
    }
  }
  // A rank is written "a/b": a clause without a slash holds none.
  if (!checkLiterals || (text.includes('/') && holdsAny(text, RANK_VERBS))) {
    for (const m of matches(RANK, text)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (overlaps(used, from, s, e)) continue;
      used = occupy(used, from, to, found, { start: s, end: e, value: Number(m.groups!['a']), valueMax: null, unit: 'rank', countOf: null, outOf: Number(m.groups!['b']), range: false, ruleId: 'vi/indicator-rank' });
    }
  }
  for (const m of countMatches(text)) {
    const noun = m.groups!['noun']!;
    const s = from + m.index;
    const e = s + m[0].length;
    const of = m.groups!['of'];
    if ((notCount.has(noun) && !(of && outOfNouns.has(noun))) || overlaps(used, from, s, e)) continue;
    const raw = m.groups!['a']!;
    const v = parseNumber(raw, true);
    if (/^(?:19|20)\d{2}$/u.test(raw) || v === 0) continue;
    if (of && (Number(of) === 0 || v > Number(of))) continue;
    if (NOT_COUNT_B.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    used = occupy(used, from, to, found, { start: s, end: e, value: v, valueMax: null, unit: 'count', countOf: noun, outOf: of ? Number(of) : null, range: false, ruleId: 'vi/indicator-count' });
  }
  // Amounts in a clause about funds are budget lines (the budget rule's), not levels of a measure.
  if ((!checkLiterals || (text.includes(MONEY_UNIT_MARK) && holdsMoneyUnit(text))) && !BUDGET_CLAUSE.test(text)) {
    for (const m of matches(MONEY, text)) {
      const s = from + m.index;
      const e = s + m[0].length;
      const money = MONEY_MAP.get(m.groups!['u']!);
      if (!money || overlaps(used, from, s, e)) continue;
      const v = Math.round(parseAmount(m.groups!['a']!) * money.factor * 1e6) / 1e6;
      if (v === 0) continue;
      used = occupy(used, from, to, found, { start: s, end: e, value: v, valueMax: null, unit: money.unit, countOf: null, outOf: null, range: false, ruleId: 'vi/indicator-money' });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
