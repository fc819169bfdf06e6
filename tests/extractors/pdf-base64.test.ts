import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../extractors/pdf/pdfjs.js';

type WithToBase64 = Uint8Array & { toBase64(options?: unknown): string };

describe('Uint8Array.prototype.toBase64 after loading pdfjs', () => {
  it('is standard padded base64 of the bytes in view', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(8), fc.nat(8), (bytes, head, tail) => {
        const padded = new Uint8Array(head + bytes.length + tail);
        padded.set(bytes, head);
        const view = padded.subarray(head, head + bytes.length) as WithToBase64;
        expect(view.toBase64()).toBe(Buffer.from(bytes).toString('base64'));
        expect((Buffer.from(bytes) as unknown as WithToBase64).toBase64()).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('keeps the options and the errors of the full method', () => {
    const bytes = new Uint8Array([251, 255, 0, 1]) as WithToBase64;
    expect(bytes.toBase64({ alphabet: 'base64url', omitPadding: true })).toBe('-_8AAQ');
    expect(() => bytes.toBase64({ alphabet: 'hex' })).toThrow(TypeError);
    const toBase64 = (Uint8Array.prototype as unknown as WithToBase64).toBase64;
    expect(() => toBase64.call(new Uint16Array(2) as unknown as Uint8Array)).toThrow(TypeError);
    const buffer = new ArrayBuffer(8);
    const view = new Uint8Array(buffer) as WithToBase64;
    structuredClone(buffer, { transfer: [buffer] });
    expect(() => view.toBase64()).toThrow(TypeError);
    expect((new Uint8Array(0) as WithToBase64).toBase64()).toBe('');
  });
});
