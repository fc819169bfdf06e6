/**
 * The domain of an indicator: the nearest heading that names one, and under a
 * pillar umbrella ("Chính quyền số, kinh tế số, xã hội số") the pillar its
 * content is about — its canonical measure's domain when that is one of the
 * named pillars, else the earliest pillar word of its subject, else the first
 * pillar the heading names.
 */
import type { Domain } from '../../../output/schema.js';
import { headingDomain, headingDomains, isPillarUmbrella } from '../../../pipeline/structure/sections.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { memoByString } from '../../../pipeline/text/memo.js';
import { matchMeasure, measureById } from '../../measures/match-api.js';
import { alternation, WB_AFTER } from '../../pattern.js';
import { PILLAR_CONTENT_WORDS, PILLAR_DOMAINS } from '../domains.js';
import { wordMatches } from './matches.js';
import type { IndicatorUnit } from '../../../output/schema.js';

const CONTENT = new RegExp(String.raw`(?:${alternation(PILLAR_CONTENT_WORDS.map(([w]) => w))})${WB_AFTER}`, 'gu');
const CONTENT_MAP = new Map(PILLAR_CONTENT_WORDS.map(([w, d]) => [matchKey(w), d]));

/**
 * The domains a heading names. Every value under a heading asks about the same
 * headings of its path, so each heading text is read once (frozen: callers share it).
 */
export const namedDomains: (heading: string) => readonly Domain[] = memoByString((heading) => Object.freeze(headingDomains(heading)));

/** The pillar among `named` that `subject` is about. */
export function pillarByContent(named: readonly Domain[], subject: string, unit?: IndicatorUnit): Domain {
  const pillars = named.filter((d) => PILLAR_DOMAINS.has(d));
  const match = matchMeasure(subject, unit ? { unit } : {});
  const measureDomain = match ? (measureById(match.id)?.domain as Domain | undefined) : undefined;
  if (measureDomain && pillars.includes(measureDomain)) return measureDomain;
  for (const m of wordMatches(CONTENT, matchKey(subject))) {
    const d = CONTENT_MAP.get(m[0]);
    if (d && pillars.includes(d)) return d;
  }
  return pillars[0]!;
}

/** Domains named by a group row or heading text, resolved for one subject. */
export function domainNamedBy(title: string, subject: string, unit?: IndicatorUnit): Domain | null {
  const named = namedDomains(title);
  return isPillarUmbrella(named) ? pillarByContent(named, subject, unit) : headingDomain(named);
}

/**
 * The domain of a value under `headingPath` (outermost first): the nearest
 * heading naming any domain decides; `fallback` (the structure's domain) when
 * that heading is not an umbrella or none names one.
 */
export function domainFor(headingPath: readonly string[], fallback: Domain | null, subject: string, unit?: IndicatorUnit): Domain | null {
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const named = namedDomains(headingPath[i]!);
    if (named.length === 0) continue;
    return isPillarUmbrella(named) ? pillarByContent(named, subject, unit) : fallback;
  }
  return fallback;
}
