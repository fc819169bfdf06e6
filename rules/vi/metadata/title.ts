/**
 * docType and title: the line(s) under "KẾ HOẠCH" / "BÁO CÁO", or, for a file
 * without a header, the part headings ("Phần I: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM
 * 2023", "Phần II: KẾ HOẠCH NĂM 2023").
 */
import type { Metadata } from '../../../output/schema.js';
import type { RuleContext } from '../../types.js';
import { BOARD_PLAN_TITLES, DEFAULT_TOPIC, DOC_HEADS, PART_WORDS, PLAN_PART_HEADS, REPORT_PART_HEADS } from './dictionary.js';
import { B, E, alt, isUpper, sentenceCase } from './util.js';
import { matchKey } from '../../../pipeline/text/match-key.js';

export interface TitleFound {
  docType: Metadata['docType'];
  /** Title with its head word ("Kế hoạch …"), as written, or composed from the parts. */
  title: string | null;
  /** Span of the subtitle in the normalised text, or null when composed. */
  span: { start: number; end: number } | null;
  /** Composed from part headings: the plan part's topic is missing and names no commune. */
  composed: { report: string; planYear: string | null } | null;
}

/** How many opening blocks may hold the header. */
const HEAD_WINDOW = 12;
/** Most blocks a subtitle runs over. */
const SUBTITLE_MAX_BLOCKS = 3;
const HEAD_RE = new RegExp(`^(?:${alt(DOC_HEADS.map(([w]) => w))})${E}`, 'u');
/** Lines that end a subtitle: the preamble ("Căn cứ …", "Thực hiện …") or a dated line. */
const PREAMBLE_RE = new RegExp(`^(?:${alt(['căn cứ', 'thực hiện', 'thưc hiện', 'kính gửi', 'số', 'thực hiện'])})${E}`, 'u');
const BOARD_RE = new RegExp(`${B}(?:${alt(BOARD_PLAN_TITLES)})${E}`, 'u');
const BOARD_NUMBER_RE = new RegExp(`/\\s*kh\\s*-\\s*(?:${alt(['bcđ'])})`, 'u');
const PART_RE = new RegExp(`${B}(?:${alt(PART_WORDS)})\\s+[ivx\\d]+\\s*[:.]\\s*`, 'u');
const REPORT_PART_RE = new RegExp(`^(?:${alt(REPORT_PART_HEADS)})${E}`, 'u');
const PLAN_PART_RE = new RegExp(`^(?:${alt(PLAN_PART_HEADS)})${E}`, 'u');
const AND_PLAN_RE = new RegExp(`${B}${matchKey('và')}\\s+(?:${alt(PLAN_PART_HEADS)})${E}`, 'u');

/** vi/metadata-title */
export const titleRule = {
  id: 'vi/metadata-title',
  description: 'Document type and title from the header, or from "Phần I / Phần II" headings',
  examples: ['KẾ HOẠCH\nChuyển đổi số xã Tịnh Long năm 2024', 'BÁO CÁO\nKết quả thực hiện …', 'Phần I: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023 … Phần II: KẾ HOẠCH NĂM 2023'],
  extract(ctx: RuleContext): TitleFound {
    const blocks = ctx.normalised.blocks;
    const boardNumber = BOARD_NUMBER_RE.test(ctx.key.slice(0, blocks[Math.min(HEAD_WINDOW, blocks.length) - 1]?.end ?? 0));
    for (let i = 0; i < Math.min(HEAD_WINDOW, blocks.length); i++) {
      const b = blocks[i]!;
      const key = ctx.key.slice(b.start, b.end).trim();
      const text = ctx.text.slice(b.start, b.end).trim();
      const head = HEAD_RE.exec(key);
      if (!head || !isUpper(text.slice(0, head[0].length))) continue;
      const type = DOC_HEADS.find(([w]) => matchKey(w) === head[0].replace(/\s+/gu, ' '))![1];
      const headWord = sentenceCase(text.slice(0, head[0].length));
      // The subtitle: the rest of the head line, then following lines up to the preamble.
      const lead = ctx.text.slice(b.start, b.end).indexOf(text) + head[0].length;
      let start = b.start + lead;
      let end = b.end;
      for (let j = i + 1; j < Math.min(blocks.length, i + 1 + SUBTITLE_MAX_BLOCKS); j++) {
        const n = blocks[j]!;
        const nk = ctx.key.slice(n.start, n.end).trim();
        if (PREAMBLE_RE.test(nk) || n.numbering !== null || n.marker !== null || n.kind === 'table-row') break;
        if (start >= end || !/\S/u.test(ctx.text.slice(start, end))) start = n.start;
        end = n.end;
        // A title is one or two lines; stop once it names its year.
        if (/(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u.test(nk)) break;
      }
      while (start < end && /\s/u.test(ctx.text[start]!)) start++;
      const sub = ctx.text.slice(start, end).replace(/\s+/gu, ' ').trim();
      const subKey = ctx.key.slice(start, end);
      let docType: Metadata['docType'] = type;
      if (type === 'plan' && (BOARD_RE.test(subKey) || boardNumber)) docType = 'board-plan';
      if (type === 'report' && AND_PLAN_RE.test(subKey)) docType = 'plan+report';
      return { docType, title: sub ? `${headWord} ${sub}` : headWord, span: sub ? { start, end } : null, composed: null };
    }
    // No header: look for a report part and a plan part.
    let report: string | null = null;
    let planYear: string | null = null;
    let plan = false;
    for (const h of ctx.structure.headings) {
      const b = blocks[h]!;
      const key = ctx.key.slice(b.start, b.end);
      const p = PART_RE.exec(key);
      if (!p) continue;
      const rest = ctx.text.slice(b.start + p.index + p[0].length, b.end).trim();
      const restKey = matchKey(rest);
      if (REPORT_PART_RE.test(restKey) && report === null) report = sentenceCase(rest);
      else if (PLAN_PART_RE.test(restKey)) {
        plan = true;
        planYear = /(?:19|20)\d{2}/u.exec(rest)?.[0] ?? null;
      }
    }
    if (report && plan) return { docType: 'plan+report', title: null, span: null, composed: { report, planYear } };
    if (report) return { docType: 'report', title: null, span: null, composed: { report, planYear: null } };
    return { docType: 'plan', title: null, span: null, composed: null };
  },
};

/** Composes a headerless combined document's title once the commune is known. */
export function composeTitle(c: NonNullable<TitleFound['composed']>, communeWord: string | null, commune: string | null): string {
  const of = commune ? ` của ${communeWord ?? 'xã'} ${commune}` : '';
  if (c.planYear === null) return `${c.report}${of}`;
  return `${c.report} và Kế hoạch ${DEFAULT_TOPIC} năm ${c.planYear}${of}`;
}
