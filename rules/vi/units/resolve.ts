/**
 * Maps the way a plan names who does a task ("Bộ phận Văn hoá", "Công chức
 * VP-TK", "Công an thành phố", "Nguyễn Thị Chinh") to canonical unit ids, and
 * splits a list of units ("Công an xã, Văn phòng") into its members.
 *
 * Order of evidence, most to least certain: (a phrase opening with a
 * beneficiary or object, "người dân …", is no unit) → an alias that is the
 * whole phrase (up to filler words) → a personal name → an alias inside a longer phrase →
 * the same on diacritic-free text → a keyword → a fuzzy match. Anything else
 * is `null`: the caller keeps the text and warns, we never force a guess.
 */
import { createRequire } from 'node:module';
import { asciiFold, matchKey } from '../../../pipeline/text/match-key.js';
import { memoByString } from '../../../pipeline/text/memo.js';
import { packedMap } from '../../../pipeline/packed.js';
import {
  FAMILY_NAMES,
  FILLER_SYLLABLES,
  HIGHER_LEVEL_MARKERS,
  LEADING_NOISE,
  LEVEL_NEUTRAL_UNITS,
  LIST_SEPARATOR_WORDS,
  NON_UNIT_HEADS,
  PLACE_PREFIXES,
  UNIT_VOCABULARY,
  type UnitId,
} from './dictionary.js';

// The deep path loads only the distance function: the package index pulls in
// every natural module (0.5 s and a dotenv banner) for one function.
const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (
  a: string,
  b: string,
  options?: { ignoreCase?: boolean },
) => number;

/** How a unit was recognised. */
export type ResolveMethod = 'alias' | 'keyword' | 'fuzzy' | 'person' | 'none';

/** The reading of one unit phrase. */
export interface UnitResolution {
  /** Canonical id, or null when the phrase names no known unit. */
  canonical: UnitId | null;
  /** 0..1; 1 = the phrase is a listed name of the unit. */
  confidence: number;
  /** The part of the input that decided (and the name it matched), for review. */
  evidence: string;
  method: ResolveMethod;
}

/**
 * Minimum Jaro-Winkler similarity (on match keys, over a window of as many
 * syllables as the alias; aliases of ≥ 2 syllables and ≥ 10 characters) for a
 * fuzzy match. Measured with the fuzzy stage alone (`fuzzyCandidate`) on the
 * 220 gold lead/support strings, 27 misspelt unit names and 29 non-units:
 * - right unit: gold strings 1.000; misspellings 0.953 ("Trạm y tếe xã") to
 *   0.994 ("Bộ phận tiếp nhậ và trả kết quả"), 0.967–0.987 for one lost or
 *   wrong diacritic ("Hội Nông đân", "Thương bình");
 * - wrong unit or no unit: at most 0.937 ("Bộ phận Văn hoá" → "Phòng Văn
 *   hóa", a gold string whose best fuzzy window is the district office) and
 *   0.925 ("nhân dân trong thôn" → "Trưởng thôn"); most non-units < 0.90.
 * 0.95 is the round value in the 0.937–0.953 gap; the tests re-check both sides.
 */
export const FUZZY_THRESHOLD = 0.95;

type Tier = 'alias' | 'weak' | 'keyword';

interface Token {
  key: string;
  fold: string;
  start: number;
  end: number;
}

interface Pattern {
  id: Exclude<UnitId, 'person'>;
  tier: Tier;
  text: string;
  keys: string[];
  folds: string[];
  /** For each gap between syllables, whether the alias itself has a comma there. */
  commaGaps: boolean[];
}

interface Match {
  pattern: Pattern;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const LIST_GAP = /[,;+\n]/u;
const LABEL = /(^|[;\n])([^;:\n]{0,80}):/gu;
const NAME_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

// Every phrase is tokenised, and its syllables are the same few hundred words: each is folded once.
const foldSyllable = memoByString(asciiFold, 20_000);

function tokenize(text: string): Token[] {
  const key = matchKey(text);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const k = key.slice(start, end);
    out.push({ key: k, fold: foldSyllable(k), start, end });
  }
  return out;
}

function phraseKeys(text: string): string[] {
  return tokenize(text.normalize('NFC')).map((t) => t.key);
}

function compilePattern(id: Pattern['id'], tier: Tier, text: string): Pattern {
  const nfc = text.normalize('NFC');
  const toks = tokenize(nfc);
  const commaGaps: boolean[] = [];
  for (let i = 1; i < toks.length; i++) commaGaps.push(LIST_GAP.test(nfc.slice(toks[i - 1]!.end, toks[i]!.start)));
  return { id, tier, text: nfc, keys: toks.map((t) => t.key), folds: toks.map((t) => t.fold), commaGaps };
}

