/**
 * The strict UTF-8 decoder against the platform's fatal TextDecoder: the same text
 * for every well-formed input, null exactly where the platform throws.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStrictUtf8 } from '../../extractors/encoding/utf8.js';

const platform = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function byPlatform(bytes: Uint8Array): string | null {
  try {
    return platform.decode(bytes);
  } catch {
    return null;
  }
}

const CORPUS = join(import.meta.dirname, '../../corpus');
const files = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => join(CORPUS, f)),
  ...readdirSync(join(CORPUS, 'formats')).map((f) => join(CORPUS, 'formats', f)),
];

describe('decodeStrictUtf8', () => {
  it.each(files)('agrees with the platform on %s', (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(decodeStrictUtf8(bytes)).toBe(byPlatform(bytes));
  });

  it.each([
    ['empty', []],
    ['a byte-order mark, kept', [0xef, 0xbb, 0xbf, 0x61]],
    ['a 4-byte sequence (U+1F600)', [0xf0, 0x9f, 0x98, 0x80]],
    ['the highest code point', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a truncated sequence at the end', [0x61, 0xe1, 0xba]],
    ['a lone continuation byte', [0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('agrees with the platform on %s', (_name, bytes) => {
    const u = Uint8Array.from(bytes);
    expect(decodeStrictUtf8(u)).toBe(byPlatform(u));
  });

  it('property: any string encoded as UTF-8 decodes back to what the platform gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const bytes = new TextEncoder().encode(s);
        expect(decodeStrictUtf8(bytes)).toBe(byPlatform(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: arbitrary bytes are refused exactly where the platform refuses them', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xc2, 0xe1, 0xba, 0xbf, 0xf0, 0x9f, 0x80, 0xed, 0xa0));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (bytes) => {
        const u = Uint8Array.from(bytes);
        expect(decodeStrictUtf8(u)).toBe(byPlatform(u));
      }),
      { numRuns: 5000 },
    );
  });

  it('a file larger than the reused buffer decodes the same', () => {
    const big = new TextEncoder().encode('Kế hoạch chuyển đổi số 😀 năm 2024. '.repeat(4000));
    expect(big.length).toBeGreaterThan(1 << 17);
    expect(decodeStrictUtf8(big)).toBe(byPlatform(big));
  });
});
