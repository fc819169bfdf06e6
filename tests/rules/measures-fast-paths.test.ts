/**
 * The matcher's indexed paths against their definitions, written out here the
 * plain way: syllables cut by the Unicode-property regex, keyword rules tried
 * one by one against every run of subject tokens, and the similarity ranking as
 * a scan of every measure name and alias. Inputs are the gold subjects, the
 * taxonomy's own names, and generated subjects built from rule phrases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listMeasures, matchMeasure, measureTokens, rankBySimilarity, syllables } from '../../rules/measures/match.js';
import { DEFAULT_MEASURE_UNITS, KEYWORD_RULES, MEASURE_UNITS, UNLABELLED_RULES } from '../../rules/measures/keywords.js';
import { SIMILARITY_STOPWORDS } from '../../rules/measures/vocabulary.js';

const GOLD_DIR = new URL('../../corpus/gold/', import.meta.url);
const GOLD_SUBJECTS: string[] = readdirSync(GOLD_DIR)
  .filter((f) => /^\d+_.*\.json$/u.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, GOLD_DIR), 'utf8')) as { indicators: { subject: string }[] }).indicators.map((i) => i.subject));
const TAXONOMY_TEXTS = listMeasures().flatMap((m) => [m.name_vi, ...m.aliases]);
const RULE_PHRASES = [...new Set([...KEYWORD_RULES, ...UNLABELLED_RULES].flatMap((r) => [...r.all.flat(), ...(r.none ?? [])]))];
const FILLERS = ['tỷ lệ', 'của', 'xã', 'được', 'người', 'trên', '(', ')', ':', ',', 'TTHC', 'CBCC', 'Có', 'mức độ 3', '100%'];

/** Subjects made of rule phrases and filler words, so that rules fit, half fit and collide. */
const phraseSubject = fc.array(fc.constantFrom(...RULE_PHRASES, ...FILLERS), { minLength: 1, maxLength: 9 }).map((a) => a.join(' '));
const UNITS = [undefined, '%', 'count', 'other', 'rank', 'vnd_million'] as const;

