/**
 * Indicators stated in running text and list items: every value of a clause,
 * with its subject (before or after the value), comparator, kind and year.
 */
import type { IndicatorDraft, RuleContext } from '../../types.js';
import { clauses } from './clauses.js';
import { findValues, type ValueMention } from './values.js';
import { clauseWords, comparatorOf, kindOf, levelWordsAfter, statedYearAfter, statedYearBefore, type ComparatorWords } from './wording.js';
import { BARE_MEASURE_WORDS, BREAKDOWN_WORDS, CHANGE_AFTER, CHANGE_BEFORE, COMPARATOR_DEFERRED_REACH, LOCATIVE_JOINERS, RANK_SUBJECT_HEAD, RANK_TOPIC_WORD } from './dictionary.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { cleanSubject, subjectSpan, withBorrowedNoun } from './subject.js';
import type { Span } from '../../../pipeline/normalise/types.js';
import type { IndicatorUnit } from '../../../output/schema.js';
import { domainFor } from './domain.js';

export const id = 'vi/indicator-body';
export const description = 'Percentages, counts and ranks stated in paragraphs and list items, one record per value.';
export const examples = [
  '- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.',
  'Tỷ lệ doanh nghiệp sử dụng hợp đồng lao động điện tử đạt 80% trở lên.',
  'Văn bản được tạo lập và xử lý trên môi trường mạng đạt tỷ lệ tối thiểu 70%.',
];

/** Options for extracting from one span (a paragraph, or a table cell). */
export interface SpanOptions {
  location: 'body' | 'table';
  section: string;
  domain: IndicatorDraft['domain'];
  headingPath: string[];
  /** Domain of one subject where the caller knows better than the heading path (a table's group row). */
  domainOf?: (subject: string, unit: IndicatorUnit) => IndicatorDraft['domain'];
}

