import { describe, expect, it } from 'vitest';

// Captured before anything loads pdfjs; this file loads the OCR modules first (a batch of scans does).
const push = Array.prototype.push;
const parse = JSON.parse;
const stringify = JSON.stringify;

describe('pdfjs loaded by the OCR modules first', () => {
  it('leaves the engine’s Array push and JSON in place, as the text-layer extractor does', async () => {
    await import('../../extractors/ocr/render.js');
    await import('../../extractors/ocr/word-overlap.js');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
  });
});
