/**
 * Places a measure subject ("tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến")
 * on a canonical measure of the taxonomy, so the same measure can be compared
 * across communes and provinces.
 *
 * Order: exact alias (after normalisation) → keyword rules (`keywords.ts`, the
 * taxonomy notes as data) → TF-IDF cosine similarity against the measure names
 * and aliases, above a threshold measured on the gold. Anything else is null:
 * an unmatched subject is never forced onto the nearest measure.
 */
import { matchKey } from '../../pipeline/text/match-key.js';
import { codeUnitTable } from '../../pipeline/text/code-units.js';
import { packedMap } from '../../pipeline/packed.js';
import { listMeasures, measureById, type Measure } from './taxonomy.js';
import {
  DEFAULT_MEASURE_UNITS, KEYWORD_RULES, MEASURE_UNITS, UNLABELLED_RULES,
  type KeywordRule, type UnlabelledRule,
} from './keywords.js';
import {
  ABBREVIATIONS, LEADING_FILLERS, QUALITATIVE_TAIL_MAX_SYLLABLES, SIMILARITY_STOPWORDS, VARIANTS,
} from './vocabulary.js';

export { listMeasures, measureById, type Measure };

/** A subject placed on a measure, with how and why. */
export interface MeasureMatch {
  id: string;
  confidence: number;
  method: 'alias' | 'keyword' | 'similarity';
  evidence: string;
}

/** What the caller knows besides the subject text. */
export interface MeasureContext {
  unit?: string;
  domain?: string;
  quote?: string;
}

/**
 * Minimum TF-IDF cosine for the similarity fallback. Chosen on the gold with the
 * rules switched off, and on subjects written the way other provinces word them
 * including subjects of other fields (tests/rules/measures.test.ts recomputes and
 * prints both curves). The gold alone is flat from 0.3 to 0.55 (its subjects sit
 * close to the aliases); the other-province misses are what set the floor:
 * "hộ gia đình sử dụng nước sạch" scores 0.54 against "hộ gia đình sử dụng cáp
 * quang" and "thu ngân sách nhà nước" 0.57 against the budget-share alias. At 0.6
 * the fallback alone keeps precision ≈ 0.99 on the gold (recall ≈ 0.96).
 */
export const SIMILARITY_THRESHOLD = 0.6;

const SYLLABLE_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/*
 * Syllables are cut by a scan over the code units with a table of which are
 * letters, marks or digits (filled on first sight), not by matching
 * /[\p{L}\p{M}\p{N}]+/gu: that Unicode-property regex cost more than keying the
 * text itself. The cut is the same: a surrogate pair is one code point, a lone
 * surrogate no letter.
 */
const IN_SYLLABLE = 1;
const syllableCharClass = codeUnitTable((ch) => (SYLLABLE_CHAR.test(ch) ? IN_SYLLABLE : 0));

/** Width in code units of the syllable character at `i`, 0 when none stands there. */
function syllableWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    return syllableCharClass(c) === IN_SYLLABLE ? 1 : 0;
  }
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0;
  return SYLLABLE_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The runs of letters, marks and digits of `text`, as `text.match(/[\p{L}\p{M}\p{N}]+/gu)` cuts them. */
export function syllables(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = syllableWidth(text, i);
    // Outside a syllable one code unit at a time: the low half of a skipped pair is no letter either.
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      if (i >= n) break;
      w = syllableWidth(text, i);
    }
    out.push(text.slice(start, i));
  }
  return out;
}

function keyTokens(text: string): string[] {
  return syllables(matchKey(text.normalize('NFC')));
}

/** Abbreviations and spelling variants by their key, one lookup per token; a variant wins over an abbreviation of the same key. */
const EXPANSIONS = new Map([
  ...Object.entries(ABBREVIATIONS).map(([k, v]) => [matchKey(k), keyTokens(v)] as const),
  ...Object.entries(VARIANTS).map(([k, v]) => [matchKey(k), keyTokens(v)] as const),
]);
const FILLER_KEYS = LEADING_FILLERS.map((f) => keyTokens(f));
const STOPWORD_KEYS = new Set(SIMILARITY_STOPWORDS.flatMap((w) => keyTokens(w)));

