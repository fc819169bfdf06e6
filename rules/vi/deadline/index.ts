/**
 * Vietnamese deadline rules: find every deadline mention in a text, or parse the
 * one deadline of a short cell ("Thời gian thực hiện: Quý I năm 2024").
 *
 * Rules run on `matchKey(text)` (same length as `text`), so offsets hold and the
 * quoted `deadline.text` is taken from the original. Input is expected in NFC.
 */
import type { Deadline, Recurrence } from '../../../output/schema.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { execAtWordStart, withoutLeadingWordBoundary } from '../../pattern.js';
import { beforeDateRule } from './before-date.js';
import { beforeMonthRule } from './before-month.js';
import { beforeYearRule } from './before-year.js';
import { continuousRule } from './continuous.js';
import { dateRangeRule } from './date-range.js';
import { dateRule } from './date.js';
import { yearBounds } from './dates.js';
import { halfYearRule } from './half-year.js';
import { DATED_KINDS, mixedRule, type DeadlineMention } from './mixed.js';
import { monthRangeRule } from './month-range.js';
import { monthRule } from './month.js';
import { periodRule } from './period.js';
import { periodicRule } from './periodic.js';
import { quarterRule } from './quarter.js';
import { recurringDayRule } from './recurring-day.js';
import { recurringYearlyRule } from './recurring-yearly.js';
import { recurringRule } from './recurring.js';
import { isCitedDocumentDate } from './reference.js';
import type { DeadlineContext, DeadlineRule } from './types.js';
import { yearRule } from './year.js';

export type { DeadlineContext, DeadlineRule, DeadlineScanStats } from './types.js';
export type { DeadlineMention } from './mixed.js';
export { mixedRule } from './mixed.js';

/** The rules in priority order: on equal-length overlaps the earlier rule wins. */
export const deadlineRules: readonly DeadlineRule[] = [
  recurringYearlyRule,
  recurringDayRule,
  recurringRule,
  periodRule,
  dateRangeRule,
  monthRangeRule,
  halfYearRule,
  beforeDateRule,
  beforeMonthRule,
  beforeYearRule,
  quarterRule,
  dateRule,
  monthRule,
  yearRule,
  continuousRule,
  periodicRule,
];

