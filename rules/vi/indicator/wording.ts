/** Reads comparator, kind, year and level from the words around a value. */
import type { Comparator } from '../../../output/schema.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { ACTUAL_CUES, ACTUAL_HEADINGS, COMPARATOR_AFTER, COMPARATOR_BEFORE, COMPARATOR_DEFERRED, COMPARATOR_DEFERRED_BLOCKERS, COMPARATOR_DEFERRED_REACH, LEVEL_WORDS, TARGET_CUES, TARGET_CUES_AFTER, TARGET_HEADINGS } from './dictionary.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { memoByString } from '../../../pipeline/text/memo.js';
import { matches, wordMatches } from './matches.js';

const BEFORE = new RegExp(String.raw`${WB_BEFORE}(?<w>${alternation(COMPARATOR_BEFORE.map(([w]) => w))})\s?(?:mức\s)?\(?$`, 'u');
// Bounded, no digit and no blocker ("từ", "cấp") in between: the words belong to the value, not to an age or a threshold in the subject.
const DEFERRED = new RegExp(
  String.raw`^(?<gap>(?:(?!${WB_BEFORE}(?:${alternation(COMPARATOR_DEFERRED_BLOCKERS)})${WB_AFTER})[^\d;.!?%]){1,${COMPARATOR_DEFERRED_REACH}}?)\s(?<w>${alternation(COMPARATOR_DEFERRED.map(([w]) => w))})${WB_AFTER}`,
  'u',
);
const DEFERRED_MAP = new Map(COMPARATOR_DEFERRED.map(([w, c]) => [matchKey(w), c]));
const AFTER = new RegExp(String.raw`^\s?(?<w>${alternation(COMPARATOR_AFTER.map(([w]) => w))})${WB_AFTER}`, 'u');
const BEFORE_MAP = new Map(COMPARATOR_BEFORE.map(([w, c]) => [matchKey(w), c]));
const AFTER_MAP = new Map(COMPARATOR_AFTER.map(([w, c]) => [matchKey(w), c]));

/** A comparator and the words that said it. */
export interface ComparatorWords {
  comparator: Comparator;
  /** Length of the words right before the value. */
  beforeLength: number;
  /** Length of the words right after the value. */
  afterLength: number;
  /** Offsets, in `after`, of comparator words standing after the counted noun (cut out of the subject). */
  deferred?: { start: number; end: number };
}

/** Comparator from the key text right before and right after a value, with the span of the words it used. */
export function comparatorOf(before: string, after: string): ComparatorWords {
  const a = AFTER.exec(after);
  if (a) return { comparator: AFTER_MAP.get(a.groups!['w']!)!, beforeLength: 0, afterLength: a[0].length };
  const b = BEFORE.exec(before);
  if (b) return { comparator: BEFORE_MAP.get(b.groups!['w']!)!, beforeLength: b[0].length, afterLength: 0 };
  const d = DEFERRED.exec(after);
  if (d) {
    const start = d.groups!['gap']!.length;
    return { comparator: DEFERRED_MAP.get(d.groups!['w']!)!, beforeLength: 0, afterLength: 0, deferred: { start, end: d[0].length } };
  }
  return { comparator: '=', beforeLength: 0, afterLength: 0 };
}

const ACTUAL = new RegExp(String.raw`(?:${alternation(ACTUAL_CUES)})${WB_AFTER}`, 'gu');
const TARGET = new RegExp(String.raw`(?:${alternation(TARGET_CUES)})${WB_AFTER}`, 'gu');
const TARGET_AFTER = new RegExp(String.raw`(?:${alternation(TARGET_CUES_AFTER)})${WB_AFTER}`, 'gu');
/** The after-value target words are all target words (a clause without a target cue then has none of them either). */
const AFTER_CUES_ARE_TARGET_CUES = TARGET_CUES_AFTER.every((w) => TARGET_CUES.includes(w));
const YEAR = /(?<![\p{L}\p{N}])(?:năm|đến|cuối năm|\/)\s?(?<y>20[1-4]\d)(?![\p{N}])/gu;

/**
 * What a clause says about time and intent, read once per clause so that a
 * clause with many values costs no more than one pass: where its first and
 * last cue words stand, and the years it states.
 */
export interface ClauseWords {
  /** End of the earliest actual / target cue (Infinity when none). */
  actualEnd: number;
  targetEnd: number;
  /** Start of the latest actual / unambiguous target cue (-1 when none). */
  actualLastStart: number;
  targetAfterLastStart: number;
  /** Stated years with where they stand, in order. */
  years: Array<{ at: number; year: number }>;
}

/** Reads the cue words and years of a clause key. */
export function clauseWords(clauseKey: string): ClauseWords {
  return readClauseWords(clauseKey, true);
}

/** `clauseWords` with every pattern run, kept for the test that checks the shortcuts skip nothing. */
export function clauseWordsUnfiltered(clauseKey: string): ClauseWords {
  return readClauseWords(clauseKey, false);
}

