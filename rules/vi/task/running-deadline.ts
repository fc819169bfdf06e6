/**
 * The deadline of a duty written in running text. Labelled time fields say
 * their time outright; in a sentence, a bare year or period ("Kế hoạch chuyển
 * đổi số năm 2024", "Chương trình … giai đoạn 2022 - 2025") is usually part of
 * the object and counts only after a time word ("trong năm 2024").
 */
import type { Deadline } from '../../../output/schema.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { deadlineOf, findDeadlinesKeyed, parseDeadline } from '../deadline/index.js';
import type { DeadlineMention } from '../deadline/index.js';
import { ANNUAL_DOCUMENT_NOUNS, NAMED_HORIZON, TIME_PREPOSITIONS } from './dictionary.js';

const OBJECT_PRONE = new Set(['year', 'period']);
const TIME_WORD_BEFORE = new RegExp(`${WB_BEFORE}(?:${alternation(TIME_PREPOSITIONS)})[\\s,:]*$`, 'u');
const HORIZON_BEFORE = new RegExp(`${WB_BEFORE}(?:${alternation(NAMED_HORIZON)})\\s(?:đến\\s)?$`, 'u');
const TIME_WORD_OPENS = new RegExp(`^(?:${alternation(TIME_PREPOSITIONS)})${WB_AFTER}`, 'u');
const LOOKBACK = 16;
const ANNUAL_DOCUMENT = new RegExp(`${WB_BEFORE}(?:${alternation(ANNUAL_DOCUMENT_NOUNS)})${WB_AFTER}`, 'u');
const CLAUSE_REACH = 80;

/** "Kế hoạch chuyển đổi số hàng năm": a yearly rhythm with no day, in the clause of a plan noun, names the plan. */
function namesAnnualDocument(key: string, m: DeadlineMention): boolean {
  const r = m.deadline.recurrence;
  if (m.deadline.kind !== 'recurring' || !r || r.freq !== 'yearly' || r.day !== null || r.month !== null) return false;
  const before = key.slice(Math.max(0, m.start - CLAUSE_REACH), m.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  return ANNUAL_DOCUMENT.test(clause);
}

/**
 * The deadline of `text`, a duty's sentence(s); year/period mentions without a time word before them are left out.
 * `key` is `matchKey(text)`, for a caller that has it (a slice of the document's key, see `keySlice`).
 */
export function runningDeadline(text: string, docYear: number | null, key?: string): Deadline | null {
  if (!docYear) return null;
  key ??= matchKey(text);
  const parts: string[] = [];
  let at = 0;
  const found = findDeadlinesKeyed(text, key, { docYear });
  for (const m of found) {
    const before = key.slice(Math.max(0, m.start - LOOKBACK), m.start);
    const named = HORIZON_BEFORE.test(before);
    const timed = TIME_WORD_BEFORE.test(before) || TIME_WORD_OPENS.test(key.slice(m.start, m.end));
    const object = named || namesAnnualDocument(key, m) || (OBJECT_PRONE.has(m.deadline.kind) && !timed);
    if (!object) continue;
    // Blank the mention (same length) so the others keep their places.
    parts.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  // Nothing blanked: the text is the one just scanned, its mentions need no second scan.
  if (at === 0) return deadlineOf(found, text, { docYear });
  parts.push(text.slice(at));
  const kept = parts.join('');
  return parseDeadline(kept, { docYear });
}
