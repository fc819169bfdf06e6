/**
 * Commune, district and province from mentions ("xã Ngọc Trạo", "UBND huyện
 * Thạch Thành", "tỉnh Thanh Hóa", "thành phố Quảng Ngãi"), all-caps header
 * lines ("UBND XÃ TÂN PHÚ") and the province list.
 */
import { matchKey } from '../../../pipeline/text/match-key.js';
import type { RuleContext } from '../../types.js';
import { PROVINCES_34, PROVINCES_63 } from '../geo/provinces.js';
import { NAME_STOPS, COMMUNE_WORDS, DISTRICT_CITY_WORDS, DISTRICT_WORDS, NOT_COMMUNE_NEXT, PROVINCE_WORDS } from './dictionary.js';
import { B, E, alt, titleCase } from './util.js';
import { execAtWordStart, execWithin, testWithin } from '../../pattern.js';

export type Level = 'commune' | 'district' | 'province';

export interface Place {
  commune: string | null;
  /** "xã", "phường" or "thị trấn", as the commune is called. */
  communeWord: string | null;
  district: string | null;
  province: string | null;
}

/** Scanned with `execAtWordStart` (no leading lookbehind: see rules/pattern.ts). */
const LEVEL_SCAN = new RegExp(
  `(?:(?<p>${alt(PROVINCE_WORDS)})|(?<d>${alt(DISTRICT_WORDS)})|(?<c>${alt(COMMUNE_WORDS)}))(?=\\s)`,
  'gu',
);
/** A proper name after the level word: capitalised syllables ("Ngọc Trạo") or an all-caps run ("TÂN PHÚ"). */
const NAME_RE = /\s+(?:(?<cap>\p{Lu}\p{Ll}*(?:[ \-]\p{Lu}\p{Ll}*){0,3})|(?<up>\p{Lu}+(?: \p{Lu}+){0,3}))(?![\p{L}\p{M}\p{N}])/uy;
const NOT_COMMUNE_RE = new RegExp(`\\s+(?:${alt(NOT_COMMUNE_NEXT)})${E}`, 'uy');
const STOPS = new Set(NAME_STOPS.map((w) => matchKey(w)));
const THI_BEFORE = new RegExp(`${B}${matchKey('thị')}\\s+$`, 'u');
/** How far after a level word its name is read: four syllables with room for layout spaces. */
const NAME_REACH = 200;

const ALL_PROVINCES = [...PROVINCES_63, ...PROVINCES_34];
const PROVINCE_BY_KEY = new Map<string, string>();
for (const p of ALL_PROVINCES) for (const n of [p.name, ...(p.aliases ?? [])]) PROVINCE_BY_KEY.set(matchKey(n), p.name);
const CITY_KEYS = new Set(ALL_PROVINCES.filter((p) => p.city).map((p) => matchKey(p.name)));
/** District words of a city ("thành phố", "thị xã", "TP."), the only districts named like their province. */
const CITY_WORDS_RE = new RegExp(`^(?:${alt(DISTRICT_CITY_WORDS)})$`, 'u');
const PROVINCE_NAME_SCAN = new RegExp(`(?:${alt([...PROVINCE_BY_KEY.keys()])})${E}`, 'gu');

/** The province a name denotes, as the list writes it, or null. */
export function provinceNamed(name: string): string | null {
  return PROVINCE_BY_KEY.get(matchKey(name)) ?? null;
}

interface Tally { name: string; count: number; first: number }

function add(t: Map<string, Tally>, name: string, at: number): void {
  const k = matchKey(name);
  const e = t.get(k);
  if (e) e.count++;
  else t.set(k, { name, count: 1, first: at });
}

function best(t: Map<string, Tally>): Tally | null {
  let b: Tally | null = null;
  for (const e of t.values()) if (!b || e.count > b.count || (e.count === b.count && e.first < b.first)) b = e;
  return b;
}

