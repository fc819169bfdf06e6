/** Cuts the subject of a value out of its clause: the measure, without number, comparator and filler words. */
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { COUNT_TRAIL_WORDS, PREDICATE_STARTS, SUBJECT_LEAD_FILLERS, SUBJECT_VALUE_FILLERS } from './dictionary.js';
import { matchKey } from '../../../pipeline/text/match-key.js';

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
 * The trailing-filler patterns are tried at every offset of the span (they are
 * anchored only at its end), and nearly every span ends in no filler. They match
 * only when the span, without trailing separators, ends with one of their words
 * (keyed as `alternation` keys them, and without separators of their own at the
 * end): checked first.
 */
const TRAIL_SEPARATOR = /[\s,:;-]/u;
const keyed = (words: readonly string[]) => [...new Set(words.map((w) => matchKey(w.normalize('NFC')).replace(/[\s,:;-]+$/u, '')))];
const TRAIL_WORDS = keyed(SUBJECT_VALUE_FILLERS);
const COUNT_TRAIL_WORDS_KEYED = keyed(COUNT_TRAIL_WORDS);

function endsWithWord(key: string, start: number, end: number, words: readonly string[]): boolean {
  let e = end;
  while (e > start && TRAIL_SEPARATOR.test(key[e - 1]!)) e--;
  for (const w of words) if (e - start >= w.length && key.startsWith(w, e - w.length)) return true;
  return false;
}

/** The trailing filler word of `key[start, end)` (with its separators), as the patterns find it. */
export function trailingFiller(key: string, start: number, end: number, counted: boolean): RegExpExecArray | null {
  const trail = endsWithWord(key, start, end, TRAIL_WORDS) ? TRAIL.exec(key.slice(start, end)) : null;
  if (trail || !counted) return trail;
  return endsWithWord(key, start, end, COUNT_TRAIL_WORDS_KEYED) ? COUNT_TRAIL.exec(key.slice(start, end)) : null;
}

/** `trailingFiller` by the patterns alone, kept for the test that checks the word check skips no match. */
export function trailingFillerByRegex(key: string, start: number, end: number, counted: boolean): RegExpExecArray | null {
  return TRAIL.exec(key.slice(start, end)) ?? (counted ? COUNT_TRAIL.exec(key.slice(start, end)) : null);
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

/**
 * Offsets of the subject inside `key[start, end)`, or null when fewer than
 * `minWords` words remain. `counted` also trims the prepositions a count's noun
 * phrase may end on ("03 lớp tập huấn kỹ năng số cho …").
 */
export function subjectSpan(key: string, start: number, end: number, minWords = 2, counted = false): { start: number; end: number } | null {
  let s = start;
  let e = end;
  const trimEdges = () => {
    while (s < e && /[\s,.;:)\-–]/u.test(key[s]!)) s++;
    while (e > s && /[\s,.;:(\-–]/u.test(key[e - 1]!)) e--;
  };
  trimEdges();
  for (let guard = 0; guard < 3; guard++) {
    const t = LEAD_TIME.exec(key.slice(s, e));
    if (t) s += t[0].length;
    const m = LEAD.exec(key.slice(s, e));
    if (m) s += m[0].length;
    if (!t && !m) break;
  }
  for (let guard = 0; guard < MAX_TRAILING_FILLERS; guard++) {
    const tr = trailingFiller(key, s, e, counted);
    if (!tr) break;
    e = s + tr.index;
  }
  trimEdges();
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

const SPACE_CHAR = /^\s$/u;
const LEAD_EDGE = /^[\s,.;:()\-–]$/u;
const TRAIL_EDGE = /^[\s,.;:(\-–]$/u;
/** Per UTF-16 code unit: 0 not seen yet, 1 whitespace (\s), 2 other. */
const SPACE_KIND = new Uint8Array(0x10000);

/**
 * Most subjects are already clean (single spaces, no punctuation at the edges):
 * one scan tells, instead of three passes of replacing that change nothing.
 */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (LEAD_EDGE.test(text[0]!) || TRAIL_EDGE.test(text[n - 1]!)) return false;
  let spaceBefore = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let kind = SPACE_KIND[c]!;
    if (kind === 0) kind = SPACE_KIND[c] = SPACE_CHAR.test(text[i]!) ? 1 : 2;
    if (kind === 2) {
      spaceBefore = false;
      continue;
    }
    if (c !== 32 || spaceBefore) return false;
    spaceBefore = true;
  }
  return true;
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
