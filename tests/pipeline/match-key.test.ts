import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { matchKey, matchKeyByRegex } from '../../pipeline/text/match-key.js';

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
});
