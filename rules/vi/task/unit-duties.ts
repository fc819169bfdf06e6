/**
 * Duties listed under a unit heading in "Tổ chức thực hiện" / "Nhiệm vụ cụ thể":
 * "2. Công chức Văn hóa xã" / "- Tham mưu UBND xã triển khai thực hiện Kế hoạch."
 * Each item under the heading is one task led by the heading's unit(s).
 */
import type { RuleContext, TaskDraft } from '../../types.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { keySlice, matchKey } from '../../../pipeline/text/match-key.js';
import { resolveUnits } from '../units/index.js';
import { DUTY_SECTION_HEADINGS, SUPPORT_INLINE, UNIT_HEADING_LEADS } from './dictionary.js';
import { closedBlocks } from './closing.js';
import { runningDeadline } from './running-deadline.js';
import { firstSentenceEnd } from './sentence.js';
import { introUnits } from './intro.js';
import { isLabelledTask } from './labelled.js';

export const id = 'vi/task-unit-duty';
export const description = 'Each item under a unit heading of an implementation section is a task of that unit.';
export const examples = ['III. TỔ CHỨC THỰC HIỆN\n2. Công chức Văn hóa xã\n- Tham mưu UBND xã triển khai thực hiện Kế hoạch.'];

const DUTY_SECTION = new RegExp(`${WB_BEFORE}(?:${alternation(DUTY_SECTION_HEADINGS)})${WB_AFTER}`, 'u');
const HEADING_LEAD = new RegExp(`^(?:${alternation(UNIT_HEADING_LEADS)})${WB_AFTER}\\s?`, 'u');
const SUPPORT = new RegExp(`${WB_BEFORE}(?:${alternation(SUPPORT_INLINE)})\\s(?<units>[^,.;:]{3,80})`, 'gu');
// Every match opens with one of these words ("phối"): a duty without them is not scanned.
const SUPPORT_HEADS = [...new Set(SUPPORT_INLINE.map((w) => matchKey(w.normalize('NFC')).split(' ')[0]!))];
// A bullet broken by a blank line goes on in a paragraph that starts in lower case.
const CONTINUATION = /^[\p{Ll}]/u;

/** Extracts unit duties. */
export function extract(ctx: RuleContext): TaskDraft[] {
  const out: TaskDraft[] = [];
  const blocks = ctx.normalised.blocks;
  const headingUnits = new Map<number, string[]>();
  const closed = closedBlocks(ctx);
  // Every block under a heading asks about the same titles.
  const dutyTitle = new Map<string, boolean>();
  const isDutyTitle = (h: string): boolean => {
    let yes = dutyTitle.get(h);
    if (yes === undefined) dutyTitle.set(h, (yes = DUTY_SECTION.test(matchKey(h))));
    return yes;
  };
  let lastPath: readonly string[] | null = null;
  let lastPathInDuties = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const c = ctx.structure.context[i]!;
    if (b.kind === 'table-row' || c.inAppendix || closed[i]) continue;
    if (ctx.structure.headings.has(i)) {
      const title = c.headingPath[c.headingPath.length - 1] ?? '';
      const inDuties = c.headingPath.slice(0, -1).some(isDutyTitle);
      // A numbered task with labelled fields may name a unit in its title; it is not a unit heading.
      if (inDuties && !isLabelledTask(ctx, i)) {
        const stripped = title.replace(HEADING_LEAD, (m) => ' '.repeat(m.length));
        // Pushed, not filtered and mapped: see pipeline/packed.ts.
        const units: string[] = [];
        for (const u of resolveUnits(matchKey(stripped).startsWith(' ') ? stripped.trim() : title.replace(HEADING_LEAD, ''))) if (u.canonical !== null) units.push(u.text);
        if (units.length) headingUnits.set(i, units);
      }
      continue;
    }
    if (!b.marker && !b.numbering && CONTINUATION.test(ctx.text.slice(b.contentStart, b.contentStart + 1))) continue;
    // Blocks under the same headings share their path (buildSections): ask once per path.
    if (c.headingPath !== lastPath) {
      lastPath = c.headingPath;
      lastPathInDuties = lastPath.some(isDutyTitle);
    }
    // "Các thành viên Ban Chỉ đạo; các cán bộ công chức … thực hiện chế độ báo cáo như sau:" names the doers of the items below.
    const intro = lastPathInDuties ? introUnits(ctx, i) : null;
    if (intro !== null && !headingUnits.has(c.heading)) {
      headingUnits.set(c.heading, intro);
      continue;
    }
    const lead = headingUnits.get(c.heading);
    if (!lead) continue;
    const content = ctx.text.slice(b.contentStart, b.end);
    const quoteEnd = firstSentenceEnd(ctx, b.contentStart, b.end);
    const support: string[] = [];
    const dutyKey = ctx.key.slice(b.contentStart, b.end);
    const partners = SUPPORT_HEADS.some((h) => dutyKey.includes(h)) ? [...dutyKey.matchAll(SUPPORT)] : [];
    for (const m of partners) {
      const s = b.contentStart + m.index + m[0].length - m.groups!['units']!.length;
      const phrase = ctx.text.slice(s, s + m.groups!['units']!.length);
      for (const u of resolveUnits(phrase)) if (u.canonical && !support.includes(u.text)) support.push(u.text);
    }
    out.push({
      quote: { start: b.contentStart, end: quoteEnd, ruleId: id },
      lead,
      support,
      deadline: runningDeadline(content, ctx.docYear, keySlice(ctx.text, ctx.key, b.contentStart, b.end)),
      section: c.section,
      domain: c.domain,
    });
  }
  return out;
}
