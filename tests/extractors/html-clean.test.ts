/**
 * cleanInline returns clean lines as they are without running its replaces: the
 * shortcut must agree with the replaces on every input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../extractors/html/hast-to-lines.js';

const reference = (t: string): string => t.replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();

describe('cleanInline', () => {
  it('agrees with the replaces it shortcuts, on mixes of spaces, invisible characters and letters', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u00ad', '\u1680', '\u2000', '\u200a', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029',
      '\u202f', '\u205f', '\u2060', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200e', 'a', 'ế', 'ư', 'Đ', '1', '%', '\u1fff');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (a) => {
      const t = a.join('');
      expect(cleanInline(t)).toBe(reference(t));
    }), { numRuns: 20000 });
  });

  it('agrees with them for every BMP character between two letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`;
      if (cleanInline(t) !== reference(t)) expect.fail(`U+${c.toString(16)}: ${JSON.stringify(cleanInline(t))}`);
    }
  });
});