/** Every named mention of each level, with the name as written. */
export function mentions(ctx: RuleContext): Array<{ level: Level; word: string; name: string; at: number }> {
  const out: Array<{ level: Level; word: string; name: string; at: number }> = [];
  LEVEL_SCAN.lastIndex = 0;
  for (let m = execAtWordStart(LEVEL_SCAN, ctx.key); m; m = execAtWordStart(LEVEL_SCAN, ctx.key)) {
    const g = m.groups!;
    const level: Level = g['p'] ? 'province' : g['d'] ? 'district' : 'commune';
    const after = m.index + m[0].length;
    if (level === 'commune') {
      // "thị xã" is a district; "xã hội" is not a place.
      if (THI_BEFORE.test(ctx.key.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (testWithin(NOT_COMMUNE_RE, ctx.key, after, NAME_REACH)) continue;
    }
    const n = execWithin(NAME_RE, ctx.text, after, NAME_REACH);
    if (!n) continue;
    const raw = n.groups!['cap'] ?? n.groups!['up']!;
    // All-caps names only on header-like lines, where the level word is in capitals too.
    if (n.groups!['up'] && ctx.text.slice(m.index, after) !== ctx.text.slice(m.index, after).toUpperCase()) continue;
    if (n.groups!['up'] && raw.length < 3) continue;
    const words = raw.split(/[ ]/u);
    const cut = words.findIndex((w, i) => i > 0 && STOPS.has(matchKey(w)));
    const kept = cut > 0 ? words.slice(0, cut).join(' ') : raw;
    const name = n.groups!['up'] ? titleCase(kept) : kept;
    out.push({ level, word: ctx.text.slice(m.index, after).toLowerCase(), name, at: m.index });
  }
  return out;
}

/** vi/metadata-place */
export const placeRule = {
  id: 'vi/metadata-place',
  description: 'Commune, district and province: title mention first, else the most frequent named mention; province from the list when unnamed',
  examples: ['UBND xã Ngọc Trạo', 'UBND huyện Thạch Thành', 'tỉnh Thanh Hóa', 'thành phố Quảng Ngãi', 'UBND XÃ TÂN PHÚ'],
  extract(ctx: RuleContext, titleSpan: { start: number; end: number } | null): Place {
    const tallies: Record<Level, Map<string, Tally>> = { commune: new Map(), district: new Map(), province: new Map() };
    const words = new Map<string, string>();
    let titleCommune: string | null = null;
    for (const m of mentions(ctx)) {
      let level = m.level;
      // A centrally-run city named as "thành phố Hà Nội" is the province.
      if (level === 'district' && CITY_KEYS.has(matchKey(m.name))) level = 'province';
      add(tallies[level], m.name, m.at);
      if (level === 'district' && !words.has(`d:${matchKey(m.name)}`)) words.set(`d:${matchKey(m.name)}`, m.word);
      if (level === 'commune') {
        if (!words.has(matchKey(m.name))) words.set(matchKey(m.name), m.word);
        if (titleSpan && titleCommune === null && m.at >= titleSpan.start && m.at < titleSpan.end) titleCommune = m.name;
      }
    }
    const commune = titleCommune ?? best(tallies.commune)?.name ?? null;
    const district = best(tallies.district)?.name ?? null;
    let province: string | null = null;
    // Named with "tỉnh": prefer names on the list (an unlisted capitalised run may be over-read).
    const listed = [...tallies.province.values()].filter((t) => provinceNamed(t.name));
    const p = best(new Map(listed.map((t) => [matchKey(t.name), t]))) ?? best(tallies.province);
    if (p) province = provinceNamed(p.name) ?? p.name;
    if (!province) {
      // Named without "tỉnh" ("Trung tâm Kiểm nghiệm Thanh Hóa").
      const bare = new Map<string, Tally>();
      PROVINCE_NAME_SCAN.lastIndex = 0;
      for (let m = execAtWordStart(PROVINCE_NAME_SCAN, ctx.key); m; m = execAtWordStart(PROVINCE_NAME_SCAN, ctx.key)) {
        const name = PROVINCE_BY_KEY.get(m[0].replace(/\s+/gu, ' '))!;
        // The commune's or district's own name is not a province mention.
        if ([commune, district].some((x) => x && matchKey(x) === matchKey(name))) continue;
        add(bare, name, m.index);
      }
      province = best(bare)?.name ?? null;
    }
    // A district city sharing a province's name is that province's capital ("thành phố Quảng Ngãi").
    const districtWord = district ? words.get(`d:${matchKey(district)}`) ?? '' : '';
    if (!province && district && CITY_WORDS_RE.test(districtWord) && provinceNamed(district)) province = provinceNamed(district);
    return { commune, communeWord: commune ? (words.get(matchKey(commune)) ?? 'xã') : null, district, province };
  },
};
