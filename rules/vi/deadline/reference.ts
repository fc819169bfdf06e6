/**
 * Dates that are not deadlines:
 * - dates of cited documents: "Kế hoạch số 73/KH-UBND ngày 10/05/2022",
 *   "Nghị định 15/2020/NĐ-CP ngày 03/02/2020", "Quyết định 1829/QĐ – UBND ngày 30/5/2023",
 *   "Kế hoạch số 85/KH- UBND của UBND Huyện Hoằng Hóa ngày …", "Công văn ngày 5/3/2024", "ban hành ngày …";
 * - the document's own issue date: "Hợp Thịnh, ngày 15 tháng 3 năm 2024", "ngày    tháng 03 năm 2024".
 *
 * Checked by hand on a bounded tail rather than with one regex anchored at `$`,
 * which would backtrack quadratically on long digit-slash runs.
 */
import { matchKey } from '../../../pipeline/text/match-key.js';
import { VI } from './dictionary.js';

/** How far back a citation may start before its date. */
const LOOKBACK = 100;
/** Longest document code after the slash ("QĐ – UBND", "KH-BCĐCĐS"). */
const CODE_MAX = 30;
/** Longest issuer after "của" ("của UBND Huyện Hoằng Hóa"). */
const ISSUER_MAX = 45;

const key = (w: string): string => matchKey(w.normalize('NFC'));
const TRAILING_WORDS = [...VI.referenceIssued, ...VI.documentType].map(key);
const NUMBER_WORDS = VI.referenceNumber.map(key);
const DAY_WORDS = VI.day.map(key);
const OF = key('của');

/** Upper-case document codes, digits and dashes, as written (case matters here). */
const CODE = /^[\p{Lu}\p{M}\p{N}.\-–—\s]*$/u;
const ISSUER = /^[\p{L}\p{M}\s.\-–]*$/u;

function endsWithWord(t: string, word: string): boolean {
  return t.endsWith(word) && !/[\p{L}\p{M}\p{N}]/u.test(t.charAt(t.length - word.length - 1));
}

/**
 * `raw` (original text) ends with "<digits> / CODE" or "<digits>/CODE của ISSUER";
 * `rawKey` is its match key (same length), for finding "của".
 */
function endsWithSlashCode(raw: string, rawKey: string): boolean {
  const slash = raw.lastIndexOf('/');
  if (slash < 1) return false;
  let i = slash - 1;
  while (i >= 0 && raw[i] === ' ') i--;
  if (i < 0 || !/\p{N}/u.test(raw[i]!)) return false;
  const rest = raw.slice(slash + 1);
  const of = rawKey.slice(slash + 1).lastIndexOf(` ${OF} `);
  if (of < 0) return rest.length <= CODE_MAX && CODE.test(rest);
  const code = rest.slice(0, of);
  const issuer = rest.slice(of + OF.length + 2);
  return code.length <= CODE_MAX && CODE.test(code) && issuer.length <= ISSUER_MAX && ISSUER.test(issuer);
}

/** "số 73 ngày …": a numbered token right after "số". */
function endsWithNumberedToken(t: string): boolean {
  let i = t.length;
  while (i > 0 && !/[\s,;]/u.test(t[i - 1]!)) i--;
  const token = t.slice(i);
  if (!/\p{N}/u.test(token)) return false;
  if (NUMBER_WORDS.some((w) => token.startsWith(w))) return true;
  return NUMBER_WORDS.some((w) => endsWithWord(t.slice(0, i).trimEnd(), w));
}

function trimTail(s: string): string {
  let t = s.trimEnd();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  return t;
}

/**
 * True when the mention at `start` dates a cited document or the document itself,
 * given the original `text` and its match key `keyText` (same length).
 */
export function isCitedDocumentDate(text: string, keyText: string, start: number): boolean {
  const from = Math.max(0, start - LOOKBACK);
  const t = trimTail(keyText.slice(from, start));
  // Key and text have whitespace and commas at the same offsets, so both trim alike.
  const raw = text.slice(from, from + t.length);
  const startsWithDay = DAY_WORDS.some((w) => keyText.startsWith(w, start));
  // "Công văn ngày 5/3" dates the letter, but "kế hoạch trước ngày 30/6" is a deadline.
  if (startsWithDay && TRAILING_WORDS.some((w) => endsWithWord(t, w))) return true;
  if (endsWithNumberedToken(t) || endsWithSlashCode(raw, t)) return true;
  // "ngày    tháng 03 năm 2024": the blank issue date of a draft.
  for (const w of DAY_WORDS) {
    const at = t.lastIndexOf(w);
    if (at >= 0 && endsWithWord(t.slice(0, at + w.length), w) && /^[\s.…_]*$/u.test(t.slice(at + w.length))) return true;
  }
  // "Hợp Thịnh, ngày 15 tháng 3 năm 2024": a place name opening the line, then the date.
  if (startsWithDay) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    if (before.length <= 60 && /^\s*\p{Lu}[\p{L}\p{M}\s.\-]*,\s*$/u.test(before)) return true;
  }
  return false;
}