const PATTERNS: Pattern[] = [];
for (const [id, vocab] of Object.entries(UNIT_VOCABULARY) as Array<[Pattern['id'], (typeof UNIT_VOCABULARY)[Pattern['id']]]>) {
  for (const a of vocab.aliases) PATTERNS.push(compilePattern(id, 'alias', a));
  for (const a of vocab.weakAliases ?? []) PATTERNS.push(compilePattern(id, 'weak', a));
  for (const a of vocab.keywords ?? []) PATTERNS.push(compilePattern(id, 'keyword', a));
}

function indexBy(field: 'keys' | 'folds'): Map<string, Pattern[]> {
  const map = new Map<string, Pattern[]>();
  for (const p of PATTERNS) {
    const head = p[field][0];
    if (head === undefined) continue;
    const list = map.get(head) ?? [];
    list.push(p);
    map.set(head, list);
  }
  return map;
}
const BY_KEY = indexBy('keys');
const BY_FOLD = indexBy('folds');

/** Syllable sequences of a word list, longest first so "phối hợp với" wins over "phối hợp". */
function phraseList(words: readonly string[]): string[][] {
  return words.map(phraseKeys).filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
}
const FILLERS = new Set(FILLER_SYLLABLES.map((w) => matchKey(w.normalize('NFC'))));
const FILLERS_FOLD = new Set([...FILLERS].map(asciiFold));
/** A filler as written, or typed without diacritics ("cong chuc … xa"). */
const isFiller = (t: Token): boolean => FILLERS.has(t.key) || (t.key === t.fold && FILLERS_FOLD.has(t.fold));
const FAMILY = new Set(FAMILY_NAMES.map((w) => matchKey(w.normalize('NFC'))));
const NON_UNITS = phraseList(NON_UNIT_HEADS);
// One folded syllable collides with too many words ("cổng"/"công"), so only longer heads are folded.
const NON_UNITS_FOLD = NON_UNITS.filter((p) => p.length > 1).map((p) => p.map(asciiFold));
const NOISE = phraseList(LEADING_NOISE);
const SEPARATORS = phraseList(LIST_SEPARATOR_WORDS);
const MARKERS = phraseList(HIGHER_LEVEL_MARKERS);
const PLACES = new Set(phraseList(PLACE_PREFIXES).map((p) => p[p.length - 1]!));
const NEUTRAL = new Set<UnitId>(LEVEL_NEUTRAL_UNITS);
// Short aliases are mostly abbreviations, where one letter is a different unit ("TT xã" is not "TYT xã").
const FUZZY_PATTERNS = PATTERNS.filter((p) => p.tier === 'alias' && p.keys.length >= 2 && p.keys.join(' ').length >= 10).map((p) => ({ pattern: p, target: p.keys.join(' ') }));

function phraseAt(seq: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > seq.length) return false;
  for (let j = 0; j < phrase.length; j++) if (seq[at + j] !== phrase[j]) return false;
  return true;
}

function longestPhraseAt(seq: readonly string[], at: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (phraseAt(seq, at, p)) return p.length;
  return 0;
}

const NO_PATTERNS: readonly Pattern[] = [];

/**
 * All occurrences of patterns of the given tiers. With `text` given, a comma
 * in the text may only fall where the alias itself has one (list splitting).
 */
function findMatches(tokens: Token[], tiers: ReadonlySet<Tier>, field: 'keys' | 'folds', text?: string): Match[] {
  const index = field === 'keys' ? BY_KEY : BY_FOLD;
  const seq = packedMap(tokens, (t) => (field === 'keys' ? t.key : t.fold));
  const out: Match[] = [];
  for (let i = 0; i < seq.length; i++) {
    for (const p of index.get(seq[i]!) ?? NO_PATTERNS) {
      if (!tiers.has(p.tier) || !phraseAt(seq, i, p[field])) continue;
      // Folded syllables collide ("số"/"sở", "bản"/"ban"): a folded match must be a long
      // name, or the text itself must be typed without diacritics.
      if (field === 'folds' && !(p.keys.length >= 2 && p.keys.join(' ').length >= 8)) {
        let plain = true;
        for (let j = i; j < i + p.keys.length; j++) if (tokens[j]!.key !== tokens[j]!.fold) plain = false;
        if (!plain) continue;
      }
      if (text !== undefined) {
        let ok = true;
        for (let j = 1; j < p.keys.length && ok; j++) {
          const gap = text.slice(tokens[i + j - 1]!.end, tokens[i + j]!.start);
          if (LIST_GAP.test(gap) && !p.commaGaps[j - 1]) ok = false;
        }
        if (!ok) continue;
      }
      out.push({ pattern: p, start: i, end: i + p.keys.length });
    }
  }
  return out;
}

