/**
 * The plain-text extractor: layout detection against its definition, and what the
 * extraction says about the corpus text files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout, extractText } from '../../extractors/text.js';

const CORPUS = join(import.meta.dirname, '../../corpus');
const seeds = readdirSync(CORPUS).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/u.test(f)).sort();

/** The definition: hard-wrapped when at most 10 % of the non-blank trimmed lines are longer than 130. */
function layoutByDefinition(text: string): 'paragraphs' | 'wrapped' {
  const lengths = text
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n > 0);
  if (lengths.length === 0) return 'paragraphs';
  return lengths.filter((n) => n > 130).length / lengths.length > 0.1 ? 'paragraphs' : 'wrapped';
}

describe('detectLayout', () => {
  it.each(seeds)('%s: as defined, both as written and with its lines joined into paragraphs', (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const joined = text.replace(/(?<=\S)\n(?=\S)/gu, ' ');
    expect(detectLayout(text)).toBe(layoutByDefinition(text));
    expect(detectLayout(joined)).toBe(layoutByDefinition(joined));
  });

  it('property: agrees with the definition on lines of any length and any whitespace', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', ' ', '\t', '\u00A0', '\u3000', '\uFEFF', '\u2028', '\u0085', '\u200B', 'x', 'ạ', '𝐀'),
      fc.string({ minLength: 100, maxLength: 140 }).map((s) => s.replace(/\n/gu, ' ')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLayout(text)).toBe(layoutByDefinition(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractText', () => {
  it.each(seeds)('%s is read as UTF-8, ok, NFC and unchanged', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
    const e = await extractText(bytes, name);
    expect(e.status).toBe('ok');
    expect(e.encoding).toBe('utf-8');
    expect(e.messages).toEqual([]);
    expect(e.text).toBe(new TextDecoder().decode(bytes));
    expect(e.text).toBe(e.text.normalize('NFC'));
  });

  it.each([
    ['000_d7d9651ddd969956.tcvn3.txt', 'tcvn3'],
    ['000_d7d9651ddd969956.vni.txt', 'vni'],
    ['002_6f4458b79196ed4f.nfd.txt', 'nfd'],
  ])('%s is converted from %s to NFC and says so', async (name, encoding) => {
    const e = await extractText(new Uint8Array(readFileSync(join(CORPUS, 'formats', name))), name);
    expect(e.status).toBe('ok');
    expect(e.encoding).toBe(encoding);
    expect(e.messages).toEqual([{ code: 'encoding-converted', fatal: false, reason: `converted from ${encoding} to Unicode NFC` }]);
    expect(e.text).toBe(e.text.normalize('NFC'));
  });

  it('a UTF-8 file of TCVN3 text shown as Windows-1252 characters is repaired line by line', async () => {
    const shown = new TextDecoder('windows-1252').decode(readFileSync(join(CORPUS, 'formats', '000_d7d9651ddd969956.tcvn3.txt')));
    const e = await extractText(new TextEncoder().encode(shown), 'shown.txt');
    expect(e.encoding).toBe('utf-8+tcvn3');
    expect(e.status).toBe('ok');
    expect(e.text.replace(/\r\n/gu, '\n')).toBe(readFileSync(join(CORPUS, seeds[0]!), 'utf8'));
  });
});
