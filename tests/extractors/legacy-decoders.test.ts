/**
 * The table-driven legacy decoders against their first, character-by-character
 * definition (legacy-decoders-reference.ts): the same output on the corpus files,
 * on their lines, and on arbitrary units.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCp1258, decodeTcvn3, decodeVni, restoreTcvn3Case } from '../../extractors/encoding/decoders.js';
import * as reference from './legacy-decoders-reference.js';

const FORMATS = join(import.meta.dirname, '../../corpus/formats');
const CORPUS = join(import.meta.dirname, '../../corpus');
const files = readdirSync(FORMATS)
  .filter((f) => f.endsWith('.txt'))
  .map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(join(FORMATS, f)))]);

const decoders = [
  ['tcvn3', decodeTcvn3, reference.decodeTcvn3],
  ['vni', decodeVni, reference.decodeVni],
  ['windows-1258', decodeCp1258, reference.decodeCp1258],
] as const;

describe('legacy decoders agree with their definition', () => {
  for (const [name, decode, defined] of decoders) {
    it.each(files)(`${name} on %s, whole and line by line`, (_file, bytes) => {
      expect(decode(bytes)).toBe(defined(bytes));
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x0a) continue;
        const line = bytes.subarray(start, i);
        expect(decode(line)).toBe(defined(line));
        start = i + 1;
      }
    });

    it(`${name} on arbitrary units: bytes, Unicode code points, surrogates, out-of-range`, () => {
      const unit = fc.oneof(
        fc.integer({ min: 0, max: 0xff }),
        fc.constantFrom(0x61, 0x65, 0x6f, 0x41, 0x4f, 0xf4, 0xf6, 0xf9, 0xe2, 0xe1, 0xea, 0xe9, 0x1a1, 0x1b0, 0x1ec9, 0xd800, 0xdc00, 0x1f600, 0x110000),
        fc.integer({ min: 0x100, max: 0x10ffff }),
      );
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
          expect(decode(units)).toBe(defined(units));
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('restoreTcvn3Case on the decoded corpus, the seeds and their capitalised lines', () => {
    const texts = [
      ...files.map(([, bytes]) => reference.decodeTcvn3(bytes)),
      ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, f), 'utf8')),
    ];
    for (const text of texts) {
      const lowered = text.toLowerCase();
      const shouted = text.split('\n').map((l, i) => (i % 3 === 0 ? l.toUpperCase() : l)).join('\n');
      for (const t of [text, lowered, shouted]) expect(restoreTcvn3Case(t)).toBe(reference.restoreTcvn3Case(t));
    }
  });

  it('restoreTcvn3Case on arbitrary lines of toned letters, capitals, sentence ends and astral letters', () => {
    const piece = fc.constantFrom('kÕ', 'HO¹CH', 'ế', 'ạ', 'KẾ', 'HOạCH', 'UBND', 'ủy', 'ban', 'Ở', 'ở', '. ', '! ', '." ', ' ', '\n', '-', 'x𝐀', '𝐚ạ', 'ĐẢNG', 'đảng', 'İ', '\u0301', 'a\u0323');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const t = pieces.join('');
        expect(restoreTcvn3Case(t)).toBe(reference.restoreTcvn3Case(t));
      }),
      { numRuns: 3000 },
    );
  });
});