/** Drops a short qualitative cell text appended after a colon ("…: Có"). */
function dropQualitativeTail(text: string): string {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return text;
  const tail = syllables(text.slice(colon + 1));
  return tail.length <= QUALITATIVE_TAIL_MAX_SYLLABLES ? text.slice(0, colon) : text;
}

/**
 * Normalised syllables of a measure text: matching key, spelling variants and
 * abbreviations expanded, punctuation dropped.
 */
export function measureTokens(text: string): string[] {
  return expanded(keyTokens(dropQualitativeTail(text)));
}

/**
 * `measureTokens` of a text already in NFC (the matcher normalises its subject
 * once): dropping a tail cuts before a colon, which composes with nothing, so
 * what is left is in NFC too and needs no second normalisation.
 */
function measureTokensOfNfc(text: string): string[] {
  return expanded(syllables(matchKey(dropQualitativeTail(text))));
}

function expanded(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const expansion = EXPANSIONS.get(token);
    if (expansion) out.push(...expansion);
    else out.push(token);
  }
  return out;
}

function startsWith(tokens: readonly string[], head: readonly string[]): boolean {
  for (let i = 0; i < head.length; i++) if (tokens[i] !== head[i]) return false;
  return true;
}

function stripLeadingFillers(tokens: readonly string[]): readonly string[] {
  let rest = tokens;
  for (let changed = true; changed;) {
    changed = false;
    for (const filler of FILLER_KEYS) {
      if (filler.length > 0 && filler.length < rest.length && startsWith(rest, filler)) {
        rest = rest.slice(filler.length);
        changed = true;
      }
    }
  }
  return rest;
}

const PARENTHETICAL = /\([^()]*\)/gu;

function withoutParentheses(text: string): string {
  return text.replace(PARENTHETICAL, ' ');
}

/** Alias keys of a text: the core with and without parenthetical remarks. */
function aliasKeys(text: string): string[] {
  const keys: string[] = [];
  const core = stripLeadingFillers(measureTokens(text)).join(' ');
  if (core) keys.push(core);
  const bare = withoutParentheses(text);
  if (bare !== text) {
    const bareCore = stripLeadingFillers(measureTokens(bare)).join(' ');
    if (bareCore && bareCore !== core) keys.push(bareCore);
  }
  return keys;
}

interface AliasEntry { id: string; alias: string }

const ALIAS_INDEX: ReadonlyMap<string, AliasEntry> = (() => {
  const index = new Map<string, AliasEntry>();
  for (const m of listMeasures()) {
    for (const alias of [m.name_vi, ...m.aliases]) {
      for (const key of aliasKeys(alias)) if (!index.has(key)) index.set(key, { id: m.id, alias });
    }
  }
  return index;
})();

/**
 * For each first token of an alias key, the token counts of the keys it opens:
 * a subject's core is joined into a key and looked up only when some alias has
 * its first token and its length.
 */
const ALIAS_SHAPES: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const shapes = new Map<string, Set<number>>();
  for (const key of ALIAS_INDEX.keys()) {
    const tokens = key.split(' ');
    const lengths = shapes.get(tokens[0]!) ?? new Set<number>();
    lengths.add(tokens.length);
    shapes.set(tokens[0]!, lengths);
  }
  return shapes;
})();

/** The alias entry a subject's tokens (its `measureTokens`) name, trying the text without parenthetical remarks second. */
function aliasesOf(text: string, tokens: readonly string[]): AliasEntry[] {
  const found: AliasEntry[] = [];
  lookAlias(stripLeadingFillers(tokens), found);
  if (text.includes('(')) {
    const bare = withoutParentheses(text);
    if (bare !== text) lookAlias(stripLeadingFillers(measureTokens(bare)), found);
  }
  return found;
}

