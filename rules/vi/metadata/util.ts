/** Helpers shared by the metadata rules: dictionary alternations and case handling. */
import { matchKey } from '../../../pipeline/text/match-key.js';
import type { RuleContext } from '../../types.js';

export const B = '(?<![\\p{L}\\p{M}\\p{N}])';
export const E = '(?![\\p{L}\\p{M}\\p{N}])';

/** Regex alternation of dictionary words on the key (longest first, spaces as `\s+`). */
export const alt = (words: ReadonlyArray<string>): string =>
  [...new Set(words.map((w) => matchKey(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True when the letters of `s` are all capitals (a heading or header line). */
export function isUpper(s: string): boolean {
  return UPPER.test(s) && !LOWER.test(s);
}

/** "ĐÁNH GIÁ KẾT QUẢ" → "Đánh giá kết quả"; acronyms (UBND, HĐND) are kept. */
export function sentenceCase(s: string, keep: ReadonlyArray<string> = []): string {
  const lower = s.replace(/\p{Lu}+/gu, (w) => (w.length >= 3 && !/[AEIOUYĂÂÊÔƠƯÁÀẢÃẠ]/u.test(w.normalize('NFD').replace(/\p{M}/gu, '')) ? w : w.toLowerCase()));
  let out = lower.charAt(0).toUpperCase() + lower.slice(1);
  for (const name of keep) {
    const k = matchKey(name);
    let at = matchKey(out).indexOf(k);
    while (at >= 0) {
      out = out.slice(0, at) + name + out.slice(at + name.length);
      at = matchKey(out).indexOf(k, at + name.length);
    }
  }
  return out;
}

/** "TỊNH LONG" → "Tịnh Long". */
export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());

/** Text of block `i` with a leading list marker/numbering dropped. */
export function blockText(ctx: RuleContext, i: number): string {
  const b = ctx.normalised.blocks[i]!;
  return ctx.text.slice(b.start, b.end).trim();
}