/** The head of a noun phrase comes first in Vietnamese: earliest match wins, then the longest. */
function best(matches: Match[]): Match | undefined {
  let top: Match | undefined;
  for (const m of matches) {
    if (!top || m.start < top.start || (m.start === top.start && m.end - m.start > top.end - top.start)) top = m;
  }
  return top;
}

/** "Công an" + "huyện" → the district's police: the unit belongs to a level above the commune. */
function ownedByHigherLevel(tokens: Token[], text: string, m: Match): boolean {
  if (NEUTRAL.has(m.pattern.id) || m.pattern.id === 'cap_tren') return false;
  const seq = packedMap(tokens, (t) => t.key);
  for (let i = m.end; i < Math.min(seq.length, m.end + 4); i++) {
    if (i > 0 && LIST_GAP.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
    if (longestPhraseAt(seq, i, MARKERS) > 0) return i === 0 || !PLACES.has(seq[i - 1]!);
    if (seq[i] === 'xã' || seq[i] === 'phường') return false;
  }
  return false;
}

function quote(text: string, tokens: Token[], start: number, end: number): string {
  const q = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  // Keep "(phụ trách Đài truyền thanh)" whole rather than cut before its bracket.
  const open = (q.match(/\(/gu) ?? []).length - (q.match(/\)/gu) ?? []).length;
  const next = text.slice(tokens[end - 1]!.end).match(/^\s*\)/u);
  return open > 0 && next ? q + next[0] : q;
}

function fromMatch(text: string, tokens: Token[], m: Match, method: ResolveMethod, confidence: number): UnitResolution {
  const said = quote(text, tokens, m.start, m.end);
  if (ownedByHigherLevel(tokens, text, m)) {
    return { canonical: 'cap_tren', confidence: Math.min(confidence, 0.8), evidence: `${said} (+ cấp trên)`, method };
  }
  return { canonical: m.pattern.id, confidence, evidence: `${said} ≈ ${m.pattern.text}`, method };
}

/**
 * Whether every word outside the names of `m`'s unit is a filler. All matches
 * of the same unit count as covered: "Công chức Văn hóa - Xã hội" is matched
 * by both "Công chức Văn hóa" and "Văn hóa - Xã hội".
 */
function onlyFillers(tokens: Token[], m: Match, all: Match[] = [m]): boolean {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const x of [m, ...all]) {
    if (x.pattern.id !== m.pattern.id) continue;
    for (let i = x.start; i < x.end; i++) covered[i] = true;
  }
  for (let i = 0; i < tokens.length; i++) if (!covered[i] && !isFiller(tokens[i]!)) return false;
  return true;
}

/** 2–4 capitalised syllables led by a family name, nothing else: "Nguyễn Thị Chinh", "Ngô Nam Hà". */
function personName(text: string, tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !FAMILY.has(tokens[0]!.key)) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!NAME_SYLLABLE.test(text.slice(tokens[i]!.start, tokens[i]!.end))) return false;
    if (i > 0 && !/^\s+$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  }
  return true;
}

function startsWithNonUnit(tokens: Token[]): boolean {
  let at = 0;
  while (at < tokens.length && (tokens[at]!.key === 'các' || tokens[at]!.key === 'những')) at++;
  const keys = packedMap(tokens, (t) => t.key);
  const folds = packedMap(tokens, (t) => t.fold);
  if (longestPhraseAt(keys, at, NON_UNITS) > 0) return true;
  // Folded words collide ("cổng"/"công"), so the folded list only applies to text typed without diacritics.
  return at < tokens.length && keys[at] === folds[at] && longestPhraseAt(folds, at, NON_UNITS_FOLD) > 0;
}

function fuzzy(tokens: Token[]): { pattern: Pattern; start: number; end: number; score: number } | undefined {
  let top: { pattern: Pattern; start: number; end: number; score: number } | undefined;
  const keys = packedMap(tokens, (t) => t.key);
  for (const { pattern: p, target } of FUZZY_PATTERNS) {
    const n = p.keys.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      const window = keys.slice(i, i + n).join(' ');
      const score = jaroWinkler(window, target);
      if (!top || score > top.score || (score === top.score && i < top.start)) top = { pattern: p, start: i, end: i + n, score };
    }
  }
  return top;
}

