import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { asciiFold, asciiFoldByDefinition, keySlice, matchKey, matchKeyByRegex } from '../../pipeline/text/match-key.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

describe('matchKey', () => {
  it('keys old and new tone placement alike and keeps the length', () => {
    expect(matchKey('Văn Hóa')).toBe(matchKey('văn hoá'));
    expect(matchKey('Uỷ ban')).toBe(matchKey('ủy ban'));
    expect(matchKey('Ủy Ban Nhân Dân xã')).toHaveLength('Ủy Ban Nhân Dân xã'.length);
  });

  // The fast scan must give exactly the reference (every syllable through the regex).
  it('equals the reference definition on every seed text', () => {
    const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const f of seeds) {
      const text = readFileSync(CORPUS + f, 'utf8').normalize('NFC');
      expect(matchKey(text) === matchKeyByRegex(text)).toBe(true);
    }
  });

  const pieces = ['Hóa', 'hoá', 'Uỷ', 'ủy', 'QUẢN', 'lý', 'giữ', 'gìn', 'Thuỷ', 'người', 'ĐẮK', 'x', ' ', ',', '-', '\t', '\n', '1', 'e\u0301', '\u0323', '𝐀', '\ud835', 'İ', 'Σ', 'ß', 'ǹ', 'ά'];
  it('equals the reference definition on Vietnamese-like and arbitrary text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      expect(matchKey(s)).toBe(matchKeyByRegex(s));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      expect(matchKey(s)).toBe(matchKeyByRegex(s));
    }), { numRuns: 500 });
  });

  // Syllables of one toned vowel skip the table of syllables: Latin letters of every kind, marks and tones around them.
  const LATIN = [...Array(0x250).keys(), ...Array.from({ length: 0x100 }, (_, k) => 0x1e00 + k)].map((c) => String.fromCharCode(c)).filter((ch) => /\p{L}/u.test(ch));
  it('equals the reference definition on syllables of any Latin letters, tone marks and other marks', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...LATIN) },
      { weight: 2, arbitrary: fc.constantFrom('a', 'o', 'u', 'y', 'i', 'e', 'q', 'g', 'đ', 'n', 'h') },
      { weight: 1, arbitrary: fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u0308', '\u0304') },
      { weight: 1, arbitrary: fc.constantFrom(' ', 'ά', 'ǹ', 'ṍ', 'ǘ', 'ặ', 'ǻ', 'ȁ', '\u0374', 'ᄀ', 'ᅡ', '𝐀') },
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(matchKey(s)).toBe(matchKeyByRegex(s));
      const nfc = s.normalize('NFC');
      expect(matchKey(nfc)).toBe(matchKeyByRegex(nfc));
    }), { numRuns: 5000 });
  });

  it('answers repeated texts, and texts sharing a table slot, as the reference does', () => {
    // Same length, same first, middle and last characters: the same slot of the table of texts.
    const texts = ['Hóa đơn x', 'Thuỷ lợi x', 'Hủy bỏ o x', 'Hóa đen x', 'Hoá đơn x'];
    for (let round = 0; round < 3; round++) for (const t of texts) expect(matchKey(t)).toBe(matchKeyByRegex(t));
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (a, b) => {
      const x = `${a.join('')}|${b.join('')}`;
      const y = `${b.join('')}|${a.join('')}`;
      for (const s of [x, y, x, y]) expect(matchKey(s)).toBe(matchKeyByRegex(s));
    }), { numRuns: 500 });
  });
});

describe('asciiFold', () => {
  it('folds as its definition does, character by character and in any company', () => {
    expect(asciiFold('Hóa Đơn')).toBe('hoa don');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `Σ${ch}`, `${ch}\u0301`]) if (asciiFold(s) !== asciiFoldByDefinition(s)) expect([c, asciiFold(s)]).toEqual([c, asciiFoldByDefinition(s)]);
    }
    const pieces = ['Hóa', 'ĐẮK', 'đ', 'İ', 'Σ', 'ς', 'ß', 'ẞ', 'K', 'ﬀ', '𝐀', '\ud835', 'e\u0301', '\u0323', 'ά', ' ', '1', 'ǅ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(asciiFold(s)).toBe(asciiFoldByDefinition(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('keySlice', () => {
  it('is the key of the slice, for every cut', () => {
    const piece = fc.constantFrom('Hóa', 'hoá', 'Uỷ', 'ủy', 'ban', ' ', '  ', '\n', ',', '.', '1', 'İ', 'Σ', 'ΑΣ', 'o\u0301a', '\u0301', 'Ṍ', '𝐀', '\ud835', 'quá', 'Gì', 'ĐẠT', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('').normalize('NFC');
        const key = matchKey(text);
        const a = text.length ? x % (text.length + 1) : 0;
        const b = text.length ? y % (text.length + 1) : 0;
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(keySlice(text, key, start, end)).toBe(matchKey(text.slice(start, end)));
      }),
      { numRuns: 20000 },
    );
  });
});