function readClauseWords(clauseKey: string, shortcuts: boolean): ClauseWords {
  const w: ClauseWords = { actualEnd: Infinity, targetEnd: Infinity, actualLastStart: -1, targetAfterLastStart: -1, years: [] };
  for (const m of wordMatches(ACTUAL, clauseKey)) {
    w.actualEnd = Math.min(w.actualEnd, m.index + m[0].length);
    w.actualLastStart = m.index;
  }
  const targets = wordMatches(TARGET, clauseKey);
  for (const m of targets) w.targetEnd = Math.min(w.targetEnd, m.index + m[0].length);
  if (!shortcuts || targets.length > 0 || !AFTER_CUES_ARE_TARGET_CUES) for (const m of wordMatches(TARGET_AFTER, clauseKey)) w.targetAfterLastStart = m.index;
  // Every stated year is written "20xx".
  if (!shortcuts || clauseKey.includes('20')) for (const m of matches(YEAR, clauseKey)) w.years.push({ at: m.index, year: Number(m.groups!['y']) });
  return w;
}

/** 'actual' or 'target' when exactly one kind of wording was found, else null. */
function cue(actual: boolean, aimed: boolean): 'target' | 'actual' | null {
  return actual === aimed ? null : actual ? 'actual' : 'target';
}
const ACTUAL_H = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(ACTUAL_HEADINGS)})${WB_AFTER}`, 'u');
const TARGET_H = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(TARGET_HEADINGS)})${WB_AFTER}`, 'u');

/**
 * Target or actual: the clause's wording before the value (at offset `at`),
 * then a stated year before the document's year (the past), then its wording
 * after the value (only the unambiguous target words there),
 * then the nearest heading that says, then the document type.
 */
export function kindOf(
  clauseKey: string,
  headingPath: string[],
  docType: string | null,
  at = clauseKey.length,
  years: { stated: number | null; document: number | null } = { stated: null, document: null },
  words: ClauseWords = clauseWords(clauseKey),
): 'target' | 'actual' {
  const before = cue(words.actualEnd <= at, words.targetEnd <= at);
  if (before) return before;
  // "Năm 2023, tỷ lệ … đạt 68,5%" in a 2024 plan: a value stated for a past year was reached (the year must stand
  // before the value: "đạt 80% (năm 2023 đạt 60%)" sets no past year on the 80%).
  if (years.stated !== null && years.document !== null && years.stated < years.document) return 'actual';
  const after = cue(words.actualLastStart >= at, words.targetAfterLastStart >= at);
  if (after) return after;
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const said = headingKind(headingPath[i]!);
    if (said) return said;
  }
  return docType === 'report' ? 'actual' : 'target';
}

/** What one heading says of the values under it; read once per heading text, not once per value. */
const headingKind = memoByString((heading: string): 'target' | 'actual' | null => {
  const h = matchKey(heading);
  const ha = ACTUAL_H.test(h);
  const ht = TARGET_H.test(h);
  if (ha && !ht) return 'actual';
  if (ht && !ha) return 'target';
  return null;
});

/** Index of the first stated year at or after `at` (binary search). */
function firstYearFrom(ys: ClauseWords['years'], at: number): number {
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year stated nearest before `at` in the clause key, or null. */
export function statedYearBefore(clauseKey: string, at: number, words: ClauseWords = clauseWords(clauseKey)): number | null {
  const i = firstYearFrom(words.years, at);
  return i > 0 ? words.years[i - 1]!.year : null;
}

/** The first year stated at or after `at`, with its offset in the clause key. */
export function statedYearAfter(words: ClauseWords, at: number): { at: number; year: number } | undefined {
  return words.years[firstYearFrom(words.years, at)];
}

/** The year stated nearest before `at` in the clause key (or after it when none before). */
export function statedYear(clauseKey: string, at: number, words: ClauseWords = clauseWords(clauseKey)): number | null {
  const i = firstYearFrom(words.years, at);
  return i > 0 ? words.years[i - 1]!.year : (words.years[i]?.year ?? null);
}

const LEVEL = new RegExp(String.raw`^\s?(?<w>${alternation(LEVEL_WORDS.map(([w]) => w))})${WB_AFTER}`, 'u');
const LEVEL_MAP = new Map(LEVEL_WORDS.map(([w, l]) => [matchKey(w), l]));

/** Level of government named right after a value ("95% cấp tỉnh"), with the length of its words. */
export function levelWordsAfter(afterKey: string): { level: 'tinh' | 'huyen' | 'xa'; length: number } | null {
  const m = LEVEL.exec(afterKey);
  return m ? { level: LEVEL_MAP.get(m.groups!['w']!)!, length: m[0].length } : null;
}

/** Level of government named right after a value ("95% cấp tỉnh"). */
export function levelAfter(afterKey: string): 'tinh' | 'huyen' | 'xa' | null {
  return levelWordsAfter(afterKey)?.level ?? null;
}
