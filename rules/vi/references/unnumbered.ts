/**
 * An existing document cited without a number: "đã ban hành Quyết định thành lập
 * Ban chỉ đạo", "Căn cứ vào Nghị quyết của Đảng ủy xã", "Thực hiện Kế hoạch của
 * UBND huyện Thạch Thành về …". Documents still to be made ("Tham mưu ban hành Kế
 * hoạch thúc đẩy …"), generic plurals and the document itself are left out.
 */
import type { RuleContext, ReferenceDraft } from '../../types.js';
import { alternationLoose, byFirstCharacter, execAtWordStart, execWithin, testWithin, WB_BEFORE, WB_AFTER } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { CITING_VERBS, GENERIC_BEFORE, SELF_AFTER, UNNUMBERED_DESCRIPTORS, UNNUMBERED_TYPES } from './dictionary.js';
import { subjectIssuer } from './subject.js';
import { PART_REACH, readIssuer, readNumber, typeOf } from './parts.js';

const B = WB_BEFORE;
const E = WB_AFTER;
const alt = alternationLoose;

/** Scanned with `execAtWordStart` (no leading lookbehind: see rules/pattern.ts). */
const TYPE_SCAN = new RegExp(`(?:${byFirstCharacter(alt(UNNUMBERED_TYPES))})${E}`, 'gu');
const DESCRIPTORS = [...UNNUMBERED_DESCRIPTORS].sort((a, b) => b[0].length - a[0].length);
const DESCRIPTOR_RE = new RegExp(`\\s+(?:năm\\s+\\d{4}\\s+)?(${DESCRIPTORS.map(([w]) => alt([w])).join('|')})${E}`, 'uy');
const VERB_BEFORE_RE = new RegExp(`${B}(?:${alt(CITING_VERBS)})\\s+$`, 'u');
const GENERIC_BEFORE_RE = new RegExp(`${B}(?:${alt(GENERIC_BEFORE)})\\s+$`, 'u');
const CLAUSE_START_RE = /(?:^|[;,:\n]\s*|^-\s*)$/u;
const SELF_AFTER_RE = new RegExp(`\\s+(?:${alt(SELF_AFTER)})${E}`, 'uy');
const TITLE_END_RE = /[;.\n]|$/gu;
/** How far back a citing verb may stand. */
const LOOKBACK = 40;

const TITLE_MAX = 300;

/** vi/reference-unnumbered */
export const unnumberedReferenceRule = {
  id: 'vi/reference-unnumbered',
  description: 'A document cited as existing without a number: type word plus its issuer or subject, after a citing verb or at a clause start',
  examples: [
    'UBND xã đã ban hành Quyết định thành lập Ban chỉ đạo chuyển đổi số của xã',
    'Căn cứ vào Nghị quyết của Đảng ủy xã, Kế hoạch năm 2023 của UBND xã',
    'Thực hiện Kế hoạch của UBND huyện Thạch Thành về hỗ trợ, thúc đẩy chuyển đổi số',
  ],
  extract(ctx: RuleContext): ReferenceDraft[] {
    const out: ReferenceDraft[] = [];
    const { text, key } = ctx;
    TYPE_SCAN.lastIndex = 0;
    for (let m = execAtWordStart(TYPE_SCAN, key); m; m = execAtWordStart(TYPE_SCAN, key)) {
      const type = typeOf(m[0]);
      if (!type) continue;
      const afterType = m.index + m[0].length;
      if (testWithin(SELF_AFTER_RE, key, afterType, PART_REACH) || readNumber(text, key, afterType)) continue;
      const before = key.slice(Math.max(0, m.index - LOOKBACK), m.index);
      if (GENERIC_BEFORE_RE.test(before)) continue;
      const d = execWithin(DESCRIPTOR_RE, key, afterType, PART_REACH);
      if (!d) continue;
      const kind = DESCRIPTORS.find(([w]) => matchKey(w) === d[1]!.replace(/\s+/gu, ' '))?.[1];
      const subject = subjectIssuer(text, key, m.index);
      const afterVerb = VERB_BEFORE_RE.test(before) || subject.cited;
      const atClauseStart = CLAUSE_START_RE.test(before);
      if (!afterVerb && !(atClauseStart && kind !== 'about')) continue;
      let issuer: string | null = subject.issuer;
      if (kind === 'issuer') {
        const at = afterType + d[0].length - d[1]!.length - 1;
        const iss = readIssuer(text, key, at);
        if (!iss) continue;
        issuer = iss.issuer;
      }
      // The title never runs past TITLE_MAX, so its end is looked for no further.
      const stop = execWithin(TITLE_END_RE, key, afterType, m.index + TITLE_MAX - afterType);
      const end = Math.min(stop ? stop.index : key.length, m.index + TITLE_MAX);
      out.push({
        type,
        number: null,
        date: null,
        issuer,
        title: text.slice(m.index, end).trim(),
        quote: { start: m.index, end, ruleId: unnumberedReferenceRule.id },
      });
    }
    return out;
  },
};
