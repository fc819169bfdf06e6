/**
 * judgeSyllable (letter parts read from a table, rhymes looked up) against its
 * definition: lowercase the word, decompose it, take the tone marks out, recompose,
 * then try every onset and split the rest into nucleus and coda.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The rhyme split is the definition's own part (the fast path's rhyme table is filled from it, checked below on every word).
import { judgeSyllable, nucleusWithCoda } from '../../extractors/encoding/syllable.js';
import { decodeCp1258, decodeTcvn3, decodeVni } from '../../extractors/encoding/decoders.js';
import { CODAS, ONSETS, STOP_CODAS } from '../../extractors/encoding/vietnamese-data.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function definition(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  if (base.length === 0 || base.length > 7) return false;
  const candidates = [''];
  for (const onset of ONSETS) if (base.startsWith(onset)) candidates.push(onset);
  for (const onset of candidates) {
    const coda = nucleusWithCoda(base.slice(onset.length));
    if (coda === null) continue;
    if (tones.length === 1 && STOP_CODAS.has(coda) && !['\u0301', '\u0323'].includes(tones[0]!)) continue;
    return true;
  }
  return false;
}

const CORPUS = join(import.meta.dirname, '../../corpus');
const corpusWords = (): string[] => {
  const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  for (const f of readdirSync(join(CORPUS, 'formats')).filter((f) => f.endsWith('.txt'))) {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'formats', f)));
    texts.push(decodeTcvn3(bytes), decodeVni(bytes), decodeCp1258(bytes), new TextDecoder().decode(bytes), new TextDecoder('windows-1252').decode(bytes));
  }
  const words = new Set<string>();
  for (const t of texts) for (const w of t.match(/[\p{L}\p{M}]+/gu) ?? []) words.add(w);
  return [...words];
};

describe('judgeSyllable agrees with its definition', () => {
  it('on every word of the corpus and of its legacy files read every way, as written, upper-cased and decomposed', () => {
    const words = corpusWords();
    expect(words.length).toBeGreaterThan(2000);
    for (const w of words) {
      for (const form of [w, w.toUpperCase(), w.normalize('NFD')]) expect(judgeSyllable(form), form).toBe(definition(form));
    }
  });

  it('on every single Latin, Greek and Vietnamese letter and mark', () => {
    for (let u = 0; u < 0x2000; u++) {
      const ch = String.fromCharCode(u);
      expect(judgeSyllable(ch), `U+${u.toString(16)}`).toBe(definition(ch));
      expect(judgeSyllable(`ng${ch}`), `ng U+${u.toString(16)}`).toBe(definition(`ng${ch}`));
      expect(judgeSyllable(`to${ch}n`), `to…n U+${u.toString(16)}`).toBe(definition(`to${ch}n`));
    }
  });

  it('property: words built from onsets, vowels with any marks, codas and odd letters', () => {
    const piece = fc.constantFrom(
      ...ONSETS,
      ...CODAS,
      'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ươ', 'uyê', 'iê', 'oa',
      'á', 'ạ', 'ế', 'ộ', 'ữ', 'ỳ', 'Ấ', 'Ự', 'Đ', 'İ', 'ṍ', 'ǘ', 'Σ', 'ς', 'ß', 'ẞ', 'ǅ',
      '\u0300', '\u0301', '\u0302', '\u0303', '\u0309', '\u0323', '\u031B', '\u0306',
      'x', 'Q', 'z', 'w', '𝐀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), fc.boolean(), (pieces, upper) => {
        const w = upper ? pieces.join('').toUpperCase() : pieces.join('');
        expect(judgeSyllable(w)).toBe(definition(w));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 9 }), (w) => {
        expect(judgeSyllable(w)).toBe(definition(w));
      }),
      { numRuns: 3000 },
    );
  });
});
