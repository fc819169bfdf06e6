import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFormat } from '../../extractors/detect.js';

// detectFormat reads a file's head as latin1 where it once used TextDecoder('latin1')
// (Windows-1252): the two differ on bytes 0x80–0x9F, never in the ASCII it looks for,
// in white space at the start, or in what lower-cases to ASCII.
describe('detectFormat head', () => {
  const win1252 = new TextDecoder('latin1');
  const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
  const piece = fc.oneof(
    fc.constantFrom('<!DOCTYPE html>', '<HTML>', '<html', '%PDF-', 'word/', 'xl/', 'ppt/', ' ', '\t', '\n', '\u00a0').map((s) => new Uint8Array(Buffer.from(s, 'latin1'))),
    fc.uint8Array({ minLength: 1, maxLength: 3 }),
    fc.constantFrom(0x85, 0x8a, 0x8c, 0x9f, 0xa0, 0xc0, 0xdd, 0xfe, 0xff, 0x00).map((b) => new Uint8Array([b])),
  );
  it('finds the same markers in both readings', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const bytes = new Uint8Array(Buffer.concat(parts));
        const [a, b] = [win1252.decode(bytes), latin1(bytes)];
        for (const needle of ['%PDF-', 'word/', 'xl/', 'ppt/']) expect(b.includes(needle)).toBe(a.includes(needle));
        const [ha, hb] = [a.trimStart().toLowerCase(), b.trimStart().toLowerCase()];
        for (const start of ['<!doctype html', '<html']) expect(hb.startsWith(start)).toBe(ha.startsWith(start));
      }),
      { numRuns: 5000 },
    );
  });

  it('still tells the formats apart', () => {
    const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    expect(detectFormat(bytes('junk%PDF-1.7'), 'a.bin')).toEqual({ format: 'pdf' });
    expect(detectFormat(bytes('\u00a0 <!DOCTYPE HTML><p>'), 'a')).toEqual({ format: 'html' });
    expect(detectFormat(bytes('PK\u0003\u0004....word/document.xml'), 'a.zip')).toEqual({ format: 'docx' });
    expect(detectFormat(bytes('PK\u0003\u0004....xl/workbook.xml'), 'a.zip')).toEqual({ skip: 'spreadsheet (xlsx)' });
    expect(detectFormat(bytes('\u0085<html>'), 'a')).toEqual({ format: 'txt' });
  });
});
