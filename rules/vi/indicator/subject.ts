/** Cuts the subject of a value out of its clause: the measure, without number, comparator and filler words. */
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { COUNT_TRAIL_WORDS, PREDICATE_STARTS, SUBJECT_LEAD_FILLERS, SUBJECT_VALUE_FILLERS } from './dictionary.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { codeUnitTable } from '../../../pipeline/text/code-units.js';
import { spacedOnce } from '../../../pipeline/text/spaces.js';

const LEAD = new RegExp(String.raw`^(?:(?:${alternation(SUBJECT_LEAD_FILLERS)})${WB_AFTER}[\s,:]*)+`, 'u');
// A stated time at the front ("Đến cuối năm 2024, …", "Trong năm 2023, …", "Hết năm 2024 …", "Năm 2023, …") is not part of the measure.
const LEAD_TIME =
  /^(?:(?:(?:đến|trong|tới|từ nay đến)\s(?:(?:hết|cuối)\s)?|(?:hết|cuối)\s)(?:năm(?:\s20\d{2})?|(?:quý [ivx\d]+|tháng \d{1,2})(?:\s?(?:năm\s|\/)20\d{2})?)|năm\s20\d{2})(?![\p{L}\p{N}])[\s,:]*/u;
// One trailing filler word at a time (bounded loop below), so no nested repetition runs over the text.
const TRAIL = new RegExp(String.raw`[\s,:;-]*${WB_BEFORE}(?:${alternation(SUBJECT_VALUE_FILLERS)})[\s,:;-]*$`, 'u');
const COUNT_TRAIL = new RegExp(String.raw`[\s,:;-]*${WB_BEFORE}(?:${alternation(COUNT_TRAIL_WORDS)})[\s,:;-]*$`, 'u');
const MAX_TRAILING_FILLERS = 4;
const PUNCT_EDGES = /^[\s,.;:()\-–]+|[\s,.;:(\-–]+$/gu;

/*
 * The trailing-filler patterns are anchored only at the span's end, so a search
 * tries them at every offset; and the span left of a value often does end in a
 * filler ("… đạt 80%"). Where they match is found from the end instead: strip
 * the trailing separators, take the longest filler word ending there with a word
 * boundary before it (a longer word starts earlier, and a word's first letter
 * stops the separator run before any later one), then go back over the
 * separators before it — the leftmost offset the pattern could match from.
 * This holds for words that begin with a letter and end without a separator,
 * as every filler does; other word lists would be left to the patterns.
 */
const TRAIL_SEPARATOR = /[\s,:;-]/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const keyed = (words: readonly string[]) => [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))];
const readableFromEnd = (words: readonly string[]) => words.every((w) => w.length > 0 && /^\p{L}/u.test(w) && !TRAIL_SEPARATOR.test(w[w.length - 1]!));
const TRAIL_WORDS = keyed(SUBJECT_VALUE_FILLERS);
const COUNT_TRAIL_WORDS_KEYED = keyed(COUNT_TRAIL_WORDS);
const FROM_END = readableFromEnd(TRAIL_WORDS) && readableFromEnd(COUNT_TRAIL_WORDS_KEYED);

/** Whether a word may start at `at` in `key[start, …)`: no letter, mark or digit right before it inside the span. */
function boundaryBefore(key: string, start: number, at: number): boolean {
  if (at <= start) return true;
  const low = key.charCodeAt(at - 1);
  const high = at - 2 >= start ? key.charCodeAt(at - 2) : -1;
  // The code point before `at`: a surrogate pair when both halves lie inside the span, else one code unit.
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return !WORD_CHAR.test(pair ? key.slice(at - 2, at) : key[at - 1]!);
}

/** Offset where a trailing filler of `words` (with the separators around it) starts in `key[start, end)`, or -1. */
function fillerFromEnd(key: string, start: number, end: number, words: readonly string[]): number {
  let e = end;
  while (e > start && TRAIL_SEPARATOR.test(key[e - 1]!)) e--;
  let wordStart = -1;
  for (const w of words) {
    const at = e - w.length;
    if (at >= start && (wordStart < 0 || at < wordStart) && key.startsWith(w, at) && boundaryBefore(key, start, at)) wordStart = at;
  }
  if (wordStart < 0) return -1;
  let p = wordStart;
  while (p > start && TRAIL_SEPARATOR.test(key[p - 1]!)) p--;
  return p;
}

