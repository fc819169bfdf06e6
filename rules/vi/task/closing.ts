/**
 * Where a document's closing stands: "Trên đây là Kế hoạch …", "Nơi nhận:", the
 * signature, the issuing body's general request ("UBND xã X đề nghị các cơ quan
 * … thực hiện tốt Kế hoạch này") or a report's "Vậy UBND xã X báo cáo …". A
 * closing paragraph addresses every unit at once, so it assigns no discrete
 * piece of work, and the lists after it (recipients, signer) are not duties of
 * the unit heading above them.
 */
import type { RuleContext } from '../../types.js';
import { alternation, WB_AFTER } from '../../pattern.js';
import { CLOSING_OPENERS, CLOSING_PARTICLES, CLOSING_VERBS, ISSUING_BODIES, REPORT_VERBS } from './dictionary.js';

export const id = 'vi/task-closing';
export const description = 'The closing formula, recipients list and signature end the part of a document that assigns work.';
export const examples = [
  'Trên đây là Kế hoạch chuyển đổi số năm 2024 của UBND xã Tân Lập.',
  'UBND xã Thành Thọ đề nghị các cơ quan, đơn vị tổ chức triển khai thực hiện tốt Kế hoạch này.',
  'Vậy UBND xã Hoằng Cát báo cáo kết quả thực hiện nhiệm vụ.',
];

const OPENER = new RegExp(`^(?:${alternation(CLOSING_OPENERS)})${WB_AFTER}`, 'u');
// The body's name is at most a few syllables ("xã Thành Thọ"); the bound keeps the scan linear.
const BODY = `(?:${alternation(ISSUING_BODIES)})(?:\\s[\\p{L}\\p{M}]+){0,4}?\\s`;
const REQUEST = new RegExp(`^${BODY}(?:${alternation(CLOSING_VERBS)})${WB_AFTER}`, 'u');
const REPORT = new RegExp(`^(?:${alternation(CLOSING_PARTICLES)}),?\\s${BODY}(?:${alternation(REPORT_VERBS)})${WB_AFTER}`, 'u');

/** True when block `i` opens the closing: a formula, or a paragraph (not a list item) with the body's request. */
export function opensClosing(ctx: RuleContext, i: number): boolean {
  const b = ctx.normalised.blocks[i]!;
  if (b.kind === 'table-row') return false;
  const head = ctx.key.slice(b.contentStart, Math.min(b.end, b.contentStart + 120));
  if (OPENER.test(head) || REPORT.test(head)) return true;
  return b.kind === 'paragraph' && !b.marker && !b.numbering && REQUEST.test(head);
}

/**
 * Per block: true inside a closing, from its opening block until the next
 * numbered heading (a plan+report may close its report part and go on).
 */
export function closedBlocks(ctx: RuleContext): readonly boolean[] {
  let out = closedOf.get(ctx);
  if (out === undefined) closedOf.set(ctx, (out = findClosed(ctx)));
  return out;
}

// Three task rules ask per document; a context is never changed once built, so the answer is kept with it.
const closedOf = new WeakMap<RuleContext, readonly boolean[]>();

function findClosed(ctx: RuleContext): boolean[] {
  const blocks = ctx.normalised.blocks;
  const out = new Array<boolean>(blocks.length).fill(false);
  let closed = false;
  for (let i = 0; i < blocks.length; i++) {
    if (ctx.structure.headings.has(i) && blocks[i]!.numbering) closed = false;
    if (!closed && opensClosing(ctx, i)) closed = true;
    out[i] = closed;
  }
  return out;
}