const scanFlags = (rule: DeadlineRule) => (rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g');
/**
 * Each rule's pattern with `g`, for scanning, by rule order: the reference scan, run when
 * a caller turns `wordStartScan` off or for a pattern that cannot drop its leading
 * lookbehind (none today). Made on first use: parsing these patterns is a few
 * milliseconds of every pool thread's start-up.
 */
let scanners: readonly RegExp[] | undefined;
const referenceScanner = (order: number): RegExp =>
  (scanners ??= deadlineRules.map((rule) => new RegExp(rule.pattern.source, scanFlags(rule))))[order]!;
/*
 * Every rule's pattern opens with the word-boundary lookbehind, which the
 * engine tries at every position before anything else: a scan of a sentence
 * that holds no mention cost 1–2 µs per rule. Without it the engine skips to
 * where the first words can stand (about four times faster over the rules),
 * and `execAtWordStart` checks the boundary on the matches found. Null for a
 * pattern that cannot drop it (see withoutLeadingWordBoundary).
 */
const WORD_START_SCANNERS: readonly (RegExp | null)[] = deadlineRules.map((rule) => {
  const source = withoutLeadingWordBoundary(rule.pattern.source);
  return source === null ? null : new RegExp(source, scanFlags(rule));
});

/*
 * The prefilter: every rule's `needs` as indices into one list of words, so a
 * word several rules need ("tháng", a digit) is looked for once per text. One
 * pass over the text marks every word it holds; a pattern is run only when a
 * rule still waits on it.
 */
const NEED_WORDS: Array<string | RegExp> = [];
const RULE_NEEDS: number[][][] = deadlineRules.map((rule) =>
  rule.needs.map((list) =>
    list.map((w) => {
      // `test` on a global or sticky pattern would start where the last text left it.
      if (typeof w !== 'string' && (w.global || w.sticky)) throw new Error(`${rule.id}: a needs pattern must be neither global nor sticky`);
      const at = NEED_WORDS.indexOf(w);
      return at >= 0 ? at : NEED_WORDS.push(w) - 1;
    }),
  ),
);
/*
 * Where a need word may start: one-character words (digits, dashes) by their
 * character; longer ones by a hash of their first two, so most positions of a
 * text cost one table read and only a likely start is compared in full.
 */
const SINGLE = new Int16Array(0x10000).fill(-1);
/*
 * 4096 buckets (8 KB): read at a hashed place for every position of a text, a
 * table of 64K buckets missed the cache at most of them; the ~100 word starts
 * still leave almost every bucket a text's pairs fall in empty.
 */
const PAIR_BUCKETS = 0x1000;
const pairHash = (a: number, b: number): number => ((a * 31) ^ b) & (PAIR_BUCKETS - 1);
const PAIRS = new Uint16Array(PAIR_BUCKETS);
const PAIR_WORDS: number[][] = [];
NEED_WORDS.forEach((w, i) => {
  if (typeof w !== 'string' || w === '') return;
  if (w.length === 1) {
    SINGLE[w.charCodeAt(0)] = i;
    return;
  }
  const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
  if (PAIRS[h] === 0) PAIRS[h] = PAIR_WORDS.push([]);
  PAIR_WORDS[PAIRS[h]! - 1]!.push(i);
});
const YES = 1;
const NO = 2;
/** Before a text is read: every word NO until found, every pattern 0 until run. */
const UNSEEN = Uint8Array.from(NEED_WORDS, (w) => (typeof w === 'string' ? NO : 0));

/** Per need word, YES or NO for `key`; patterns stay 0 (not yet run). */
function wordsIn(key: string): Uint8Array {
  const present = UNSEEN.slice();
  const n = key.length;
  let c = n > 0 ? key.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const single = SINGLE[c]!;
    if (single >= 0) present[single] = YES;
    if (i + 1 >= n) break;
    const next = key.charCodeAt(i + 1);
    const bucket = PAIRS[pairHash(c, next)]!;
    if (bucket !== 0) {
      for (const w of PAIR_WORDS[bucket - 1]!) {
        if (present[w] !== NO) continue;
        const word = NEED_WORDS[w] as string;
        let k = 0;
        while (k < word.length && key.charCodeAt(i + k) === word.charCodeAt(k)) k++;
        if (k === word.length) present[w] = YES;
      }
    }
    c = next;
  }
  return present;
}