const CHANGE_B = new RegExp(String.raw`${WB_BEFORE}(?:${alternation(CHANGE_BEFORE)})\s?$`, 'u');
const CHANGE_A = new RegExp(String.raw`^\s?(?:${alternation(CHANGE_AFTER)})${WB_AFTER}`, 'u');
// "(trong đó mức độ 3: 99%": a labelled part of the value before; "; mức độ 4: 100%)": the next part.
const BREAKDOWN_START = new RegExp(String.raw`^[\s(]*(?:${alternation(BREAKDOWN_WORDS)})\s+(?<label>[^:;,()\d%]{1,40}?(?:\s\d{1,2})?)\s*:\s*$`, 'u');
const BREAKDOWN_NEXT = /^[\s(]*(?<label>[^:;,()\d%]{1,40}?(?:\s\d{1,2})?)\s*:\s*$/u;
const LOCATIVE = new Set(LOCATIVE_JOINERS.map((w) => matchKey(w)));
const BARE_MEASURE = new Set(BARE_MEASURE_WORDS.map((w) => matchKey(w)));
const RANK_TOPIC = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${matchKey(RANK_TOPIC_WORD)}\s`, 'u');

/** Characters after a value searched for comparator words. */
const AFTER_REACH = COMPARATOR_DEFERRED_REACH + 16;

/** The subject text of `span`, without comparator words that stand inside it ("người dân trở lên hài lòng"). */
function subjectText(text: string, span: Span, cut: Span | null): string {
  if (!cut || cut.start < span.start || cut.end > span.end) return cleanSubject(text.slice(span.start, span.end));
  return cleanSubject(`${text.slice(span.start, cut.start)} ${text.slice(cut.end, span.end)}`);
}

function lastBoundary(key: string, from: number, to: number): number {
  const slice = key.slice(from, to);
  const i = Math.max(slice.lastIndexOf(','), slice.lastIndexOf(':'));
  return i >= 0 ? from + i + 1 : from;
}

function domainOfSubject(opts: SpanOptions, subject: string, unit: IndicatorUnit): IndicatorDraft['domain'] {
  return opts.domainOf ? opts.domainOf(subject, unit) : domainFor(opts.headingPath, opts.domain, subject, unit);
}

const ASCII_DIGIT = /[0-9]/;

/**
 * Whether `key[from, to)` holds an ASCII digit (what `\d` matches, with or without the u flag).
 * Asked of every block of a document: the engine's scan of the slice (a view,
 * not a copy) reads a block in about a third of the time a loop of charCodeAt does.
 */
export function hasDigit(key: string, from: number, to: number): boolean {
  return from < to && ASCII_DIGIT.test(key.slice(from, to));
}

/** {@link hasDigit} by a loop over the code units: the definition it is tested against. */
export function hasDigitByLoop(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Extracts indicators from `ctx.text[span]`. */
export function extractFromSpan(ctx: RuleContext, span: Span, opts: SpanOptions): IndicatorDraft[] {
  // Every value holds a digit (findValues finds none in a clause without one), and most blocks have none: skip their clause split.
  if (!hasDigit(ctx.key, span.start, span.end)) return [];
  const out: IndicatorDraft[] = [];
  let carried: string | null = null;
  let breakdownOf: string | null = null;
  // Values sharing a subject ("95% cấp tỉnh, 85% cấp huyện") share its domain: read it once.
  let lastDomain: { subject: string; unit: string; domain: IndicatorDraft['domain'] } | null = null;
  for (const clause of clauses(ctx.text, span.start, span.end)) {
    const values = findValues(ctx.key, clause.start, clause.end);
    const clauseKey = ctx.key.slice(clause.start, clause.end);
    const words = values.length > 0 ? clauseWords(clauseKey) : null;
    values.forEach((v: ValueMention, i) => {
      const prev = values[i - 1];
      const next = values[i + 1];
      const cmp: ComparatorWords = v.range
        ? { comparator: 'range', beforeLength: 0, afterLength: 0 }
        : comparatorOf(ctx.key.slice(Math.max(clause.start, v.start - 24), v.start), ctx.key.slice(v.end, Math.min(clause.end, v.end + AFTER_REACH)));
      // "vượt 8,5% so với chỉ tiêu": a change against something, not a level of the measure.
      if (CHANGE_B.test(ctx.key.slice(Math.max(clause.start, v.start - 12), v.start)) && CHANGE_A.test(ctx.key.slice(v.end, Math.min(clause.end, v.end + 12)))) return;
      const valueStart = v.start - cmp.beforeLength;
      const level = levelWordsAfter(ctx.key.slice(v.end, Math.min(clause.end, v.end + 12)));
      // "95% cấp tỉnh, 85% cấp huyện": the level words are not a subject.
      const valueEnd = v.end + Math.max(cmp.afterLength, level?.length ?? 0);
      // Left: from after the previous value's tail (its next comma) to this value.
      const leftFrom = prev ? lastBoundary(ctx.key, prev.end, valueStart) : clause.start;
      const left = subjectSpan(ctx.key, leftFrom, valueStart);
      // Right: to the next value's left part (cut at the last comma before it), else the clause end.
      const rightTo = next ? Math.max(valueEnd, lastBoundary(ctx.key, valueEnd, next.start) - 1) : clause.end;
      const right = subjectSpan(ctx.key, valueEnd, rightTo);
      const countOf = v.countOf ? ctx.text.slice(v.end - v.countOf.length, v.end) : null;
      const cut = cmp.deferred ? { start: v.end + cmp.deferred.start, end: v.end + cmp.deferred.end } : null;
      let subj: Span | null;
      let subject: string | null;
      const leftKey = left ? ctx.key.slice(left.start, left.end) : '';
      // The left text is a separate item, the value right after its comma ("Tăng tỷ lệ hồ sơ …, trên 90% người dân hài lòng"), or a bare measure word
      // ("Duy trì tỷ lệ 100% các doanh nghiệp …"): the words after the value are its subject.
      const leftIsOther = left !== null && right !== null && (BARE_MEASURE.has(leftKey) || (lastBoundary(ctx.key, left.start, valueStart) > left.start && ctx.key.slice(lastBoundary(ctx.key, left.start, valueStart), valueStart).trim() === ''));
      if (countOf) {
        // A count's subject is its noun and what follows it up to a comma or the next value ("32 mắt camera tại các thôn");
        // without that, what precedes it when it opens the clause; else the noun alone.
        const stop = ctx.key.slice(valueEnd, next ? next.start : clause.end).search(/[,;:]/u);
        const countRight = subjectSpan(ctx.key, valueEnd, stop >= 0 ? valueEnd + stop : next ? next.start : clause.end, 1, true);
        const joiner = prev?.countOf ? ctx.key.slice(prev.end, v.start).trim() : '';
        subj = countRight ?? (prev ? null : left);
        subject = subj ? `${countOf} ${subjectText(ctx.text, subj, null)}` : LOCATIVE.has(joiner) ? `${countOf} có ${ctx.text.slice(prev!.end - prev!.countOf!.length, prev!.end)}` : countOf;
      } else if (v.unit === 'rank' && right && RANK_TOPIC.test(ctx.key.slice(right.start, right.end))) {
        const at = RANK_TOPIC.exec(ctx.key.slice(right.start, right.end))!;
        subj = { start: right.start + at.index + at[0].length, end: right.end };
        subject = `${RANK_SUBJECT_HEAD} ${subjectText(ctx.text, subj, null)}`;
      } else {
        subj = leftIsOther ? right : (left ?? right);
        subject = subj ? withBorrowedNoun(subjectText(ctx.text, subj, cut), subj === left ? null : carried) : carried;
        // A labelled part of the value before it: the parent measure with the label ("… trực tuyến mức độ 3").
        const raw = ctx.key.slice(prev ? prev.end : clause.start, valueStart);
        const start = carried ? BREAKDOWN_START.exec(raw) : null;
        const part = start ?? (breakdownOf ? BREAKDOWN_NEXT.exec(raw) : null);
        if (part) {
          breakdownOf = start ? carried : breakdownOf;
          const at = (prev ? prev.end : clause.start) + part.index + part[0].indexOf(part.groups!['label']!);
          subj = { start: at, end: at + part.groups!['label']!.length };
          subject = `${breakdownOf} ${subjectText(ctx.text, subj, null)}`;
        } else breakdownOf = null;
      }
      if (!subject) return;
      carried = subject;
      if (!lastDomain || lastDomain.subject !== subject || lastDomain.unit !== v.unit) lastDomain = { subject, unit: v.unit, domain: domainOfSubject(opts, subject, v.unit) };
      const quoteStart = subj && subj.start < valueStart ? subj.start : valueStart;
      const quoteEnd = subj && subj.end > valueEnd ? subj.end : valueEnd;
      const before = statedYearBefore(clauseKey, v.start - clause.start, words!);
      // A year after the value is its year ("đạt 80% vào năm 2025") unless another value or a parenthesis comes first ("80% (năm 2023 đạt 60%)").
      const later = before === null ? statedYearAfter(words!, v.end - clause.start) : undefined;
      const laterOwn = later && (!next || clause.start + later.at < next.start) && !ctx.key.slice(v.end, clause.start + later.at).includes('(');
      const stated = before ?? (laterOwn ? later.year : null);
      out.push({
        kind: kindOf(clauseKey, opts.headingPath, ctx.docType, v.start - clause.start, { stated: before, document: ctx.docYear }, words!),
        value: v.value,
        valueMax: v.valueMax,
        unit: v.unit,
        countOf,
        comparator: cmp.comparator,
        subject,
        year: stated ?? ctx.docYear,
        yearSource: stated ? 'stated' : 'implied:document-year',
        domain: lastDomain.domain,
        section: opts.section,
        location: opts.location,
        status: null,
        deadline: null,
        outOf: v.outOf,
        level: level?.level ?? null,
        quote: { start: Math.min(quoteStart, valueStart), end: Math.max(quoteEnd, valueEnd), ruleId: v.ruleId },
        valueAt: v.start,
      });
    });
  }
  return out;
}

/** Extracts body indicators from every paragraph and list item outside tables. */
export function extract(ctx: RuleContext, skipBlocks: Set<number>): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  ctx.normalised.blocks.forEach((block, i) => {
    if (block.kind === 'table-row' || skipBlocks.has(i)) return;
    const c = ctx.structure.context[i]!;
    out.push(...extractFromSpan(ctx, { start: block.contentStart, end: block.end }, { location: 'body', section: c.section, domain: c.domain, headingPath: c.headingPath }));
  });
  return out;
}