describe('syllables', () => {
  const byRegex = (text: string) => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

  it('cuts text as the letter, mark and digit regex does, surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), phraseSubject), (text) => {
        expect(syllables(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles lone and paired surrogates like the regex', () => {
    for (const text of ['a\ud800b', '\udc00x', '𝐀𝐁 hồ sơ', '😀tỷ😀', 'x\ud835', 'é\u0301 ô', '１２３ hộ']) expect(syllables(text)).toEqual(byRegex(text));
  });
});

describe('keyword rules', () => {
  /** The rule stage by definition: the token runs joined as strings, every rule in order. */
  const keys = new Map(RULE_PHRASES.map((p) => [p, measureTokens(p).join(' ')] as const));
  const phrase = (p: string) => keys.get(p)!;

  function byEveryRule(subject: string, unit: string | undefined): { id: string; found: string[] } | 'unlabelled' | null {
    const tokens = measureTokens(subject.normalize('NFC'));
    if (tokens.length === 0) return null;
    const runs = new Set<string>();
    for (let i = 0; i < tokens.length; i++) for (let j = i + 1; j <= tokens.length; j++) runs.add(tokens.slice(i, j).join(' '));
    const fit = (rule: { all: readonly (readonly string[])[]; none?: readonly string[] }): string[] | null => {
      if ((rule.none ?? []).some((p) => runs.has(phrase(p)))) return null;
      const found: string[] = [];
      for (const group of rule.all) {
        const hit = group.find((p) => runs.has(phrase(p)));
        if (hit === undefined) return null;
        found.push(hit);
      }
      return found;
    };
    if (UNLABELLED_RULES.some((r) => fit(r))) return 'unlabelled';
    for (const rule of KEYWORD_RULES) {
      if (unit && !(MEASURE_UNITS[rule.id] ?? DEFAULT_MEASURE_UNITS).includes(unit)) continue;
      const found = fit(rule);
      if (found) return { id: rule.id, found };
    }
    return null;
  }

  function byMatcher(subject: string, unit: string | undefined): { id: string; found: string[] } | 'unlabelled' | null {
    // Without aliases and similarity, a null from the matcher is either no fitting rule or an unlabelled one.
    const m = matchMeasure(subject, unit ? { unit } : {}, { aliases: false, similarity: false });
    if (m) return { id: m.id, found: [...m.evidence.matchAll(/"([^"]*)"/gu)].map((x) => x[1]!) };
    return null;
  }

  const agree = (subject: string, unit: string | undefined) => {
    const expected = byEveryRule(subject, unit);
    expect(byMatcher(subject, unit)).toEqual(expected === 'unlabelled' ? null : expected);
  };

  it('agree with trying every rule on gold and taxonomy subjects', () => {
    for (const subject of [...GOLD_SUBJECTS, ...TAXONOMY_TEXTS]) for (const unit of [undefined, '%', 'count', 'rank']) agree(subject, unit);
  });

  it('agree with trying every rule on subjects built from rule phrases', () => {
    fc.assert(fc.property(fc.oneof(phraseSubject, fc.string({ unit: 'binary', maxLength: 40 })), fc.constantFrom(...UNITS), agree), { numRuns: 1500 });
  });
});

describe('similarity ranking', () => {
  /** The ranking by definition: TF-IDF over every name and alias, each scored, sorted stably. */
  const stop = new Set(SIMILARITY_STOPWORDS.flatMap((w) => measureTokens(w)));
  const terms = (tokens: string[]) => {
    const content = tokens.filter((t) => !stop.has(t));
    return [...content, ...content.slice(1).map((t, i) => `${content[i]}_${t}`)];
  };
  const docs = listMeasures().flatMap((m) => [m.name_vi, ...m.aliases].map((text) => ({ id: m.id, text, terms: terms(measureTokens(text)) })));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => 1 + Math.log(docs.length / (1 + (df.get(t) ?? 0)));
  const weigh = (ts: string[]) => {
    const tf = new Map<string, number>();
    for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
    return new Map([...tf].map(([t, n]) => [t, n * idf(t)] as const));
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const vectors = docs.map((d) => ({ ...d, vector: weigh(d.terms) })).map((d) => ({ ...d, norm: norm(d.vector) }));

  function byScan(subject: string, limit: number) {
    const v = weigh(terms(measureTokens(subject)));
    const n = norm(v);
    if (n === 0) return [];
    const best = new Map<string, { id: string; score: number; text: string }>();
    for (const d of vectors) {
      if (d.norm === 0) continue;
      let dot = 0;
      // summed in the subject's term order, as the matcher's postings are
      for (const [t, w] of v) dot += w * (d.vector.get(t) ?? 0);
      const score = dot / (n * d.norm);
      const prev = best.get(d.id);
      if (!prev || score > prev.score) best.set(d.id, { id: d.id, score, text: d.text });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  it('ranks as a scan of every measure does, ties and unrelated measures included', () => {
    for (const subject of [...GOLD_SUBJECTS.slice(0, 120), ...TAXONOMY_TEXTS.slice(0, 60), 'bài', 'tổ giúp việc cho ban chỉ đạo', '']) {
      const all = byScan(subject, 200);
      for (const limit of [1, 3, 8, 200]) expect(rankBySimilarity(subject, limit)).toEqual(all.slice(0, limit));
    }
  });

  it('ranks generated subjects as the scan does', () => {
    fc.assert(
      fc.property(phraseSubject, fc.constantFrom(0, 1, 3, 8, 500), (subject, limit) => {
        expect(rankBySimilarity(subject, limit)).toEqual(byScan(subject, limit));
      }),
      { numRuns: 200 },
    );
  });
});