/** Offset (in `key`) where the trailing filler of `key[start, end)` starts with its separators, or -1: where the patterns match. */
export function trailingFiller(key: string, start: number, end: number, counted: boolean): number {
  if (!FROM_END) return trailingFillerByRegex(key, start, end, counted);
  const trail = fillerFromEnd(key, start, end, TRAIL_WORDS);
  if (trail >= 0 || !counted) return trail;
  return fillerFromEnd(key, start, end, COUNT_TRAIL_WORDS_KEYED);
}

/** `trailingFiller` by the patterns, kept for the test that checks the reading from the end against them. */
export function trailingFillerByRegex(key: string, start: number, end: number, counted: boolean): number {
  const m = TRAIL.exec(key.slice(start, end)) ?? (counted ? COUNT_TRAIL.exec(key.slice(start, end)) : null);
  return m ? start + m.index : -1;
}

const NON_SPACE = /\S+/gu;
const LETTER = /\p{L}/u;

/** Words of `text` holding a letter, counted up to `enough` (one scan, no split). */
function wordsWithLetters(text: string, enough: number): number {
  let n = 0;
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(text); m !== null; m = NON_SPACE.exec(text)) {
    if (LETTER.test(m[0])) n++;
    if (n >= enough) break;
  }
  return n;
}

/** Punctuation and white space trimmed off a subject's start and end, per code unit (what the character classes match). */
const leadTrim = codeUnitTable((ch) => (/[\s,.;:)\-–]/u.test(ch) ? 1 : 0));
const trailTrim = codeUnitTable((ch) => (/[\s,.;:(\-–]/u.test(ch) ? 1 : 0));

/**
 * Offsets of the subject inside `key[start, end)`, or null when fewer than
 * `minWords` words remain. `counted` also trims the prepositions a count's noun
 * phrase may end on ("03 lớp tập huấn kỹ năng số cho …").
 */
export function subjectSpan(key: string, start: number, end: number, minWords = 2, counted = false): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && leadTrim(key.charCodeAt(s)) === 1) s++;
  while (e > s && trailTrim(key.charCodeAt(e - 1)) === 1) e--;
  for (let guard = 0; guard < 3; guard++) {
    const t = LEAD_TIME.exec(key.slice(s, e));
    if (t) s += t[0].length;
    const m = LEAD.exec(key.slice(s, e));
    if (m) s += m[0].length;
    if (!t && !m) break;
  }
  for (let guard = 0; guard < MAX_TRAILING_FILLERS; guard++) {
    const at = trailingFiller(key, s, e, counted);
    if (at < 0) break;
    e = at;
  }
  while (s < e && leadTrim(key.charCodeAt(s)) === 1) s++;
  while (e > s && trailTrim(key.charCodeAt(e - 1)) === 1) e--;
  const words = wordsWithLetters(key.slice(s, e), minWords);
  return words >= minWords && words > 0 ? { start: s, end: e } : null;
}

/** Folds whitespace and trims punctuation at the edges of a subject string. */
export function cleanSubject(text: string): string {
  return isClean(text) ? text : cleanSubjectByRegex(text);
}

/** `cleanSubject` by its definition, kept for the test that checks the shortcut for clean text. */
export function cleanSubjectByRegex(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(PUNCT_EDGES, '').trim();
}

const LEAD_EDGE = /^[\s,.;:()\-–]$/u;
const TRAIL_EDGE = /^[\s,.;:(\-–]$/u;

/**
 * Most subjects are already clean (single spaces, no punctuation at the edges):
 * one scan tells, instead of three passes of replacing that change nothing.
 */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (LEAD_EDGE.test(text[0]!) || TRAIL_EDGE.test(text[n - 1]!)) return false;
  return spacedOnce(text);
}

const PREDICATE = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(PREDICATE_STARTS)})${WB_AFTER}`, 'u');

/**
 * A subject that is only a predicate ("được tiếp cận thông tin") gets the noun
 * of `previous` ("doanh nghiệp nhỏ và vừa sử dụng nền tảng số" → "doanh nghiệp
 * nhỏ và vừa được tiếp cận thông tin"); any other subject is returned as is.
 */
export function withBorrowedNoun(subject: string, previous: string | null): string {
  if (!previous || PREDICATE.exec(matchKey(subject))?.index !== 0) return subject;
  const at = PREDICATE.exec(matchKey(previous))?.index ?? -1;
  if (at <= 0) return subject;
  return `${previous.slice(0, at).trim()} ${subject}`;
}
