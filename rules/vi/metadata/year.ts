/** The plan/report year: the title's "năm 2024", else the most common year the text aims at. */
import type { RuleContext } from '../../types.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { HORIZON_BEFORE } from './dictionary.js';
import { B, alt } from './util.js';

const YEAR_RE = new RegExp(`${B}${matchKey('năm')}\\s+((?:19|20)\\d{2})(?![\\p{N}])`, 'gu');
const HORIZON_RE = new RegExp(`${B}(?:${alt(HORIZON_BEFORE)})(?:\\s+\\d{1,2})?\\s+$`, 'u');
const LOOKBACK = 24;

function years(key: string, from: number, to: number): number[] {
  const out: number[] = [];
  YEAR_RE.lastIndex = from;
  for (let m = YEAR_RE.exec(key); m && m.index < to; m = YEAR_RE.exec(key)) {
    if (HORIZON_RE.test(key.slice(Math.max(0, m.index - LOOKBACK), m.index))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** vi/metadata-year */
export const yearRule = {
  id: 'vi/metadata-year',
  description: 'Year of the plan/report: last "năm YYYY" of the title that is not a horizon ("đến năm 2025"), else the most common one in the text',
  examples: ['Chuyển đổi số xã Tịnh Long năm 2024', 'CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM 2024'],
  extract(ctx: RuleContext, title: string | null): number | null {
    if (title) {
      const t = years(matchKey(title), 0, title.length);
      if (t.length > 0) return t[t.length - 1]!;
    }
    const counts = new Map<number, number>();
    for (const y of years(ctx.key, 0, ctx.key.length)) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: number | null = null;
    for (const [y, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
    return best;
  },
};
