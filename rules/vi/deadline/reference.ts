/**
 * Dates of cited documents are not deadlines: "Kế hoạch số 73/KH-UBND ngày 10/05/2022",
 * "Nghị định 15/2020/NĐ-CP ngày 03/02/2020", "Quyết định số 5/QĐ-UBND của UBND huyện ngày …",
 * "Công văn ngày 5/3/2024", "ban hành ngày …".
 *
 * Checked by hand on a bounded tail rather than one regex anchored at `$`, which
 * would backtrack quadratically on long digit-slash runs.
 */
import { matchKey } from '../../../pipeline/text/match-key.js';
import { VI } from './dictionary.js';

/** How far back a citation may start before its date. */
const LOOKBACK = 80;
/** How long an issuer after "của" may be ("của UBND huyện Lục Nam"). */
const ISSUER_MAX = 40;

const key = (w: string): string => matchKey(w.normalize('NFC'));
const TRAILING_WORDS = [...VI.referenceIssued, ...VI.documentType].map(key);
const NUMBER_WORDS = VI.referenceNumber.map(key);
const OF = key('của');
const DAY_WORDS = VI.day.map(key);

const isSep = (ch: string | undefined): boolean => ch === undefined || /[\s,;]/u.test(ch);

function endsWithWord(t: string, word: string): boolean {
  return t.endsWith(word) && !/[\p{L}\p{M}\p{N}]/u.test(t.charAt(t.length - word.length - 1));
}

/** "73/KH-UBND", "15/2020/NĐ-CP", or a numbered token after "số". */
function endsWithDocNumber(t: string): boolean {
  let i = t.length;
  while (i > 0 && !isSep(t[i - 1])) i--;
  const token = t.slice(i);
  if (token === '') return false;
  if (/^\p{N}/u.test(token) && token.includes('/')) return true;
  if (NUMBER_WORDS.some((w) => token.startsWith(w) && token.length > w.length && /\p{N}/u.test(token))) return true;
  // "số 73 ngày …", but not "chuyển đổi số xã thường xuyên".
  const before = t.slice(0, i).trimEnd();
  return /\p{N}/u.test(token) && NUMBER_WORDS.some((w) => endsWithWord(before, w));
}

/** True when the mention at `start` of the match key `keyText` directly follows a document citation. */
export function isCitedDocumentDate(keyText: string, start: number): boolean {
  let t = keyText.slice(Math.max(0, start - LOOKBACK), start).trimEnd();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  // "Công văn ngày 5/3" dates the letter, but "kế hoạch trước ngày 30/6" is a deadline.
  if (DAY_WORDS.some((w) => keyText.startsWith(w, start)) && TRAILING_WORDS.some((w) => endsWithWord(t, w))) return true;
  if (endsWithDocNumber(t)) return true;
  // "số 5/QĐ-UBND của UBND huyện ngày …"
  const of = t.lastIndexOf(` ${OF} `);
  return of >= 0 && t.length - of <= ISSUER_MAX + OF.length + 2 && endsWithDocNumber(t.slice(0, of).trimEnd());
}
