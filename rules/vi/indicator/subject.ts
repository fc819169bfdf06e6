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

/** Words of `text` holding a letter, counted up to `enough` (one scan, no split). */
function wordsWithLetters(text: string, enough: number): number {
  let n = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    if (/\p{L}/u.test(m[0])) n++;
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
    const tr = TRAIL.exec(key.slice(s, e)) ?? (counted ? COUNT_TRAIL.exec(key.slice(s, e)) : null);
    if (!tr) break;
    e = s + tr.index;
  }
  trimEdges();
  const words = wordsWithLetters(key.slice(s, e), minWords);
  return words >= minWords && words > 0 ? { start: s, end: e } : null;
}

/** Folds whitespace and trims punctuation at the edges of a subject string. */
export function cleanSubject(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(PUNCT_EDGES, '').trim();
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
