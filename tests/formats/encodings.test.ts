/**
 * Legacy-encoded and decomposed copies of the seeds decode to the seed's own
 * text: after normalisation the two are identical, so they must score the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../extractors/index.js';
import { normalise } from '../../pipeline/normalise/index.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const extract = (rel: string) => extractBytes(new Uint8Array(readFileSync(new URL(rel, CORPUS))), rel, { ocr: false });

describe('legacy encodings and NFD decode to the seed', () => {
  it.each<[string, string, string]>([
    ['formats/000_d7d9651ddd969956.tcvn3.txt', '000_d7d9651ddd969956.txt', 'tcvn3'],
    ['formats/000_d7d9651ddd969956.vni.txt', '000_d7d9651ddd969956.txt', 'vni'],
    ['formats/002_6f4458b79196ed4f.nfd.txt', '002_6f4458b79196ed4f.txt', 'nfd'],
    // The .VnTime Word file against the same Word file in a Unicode font.
    ['formats/000_d7d9651ddd969956.tcvn3.docx', 'formats/000_d7d9651ddd969956.docx', 'tcvn3'],
  ])('%s: normalised text equals that of %s', async (variant, original, encoding) => {
    const v = await extract(variant);
    const o = await extract(original);
    expect(v.encoding).toBe(encoding);
    expect(v.status).toBe('ok');
    expect(v.messages.some((m) => m.code === 'encoding-converted')).toBe(true);
    expect(v.text.replace(/\r\n/gu, '\n')).toBe(o.text.replace(/\r\n/gu, '\n'));
    expect(normalise(v).text).toBe(normalise(o).text);
  });
});
