/**
 * The signer from the signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tôn Đức
 * Trung" → Phó Chủ tịch; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (no name) → Chủ tịch,
 * name null; "TRƯỞNG BAN / CHỦ TỊCH UBND XÃ" → "Trưởng Ban - Chủ tịch UBND xã".
 */
import type { Metadata } from '../../../output/schema.js';
import type { RuleContext } from '../../types.js';
import { APPENDIX_HEADS, BODY_LINES, RECIPIENTS, SIGN_PREFIXES, SIGNER_TITLES } from './dictionary.js';
import { E, alt, isUpper } from './util.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { isWhiteSpaceUnit } from '../../../pipeline/text/code-units.js';

const PREFIX = `(?:${alt(SIGN_PREFIXES)})\\s*`;
/** One unit of a signature block: an optional KT./TM. prefix and a title or body name. */
const UNIT_RE = new RegExp(`\\s*(?<prefix>${PREFIX})?(?:(?<title>${alt(SIGNER_TITLES.map(([k]) => k))})|(?<body>${alt(BODY_LINES)})(?:\\s+(?:xã|phường|thị trấn)(?:\\s+(?!(?:${alt(SIGN_PREFIXES)})(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+){0,3})?)${E}`, 'uy');
const TITLE_OF = new Map(SIGNER_TITLES.map(([k, v]) => [matchKey(k), v]));
const APPENDIX_RE = new RegExp(`^(?:${alt(APPENDIX_HEADS)})${E}`, 'u');
const RECIPIENTS_RE = new RegExp(`^${alt([RECIPIENTS])}`, 'u');
/** The key keeps letters and lower-cases them: a text whose key starts like RECIPIENTS starts with its first letter. */
const STARTS_LIKE_RECIPIENTS = new RegExp(`^[${RECIPIENTS[0]}${RECIPIENTS[0]!.toUpperCase()}]`, 'u');
/** A person's name: two to five capitalised syllables, or the same in capitals. */
const NAME_RE = /^(?:\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}|\p{Lu}+(?: \p{Lu}+){1,4})$/u;
/** How far after the titles a name may stand (blocks). */
const NAME_WINDOW = 2;

/** The first character of `text` that is neither "*" nor white space ("" for none): the first of the text with its stars dropped, trimmed. */
function firstWritten(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 42 && !isWhiteSpaceUnit(c)) return text.slice(i, i + 2);
  }
  return '';
}

/** Parses a run of signature lines (key) into the signer's titles, or null when it is not one. */
export function parseSignTitles(key: string): string[] | null {
  const titles: string[] = [];
  let at = 0;
  const k = key.replace(/\*/gu, ' ');
  while (at < k.length) {
    UNIT_RE.lastIndex = at;
    const m = UNIT_RE.exec(k);
    if (!m || m[0].length === 0) return /^\s*$/u.test(k.slice(at)) ? titles : null;
    at += m[0].length;
    const g = m.groups!;
    // "KT. CHỦ TỊCH" signs for the chairman; the title below it is the signer's.
    if (g['prefix'] || g['body']) continue;
    titles.push(TITLE_OF.get(g['title']!.replace(/\s+/gu, ' '))!);
  }
  return titles;
}

/** vi/metadata-signer */
export const signerRule = {
  id: 'vi/metadata-signer',
  description: 'Signer title(s) and name from the signature block before the appendix',
  examples: ['KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTôn Đức Trung', 'TM.UỶ BAN NHÂN DÂN\nCHỦ TỊCH', 'TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ\nNgô Duy Bôn'],
  extract(ctx: RuleContext): Metadata['signer'] {
    const blocks = ctx.normalised.blocks;
    let last: { first: number; last: number; titles: string[] } | null = null;
    let afterRecipients = false;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const raw = ctx.text.slice(b.start, b.end);
      // Dropping "*" and trimming changes neither which letters there are nor the first one: ask the raw block first.
      const upper = isUpper(raw);
      // Only a capitalised block or "Nơi nhận" can matter: the others are not keyed at all.
      if (!upper && !STARTS_LIKE_RECIPIENTS.test(firstWritten(raw))) continue;
      const text = raw.replace(/\*/gu, '').trim();
      const key = matchKey(text);
      if (RECIPIENTS_RE.test(key)) afterRecipients = true;
      // The signature stands before the first appendix that follows the recipients list.
      if (last && afterRecipients && APPENDIX_RE.test(key) && upper) break;
      if (!upper || b.kind === 'table-row') continue;
      const titles = parseSignTitles(key);
      if (!titles) continue;
      if (last && last.last === i - 1) {
        last.last = i;
        last.titles.push(...titles);
      } else {
        last = { first: i, last: i, titles };
      }
    }
    if (!last || last.titles.length === 0) return null;
    let name: string | null = null;
    for (let j = last.last + 1; j <= Math.min(blocks.length - 1, last.last + NAME_WINDOW); j++) {
      const b = blocks[j]!;
      const t = ctx.text.slice(b.start, b.end).replace(/\*/gu, '').trim();
      if (!t) continue;
      if (NAME_RE.test(t) && !APPENDIX_RE.test(matchKey(t)) && parseSignTitles(matchKey(t)) === null) name = isUpper(t) ? t.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase()) : t;
      break;
    }
    return { name, title: [...new Set(last.titles)].join(' - ') };
  },
};
