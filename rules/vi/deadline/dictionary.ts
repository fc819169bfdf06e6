/**
 * Vietnamese vocabulary of deadlines, as data. Every rule builds its regex from
 * these lists through {@link alt}, so a new spelling ("hàng"/"hằng", "tới"/"đến")
 * is added here once and every rule picks it up.
 *
 * Words are written as plans write them; {@link alt} turns them into match keys
 * (lower case, canonical tone placement) because patterns run on `matchKey(text)`.
 */
import { matchKey } from '../../../pipeline/text/match-key.js';

/** Word lists, grouped by role in a deadline phrase. */
export const VI = {
  quarter: ['quý'],
  /** "Q.I/2024", "Q1/2024": only trusted with a year. */
  quarterAbbrev: ['q.', 'q'],
  month: ['tháng'],
  year: ['năm'],
  day: ['ngày'],
  /** "năm nay" = the document year. */
  thisYear: ['nay'],
  /** Exclusive bound: "trước ngày 15/5" ends on 14/5. */
  before: ['trước'],
  /** Inclusive bounds: "đến tháng 10" ends on 31/10. */
  until: ['đến', 'tới', 'chậm nhất', 'chậm nhất là', 'muộn nhất', 'muộn nhất là', 'hết', 'hạn chót', 'thời hạn', 'hạn'],
  /** "đến hết/cuối tháng 6" — the edge word after an until/before word. */
  edge: ['hết', 'cuối'],
  within: ['trong', 'vào', 'trong cả', 'cả'],
  complete: ['hoàn thành', 'phấn đấu hoàn thành'],
  from: ['từ'],
  fromNow: ['từ nay', 'từ nay trở đi'],
  /** Range joiners between two months/quarters/years. */
  rangeJoin: ['-', '–', '—', 'đến', 'tới'],
  /** List joiners between quarters ("Quý II, III/2025", "quý I và II"). */
  listJoin: [',', 'và', '-', '–', '—', 'đến', 'tới'],
  period: ['giai đoạn', 'thời kỳ'],
  continuous: ['thường xuyên'],
  continuousLead: ['nhiệm vụ', 'thực hiện', 'triển khai'],
  continuousTail: ['liên tục', 'lâu dài'],
  periodic: ['định kỳ'],
  periodicLead: ['theo'],
  every: ['hằng', 'hàng', 'mỗi'],
  of: ['của', 'hằng', 'hàng', 'mỗi'],
  last: ['cuối'],
  first: ['đầu'],
  /** "6 tháng đầu năm": a count of months before đầu/cuối năm. */
  halfYearCount: { sáu: 6, chín: 9, ba: 3, 'nửa': 6 } as Record<string, number>,
  /** Recurrence units: "hằng tháng" … */
  unit: { 'tháng': 'monthly', 'quý': 'quarterly', 'năm': 'yearly' } as Record<string, 'monthly' | 'quarterly' | 'yearly'>,
  and: ['và', 'hoặc'],
  /** Words that introduce a cited document's number/date ("số 73/KH-UBND ngày …"). */
  referenceNumber: ['số'],
  referenceIssued: ['ban hành', 'ký', 'ký ban hành'],
  /** Document types: "Công văn ngày 5/3/2024" dates the cited document. */
  documentType: ['kế hoạch', 'quyết định', 'nghị quyết', 'nghị định', 'chỉ thị', 'công văn', 'thông tư', 'văn bản', 'chương trình', 'hướng dẫn', 'tờ trình', 'thông báo', 'công điện', 'luật'],
} as const;

/** Roman (and Arabic) quarter numbers, keyed by their match-key spelling. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, '01': 1, '02': 2, '03': 3, '04': 4,
};

// '-' stays bare: outside a class it is literal, and `\-` is a syntax error under `u`.
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/gu;

/** Escapes one word for a `u` regex and lets its inner spaces match any whitespace run. */
export function escapeWord(word: string): string {
  return matchKey(word.normalize('NFC'))
    .trim()
    .split(/\s+/u)
    .map((part) => part.replace(REGEX_SPECIAL, '\\$&'))
    .join('\\s+');
}

/**
 * A non-capturing alternation of `words`, escaped and longest first, so
 * "chậm nhất là" is preferred over "chậm nhất".
 * @example alt(['đến', 'đến hết']) === '(?:đến\\s+hết|đến)'
 */
export function alt(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => matchKey(w.normalize('NFC')).trim()))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(escapeWord).join('|')})`;
}

/** `record` re-keyed by match key, for looking up a captured key slice. */
export function keyed<T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(record).map(([w, v]) => [matchKey(w.normalize('NFC')), v]));
}

/** True when `captured` (a match-key slice) is one of `words`, ignoring whitespace runs. */
export function isWord(words: readonly string[], captured: string | undefined): boolean {
  if (captured === undefined) return false;
  const c = captured.trim().replace(/\s+/gu, ' ');
  return words.some((w) => matchKey(w.normalize('NFC')) === c);
}
