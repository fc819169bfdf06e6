/**
 * The issuer named as the subject of the citing verb: "UBND xã Thành Thọ đã ban
 * hành Quyết định …" → "UBND xã Thành Thọ".
 */
import { alternationLoose, WB_BEFORE } from '../../pattern.js';
import { PAST_WORDS, SUBJECT_HEADS, SUBJECT_VERBS } from './dictionary.js';

const alt = alternationLoose;

const B = WB_BEFORE;
/** Subject (head + up to four words), optional "đã", verb, then the type word. Anchored at the end. */
const SUBJECT_RE = new RegExp(
  `${B}(?<org>(?:${alt(SUBJECT_HEADS)})(?:\\s[\\p{L}\\p{M}]+){0,4}?)\\s+(?:(?:${alt(PAST_WORDS)})\\s+)?(?:${alt(SUBJECT_VERBS)})\\s+$`,
  'u',
);
const PAST_VERB_RE = new RegExp(`${B}(?:${alt(PAST_WORDS)})\\s+(?:${alt(SUBJECT_VERBS)})\\s+$`, 'u');
const LOOKBACK = 60;

/** Whether the type word at `at` follows "<subject> [đã] ban hành|xây dựng", and the subject as written. */
export function subjectIssuer(text: string, key: string, at: number): { cited: boolean; issuer: string | null } {
  const from = Math.max(0, at - LOOKBACK);
  const before = key.slice(from, at);
  const m = SUBJECT_RE.exec(before);
  if (m?.groups?.['org'] !== undefined) {
    const start = from + m.index;
    return { cited: true, issuer: text.slice(start, start + m.groups['org'].length) };
  }
  return { cited: PAST_VERB_RE.test(before), issuer: null };
}
