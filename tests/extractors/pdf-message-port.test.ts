import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../extractors/pdf.js';
import { CopyingPort, streamChunk, structuredCopy } from '../../extractors/pdf/message-port.js';

/** Same outcome as structuredClone: an equal value (prototypes, typed array kinds, -0 included) or a DataCloneError. */
function expectSameAsStructuredClone(value: unknown): void {
  let expected: unknown;
  let expectedError: string | undefined;
  try {
    expected = structuredClone(value);
  } catch (error) {
    expectedError = (error as Error).name;
  }
  if (expectedError) {
    expect(() => structuredCopy(value)).toThrow();
    return;
  }
  const got = structuredCopy(value);
  // An Invalid Date is not deep-equal to itself (NaN time); its printed form is.
  const same = isDeepStrictEqual(got, expected) || inspect(got, { depth: null, showHidden: true }) === inspect(expected, { depth: null, showHidden: true });
  expect(same).toBe(true);
  if (value !== null && typeof value === 'object') expect(got).not.toBe(value);
}

describe('structuredCopy agrees with structuredClone', () => {
  it('on arbitrary values (objects, arrays, typed arrays, maps, dates, sparse arrays, null prototypes, …)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => expectSameAsStructuredClone(value),
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps shared and cyclic references shared, and views on one buffer on one copied buffer', () => {
    const glyph = { fontChar: 'a', width: 500 };
    const buffer = new ArrayBuffer(16);
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const message = { args: [[glyph, glyph], [glyph]], a: new Float32Array(buffer, 0, 2), b: new Uint8Array(buffer, 8, 4), cyclic };
    const copy = structuredCopy(message);
    expect(copy.args[0]![0]).toBe(copy.args[0]![1]);
    expect(copy.args[1]![0]).toBe(copy.args[0]![0]);
    expect(copy.args[0]![0]).not.toBe(glyph);
    expect(copy.a.buffer).toBe(copy.b.buffer);
    expect(copy.a.buffer).not.toBe(buffer);
    expect(copy.cyclic.self).toBe(copy.cyclic);
    expect(isDeepStrictEqual(copy, structuredClone(message))).toBe(true);
  });

  it('reads getters and drops methods’ prototypes like structuredClone; a Node Buffer arrives as a Uint8Array', () => {
    class Glyph {
      constructor(
        public fontChar: string,
        public width: number,
      ) {}
      get category(): string {
        return 'letter';
      }
    }
    const ownProto = Object.defineProperty({}, '__proto__', { value: { nested: 2 }, enumerable: true, writable: true, configurable: true });
    const withGetter = Object.defineProperty({ a: 1 }, 'computed', { get: () => 42, enumerable: true });
    for (const value of [new Glyph('x', 3), withGetter, Buffer.from('abc'), ownProto, [1, , 3], Object.assign([1, 2], { extra: true })]) {
      expectSameAsStructuredClone(value);
    }
    expect(Object.getPrototypeOf(structuredCopy(Buffer.from('abc')))).toBe(Uint8Array.prototype);
  });

  it('hands a transferred buffer over', () => {
    const data = new Float32Array([1, 2, 3]);
    const copy = structuredCopy({ data }, [data.buffer as ArrayBuffer]);
    expect(copy.data.buffer).toBe(data.buffer);
    expect([...copy.data]).toEqual([1, 2, 3]);
  });
});

describe('CopyingPort carries what pdfjs sends', () => {
  it('every message of extracting the corpus PDFs copies equal to structuredClone', async () => {
    const original = CopyingPort.prototype.postMessage;
    let messages = 0;
    let chunks = 0;
    CopyingPort.prototype.postMessage = function (this: CopyingPort, message: unknown, transfer?: ArrayBuffer[]) {
      const cloned = structuredClone(message);
      expect(isDeepStrictEqual(structuredCopy(message), cloned)).toBe(true);
      // An operator-list or text-content chunk arrives with the same content, parts shared (glyphs keep their class, styles their null prototype: toEqual, not strict).
      const handedOver = streamChunk(message, transfer);
      if (handedOver !== undefined) {
        chunks++;
        expect(handedOver).toEqual(cloned);
      }
      messages++;
      original.call(this, message, transfer);
    };
    try {
      const dir = join(import.meta.dirname, '..', '..', 'corpus', 'formats');
      for (const name of ['000_d7d9651ddd969956.pdf', '004_db43e2131bbb219b.pdf']) {
        const result = await extractPdf(new Uint8Array(readFileSync(join(dir, name))), name, { ocr: false });
        expect(result.status).toBe('ok');
      }
    } finally {
      CopyingPort.prototype.postMessage = original;
    }
    expect(messages).toBeGreaterThan(100);
    expect(chunks).toBeGreaterThan(20);
  });

  it('delivers an operator-list chunk as sent, although the sender empties its arrays right after', async () => {
    const port = new CopyingPort();
    const seen: unknown[] = [];
    port.addEventListener('message', (event) => seen.push(event.data));
    const glyphs = [{ fontChar: 'a', unicode: 'a', width: 500 }];
    const path = new Float32Array([0, 10, 20, 1, 30, 20]);
    const chunk = { fnArray: [44, 91], argsArray: [[glyphs], [22, [path], new Float32Array([10, 20, 30, 20])]], lastChunk: false, separateAnnots: null, length: 2 };
    const message = { sourceName: 'd0_worker', targetName: 'd0', stream: 4, streamId: 3, chunk };
    const expected = structuredClone(message);
    port.postMessage(message, [path.buffer]);
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    await Promise.resolve();
    expect(seen).toEqual([expected]);
    expect(streamChunk({ stream: 4, chunk: { items: [] } }, undefined)).toBeUndefined();
    expect(streamChunk({ stream: 4, chunk: { items: [], styles: {}, fnArray: [], argsArray: [] } }, undefined)).toBeUndefined();
    expect(streamChunk({ stream: 3, chunk: { fnArray: [], argsArray: [] } }, undefined)).toBeUndefined();
  });

  it('delivers in order on a later microtask and stops delivering to a listener whose signal aborts', async () => {
    const port = new CopyingPort();
    const seen: unknown[] = [];
    const controller = new AbortController();
    port.addEventListener('message', (event) => seen.push(event.data), { signal: controller.signal });
    port.postMessage({ n: 1 });
    port.postMessage({ n: 2 });
    expect(seen).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    controller.abort();
    port.postMessage({ n: 3 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(2);
  });
});