function lookAlias(core: readonly string[], found: AliasEntry[]): void {
  if (core.length === 0 || !ALIAS_SHAPES.get(core[0]!)?.has(core.length)) return;
  const hit = ALIAS_INDEX.get(core.join(' '));
  if (hit) found.push(hit);
}

/** Whether this subject text is literally an alias or name of some measure (after normalisation). */
export function isLiteralAlias(subject: string): boolean {
  return aliasKeys(subject).some((k) => ALIAS_INDEX.has(k));
}

/** A rule with its phrases as ids of `PHRASES`. */
interface CompiledPhraseRule { all: number[][]; none: number[]; written: (readonly string[])[] }

/** A node of the phrase trie: the phrase whose tokens end here (-1 for none), and the tokens (by id) that can follow. */
interface PhraseNode { phrase: number; next: Map<number, PhraseNode> }

/*
 * Every rule phrase once, by its tokens joined with spaces, and a trie of their
 * tokens: one walk from each subject token finds every phrase standing there,
 * where joining the subject's runs into strings to look them up allocated a
 * string per run.
 */
const PHRASES = new Map<string, number>();
const PHRASE_ROOT: PhraseNode = { phrase: -1, next: new Map() };
/** Every token of a rule phrase, numbered: a subject's token is looked up by its text once, then walked by number. */
const PHRASE_TOKENS = new Map<string, number>();

function phraseId(written: string): number {
  const tokens = measureTokens(written);
  const key = tokens.join(' ');
  const known = PHRASES.get(key);
  if (known !== undefined) return known;
  const id = PHRASES.size;
  PHRASES.set(key, id);
  // An empty phrase (no syllable) stands in no subject: it gets an id but no trie node.
  if (tokens.length === 0) return id;
  let node = PHRASE_ROOT;
  for (const t of tokens) {
    let token = PHRASE_TOKENS.get(t);
    if (token === undefined) PHRASE_TOKENS.set(t, (token = PHRASE_TOKENS.size));
    let next = node.next.get(token);
    if (!next) node.next.set(token, (next = { phrase: -1, next: new Map() }));
    node = next;
  }
  node.phrase = id;
  return id;
}

function compilePhrases(rule: KeywordRule | UnlabelledRule): CompiledPhraseRule {
  return { all: rule.all.map((g) => g.map(phraseId)), none: (rule.none ?? []).map(phraseId), written: [...rule.all] };
}

const KEYWORDS = KEYWORD_RULES.map((r) => ({ id: r.id, ...compilePhrases(r) }));
const UNLABELLED = UNLABELLED_RULES.map((r) => ({ why: r.why, ...compilePhrases(r) }));

/**
 * For each phrase, the keyword rules whose first group holds it: a rule fits
 * only when a phrase of each group is present, so only rules opened by a
 * present phrase are tried (and a rule without groups always is).
 */
const KEYWORDS_BY_FIRST: readonly number[][] = (() => {
  const by: number[][] = Array.from({ length: PHRASES.size }, () => []);
  KEYWORDS.forEach((rule, r) => {
    for (const p of rule.all[0] ?? []) by[p]!.push(r);
  });
  return by;
})();
const KEYWORDS_WITHOUT_GROUPS = KEYWORDS.flatMap((rule, r) => (rule.all.length === 0 ? [r] : []));

