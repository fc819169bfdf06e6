/** Section tree from numbered blocks; the domain each heading names. */
import type { Domain, SectionNodeT } from '../../output/schema.js';
import { DOMAIN_PHRASES, PILLAR_DOMAINS } from '../../rules/vi/domains.js';
import { matchKey } from '../text/match-key.js';
import { wordCountUpTo } from '../text/spaces.js';
import { numberingLevel } from '../normalise/markers.js';
import { packedMap } from '../packed.js';
import type { Normalised } from '../normalise/types.js';
import type { BlockContext } from './types.js';

const PHRASES = [...DOMAIN_PHRASES].map(([p, d]) => [matchKey(p), d] as const).sort((a, b) => b[0].length - a[0].length);
const APPENDIX = /^(?:phụ lục|phụ biểu)(?![\p{L}\p{M}])/u;

/**
 * Whether a block's content opens the appendix ("Phụ lục …"). Every block is
 * asked, so most are answered without keying them: the key keeps the text's
 * length and its spaces where they are, so "phụ lục" / "phụ biểu" needs a space
 * at index 3, and a key starting with "p" comes only from "p", "P" or a
 * character outside ASCII (tests/pipeline/structure.test.ts checks the shortcut
 * against the key).
 */
export function opensAppendix(content: string): boolean {
  const text = content.trimStart();
  const c = text.charCodeAt(0);
  if (text.charCodeAt(3) !== 32 || (c < 0x80 && (c | 0x20) !== 0x70)) return false;
  return APPENDIX.test(matchKey(text));
}

/** Domains a heading title names, in order of appearance, without repeats. */
export function domainsIn(title: string): Domain[] {
  const key = matchKey(title);
  const found: Array<[number, Domain]> = [];
  for (const [phrase, domain] of PHRASES) {
    const at = key.indexOf(phrase);
    if (at >= 0 && !found.some(([, d]) => d === domain)) found.push([at, domain]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}

/** Headings longer than this are numbered sentences (tasks), not titles that name a domain. */
const MAX_TITLE_WORDS = 12;

/** Domains a heading names, or none when it is too long to be a title. */
export function headingDomains(title: string): Domain[] {
  return wordCountUpTo(title, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS ? domainsIn(title) : [];
}

/** True when the named domains include two or more pillars: the content of each value decides among them. */
export function isPillarUmbrella(named: readonly Domain[]): boolean {
  let pillars = 0;
  for (const d of named) if (PILLAR_DOMAINS.has(d) && ++pillars >= 2) return true;
  return false;
}

/**
 * The one domain a heading gives everything under it: the only one it names,
 * or the first of several ("Hạ tầng số, nền tảng số" → ha_tang_so); null for
 * none, and for a pillar umbrella, which the indicator rule resolves by content.
 */
export function headingDomain(named: readonly Domain[]): Domain | null {
  if (named.length === 0 || isPillarUmbrella(named)) return null;
  return named[0]!;
}

/** Title of a heading block: the text after its numbering up to a colon, bounded. */
function headingTitle(text: string): string {
  const colon = text.search(/[:;]/u);
  // "Phần I: ĐÁNH GIÁ …" keeps what follows a short label.
  const cut = colon > 0 && wordCountUpTo(text.slice(0, colon), 4) > 3 ? colon : -1;
  return (cut > 0 ? text.slice(0, cut) : text).replace(/[.\s]+$/u, '').slice(0, 160);
}

interface Open {
  node: SectionNodeT;
  level: number;
  block: number;
}

/** Builds the section tree and the section context of every block. */
export function buildSections(n: Normalised): { sections: SectionNodeT[]; context: BlockContext[]; headings: Set<number> } {
  const roots: SectionNodeT[] = [];
  const stack: Open[] = [];
  const context: BlockContext[] = [];
  const headings = new Set<number>();
  let appendix = false;
  // The titles of the open headings, shared by the blocks under them until a heading opens or closes (no reader changes it).
  let headingPath: string[] | null = null;
  n.blocks.forEach((block, i) => {
    const content = n.text.slice(block.contentStart, block.end);
    if (block.kind !== 'table-row' && opensAppendix(content)) {
      const text = n.text.slice(block.start, block.end);
      appendix = true;
      stack.length = 0;
      const node: SectionNodeT = { numbering: null, title: headingTitle(text), path: 'appendix', domain: null, line: block.line, level: 0, children: [] };
      roots.push(node);
      stack.push({ node, level: 0, block: i });
      headingPath = null;
      headings.add(i);
    } else if (!appendix && block.numbering && !/^[a-zđ]$/u.test(block.numbering) && block.kind !== 'table-row') {
      const level = numberingLevel(block.numbering);
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const title = headingTitle(content);
      let path = '';
      for (const o of stack) path += `${o.node.numbering ?? ''}>`;
      path += block.numbering;
      const node: SectionNodeT = {
        numbering: block.numbering,
        title,
        path,
        domain: headingDomain(headingDomains(title)),
        line: block.line,
        level,
        children: [],
      };
      (stack.length ? stack[stack.length - 1]!.node.children : roots).push(node);
      stack.push({ node, level, block: i });
      headingPath = null;
      headings.add(i);
    }
    let domain: Domain | null = null;
    for (let s = stack.length - 1; s >= 0 && domain === null; s--) domain = stack[s]!.node.domain;
    const top = stack[stack.length - 1];
    context.push({
      section: appendix ? 'appendix' : (top?.node.path ?? ''),
      domain,
      heading: top?.block ?? -1,
      headingPath: (headingPath ??= packedMap(stack, (o) => o.node.title)),
      inAppendix: appendix,
    });
  });
  return { sections: roots, context, headings };
}
