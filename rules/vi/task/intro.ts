/**
 * A paragraph that introduces a list by naming who carries it out: "Các thành
 * viên Ban Chỉ đạo; các cán bộ công chức, các cơ quan liên quan thực hiện chế
 * độ báo cáo như sau:". The units before the verb lead each item below it.
 */
import type { RuleContext } from '../../types.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { packedMap } from '../../../pipeline/packed.js';
import { resolveUnits } from '../units/index.js';
import { SUBJECT_END_VERBS } from './dictionary.js';

const VERB = new RegExp(`${WB_BEFORE}(?:${alternation(SUBJECT_END_VERBS)})${WB_AFTER}`, 'u');
const ENDS_WITH_COLON = /:\s*$/u;
const MAX_INTRO_CHARS = 300;

/** The units that block `i` names as doers of the list that follows it, or null when it is not such an introduction. */
export function introUnits(ctx: RuleContext, i: number): string[] | null {
  const blocks = ctx.normalised.blocks;
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (b.kind !== 'paragraph' || b.marker || b.numbering || !next || next.kind !== 'list-item') return null;
  if (b.end - b.contentStart > MAX_INTRO_CHARS || !ENDS_WITH_COLON.test(ctx.text.slice(b.contentStart, b.end))) return null;
  const verb = ctx.key.slice(b.contentStart, b.end).search(VERB);
  if (verb <= 0) return null;
  const units = resolveUnits(ctx.text.slice(b.contentStart, b.contentStart + verb));
  return units.length > 0 && units.every((u) => u.canonical !== null) ? packedMap(units, (u) => u.text) : null;
}
