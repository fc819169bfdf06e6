/**
 * The one-pass text scan against the regexes that define each of its counts,
 * run one at a time over the text the way the scoring used to run them: on the
 * corpus files, on legacy text read the wrong way, and on arbitrary strings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText, type TextCounts } from '../../extractors/encoding/scan.js';
import { isVietnameseSyllable } from '../../extractors/encoding/index.js';
import { FREQUENT_WORDS } from '../../extractors/encoding/vietnamese-data.js';

const WORD = /[\p{L}\p{M}]+/gu;
const TOKEN = /\S+/gu;
const LETTER = /\p{L}/u;
const SYMBOL = /[^\s\p{L}\p{M}\p{N}]/gu;
const GARBAGE_CHAR = /[\uFFFD\p{Co}\p{Cs}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
const LEGACY_LOOKING = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/u;

/** Each count by its own regex pass. */
function reference(text: string): TextCounts {
  let tokens = 0;
  let legacyTokens = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (!LETTER.test(m[0])) continue;
    tokens++;
    if (LEGACY_LOOKING.test(m[0])) legacyTokens++;
  }
  let words = 0;
  let syllables = 0;
  let frequent = 0;
  let oddCase = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    words++;
    if (isVietnameseSyllable(word)) syllables++;
    if (FREQUENT_WORDS.has(word.toLowerCase().normalize('NFC'))) frequent++;
    const tail = word.slice(1);
    if (word.length >= 3 && tail !== tail.toLowerCase() && tail !== tail.toUpperCase()) oddCase++;
  }
  return {
    nonSpace: text.replace(/\s/gu, '').length,
    garbage: text.match(GARBAGE_CHAR)?.length ?? 0,
    symbols: text.match(SYMBOL)?.length ?? 0,
    tokens,
    legacyTokens,
    words,
    syllables,
    frequent,
    oddCase,
  };
}

const CORPUS = join(import.meta.dirname, '../../corpus');
const corpusTexts: [string, string][] = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(join(CORPUS, f), 'utf8')]),
  ...readdirSync(join(CORPUS, 'formats'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f): [string, string][] => {
      const bytes = readFileSync(join(CORPUS, 'formats', f));
      return [
        [`${f} as UTF-8`, bytes.toString('utf8')],
        [`${f} as Windows-1252`, new TextDecoder('windows-1252').decode(bytes)],
        [`${f} as Latin-1`, bytes.toString('latin1')],
      ];
    }),
];

describe('scanText counts what the regexes count', () => {
  it.each(corpusTexts)('%s', (_name, text) => {
    expect(scanText(text)).toEqual(reference(text));
    // Judged words are remembered: a second scan must count the same.
    expect(scanText(text)).toEqual(reference(text));
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \t\r\n\u00A0\u2028\uFEFF'],
    ['a lone high surrogate at the end', 'Kế hoạch \uD83D'],
    ['a lone low surrogate inside a word', 'ho\uDC00ạch'],
    ['an astral letter and an astral digit', 'x𝐀y 𝟙 𠀀ạ'],
    ['astral private use', '\u{F0000}\u{10FFFD} số'],
    ['controls that are not whitespace', 'a\u0000b\u001Cc\u0085d\u009F'],
    ['decomposed marks', 'Ke\u0302\u0301 hoa\u0323ch \u0301'],
    ['long words, not kept in the table', 'Nghiêngnghiêngnghiêng ABCDEFGHIJKLMNOP ABCDEFGHIJKLMNOP'],
  ])('%s', (_name, text) => {
    expect(scanText(text)).toEqual(reference(text));
  });

  it('property: any string of characters the scan treats differently', () => {
    const interesting = fc.constantFrom(
      ...'aZ09 \t\n\r\u00A0\u00A1\u00BF\u00C0\u00E0\u00F7\u00FF\u0102\u01B0\u0300\u0301\u0323\u1EA1\u1EC7\u2013\u2026\uE000\uFFFD\u0000\u007F\u0085\uD800\uDC00\u2028#&.-/'.split(''),
      '𝐀',
      '\u{F0001}',
      'ạ',
      'Đ',
      'ươ',
    );
    const text = fc.array(fc.oneof(interesting, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(scanText(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: Vietnamese-like words from syllable parts, in any case', () => {
    const part = fc.constantFrom('ngh', 'ng', 'th', 'tr', 'qu', 'gi', 'đ', 'Đ', 'a', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'ươ', 'iê', 'uyê', 'oa', 'n', 'ng', 'nh', 'ch', 'c', 't', '\u0301', '\u0300', '\u0323', 'Æ', '¹', 'ö', ' ', '-', ',');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), fc.boolean(), (parts, upper) => {
        const t = upper ? parts.join('').toUpperCase() : parts.join('');
        expect(scanText(t)).toEqual(reference(t));
        expect(scanText(t.normalize('NFC'))).toEqual(reference(t.normalize('NFC')));
      }),
      { numRuns: 1000 },
    );
  });
});