/** Whether `key` holds a word of every list of `needs`, given `present = wordsIn(key)` (patterns are run and noted there). */
function needsMet(needs: readonly (readonly number[])[], key: string, present: Uint8Array): boolean {
  for (const list of needs) {
    let found = false;
    for (const w of list) {
      if (present[w] === 0) present[w] = (NEED_WORDS[w] as RegExp).test(key) ? YES : NO;
      if (present[w] === YES) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Whether `rule`'s prefilter lets it scan `key` (the match key of a text). */
export function passesPrefilter(rule: DeadlineRule, key: string): boolean {
  const at = deadlineRules.indexOf(rule);
  return at < 0 || needsMet(RULE_NEEDS[at]!, key, wordsIn(key));
}

interface Candidate extends DeadlineMention {
  order: number;
}

/**
 * All deadline mentions of `text`, with offsets into `text`, sorted by start.
 * Overlaps are resolved longest-first (then leftmost, then rule order); dates of
 * cited documents block their span and are dropped; "thường xuyên" next to a
 * dated mention becomes one `mixed` deadline.
 */
export function findDeadlines(text: string, ctx: DeadlineContext): DeadlineMention[] {
  return findDeadlinesKeyed(text, matchKey(text), ctx);
}

/** {@link findDeadlines} for a caller that already holds `computed = matchKey(text)`. */
export function findDeadlinesKeyed(text: string, computed: string, ctx: DeadlineContext): DeadlineMention[] {
  // matchKey promises the same length; fall back rather than mis-quote if it ever does not.
  const key = computed.length === text.length ? computed : text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  const candidates: Candidate[] = [];
  const present = ctx.prefilter === false ? null : wordsIn(key);
  for (let order = 0; order < deadlineRules.length; order++) {
    if (present !== null && !needsMet(RULE_NEEDS[order]!, key, present)) continue;
    const rule = deadlineRules[order]!;
    const atWordStart = ctx.wordStartScan === false ? null : WORD_START_SCANNERS[order]!;
    const rx = atWordStart ?? referenceScanner(order);
    rx.lastIndex = 0;
    for (;;) {
      if (ctx.stats) ctx.stats.execs++;
      const m = atWordStart ? execAtWordStart(atWordStart, key) : rx.exec(key);
      if (m === null) break;
      const deadline = rule.extract(m, ctx);
      if (deadline === null) {
        // Not a deadline here; a shorter mention may still start inside it.
        rx.lastIndex = m.index + 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      candidates.push({ start, end, ruleId: rule.id, deadline, order });
    }
  }
  if (ctx.stats) ctx.stats.candidates += candidates.length;
  if (candidates.length === 0) return [];

  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken = new Uint8Array(text.length + 1);
  const kept: DeadlineMention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    // A cited document's date still blocks its span; asked only of the mentions that win their span.
    if (isCitedDocumentDate(text, key, c.start)) continue;
    kept.push({ start: c.start, end: c.end, ruleId: c.ruleId, deadline: { ...c.deadline, text: text.slice(c.start, c.end) } });
  }
  kept.sort((a, b) => a.start - b.start);
  return mixedRule.combine(kept, text, key, ctx);
}

/** How much a recurring mention says: a day, a month, an explicit rhythm. */
function specificity(m: DeadlineMention): number {
  const r = m.deadline.recurrence;
  if (r === null) return -1;
  return (r.day !== null ? 4 : 0) + (r.month !== null ? 2 : 0) + (m.ruleId === periodicRule.id ? 0 : 1);
}

/**
 * The single deadline of a short phrase (a "Thời gian thực hiện" cell, a clause).
 * Recurring mentions win and are merged ("Hàng tháng … trước ngày 15 của tháng"
 * → monthly, day 15); continuous plus a dated mention is `mixed`; otherwise the
 * first mention. `text` spans the mentions used, as written. Null when none.
 */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline | null {
  return deadlineOf(findDeadlines(text, ctx), text, ctx);
}

/** {@link parseDeadline} from the mentions `findDeadlines(text, ctx)` already found, for callers that scanned the text themselves. */
export function deadlineOf(found: readonly DeadlineMention[], text: string, ctx: DeadlineContext): Deadline | null {
  const first = found[0];
  if (first === undefined) return null;
  const last = found[found.length - 1]!;
  const span = text.slice(first.start, last.end).trim();
  const [yStart, yEnd] = yearBounds(ctx.docYear);

  const recurring = found.filter((f) => f.deadline.kind === 'recurring');
  if (recurring.length > 0) {
    const best = recurring.reduce((a, b) => (specificity(b) > specificity(a) ? b : a));
    const rb = best.deadline.recurrence!;
    const same = recurring.filter((f) => f.deadline.recurrence?.freq === rb.freq);
    const recurrence: Recurrence = {
      freq: rb.freq,
      day: rb.day ?? same.find((f) => f.deadline.recurrence?.day != null)?.deadline.recurrence?.day ?? null,
      month: rb.month ?? same.find((f) => f.deadline.recurrence?.month != null)?.deadline.recurrence?.month ?? null,
    };
    if (recurring.length === 1 && found.length === 1) return best.deadline;
    return { text: span, kind: 'recurring', start: yStart, end: yEnd, recurrence };
  }
  const hasContinuous = found.some((f) => f.deadline.kind === 'continuous' || f.deadline.kind === 'mixed');
  const hasDated = found.some((f) => DATED_KINDS.has(f.deadline.kind));
  if (hasContinuous && hasDated) return { text: span, kind: 'mixed', start: yStart, end: yEnd, recurrence: null };
  return first.deadline;
}
