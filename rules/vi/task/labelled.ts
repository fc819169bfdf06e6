/**
 * Numbered tasks followed by labelled fields:
 * "1.1. Xây dựng Kế hoạch …" / "- Bộ phận thực hiện: Bộ phận Văn hoá." /
 * "- Bộ phận phối hợp thực hiện: …" / "- Thời gian thực hiện: Quý I năm 2024."
 */
import type { RuleContext, TaskDraft } from '../../types.js';
import { alternation, byFirstCharacter, WB_AFTER } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { parseDeadline } from '../deadline/index.js';
import { DEADLINE_LABELS, LEAD_LABELS, SUPPORT_LABELS } from './dictionary.js';
import { unitsIn } from './units-of.js';

export const id = 'vi/task-labelled';
export const description = 'A numbered task and the labelled lead, support and time lines under it.';
export const examples = ['1.1. Xây dựng Kế hoạch tuyên truyền về an toàn thông tin\n- Bộ phận thực hiện: Bộ phận Văn hoá.\n- Thời gian thực hiện: Quý I năm 2024.'];

const FIELD = new RegExp(
  String.raw`(?<label>${byFirstCharacter(alternation([...SUPPORT_LABELS, ...LEAD_LABELS, ...DEADLINE_LABELS]))})${WB_AFTER}\s?:\s?`,
  'gu',
);
const SUPPORT = new Set(SUPPORT_LABELS);
/** The longest label as keyed: a field's match starts at most this far (and one space) before its colon. */
const LONGEST_LABEL = Math.max(...[...SUPPORT_LABELS, ...LEAD_LABELS, ...DEADLINE_LABELS].map((l) => matchKey(l.normalize('NFC')).length));
const DEADLINE = new Set(DEADLINE_LABELS);

/**
 * Reads labelled fields from `key[from, to)`, returning value spans per field kind.
 * Every field ends in a colon and the pattern looks at nothing before its label,
 * so the scan starts just before the first colon (`fromColon` false: at `from`,
 * the reference the tests hold this to).
 */
export function fields(ctx: RuleContext, from: number, to: number, fromColon = true) {
  const found: Array<{ kind: 'lead' | 'support' | 'deadline'; start: number; end: number }> = [];
  const colon = ctx.key.indexOf(':', from);
  if (fromColon && (colon < 0 || colon >= to)) return found;
  const base = fromColon ? Math.max(from, colon - LONGEST_LABEL - 1) : from;
  const slice = ctx.key.slice(base, to);
  // exec on FIELD itself (every match holds a colon, so none is empty): matchAll would copy the pattern per call.
  const matches: RegExpExecArray[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(slice); m !== null; m = FIELD.exec(slice)) matches.push(m);
  matches.forEach((m, i) => {
    const label = m.groups!['label']!;
    const kind = SUPPORT.has(label) ? 'support' : DEADLINE.has(label) ? 'deadline' : 'lead';
    const start = base + m.index + m[0].length;
    let end = i + 1 < matches.length ? base + matches[i + 1]!.index : to;
    const nl = ctx.text.indexOf('\n', start);
    if (nl >= 0 && nl < end) end = nl;
    found.push({ kind, start, end });
  });
  return found;
}

/** Blocks `[i, end)`: numbered block `i` and the unnumbered lines under it. */
function extent(ctx: RuleContext, i: number): number {
  const blocks = ctx.normalised.blocks;
  let j = i + 1;
  while (j < blocks.length && !blocks[j]!.numbering && blocks[j]!.kind !== 'table-row') j++;
  return j;
}

/** True when block `i` is a numbered task with a labelled doer or time under it (so it is no unit heading). */
export function isLabelledTask(ctx: RuleContext, i: number): boolean {
  const b = ctx.normalised.blocks[i]!;
  if (!b.numbering || b.kind === 'table-row') return false;
  const fs = fields(ctx, b.start, ctx.normalised.blocks[extent(ctx, i) - 1]!.end);
  return fs.some((f) => f.kind === 'lead' || f.kind === 'deadline');
}

/** Extracts labelled numbered tasks. */
export function extract(ctx: RuleContext): TaskDraft[] {
  const out: TaskDraft[] = [];
  const blocks = ctx.normalised.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.numbering || b.kind === 'table-row') continue;
    // The task's fields: the lines after it until the next numbered block.
    const j = extent(ctx, i);
    const from = b.start;
    const to = blocks[j - 1]!.end;
    const fs = fields(ctx, from, to);
    if (!fs.some((f) => f.kind === 'lead') && !fs.some((f) => f.kind === 'deadline')) continue;
    const lead = fs.filter((f) => f.kind === 'lead').flatMap((f) => unitsIn(ctx.text.slice(f.start, f.end)));
    const support = fs.filter((f) => f.kind === 'support').flatMap((f) => unitsIn(ctx.text.slice(f.start, f.end)));
    const dl = fs.find((f) => f.kind === 'deadline');
    const deadlineText = dl ? ctx.text.slice(dl.start, dl.end).replace(/[.;]\s*$/u, '') : '';
    const year = ctx.docYear;
    // The title ends where the first field starts, or at its own end.
    const firstField = fs[0] ? fs[0].start - 1 : b.end;
    let titleEnd = Math.min(b.end, firstField);
    const labelAt = ctx.key.slice(b.contentStart, titleEnd).search(/-\s[\p{L}]+[^:]{0,40}:/u);
    if (labelAt > 0) titleEnd = b.contentStart + labelAt;
    while (titleEnd > b.contentStart && /[\s\-–]/u.test(ctx.text[titleEnd - 1]!)) titleEnd--;
    const c = ctx.structure.context[i]!;
    out.push({
      quote: { start: b.contentStart, end: titleEnd, ruleId: id },
      lead,
      support,
      deadline: deadlineText && year ? parseDeadline(deadlineText, { docYear: year }) : null,
      section: c.section,
      domain: c.domain,
    });
  }
  return out;
}