/** Per keyword rule, the stamp of the last call that had it to try (the matcher is not re-entrant). */
const TRIED = new Uint32Array(KEYWORDS.length);
let lastStamp = 0;
function nextStamp(): number {
  if (lastStamp === 0xffffffff) {
    TRIED.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/** The rule phrases standing in a subject: a flag per phrase id, and the ids found. */
interface PhrasesPresent { has: Uint8Array; ids: number[] }

const PRESENT: PhrasesPresent = { has: new Uint8Array(PHRASES.size), ids: [] };
/** The trie's first level as an array by token number: every subject token starts a walk there. */
const PHRASE_HEADS: readonly (PhraseNode | undefined)[] = Array.from({ length: PHRASE_TOKENS.size }, (_, t) => PHRASE_ROOT.next.get(t));

/** The phrases that are runs of consecutive subject tokens (valid until the next call). */
function phrasesIn(tokens: readonly string[]): PhrasesPresent {
  // One flag array for every call (the matcher is not re-entrant): the previous subject's flags are cleared first.
  const { has, ids } = PRESENT;
  for (const id of ids) has[id] = 0;
  ids.length = 0;
  // -1 for a token no phrase holds: no walk goes through it.
  const numbered = packedMap(tokens, (t) => PHRASE_TOKENS.get(t) ?? -1);
  for (let i = 0; i < numbered.length; i++) {
    if (numbered[i]! < 0) continue;
    let node: PhraseNode | undefined = PHRASE_HEADS[numbered[i]!];
    for (let j = i; node; ) {
      if (node.phrase >= 0 && has[node.phrase] === 0) {
        has[node.phrase] = 1;
        ids.push(node.phrase);
      }
      j++;
      node = j < numbered.length && numbered[j]! >= 0 ? node.next.get(numbered[j]!) : undefined;
    }
  }
  return PRESENT;
}

/**
 * Finds the phrases a rule needs among the subject's phrases, or null when it
 * does not fit. Returns them as written in the rule, for readable evidence.
 */
function fitRule(present: Uint8Array, rule: CompiledPhraseRule): string[] | null {
  for (const p of rule.none) if (present[p] === 1) return null;
  const found: string[] = [];
  for (let g = 0; g < rule.all.length; g++) {
    const group = rule.all[g]!;
    let hit = 0;
    while (hit < group.length && present[group[hit]!] !== 1) hit++;
    if (hit === group.length) return null;
    found.push(rule.written[g]![hit]!);
  }
  return found;
}

function unitAllows(id: string, unit: string | undefined): boolean {
  if (!unit) return true;
  return (MEASURE_UNITS[id] ?? DEFAULT_MEASURE_UNITS).includes(unit);
}

// --- similarity fallback -------------------------------------------------

function similarityTerms(tokens: readonly string[]): string[] {
  const content = tokens.filter((t) => !STOPWORD_KEYS.has(t));
  const terms = [...content];
  for (let i = 0; i + 1 < content.length; i++) terms.push(`${content[i]}_${content[i + 1]}`);
  return terms;
}

interface SimilarityDoc { id: string; text: string; vector: Map<string, number>; norm: number }

/*
 * TF-IDF over the measure names and aliases, computed here rather than with
 * natural's TfIdf: its idf counts the documents holding a term by visiting all of
 * them for every term not seen before, and every subject brings new ones. The
 * formula is natural's (idf = 1 + ln(N / (1 + documents with the term))).
 */
const DOC_FREQUENCY = new Map<string, number>();
let DOC_COUNT = 0;

function idf(term: string): number {
  return 1 + Math.log(DOC_COUNT / (1 + (DOC_FREQUENCY.get(term) ?? 0)));
}

const SIMILARITY_DOCS: readonly SimilarityDoc[] = (() => {
  const raw: { id: string; text: string; terms: string[] }[] = [];
  for (const m of listMeasures()) {
    for (const text of [m.name_vi, ...m.aliases]) raw.push({ id: m.id, text, terms: similarityTerms(measureTokens(text)) });
  }
  for (const d of raw) {
    DOC_COUNT++;
    for (const t of new Set(d.terms)) DOC_FREQUENCY.set(t, (DOC_FREQUENCY.get(t) ?? 0) + 1);
  }
  return raw.map((d) => {
    const vector = weigh(d.terms);
    return { id: d.id, text: d.text, vector, norm: norm(vector) };
  });
})();

/** For each term, the similarity documents holding it and its weight there: a subject visits only documents it shares a term with. */
const POSTINGS: ReadonlyMap<string, ReadonlyArray<{ doc: number; weight: number }>> = (() => {
  const postings = new Map<string, Array<{ doc: number; weight: number }>>();
  SIMILARITY_DOCS.forEach((d, doc) => {
    for (const [t, weight] of d.vector) {
      const list = postings.get(t) ?? [];
      list.push({ doc, weight });
      postings.set(t, list);
    }
  });
  return postings;
})();

function weigh(terms: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [t, n] of tf) vector.set(t, n * idf(t));
  return vector;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** One similarity candidate: a measure and its best cosine over its name and aliases. */
export interface SimilarityCandidate { id: string; score: number; text: string }

/**
 * Measures ranked by TF-IDF cosine (syllable unigrams and bigrams) between the
 * subject and each measure's name and aliases, best first, one entry per measure.
 */
export function rankBySimilarity(subject: string, limit = 3): SimilarityCandidate[] {
  return rankTokens(measureTokens(subject), limit);
}

/*
 * Ranking without a scan of every document: a score above 0 needs a shared
 * term, and the rest keep the order the scan gave them. That scan sorted
 * stably, so equal scores rank measures in the order they first had a document
 * with terms (their slot here), and a measure sharing no term is ranked by that
 * first document (score 0).
 */
const SLOT_OF_DOC = new Int32Array(SIMILARITY_DOCS.length).fill(-1);
const SLOT_FIRST_DOC: number[] = [];
(() => {
  const slots = new Map<string, number>();
  SIMILARITY_DOCS.forEach((doc, i) => {
    if (doc.norm === 0) return;
    let slot = slots.get(doc.id);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(doc.id, slot);
      SLOT_FIRST_DOC.push(i);
    }
    SLOT_OF_DOC[i] = slot;
  });
})();

/** Scratch of rankTokens (not re-entrant): the dot product per document, all zero between calls; the best document and score per measure slot. */
const DOTS = new Float64Array(SIMILARITY_DOCS.length);
const BEST_DOC = new Int32Array(SLOT_FIRST_DOC.length);
const BEST_SCORE = new Float64Array(SLOT_FIRST_DOC.length);

function rankTokens(tokens: readonly string[], limit: number): SimilarityCandidate[] {
  const vector = weigh(similarityTerms(tokens));
  const n = norm(vector);
  if (n === 0) return [];
  // Dot products summed term by term in the subject's order, as a scan of every document would.
  const dots = DOTS;
  for (const [t, w] of vector) for (const { doc, weight } of POSTINGS.get(t) ?? []) dots[doc] = dots[doc]! + w * weight;
  // Each measure's best document, in document order so that a tie keeps the earlier document's text.
  const slots = SLOT_FIRST_DOC.length;
  const bestDoc = BEST_DOC.fill(-1);
  const bestScore = BEST_SCORE;
  for (let i = 0; i < dots.length; i++) {
    const dot = dots[i]!;
    if (dot === 0) continue;
    // The scratch sums start at zero on the next call.
    dots[i] = 0;
    const slot = SLOT_OF_DOC[i]!;
    const score = dot / (n * SIMILARITY_DOCS[i]!.norm);
    if (bestDoc[slot] === -1 || score > bestScore[slot]!) {
      bestDoc[slot] = i;
      bestScore[slot] = score;
    }
  }
  // The best `wanted` by score, earlier slot first among equals (an insertion into a short sorted list).
  const wanted = Number.isFinite(limit) && limit >= 0 ? limit : Infinity;
  const top: number[] = [];
  for (let slot = 0; slot < slots; slot++) {
    if (bestDoc[slot] === -1) continue;
    const score = bestScore[slot]!;
    if (top.length >= wanted && !(score > bestScore[top[top.length - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && score > bestScore[top[at - 1]!]!) at--;
    top.splice(at, 0, slot);
    if (top.length > wanted) top.pop();
  }
  const ranked = packedMap(top, (slot): SimilarityCandidate => {
    const doc = SIMILARITY_DOCS[bestDoc[slot]!]!;
    return { id: doc.id, score: bestScore[slot]!, text: doc.text };
  });
  for (let slot = 0; ranked.length < wanted && slot < slots; slot++) {
    if (bestDoc[slot] !== -1) continue;
    const doc = SIMILARITY_DOCS[SLOT_FIRST_DOC[slot]!]!;
    ranked.push({ id: doc.id, score: 0, text: doc.text });
  }
  return ranked.slice(0, limit);
}

// --- the matcher -----------------------------------------------------------

/** Which stage should run: all by default; tests switch stages off to measure them alone. */
export interface MatchOptions { aliases?: boolean; rules?: boolean; similarity?: boolean; threshold?: number }

/**
 * Places `subject` on a canonical measure, or returns null when it fits none.
 * `context.unit` keeps counts and amounts off percentage measures; `context.quote`
 * is read only when the subject itself is too short to say anything.
 */
export function matchMeasure(subject: string, context: MeasureContext = {}, options: MatchOptions = {}): MeasureMatch | null {
  const useAliases = options.aliases ?? options.rules ?? true;
  const useRules = options.rules ?? true;
  const useSimilarity = options.similarity ?? true;
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  if (typeof subject !== 'string') return null;
  let text = subject.normalize('NFC');
  let tokens = measureTokensOfNfc(text);
  if (tokens.length < 2 && context.quote) {
    text = context.quote.normalize('NFC');
    tokens = measureTokensOfNfc(text);
  }
  if (tokens.length === 0) return null;
  const unit = context.unit;

  if (useAliases) {
    for (const hit of aliasesOf(text, tokens)) {
      if (unitAllows(hit.id, unit)) {
        return { id: hit.id, confidence: 0.97, method: 'alias', evidence: `alias "${hit.alias}"` };
      }
    }
  }
  if (useRules) {
    const present = phrasesIn(tokens);
    for (const rule of UNLABELLED) {
      if (fitRule(present.has, rule)) return null;
    }
    // Rules opened by a present phrase, in rule order (first fit wins): marked with this call's stamp, then read in order.
    const stamp = nextStamp();
    for (const r of KEYWORDS_WITHOUT_GROUPS) TRIED[r] = stamp;
    for (const p of present.ids) for (const r of KEYWORDS_BY_FIRST[p]!) TRIED[r] = stamp;
    for (let r = 0; r < KEYWORDS.length; r++) {
      if (TRIED[r] !== stamp) continue;
      const rule = KEYWORDS[r]!;
      if (!unitAllows(rule.id, unit)) continue;
      const found = fitRule(present.has, rule);
      if (found) {
        // one-phrase rules are weaker evidence than rules that need two or three groups
        const confidence = found.length >= 2 ? 0.9 : 0.8;
        return { id: rule.id, confidence, method: 'keyword', evidence: `keywords ${found.map((f) => `"${f}"`).join(' + ')}` };
      }
    }
  }

  if (useSimilarity) {
    const ranked = rankTokens(tokens, 8).filter((c) => unitAllows(c.id, unit));
    const top = ranked[0];
    if (top && top.score >= threshold) {
      const second = ranked[1]?.score ?? 0;
      const margin = top.score - second;
      const confidence = Math.min(0.75, 0.4 + top.score * 0.3 + margin);
      return {
        id: top.id,
        confidence: Math.round(confidence * 100) / 100,
        method: 'similarity',
        evidence: `cosine ${top.score.toFixed(2)} to "${top.text}"`,
      };
    }
  }
  return null;
}
