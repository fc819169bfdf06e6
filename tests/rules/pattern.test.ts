import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alternationLoose, byFirstCharacter, execAtWordStart, WB_AFTER, WB_BEFORE, wordCharBefore } from '../../rules/pattern.js';
import { matchKey } from '../../pipeline/text/match-key.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WORDS = ['kế hoạch', 'kế hoạch hành động', 'quyết định', 'xã', 'thị xã', 'a', '12'];
const body = `(?:${alternationLoose(WORDS)})${WB_AFTER}`;

/** Every match of the lookbehind form, and of the scan, as [index, text] pairs. */
function both(text: string): [Array<[number, string]>, Array<[number, string]>] {
  const withLookbehind = [...text.matchAll(new RegExp(WB_BEFORE + body, 'gu'))].map((m) => [m.index!, m[0]] as [number, string]);
  const scan = new RegExp(body, 'gu');
  const scanned: Array<[number, string]> = [];
  for (let m = execAtWordStart(scan, text); m; m = execAtWordStart(scan, text)) scanned.push([m.index, m[0]]);
  return [withLookbehind, scanned];
}

describe('execAtWordStart: a word scan without the leading lookbehind', () => {
  it.each([
    ['kế hoạch hành động và xã', 2],
    ['thị xã Bỉm Sơn, xãhội, hxã, 12a, a12, 12', 2], // "thị xã" (the longer word wins), "12"
    ['𝐀xã 𝟏xã ́xã', 0], // a letter and a digit outside the BMP and a combining mark all block a word start
    ['\uDC00xã \uD800xã', 2], // lone surrogates are not letters
  ])('finds what the lookbehind pattern finds: %s', (text, count) => {
    const key = matchKey(text);
    const [expected, actual] = both(key);
    expect(actual).toEqual(expected);
    expect(actual.length).toBe(count);
  });

  it('agrees with the lookbehind pattern on every seed plan', () => {
    for (const f of readdirSync(join(ROOT, 'corpus')).filter((n) => n.endsWith('.txt'))) {
      const [expected, actual] = both(matchKey(readFileSync(join(ROOT, 'corpus', f), 'utf8')));
      expect(actual, f).toEqual(expected);
    }
  });

  it('agrees with the lookbehind pattern on random text built from words, letters, marks and surrogates', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS, ' ', '\n', ',', 'ạ', 'Đ', '\u0301', '𝐀', '\uD835', '\uDC00', '9'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const [expected, actual] = both(pieces.join(''));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the character before as the lookbehind does', () => {
    for (const [s, i, word] of [['ab', 1, true], [' b', 1, false], ['9b', 1, true], ['́b', 1, true], ['𝐀b', 2, true], ['-b', 1, false], ['', 0, false]] as const) {
      expect(wordCharBefore(s, i), JSON.stringify(s)).toBe(word);
      expect(new RegExp(`^[^]{${i}}${WB_BEFORE}`, 'u').test(s), JSON.stringify(s)).toBe(!word);
    }
  });
});

describe('byFirstCharacter', () => {
  const scanAll = (re: RegExp, text: string) => {
    const out: Array<[number, string]> = [];
    re.lastIndex = 0;
    for (let m = execAtWordStart(re, text); m; m = execAtWordStart(re, text)) out.push([m.index, m[0]]);
    return out;
  };
  it('finds the matches the plain alternation finds', () => {
    const lists = [
      WORDS,
      ['chương trình hành động', 'chương trình', 'công văn', 'chỉ thị', 'kế hoạch', 'kế hoạch liên tịch', 'đề án', 'tp.', 'tp', 'a', 'ab', 'b.c'],
      ['x', 'xy', 'y'],
    ];
    const piece = fc.constantFrom('chương', 'trình', 'hành', 'động', 'công', 'văn', 'chỉ', 'thị', 'kế', 'hoạch', 'liên', 'tịch', 'đề', 'án', 'tp', '.', 'a', 'b', 'c', 'x', 'y', ' ', '  ', '\n', ',', '1');
    for (const words of lists) {
      const plain = alternationLoose(words);
      const a = new RegExp(`(?:${plain})${WB_AFTER}`, 'gu');
      const b = new RegExp(`(?:${byFirstCharacter(plain)})${WB_AFTER}`, 'gu');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
          const text = parts.join(' ').replace(/ {3,}/gu, '  ');
          expect(scanAll(b, text)).toEqual(scanAll(a, text));
        }),
        { numRuns: 1500 },
      );
    }
  });
  it('leaves alternations it cannot split as they are', () => {
    expect(byFirstCharacter('\\.a|b')).toBe('\\.a|b');
    expect(byFirstCharacter('a\\|b|c')).toBe('a\\|b|c');
    expect(byFirstCharacter('(?:a)|b')).toBe('(?:a)|b');
    expect(byFirstCharacter('ab|ac|b')).toBe('a(?:b|c)|b(?:)');
  });
});
