/** Task rules, in order; a block claimed by an earlier rule is not read again by a later one. */
import type { RuleContext, TaskDraft } from '../../types.js';
import * as labelled from './labelled.js';
import * as unitDuties from './unit-duties.js';
import * as assignmentTable from './assignment-table.js';
import * as sectionItems from './section-items.js';
import * as aim from './aim.js';

/** The ordered task rules: labelled numbered tasks first (they are the most explicit). */
export const taskRules = [labelled, unitDuties, assignmentTable, sectionItems, aim] as const;

function overlapsAny(t: TaskDraft, kept: readonly TaskDraft[]): boolean {
  const { start, end } = t.quote;
  for (let k = 0; k < kept.length; k++) {
    const o = kept[k]!.quote;
    if (start < o.end && end > o.start) return true;
  }
  return false;
}

/** All task drafts of a document, in reading order, overlapping finds removed. */
export function extractTasks(ctx: RuleContext): TaskDraft[] {
  const out: TaskDraft[] = [];
  for (const rule of taskRules) {
    for (const t of rule.extract(ctx)) if (!overlapsAny(t, out)) out.push(t);
  }
  return out.sort((a, b) => a.quote.start - b.quote.start);
}
