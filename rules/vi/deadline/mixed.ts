/**
 * "thường xuyên, Quý IV năm 2024": continuous work that also has a dated milestone
 * is one `mixed` deadline whose bounds are the plan year.
 */
import type { Deadline, DeadlineKind } from '../../../output/schema.js';
import { VI, alt } from './dictionary.js';
import { yearBounds } from './dates.js';
import type { DeadlineContext } from './types.js';

/** A deadline mention with offsets into the original text. */
export interface DeadlineMention {
  start: number;
  end: number;
  ruleId: string;
  deadline: Deadline;
}

/** Kinds that pin work to a date, as opposed to continuous or recurring work. */
export const DATED_KINDS: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>([
  'date', 'before-date', 'month', 'before-month', 'quarter', 'year', 'period',
]);

const JOIN = new RegExp(`^[\\s,;\\-–—]*(?:${alt(VI.and)}[\\s,;]*)?$`, 'u');
const MAX_GAP = 12;

/** The mixed combiner (not a regex rule: it joins mentions the other rules found). */
export const mixedRule = {
  id: 'vi/deadline-mixed',
  description: 'Joins a continuous mention and an adjacent dated one into one mixed deadline',
  examples: ['thường xuyên, Quý IV năm 2024', 'Thường xuyên; năm 2025', 'Quý III/2024 và thường xuyên'],
  /** Merges adjacent continuous + dated mentions of `found` (sorted by start). */
  combine(found: DeadlineMention[], text: string, key: string, ctx: DeadlineContext): DeadlineMention[] {
    const out: DeadlineMention[] = [];
    for (const cur of found) {
      const prev = out[out.length - 1];
      if (prev !== undefined && canJoin(prev, cur, key)) {
        const [start, end] = yearBounds(ctx.docYear);
        out[out.length - 1] = {
          start: prev.start,
          end: cur.end,
          ruleId: mixedRule.id,
          deadline: { text: text.slice(prev.start, cur.end), kind: 'mixed', start, end, recurrence: null },
        };
      } else out.push(cur);
    }
    return out;
  },
};

function canJoin(a: DeadlineMention, b: DeadlineMention, key: string): boolean {
  const gap = key.slice(a.end, b.start);
  if (gap.length > MAX_GAP || !JOIN.test(gap)) return false;
  const ka = a.deadline.kind;
  const kb = b.deadline.kind;
  const aCont = ka === 'continuous' || ka === 'mixed';
  return (aCont && DATED_KINDS.has(kb)) || (DATED_KINDS.has(ka) && kb === 'continuous');
}
