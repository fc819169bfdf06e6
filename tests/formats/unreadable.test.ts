/**
 * An extraction whose text is still mostly undecodable after every conversion
 * comes out as `unreadable-text` with a message saying why — never as a plan
 * that silently has nothing in it. Inputs are constructed the way such files
 * arise: random bytes, a Word file whose font maps glyph codes to the wrong
 * characters, an old web page in a .VnTime font whose text is TCVN3 bytes.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../extractors/index.js';
import { processBytes } from '../../pipeline/index.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const read = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(rel, CORPUS)));

/** Deterministic bytes (a linear congruential generator), so the test input never changes. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A font without a Unicode map: each glyph's code read as a printable ASCII character 29 places off. */
const glyphShift = (text: string): string =>
  text.replace(/\S/gu, (c) => String.fromCharCode(((((c.codePointAt(0)! - 29) % 94) + 94) % 94) + 33));

const xmlEscape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The corpus .docx of seed 000 with every text run's characters replaced by `map`. */
async function docxWithRuns(map: (text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(read('formats/000_d7d9651ddd969956.docx'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
  zip.file('word/document.xml', xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/gu, (_m, open: string, body: string, close: string) => open + xmlEscape(map(unescape(body))) + close));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

/** Seed 000's TCVN3 bytes shown as Windows-1252 characters, as a page set in .VnTime stores them. */
function tcvn3AsCp1252(): string {
  return new TextDecoder('windows-1252').decode(read('formats/000_d7d9651ddd969956.tcvn3.txt'));
}

describe('unreadable text is reported, not passed on', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['random bytes saved as .txt', () => randomBytes(6000, 20240601), 'noise.txt'],
    ['a .docx whose font maps glyph codes to the wrong characters', () => docxWithRuns(glyphShift), 'glyphs.docx'],
    ['an HTML page whose font maps glyph codes to the wrong characters', () => new TextEncoder().encode(`<html><body>${new TextDecoder().decode(read('000_d7d9651ddd969956.txt')).split('\n').map((l) => `<p>${xmlEscape(glyphShift(l))}</p>`).join('')}</body></html>`), 'glyphs.html'],
  ])('%s → unreadable-text with the reason', async (_name, make, file) => {
    const e = await extractBytes(await make(), file, { ocr: false });
    expect(e.status).toBe('unreadable-text');
    const m = e.messages.find((x) => x.code === 'unreadable-text');
    expect(m?.reason).toMatch(/undecodable.*mojibake score \d\.\d\d/u);
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['the TCVN3 .txt (decoded)', () => read('formats/000_d7d9651ddd969956.tcvn3.txt'), 'a.txt'],
    ['the VNI .txt (decoded)', () => read('formats/000_d7d9651ddd969956.vni.txt'), 'b.txt'],
    ['the .VnTime .docx (runs decoded by font)', () => read('formats/000_d7d9651ddd969956.tcvn3.docx'), 'c.docx'],
    ['the .doc', () => read('formats/001_61b19ee575358a63.doc'), 'd.doc'],
    // The .VnTime font named only in a stylesheet the page links to: decoded because it reads as TCVN3.
    ['an HTML page of TCVN3 text whose font is not in the file', () => new TextEncoder().encode(`<html><head><link rel="stylesheet" href="vntime.css"></head><body class="vn">${tcvn3AsCp1252().split(/\r?\n/u).map((l) => `<p>${xmlEscape(l)}</p>`).join('')}</body></html>`), 'h.html'],
    ['an HTML page in a .VnTime font (decoded by font)', () => new TextEncoder().encode(`<html><body style="font-family:'.VnTime', serif">${tcvn3AsCp1252().split(/\r?\n/u).map((l) => `<p>${xmlEscape(l)}</p>`).join('')}</body></html>`), 'g.html'],
    ['an English page', () => new TextEncoder().encode(`<p>${'The commune will finish its digital transformation plan this year; every office uses the document system. '.repeat(8)}</p>`), 'e.html'],
    ['Vietnamese typed without marks', () => new TextEncoder().encode('Ke hoach chuyen doi so cua xa nam 2024. Ty le ho so truc tuyen dat tren 80%, cac bo phan phoi hop thuc hien.\n'.repeat(6)), 'f.txt'],
  ])('%s stays ok', async (_name, make, file) => {
    const e = await extractBytes(await make(), file, { ocr: false });
    expect(e.messages.filter((m) => m.code === 'unreadable-text')).toEqual([]);
    expect(e.status).toBe('ok');
  });

  it('the document result carries the status and the reason as a message', async () => {
    const r = await processBytes(await docxWithRuns(glyphShift), 'glyphs.docx', { ocr: false });
    expect(r.status).toBe('unreadable-text');
    expect(r.messages.some((m) => m.code === 'unreadable-text' && /undecodable/u.test(m.reason))).toBe(true);
  });

  it('a plan with one garbled paragraph still reads', async () => {
    const seed = new TextDecoder().decode(read('000_d7d9651ddd969956.txt'));
    const lines = seed.split('\n');
    const garbled = tcvn3AsCp1252().split(/\r?\n/u).slice(40, 46);
    const mixed = [...lines.slice(0, 40), ...garbled, ...lines.slice(46)].join('\n');
    const e = await extractBytes(new TextEncoder().encode(mixed), 'mixed.txt', { ocr: false });
    expect(e.status).toBe('ok');
  });
});
