/** A numbered citation: "Kế hoạch số 73/KH-UBND ngày 10/05/2022 của UBND huyện Thạch Thành". */
import type { RuleContext, ReferenceDraft } from '../../types.js';
import { lineOfSourceOffset } from '../../../pipeline/normalise/index.js';
import { subjectIssuer } from './subject.js';
import { PART_REACH, TYPE_RE, TYPE_SCAN, readDate, readIssuer, readNumber, typeOf } from './parts.js';
import { execAtWordStart, execWithin } from '../../pattern.js';

/** Where one citation stands, before issuers are shared along a coordinated list. */
export interface Citation {
  draft: ReferenceDraft;
  /** Offset of the type word. */
  typeAt: number;
  /** Offset of the type word directly after ", " or " và ", or -1: the next item of a coordinated list. */
  nextTypeAt: number;
}

const AND_NEXT = /\s*(?:,|và)\s+/uy;
/** A type word right at a position: the next item of a coordinated list. */
const TYPE_AT = new RegExp(TYPE_RE.source, 'uy');

function lineAt(ctx: RuleContext, offset: number): number {
  return lineOfSourceOffset(ctx.normalised, ctx.normalised.map.toSourceStart(offset));
}

/** vi/reference-numbered */
export const numberedReferenceRule = {
  id: 'vi/reference-numbered',
  description: 'A document type word with a number, then optional date and "của <issuer>" in either order',
  examples: [
    'Kế hoạch số 73/KH-UBND ngày 10/05/2022 của UBND huyện Thạch Thành',
    'Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ',
    'Công văn 1031/UBND-VHTT',
    'Nghị định số 42/2022/NĐ-CP',
    'Kế hoạch số 85/KH- UBND của UBND Huyện Hoằng Hóa ngày 18 tháng 5 năm 2022',
  ],
  extract(ctx: RuleContext): Citation[] {
    const out: Citation[] = [];
    const { text, key } = ctx;
    TYPE_SCAN.lastIndex = 0;
    for (let m = execAtWordStart(TYPE_SCAN, key); m; m = execAtWordStart(TYPE_SCAN, key)) {
      const type = typeOf(m[0]);
      if (!type) continue;
      const afterType = m.index + m[0].length;
      const num = readNumber(text, key, afterType);
      if (!num) continue;
      let end = num.end;
      let date = readDate(key, end);
      if (date) end = date.end;
      const issuer = readIssuer(text, key, end);
      if (issuer) end = issuer.end;
      if (!date) {
        date = readDate(key, end);
        if (date) end = date.end;
      }
      // The record's line is the number's: start the quote there when the type word stands on an earlier line.
      const start = lineAt(ctx, m.index) === lineAt(ctx, num.start) ? m.index : num.start;
      const link = execWithin(AND_NEXT, key, end, PART_REACH);
      let nextTypeAt = -1;
      if (link && execWithin(TYPE_AT, key, end + link[0].length, PART_REACH)) nextTypeAt = end + link[0].length;
      TYPE_SCAN.lastIndex = num.end;
      out.push({
        draft: {
          type,
          number: num.number,
          date: date?.date ?? null,
          issuer: issuer?.issuer ?? subjectIssuer(text, key, m.index).issuer,
          quote: { start, end, ruleId: numberedReferenceRule.id },
        },
        typeAt: m.index,
        nextTypeAt,
      });
    }
    // "Quyết định số 1034/QĐ-BTTTT … và Quyết định số 350/QĐ-BTTTT … của Bộ trưởng …": the issuer is shared.
    for (let i = out.length - 2; i >= 0; i--) {
      const c = out[i]!;
      const next = out[i + 1]!;
      if (c.nextTypeAt === next.typeAt && c.draft.issuer === null) c.draft.issuer = next.draft.issuer;
    }
    return out;
  },
};