const NONE: UnitResolution = { canonical: null, confidence: 0, evidence: '', method: 'none' };
const STRONG = new Set<Tier>(['alias']);
const WEAK = new Set<Tier>(['weak']);
const KEYWORD = new Set<Tier>(['keyword']);

/** The best fuzzy candidate of a phrase, threshold not applied: exposed so tests can check the threshold. */
export function fuzzyCandidate(text: string): { canonical: UnitId; score: number; alias: string } | null {
  const f = fuzzy(tokenize(text.normalize('NFC')));
  return f ? { canonical: f.pattern.id, score: f.score, alias: f.pattern.text } : null;
}

/**
 * Resolves one unit phrase ("Công chức Văn hóa - Xã hội", "Trưởng Công an xã",
 * "Nguyễn Thị Chinh") to a canonical id. Unknown phrases give `canonical: null`.
 */
export function resolveUnit(text: string): UnitResolution {
  // A copy: callers own what they get, the table keeps its own.
  return { ...resolveUnitMemo(String(text ?? '')) };
}

const resolveUnitMemo = memoByString(resolveUnitOf, 20_000);

/**
 * Resolves a phrase by the names of units only (alias, weak alias, alias typed
 * without diacritics): the same answer as `resolveUnit` when that answer is
 * `method: 'alias'`, else `canonical: null`. A sentence subject must be named,
 * and most sentence openings name no unit, so the caller asking this skips the
 * fuzzy stage (every alias against every window of the phrase), by far the
 * dearest step, for the openings that could never pass.
 */
export function resolveUnitByName(text: string): UnitResolution {
  return { ...resolveByNameMemo(String(text ?? '')) };
}

const resolveByNameMemo = memoByString((text: string) => {
  const r = readUnit(text, false);
  return r.method === 'alias' ? r : NONE;
}, 20_000);

function resolveUnitOf(text: string): UnitResolution {
  return readUnit(text, true);
}

/** The stages in order of evidence; `guess` = also the fuzzy and keyword stages. */
function readUnit(text: string, guess: boolean): UnitResolution {
  const nfc = text.normalize('NFC');
  let tokens = tokenize(nfc);
  const noise = longestPhraseAt(tokens.map((t) => t.key), 0, NOISE);
  if (noise > 0 && noise < tokens.length) tokens = tokens.slice(noise);
  if (tokens.length === 0) return NONE;

  // Beneficiaries and objects first: "nhân dân trong thôn" is people, not the village.
  if (startsWithNonUnit(tokens)) return NONE;
  const strongAll = findMatches(tokens, STRONG, 'keys');
  const strong = best(strongAll);
  if (strong && onlyFillers(tokens, strong, strongAll)) return fromMatch(nfc, tokens, strong, 'alias', 1);
  const raw = nfc.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  // The tokens of `raw` are those of `nfc` it spans (it starts and ends on token edges), so they are not read again.
  if (personName(nfc, tokens)) return { canonical: 'person', confidence: 0.9, evidence: raw, method: 'person' };
  if (strong) return fromMatch(nfc, tokens, strong, 'alias', 0.85);
  const weak = best(findMatches(tokens, WEAK, 'keys'));
  // "Cán bộ" alone is all the staff; "cán bộ phụ trách CNTT" is one person of unknown post.
  if (weak && onlyFillers(tokens, weak)) return fromMatch(nfc, tokens, weak, 'alias', 0.8);
  // Text typed without diacritics ("Cong an xa", "Van phong") still names a unit.
  const foldedAll = findMatches(tokens, STRONG, 'folds');
  const folded = best(foldedAll);
  if (folded) return fromMatch(nfc, tokens, folded, 'alias', onlyFillers(tokens, folded, foldedAll) ? 0.9 : 0.75);
  if (!guess) return NONE;
  // A near-exact full name ("Tổ công ngệ số cộng đồng") is better evidence than a pointer word.
  const f = fuzzy(tokens);
  if (f && f.score >= FUZZY_THRESHOLD) {
    const r = fromMatch(nfc, tokens, { pattern: f.pattern, start: f.start, end: f.end }, 'fuzzy', Math.round(f.score * 0.8 * 100) / 100);
    return { ...r, evidence: `${r.evidence} (${f.score.toFixed(3)})` };
  }
  const keyword = best(findMatches(tokens, KEYWORD, 'keys')) ?? best(findMatches(tokens, KEYWORD, 'folds'));
  if (keyword) return fromMatch(nfc, tokens, keyword, 'keyword', 0.7);
  return NONE;
}

interface Fragment {
  start: number;
  end: number;
  resolution: UnitResolution;
}

