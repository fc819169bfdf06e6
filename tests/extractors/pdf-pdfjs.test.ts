import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Captured before anything loads pdfjs (this file imports the extractor dynamically, below).
const push = Array.prototype.push;
const parse = JSON.parse;
const stringify = JSON.stringify;

describe('pdfjs loading', () => {
  it('leaves the engine’s Array push and JSON in place after loading and reading a PDF', async () => {
    const { extractPdf } = await import('../../extractors/pdf.js');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'formats', '004_db43e2131bbb219b.pdf')));
    const result = await extractPdf(bytes, '004.pdf', { ocr: false });
    expect(result.text).toContain('\t');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
  });

  it('keeps Array push working on ordinary and array-like receivers', async () => {
    await import('../../extractors/pdf.js');
    const list = [1];
    expect(list.push(2, 3)).toBe(3);
    expect(list).toEqual([1, 2, 3]);
    const arrayLike: { length: number; [k: number]: unknown } = { length: 0 };
    Array.prototype.push.call(arrayLike, 'a');
    expect(arrayLike).toEqual({ 0: 'a', length: 1 });
  });
});

describe('font names reach the extractor', () => {
  it('decodes a run set in a legacy TCVN3 font (.VnTime) by the font’s real name', async () => {
    const { extractPdf } = await import('../../extractors/pdf.js');
    const { pdfFromObjects } = await import('../../scripts/pdf-objects.js');
    // "Việt Nam" in TCVN3: ệ is byte 0xD6.
    const stream = 'BT /F1 12 Tf 72 700 Td (Vi\\326t Nam) Tj ET';
    const bytes = pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /TrueType /BaseFont /.VnTime /Encoding /WinAnsiEncoding >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    ]);
    const result = await extractPdf(bytes, 'vntime.pdf', { ocr: false });
    expect(result.text).toBe('Việt Nam');
    expect(result.encoding).toBe('tcvn3');
  });
});

describe('mojibakeShare', () => {
  /** The definition: code points (string iteration) without whitespace, share that are U+FFFD, private use or control. */
  const byDefinition = (text: string): number => {
    const chars = [...text.replace(/\s+/gu, '')];
    if (chars.length === 0) return 0;
    return chars.filter((c) => /[\uFFFD\uE000-\uF8FF\p{Cc}]/u.test(c)).length / chars.length;
  };

  it('counts as its definition does, on text mixing surrogates, controls, private use and whitespace', async () => {
    const { mojibakeShare } = await import('../../extractors/pdf.js');
    const fc = (await import('fast-check')).default;
    const pieces = ['a', 'ệ', ' ', '\t', '\n', '\u00a0', '\u3000', '\uFFFD', '\uE000', '\uF8FF', '\u0001', '\u007f', '\u0085', '😀', '\uD83D', '\uDE00', '\uD800\uDC00'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(mojibakeShare(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the shared in-thread worker', () => {
  it('prints nothing while reading a damaged PDF (pdfjs warnings stay silent, as with verbosity 0)', async () => {
    const { extractPdf } = await import('../../extractors/pdf.js');
    const { vi } = await import('vitest');
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    try {
      await expect(extractPdf(new Uint8Array(Buffer.from('%PDF-1.4\ngarbage\n%%EOF')), 'bad.pdf', { ocr: false })).rejects.toThrow(/cannot parse PDF/u);
      expect(log).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});
