/**
 * Legacy-encoded and decomposed copies of the seeds decode to the seed's own
 * text: after normalisation the two are identical, so they must score the same.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
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

/** Legacy bytes shown as Windows-1252 characters, as a .VnTime/VNI-Times run stores them. */
const asCp1252 = (rel: string): string => new TextDecoder('windows-1252').decode(readFileSync(new URL(rel, CORPUS)));
const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

describe('legacy text with nothing saying it is legacy decodes to the seed', () => {
  const seedText = readFileSync(new URL('000_d7d9651ddd969956.txt', CORPUS), 'utf8').normalize('NFC');

  it.each([
    ['TCVN3', 'formats/000_d7d9651ddd969956.tcvn3.txt', 'utf-8+tcvn3'],
    ['VNI', 'formats/000_d7d9651ddd969956.vni.txt', 'utf-8+vni'],
  ])('a %s file once re-saved as UTF-8 through Windows-1252', async (_name, rel, encoding) => {
    const r = await extractBytes(new TextEncoder().encode(asCp1252(rel)), 'resaved.txt', { ocr: false });
    expect(r.encoding).toBe(encoding);
    expect(r.status).toBe('ok');
    expect(r.text.replace(/\r\n/gu, '\n')).toBe(seedText);
  });

  it('a .VnTime Word file whose fonts were swapped for Times New Roman', async () => {
    const zip = await JSZip.loadAsync(readFileSync(new URL('formats/000_d7d9651ddd969956.tcvn3.docx', CORPUS)));
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/fontTable.xml']) {
      const f = zip.file(part);
      if (f) zip.file(part, (await f.async('string')).replace(/\.VnTimeH?/gu, 'Times New Roman'));
    }
    const swapped = await extractBytes(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'swapped.docx', { ocr: false });
    const unicode = await extract('formats/000_d7d9651ddd969956.docx');
    expect(swapped.encoding).toBe('tcvn3');
    expect(swapped.text).toBe(unicode.text);
  });

  it('an HTML page of TCVN3 text whose font is only in a linked stylesheet', async () => {
    const body = asCp1252('formats/000_d7d9651ddd969956.tcvn3.txt').split(/\r?\n/u).map((l) => `<p>${esc(l)}</p>`).join('');
    const r = await extractBytes(new TextEncoder().encode(`<html><head><link rel="stylesheet" href="vn.css"></head><body>${body}</body></html>`), 'page.html', { ocr: false });
    expect(r.encoding).toBe('tcvn3');
    expect(r.text.split('\n')).toEqual(seedText.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean));
  });

  it('Unicode text with Latin-1 symbols and letters is left alone', async () => {
    const line = 'Nhiệt độ 30°C; giá 1.200 €; © 2024; ½ số hộ; Café Phố; CÁC XÃ; Cà phê';
    const r = await extractBytes(new TextEncoder().encode(`${line}\n`), 'u.txt', { ocr: false });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${line}\n`);
  });
});