function fragmentsOf(text: string): { text: string; fragments: Fragment[]; tokens: Token[] } {
  // "Bộ phận phối hợp thực hiện: Đoàn xã, …", "Chủ trì: X; phối hợp: Y": a short
  // label before a colon is not a unit; it is blanked (offsets kept) and ends a unit.
  const nfc = String(text ?? '')
    .normalize('NFC')
    .replace(LABEL, (m: string, lead: string, label: string) => (tokenize(label).length <= 8 ? `${lead}${' '.repeat(label.length)};` : m));
  const tokens = tokenize(nfc);
  const keys = packedMap(tokens, (t) => t.key);

  // Aliases that contain a separator ("Lao động - Thương binh và Xã hội",
  // "các cơ quan, đơn vị, bộ phận") are kept whole.
  const protectedEnd: number[] = new Array<number>(tokens.length).fill(-1);
  const all = findMatches(tokens, STRONG, 'keys', nfc).sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = 0;
  for (const m of all) {
    if (m.start < reach) continue;
    for (let i = m.start; i < m.end; i++) protectedEnd[i] = m.end;
    reach = m.end;
  }
  const inside = (i: number): boolean => i > 0 && protectedEnd[i - 1] === protectedEnd[i] && protectedEnd[i]! > 0;

  const ranges: Array<[number, number]> = [];
  let from = 0;
  let i = 0;
  while (i < tokens.length) {
    if (i > from && !inside(i) && LIST_GAP.test(nfc.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
      ranges.push([from, i]);
      from = i;
    }
    const sep = inside(i) || protectedEnd[i]! > 0 ? 0 : longestPhraseAt(keys, i, SEPARATORS);
    if (sep > 0) {
      if (i > from) ranges.push([from, i]);
      i += sep;
      from = i;
      continue;
    }
    i++;
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);

  const fragments: Fragment[] = [];
  for (const [s0, e] of ranges) {
    const noise = longestPhraseAt(keys, s0, NOISE);
    const s = noise > 0 && s0 + noise < e ? s0 + noise : s0;
    const resolution = resolveUnit(quote(nfc, tokens, s, e));
    const prev = fragments[fragments.length - 1];
    // A leftover that names nothing ("phường" of "UBND các xã, phường") or the
    // same unit again ("UBMTTQVN, các đoàn thể") belongs to the unit before it.
    if (prev && (resolution.canonical === null || resolution.canonical === prev.resolution.canonical)) {
      prev.end = e;
      continue;
    }
    fragments.push({ start: s, end: e, resolution });
  }
  return { text: nfc, fragments, tokens };
}

/**
 * Splits a phrase listing units into one string per unit:
 * "Công an xã, Văn phòng" → ["Công an xã", "Văn phòng"];
 * "Công chức VH-XH chủ trì, phối hợp Văn phòng" → ["Công chức VH-XH", "Văn phòng"].
 * Names that contain separators ("Lao động - Thương binh và Xã hội", "các cơ
 * quan, đơn vị, bộ phận liên quan", "UBMTTQ và các đoàn thể") stay whole.
 */
export function splitUnits(text: string): string[] {
  const { text: nfc, fragments, tokens } = fragmentsOf(text);
  return fragments.map((f) => quote(nfc, tokens, f.start, f.end));
}

/**
 * Splits and resolves a units phrase; one entry per canonical unit, in order of
 * first mention (unresolved pieces are kept, each with canonical null).
 */
export function resolveUnits(text: string): Array<{ text: string; canonical: UnitId | null; confidence: number }> {
  // Copies: callers own what they get, the table keeps its own.
  return packedMap(resolveUnitsMemo(String(text ?? '')), (u) => ({ ...u }));
}

// A plan names the same few units in field after field ("Chủ trì: Công chức Văn hóa - Xã hội").
const resolveUnitsMemo = memoByString(resolveUnitsOf, 5_000);

function resolveUnitsOf(text: string): Array<{ text: string; canonical: UnitId | null; confidence: number }> {
  const { text: nfc, fragments, tokens } = fragmentsOf(text);
  const out: Array<{ text: string; canonical: UnitId | null; confidence: number }> = [];
  const seen = new Set<UnitId>();
  for (const f of fragments) {
    const piece = quote(nfc, tokens, f.start, f.end);
    // A merged fragment may read differently as a whole; the whole is the better reading.
    const r = f.resolution.canonical === null ? resolveUnit(piece) : f.resolution;
    if (r.canonical !== null) {
      if (seen.has(r.canonical)) continue;
      seen.add(r.canonical);
    }
    out.push({ text: piece, canonical: r.canonical, confidence: r.confidence });
  }
  return out;
}
